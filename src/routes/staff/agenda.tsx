import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'

/** The counselor's agenda: today and the coming days at their support points (issue 5; being built). */
export const agendaRoutes = new Hono<AppEnv>()
