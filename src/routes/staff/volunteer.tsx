import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'

/** Volunteers book for clients and see the bookings they made (issue 5; being built). */
export const volunteerRoutes = new Hono<AppEnv>()
