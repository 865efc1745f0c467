import { createApp } from '../../src/app.js'
import type { LogEntry } from '../../src/app-env.js'
import { loadConfig } from '../../src/config.js'
import type { Db } from '../../src/db/database.js'

export const BASE_URL = 'http://spreekuur.test'
/** 32 bytes in hex, as SECRETS_KEY takes them. */
export const TEST_SECRETS_KEY = '5e'.repeat(32)

/**
 * The app over a test database with a fixed clock; log lines are kept for inspection.
 *
 * @example const { app } = testApp(db, { now: new Date('2026-12-01T09:00:00Z') })
 */
export function testApp(db: Db, options: { now: Date; env?: Record<string, string> }) {
  const logs: LogEntry[] = []
  const config = loadConfig({
    BASE_URL,
    RATE_LIMIT_BOOKINGS: 'off',
    // Production refuses to start without a key (ADR 36); tests that run as production get one.
    SECRETS_KEY: TEST_SECRETS_KEY,
    ...options.env,
  })
  let now = options.now
  const app = createApp({ db, config, clock: () => now, log: (entry) => logs.push(entry) })
  return {
    app,
    logs,
    setNow: (next: Date) => {
      now = next
    },
    /** A same-origin form POST, as a browser sends it. */
    post: (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
      app.request(`${BASE_URL}${path}`, {
        method: 'POST',
        headers: {
          Origin: BASE_URL,
          'Content-Type': 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: new URLSearchParams(form).toString(),
      }),
    get: (path: string, headers: Record<string, string> = {}) =>
      app.request(`${BASE_URL}${path}`, { headers }),
  }
}

/**
 * Every POST route pattern the app has, once each, as the app itself lists them: a test
 * that walks them covers a new route the day it is added.
 *
 * @example for (const pattern of postRoutes(app)) await post(fill(pattern), {})
 */
export function postRoutes(app: ReturnType<typeof createApp>): string[] {
  return [...new Set(app.routes.filter((r) => r.method === 'POST').map((r) => r.path))]
}
