import { setAnswerHeaders } from '../../http/headers.js'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../../app-env.js'
import type { Role } from '../../db/schema.js'
import { catalogs, direction } from '../../i18n/locales.js'
import { loadSession, SESSION_MAX_MS } from '../../services/auth.js'
import { errorResponse } from '../errors.js'

export const SESSION_COOKIE = 'sid'
/** Where the second factor is set up; the only staff page open before it is. */
export const SETUP_PATH = '/staff/tweestaps'

/** Only our own staff pages: an open redirect would make the login page a phishing aid. */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-/?=&%.]*)?$/.test(next) && !next.includes('//') ? next : '/staff'
}

export function setSessionCookie(c: Context<AppEnv>, sessionId: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('deps').config.production,
    maxAge: Math.floor(SESSION_MAX_MS / 1000),
  })
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

/**
 * A staff area's sub-app, every route of it behind `requireStaff(roles)`.
 *
 * @example export const reportRoutes = staffArea(['admin', 'coordinator'])
 */
export function staffArea(roles?: Role[]): Hono<AppEnv> {
  const area = new Hono<AppEnv>()
  area.use('*', requireStaff(roles))
  return area
}

/**
 * Guards staff pages: no session → the login page (for a page) or 404; a role not in
 * `roles` → 404, so a page's existence does not leak. Staff pages speak the staff
 * member's language and are never cached.
 *
 * @example staffRoutes.use('/beheer/*', requireStaff(['admin', 'coordinator']))
 */
export function requireStaff(roles?: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, clock } = c.get('deps')
    const staff = await loadSession(db, getCookie(c, SESSION_COOKIE), clock())
    if (!staff) {
      if (c.req.method === 'GET' && c.req.header('HX-Request') !== 'true') {
        const url = new URL(c.req.url)
        return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303)
      }
      return errorResponse(c, 404)
    }
    if (roles && !roles.includes(staff.role)) return errorResponse(c, 404)
    // The admin and coordinators set up a second factor before anything else opens.
    if (staff.secondFactor === 'set-up-needed' && !c.req.path.startsWith(SETUP_PATH)) {
      if (c.req.method === 'GET' && c.req.header('HX-Request') !== 'true') {
        const url = new URL(c.req.url)
        return c.redirect(
          `${SETUP_PATH}?next=${encodeURIComponent(url.pathname + url.search)}`,
          303,
        )
      }
      return errorResponse(c, 403)
    }
    c.set('staff', staff)
    c.set('view', {
      ...c.get('view'),
      locale: staff.locale,
      t: catalogs[staff.locale],
      dir: direction(staff.locale),
    })
    await next()
    setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' })
  }
}

/** Does this staff member's scope include the support point? Admins see everything. */
export function canSeeLocation(c: Context<AppEnv>, locationId: string): boolean {
  const staff = c.get('staff')
  return staff.role === 'admin' || staff.locationIds.includes(locationId)
}
