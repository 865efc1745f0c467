import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import { databaseAnswers } from '../services/health.js'

export const healthRoutes = new Hono<AppEnv>()

/** A load balancer gives up after a few seconds: it hears "unavailable" before then. */
const HEALTH_TIMEOUT_MS = 1_500

/** For load balancers: 200 when the database answers in time, 503 when it does not. */
healthRoutes.get('/healthz', async (c) => {
  c.header('Cache-Control', 'no-store')
  return (await databaseAnswers(c.get('deps').db, HEALTH_TIMEOUT_MS))
    ? c.json({ status: 'ok' })
    : c.json({ status: 'unavailable' }, 503)
})
