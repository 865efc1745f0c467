import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv, Deps } from './app-env.js'
import { limitBodies } from './http/body-limit.js'
import { gzip } from './http/gzip.js'
import { setAnswerHeaders } from './http/headers.js'
import { sameOriginWrites } from './http/origin.js'
import { catalogs, direction, negotiateLocale } from './i18n/locales.js'
import { apiRoutes } from './routes/api.js'
import { assetRoutes } from './routes/assets.js'
import { authRoutes } from './routes/auth.js'
import { bookingRoutes } from './routes/booking.js'
import { calendarFeedRoutes } from './routes/calendar-feed.js'
import { devMailRoutes } from './routes/dev-mail.js'
import { healthRoutes } from './routes/health.js'
import { findBookingRoutes } from './routes/find-booking.js'
import { manageRoutes } from './routes/manage.js'
import { publicRoutes } from './routes/public.js'
import { staffRoutes } from './routes/staff/index.js'
import { errorResponse, unavailable } from './routes/errors.js'
import { isDatabaseUnavailable } from './db/database.js'

/** Sent on every answer. Pages that carry a capability token tighten the referrer policy. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
    "base-uri 'none'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Over HTTPS in production, browsers are told to come back only that way. */
const SECURE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
}

/**
 * Builds the whole web application from its dependencies. No port is opened here:
 * tests call `app.request()` directly.
 *
 * @example const app = createApp({ db, config, clock: () => new Date(), log: console.log })
 */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>()

  app.use(async (c, next) => {
    const started = performance.now()
    c.set('deps', deps)
    await next()
    setAnswerHeaders(c, deps.config.production ? SECURE_HEADERS : SECURITY_HEADERS, {
      keepExisting: true,
    })
    // The route pattern, never the path: paths can carry capability tokens.
    deps.log({
      level: c.res.status >= 500 ? 'error' : 'info',
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  })

  // Little mobile data: pages, styles and htmx go out gzipped (a page is about 2 KB).
  app.use(gzip())

  app.use(async (c, next) => {
    const query = c.req.query('lang')
    const locale = negotiateLocale({
      query,
      cookie: getCookie(c, 'lang'),
      acceptLanguage: c.req.header('Accept-Language'),
    })
    if (query === locale) {
      setCookie(c, 'lang', locale, {
        path: '/',
        maxAge: 365 * 24 * 3600,
        sameSite: 'Lax',
        httpOnly: true,
        secure: deps.config.production,
      })
    }
    c.set('view', {
      locale,
      t: catalogs[locale],
      dir: direction(locale),
      url: new URL(c.req.url),
    })
    await next()
  })

  // A query string that cannot be decoded is the client's mistake, not ours.
  app.use(async (c, next) => {
    const search = c.get('view').url.search
    try {
      decodeURIComponent(search.replace(/\+/g, ' '))
    } catch {
      return errorResponse(c, 400)
    }
    await next()
  })

  // Every state change is a POST from our own origin, whatever its content type (SameSite
  // cookies do the rest). The JSON API checks its own writes (`jsonApiWrites` in api.ts): it
  // uses no cookies, and curl sends no Origin.
  const sameOrigin = sameOriginWrites(new URL(deps.config.baseUrl).origin, (c) =>
    errorResponse(c, 403),
  )
  app.use((c, next) => (c.req.path.startsWith('/api/') ? next() : sameOrigin(c, next)))

  // Our forms are a few hundred bytes; nothing legitimate comes near this.
  app.use(limitBodies(64 * 1024, (c) => errorResponse(c, 413)))

  // A form that cannot be read (a multipart body cut off, a boundary missing) is refused
  // here, once, before any route could take the bare POST for a click on its button. The
  // parsed form stays cached on the request for the route. The JSON API answers for itself.
  app.use(async (c, next) => {
    if (c.req.method !== 'POST' || c.req.path.startsWith('/api/')) return next()
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase()
    if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') {
      return next()
    }
    const readable = await c.req.parseBody().then(
      () => true,
      () => false,
    )
    return readable ? next() : errorResponse(c, 400)
  })

  app.route('/', assetRoutes)
  app.route('/', healthRoutes)
  app.route('/api/v1', apiRoutes)
  app.route('/', publicRoutes)
  app.route('/', bookingRoutes)
  app.route('/', manageRoutes)
  app.route('/', findBookingRoutes)
  app.route('/', calendarFeedRoutes)
  app.route('/', authRoutes)
  app.route('/staff', staffRoutes)
  if (!deps.config.production) app.route('/', devMailRoutes)

  app.notFound((c) => errorResponse(c, 404))
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, error.status as ContentfulStatusCode)
    }
    deps.log({
      level: 'error',
      route: c.req.routePath,
      error: error.name,
      code: (error as { code?: string }).code,
      // Frames only: a message (database errors especially) can quote what a client typed.
      stack: error.stack?.split('\n').slice(1, 6).join(' | '),
    })
    return isDatabaseUnavailable(error) ? unavailable(c) : errorResponse(c, 500)
  })

  return app
}
