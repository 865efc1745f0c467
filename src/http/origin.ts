import type { Context, MiddlewareHandler } from 'hono'

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/

/** The media type of a request body, lower case, without parameters; '' when none is named. */
export function mediaType(c: Context): string {
  return (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * May this request change something on behalf of whoever's browser sent it? A browser names
 * where a request comes from in `Origin` (every cross-origin POST, whatever its content type)
 * and in `Sec-Fetch-Site`. Ours is BASE_URL's origin, or the origin the request was made to.
 */
function fromOwnSite(c: Context, baseOrigin: string): boolean {
  // A page served with `Referrer-Policy: no-referrer` makes Chromium send `Origin: null` on its
  // own form posts; `Sec-Fetch-Site` still says same-origin then.
  if (c.req.header('Sec-Fetch-Site') === 'same-origin') return true
  const origin = c.req.header('Origin')
  return origin !== undefined && (origin === baseOrigin || origin === new URL(c.req.url).origin)
}

/**
 * Pages: every state change comes from our own pages, whatever its content type (hono's csrf
 * looked only at form types, so a `fetch` with another type went unchecked). A request with
 * neither `Origin` nor `Sec-Fetch-Site` is no browser's and is refused too: our forms always
 * carry one of them.
 */
export function sameOriginWrites(
  baseOrigin: string,
  refuse: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHOD.test(c.req.method) || fromOwnSite(c, baseOrigin)) return next()
    return refuse(c)
  }
}

/**
 * The JSON API: it uses no cookies, but a page on any site can still make a visitor's browser
 * POST to it (a form with `enctype="text/plain"` sends a body that parses as JSON), which
 * books from that visitor's address. So a write with a body must say `application/json` (a
 * browser sends that cross-site only after a CORS preflight, which we never grant), and a
 * write a browser names as coming from another site is refused. Integrations send no
 * `Origin` and are not affected; a write without a body (curl's `-X POST`) has nothing to read.
 */
export function jsonApiWrites(baseOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHOD.test(c.req.method)) return next()
    const origin = c.req.header('Origin')
    const site = c.req.header('Sec-Fetch-Site')
    const foreign =
      (origin !== undefined && origin !== baseOrigin && origin !== new URL(c.req.url).origin) ||
      site === 'cross-site' ||
      site === 'same-site'
    if (foreign) {
      return c.json({ error: 'forbidden', message: 'Cross-site requests are refused.' }, 403)
    }
    if (mediaType(c) !== 'application/json' && (await c.req.text()).length > 0) {
      return c.json(
        { error: 'unsupported_media_type', message: 'The body must be application/json.' },
        415,
      )
    }
    return next()
  }
}
