import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { rateLimited } from './errors.js'

/**
 * Limits the POSTs of a public area per client address, at `scale` times the booking
 * limit (RATE_LIMIT_BOOKINGS; `off` turns these off too). Changing a booking is rarer
 * than looking at it, and a flood of them is someone probing or loading the server.
 *
 * @example manageRoutes.use('/b/*', limitPublicPosts('manage', 3))
 */
export function limitPublicPosts(name: string, scale: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next()
    const { db, config, clock } = c.get('deps')
    const base = config.bookingRateLimit
    const limit = base && { max: base.max * scale, windowSeconds: base.windowSeconds }
    const key = `${name}:${clientAddress(c, config.trustProxy)}`
    const result = await hitRateLimit(db, key, limit, clock())
    if (!result.allowed) return rateLimited(c, result.retryAfterSeconds)
    await next()
  }
}
