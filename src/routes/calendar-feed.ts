import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import { counselorFeed } from '../services/calendar-feed.js'
import { errorResponse } from './errors.js'

/** /agenda/<token>.ics: a counselor's calendar subscription. The token is a secret. */
export const calendarFeedRoutes = new Hono<AppEnv>()

calendarFeedRoutes.get('/agenda/:file{[A-Za-z0-9_-]{43}\\.ics}', async (c) => {
  const { db, clock, config } = c.get('deps')
  const token = c.req.param('file').slice(0, -4)
  const feed = await counselorFeed(db, token, { now: clock(), baseUrl: config.baseUrl })
  if (feed === undefined) return errorResponse(c, 404)
  c.header('Content-Type', 'text/calendar; charset=utf-8')
  c.header('Cache-Control', 'private, no-store')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('X-Robots-Tag', 'noindex, nofollow')
  return c.body(feed)
})
