import pg from 'pg'
import { sql } from 'kysely'
import type { LogEntry } from '../domain/log-entry.js'
import type { Db } from './database.js'

/**
 * Cross-process "the free places of this point changed" (issue 20): every server process
 * LISTENs on one channel and drops its cached answers for the point named in a NOTIFY. The
 * answer cache's one-second bound stays the fallback while the listening connection is lost;
 * it reconnects with a growing pause (up to 10 s). PostgreSQL only: PGlite is one process.
 */
export const AVAILABILITY_CHANNEL = 'spreekuur_availability'

/** @example await notifyAvailability(db, point.id) */
export async function notifyAvailability(db: Db, locationId: string): Promise<void> {
  await sql`select pg_notify(${AVAILABILITY_CHANNEL}, ${locationId})`.execute(db)
}

export interface Listening {
  stop(): Promise<void>
}

/**
 * Listens on its own connection (a pooled one would be handed to other queries).
 *
 * @example const listening = listenForAvailability(url, (id) => forget(id), log)
 */
export function listenForAvailability(
  databaseUrl: string,
  onChange: (locationId: string) => void,
  log: (entry: LogEntry) => void,
): Listening {
  let client: pg.Client | undefined
  let stopped = false
  let pause = 250
  let timer: NodeJS.Timeout | undefined

  const connect = async () => {
    if (stopped) return
    const next = new pg.Client({ connectionString: databaseUrl })
    client = next
    next.on('notification', (message) => {
      if (message.channel === AVAILABILITY_CHANNEL && message.payload) onChange(message.payload)
    })
    next.on('error', () => retry(next))
    next.on('end', () => retry(next))
    try {
      await next.connect()
      await next.query(`listen ${AVAILABILITY_CHANNEL}`)
      pause = 250
    } catch (error) {
      log({ level: 'warn', msg: 'availability listener cannot connect', error: String(error) })
      retry(next)
    }
  }
  const retry = (failed: pg.Client) => {
    if (stopped || client !== failed || timer) return
    failed.removeAllListeners('end')
    failed.end().catch(() => {})
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, pause)
    timer.unref()
    pause = Math.min(10_000, pause * 2)
  }
  void connect()
  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await client?.end().catch(() => {})
    },
  }
}
