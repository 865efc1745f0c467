import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import { isolateTyped } from '../i18n/format.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { mountBookingFlow } from './booking-flow.js'

/** The client's booking flow: day → time → details → confirmation (the manage page). */
export const bookingRoutes = new Hono<AppEnv>()

mountBookingFlow(bookingRoutes, {
  name: 'public',
  pattern: '/steunpunt/:slug/afspraak',
  basePath: (point) => `/steunpunt/${point.slug}/afspraak`,
  back: (_c, point) => ({ href: `/steunpunt/${point.slug}`, label: point.name }),
  description: (c, point) =>
    c.get('view').t.metaBook(isolateTyped(point.name, c.get('view').locale)),
  cachePicker: true,
  limit: async (c) => {
    const { db, clock, config } = c.get('deps')
    const key = `book:${clientAddress(c, config.trustProxy)}`
    const limit = await hitRateLimit(db, key, config.bookingRateLimit, clock())
    return limit.allowed ? null : { retryAfterSeconds: limit.retryAfterSeconds }
  },
  honeypotRedirect: (point) => `/steunpunt/${point.slug}`,
  request: (c) => ({ source: 'online', actor: null, locale: c.get('view').locale }),
  bookedPath: (outcome) => `/b/${outcome.token}?nieuw=1`,
})
