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

/** 429 with Retry-After, as a page or as JSON under /api. */
/** The whole minutes someone is asked to wait, at least one. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60))
}

export function rateLimited(c: Context<AppEnv>, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds))
  const view = c.get('view')
  const minutes = minutesToWait(retryAfterSeconds)
  if (c.req.path.startsWith('/api/')) {
    return c.json(
      { error: 'rate_limited', message: `Too many requests. Try again in ${minutes} minute(s).` },
      429,
    )
  }
  return render(c, {
    title: view.t.tooManyRequestsTitle,
    page: (
      <ErrorPage
        ctx={view}
        title={view.t.tooManyRequestsTitle}
        text={view.t.tooManyRequestsText(minutes)}
      />
    ),
    status: 429,
  })
}

/** Seconds a client is asked to wait while the database is away. */
const UNAVAILABLE_RETRY_SECONDS = 30

/** 503 with Retry-After, in the request's language: the database is away for a moment. */
export function unavailable(c: Context<AppEnv>) {
  c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS))
  c.header('Cache-Control', 'no-store')
  const view = c.get('view')
  const t = view?.t ?? catalogs.nl
  if (c.req.path.startsWith('/api/') || !view) {
    return c.json({ error: 'unavailable', message: t.unavailableTitle }, 503)
  }
  return render(c, {
    title: t.unavailableTitle,
    page: <ErrorPage ctx={view} title={t.unavailableTitle} text={t.unavailableText} />,
    status: 503,
  })
}
