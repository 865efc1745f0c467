import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ErrorPage } from '../../views/pages/error.js'
import type { AppEnv } from '../app-env.js'
import { catalogs } from '../i18n/locales.js'
import { render } from './render.js'

/** The error pages, or the JSON error shape under /api. */
export function errorResponse(c: Context<AppEnv>, status: ContentfulStatusCode) {
  const view = c.get('view')
  const t = view?.t ?? catalogs.nl
  const [title, text, code] =
    status === 404
      ? [t.notFoundTitle, t.notFoundText, 'not_found']
      : status >= 500
        ? [t.serverErrorTitle, t.serverErrorText, 'internal']
        : status === 403
          ? [t.badRequestTitle, t.badRequestText, 'forbidden']
          : [t.badRequestTitle, t.badRequestText, 'bad_request']
  if (c.req.path.startsWith('/api/') || !view) {
    return c.json({ error: code, message: title }, status)
  }
  c.header('Cache-Control', 'no-store')
  return render(c, { title, page: <ErrorPage ctx={view} title={title} text={text} />, status })
}
