import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'

/** Coordinators manage their region's support points: details, hours, closures (issue 5; being built). */
export const locationAdminRoutes = new Hono<AppEnv>()
