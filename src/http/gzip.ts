import { gzipSync } from 'node:zlib'
import type { Context, MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/
/** Below this a gzip header and trailer cost more than they save. */
const MIN_BYTES = 1024

/** True when the request takes gzip (`Accept-Encoding: gzip`, not refused with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/** Adds a token to the Vary header once. */
export function appendVary(headers: Headers, token: string): void {
  const vary = headers.get('Vary')
  if (!vary) headers.set('Vary', token)
  else if (
    !vary
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(token.toLowerCase())
  ) {
    headers.set('Vary', `${vary}, ${token}`)
  }
}

/** Answers whose encoding was already decided, gzipped or not (the answer cache's). */
const decided = new WeakSet<Response>()

/**
 * Tells `gzip()` to leave `res` as it is: it carries its Vary already, and is gzipped when
 * worth it. Without the mark, an answer too small to gzip would have its body read and be
 * built again as a web Response, which @hono/node-server then streams the slow way (ADR 11).
 *
 * @example return encodingDecided(c.body(bytes))
 */
export function encodingDecided(res: Response): Response {
  decided.add(res)
  return res
}

/**
 * `c.json(value, status)` as `gzip()` would answer it, decided here when it is too small to
 * gzip: it then only gains its Vary. `gzip()` would have had to ask for its body to know it
 * has one, which builds a web stream and sends the answer the slow way (ADR 11, ADR 51).
 *
 * @example return jsonAnswer(c, { reference }, 201)
 */
export function jsonAnswer(c: Context, value: unknown, status: ContentfulStatusCode): Response {
  const text = JSON.stringify(value)
  const res = c.body(text, status, { 'Content-Type': 'application/json' })
  if (Buffer.byteLength(text) >= MIN_BYTES) return res
  appendVary(res.headers, 'Accept-Encoding')
  return encodingDecided(res)
}

/**
 * Gzips text answers in one synchronous call. Our answers are whole strings of a few
 * kilobytes, never streams, and hono/compress's CompressionStream cost more than the
 * page itself (ADR 11). Answers that already carry a Content-Encoding (pre-compressed
 * assets and cached pages) pass through.
 */
export function gzip(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    const type = res.headers.get('Content-Type') ?? ''
    // `res.body` is asked last: on @hono/node-server's light Response it builds a whole
    // web stream, and an answer that had none is then sent the slow way (ADR 11).
    if (
      decided.has(res) ||
      c.req.method === 'HEAD' ||
      res.status === 204 ||
      res.status === 304 ||
      res.headers.has('Content-Encoding') ||
      res.headers.get('Cache-Control')?.includes('no-transform') ||
      !COMPRESSIBLE.test(type) ||
      res.body === null
    ) {
      return
    }
    appendVary(res.headers, 'Accept-Encoding')
    if (!acceptsGzip(c.req.header('Accept-Encoding'))) return
    const body = new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    // Replaced, not merged: Hono's setter would copy the old headers back over ours.
    c.res = undefined
    if (body.byteLength < MIN_BYTES) {
      c.res = new Response(body, { status: res.status, statusText: res.statusText, headers })
      return
    }
    const zipped = gzipSync(body)
    headers.set('Content-Encoding', 'gzip')
    headers.set('Content-Length', String(zipped.byteLength))
    const etag = headers.get('ETag')
    if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`)
    c.res = new Response(zipped, { status: res.status, statusText: res.statusText, headers })
  }
}
