import type { Context } from 'hono'

/**
 * Sets headers on the answer a handler already produced (in middleware, after `next()`).
 * Hono's `c.header()` would rebuild that answer from its body first, which turns
 * @hono/node-server's light Response into a full web stream and sends it the slow way
 * (ADR 11). The headers of our answers are mutable; a rare immutable one (a fetched or
 * `Response.error()` answer) falls back to `c.header()`.
 *
 * `keepExisting` leaves a header the answer already has as it is.
 *
 * @example await next(); setAnswerHeaders(c, { 'Cache-Control': 'no-store' })
 */
export function setAnswerHeaders(
  c: Context,
  headers: Record<string, string>,
  options: { keepExisting?: boolean } = {},
): void {
  const target = c.res.headers
  for (const [name, value] of Object.entries(headers)) {
    // A route that set its own (a stricter Referrer-Policy, say) keeps it.
    if (options.keepExisting && target.has(name)) continue
    try {
      target.set(name, value)
    } catch {
      c.header(name, value)
    }
  }
}
