import type { Config } from './config.js'
import type { Db } from './db/database.js'
import type { ViewContext } from '../views/context.js'
import type { LogEntry } from './domain/log-entry.js'
import type { StaffPrincipal } from './services/auth.js'

export type { LogEntry }

/** What the app is built from; tests pass their own database, clock and log. */
export interface Deps {
  db: Db
  config: Config
  /** The only source of "now" for request handling. */
  clock: () => Date
  /** Structured log lines. Never given names, contact details, notes or tokens. */
  log: (entry: LogEntry) => void
}

export type AppEnv = {
  Variables: {
    deps: Deps
    view: ViewContext
    /** Set on staff routes once the session is checked. */
    staff: StaffPrincipal
  }
}
