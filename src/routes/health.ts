import { Hono } from 'hono'
import { sql } from 'kysely'
import type { AppEnv } from '../app-env.js'

export const healthRoutes = new Hono<AppEnv>()

/** For load balancers: 200 when the database answers, 503 when it does not. */
healthRoutes.get('/healthz', async (c) => {
  c.header('Cache-Control', 'no-store')
  try {
    await sql`select 1`.execute(c.get('deps').db)
    return c.json({ status: 'ok' })
  } catch {
    return c.json({ status: 'unavailable' }, 503)
  }
})
