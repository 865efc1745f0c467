import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'
import { pointAdminRoutes } from './admin-points.js'
import { regionAdminRoutes } from './admin-regions.js'

/**
 * The national admin's pages under /staff/beheer: regions (name, slug, project leader,
 * coordinators) and support points (create, close and reopen, move to another region).
 */
export const adminRoutes = new Hono<AppEnv>()

adminRoutes.route('/regios', regionAdminRoutes)
adminRoutes.route('/steunpunten', pointAdminRoutes)
