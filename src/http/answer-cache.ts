import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.js'
import { acceptsGzip, appendVary } from './gzip.js'

interface StoredAnswer {
  headers: Array<[string, string]>
  body: ArrayBuffer
  /** Gzipped once when stored; null when too small to be worth it. */
  gzipped: ArrayBuffer | null
  etag: string
}

const MAX_ANSWERS = 2_000
const MIN_GZIP_BYTES = 1024
/** Per-request headers that must never be replayed to someone else. */
const NOT_STORED = new Set(['set-cookie', 'content-length', 'content-encoding', 'etag'])

const answers = new Map<string, StoredAnswer>()

/**
 * A public page rendered once per `key` in this process, then served from memory, with a
 * weak ETag so a browser that has it gets 304. `key` must name everything the page
 * depends on (the schedule version, the date, the language, the URL, fragment or page):
 * a key that misses something would show one visitor's page to another.
 * Only 200 answers are kept; anything else is passed through as produced.
 *
 * @example return cachedAnswer(c, `point|${version}|${today}|${locale}|${url}`, () => render(c, …))
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  key: string,
  produce: () => Response | Promise<Response>,
): Promise<Response> {
  let stored = answers.get(key)
  if (!stored) {
    const fresh = await produce()
    if (fresh.status !== 200) return fresh
    const body = await fresh.arrayBuffer()
    stored = {
      headers: [...fresh.headers.entries()].filter(([name]) => !NOT_STORED.has(name)),
      body,
      gzipped: body.byteLength >= MIN_GZIP_BYTES ? gzipped(body) : null,
      etag: `W/"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 22)}"`,
    }
    if (answers.size >= MAX_ANSWERS) answers.clear()
    answers.set(key, stored)
  }
  for (const [name, value] of stored.headers) c.header(name, value)
  c.header('ETag', stored.etag)
  const vary = new Headers({ Vary: stored.headers.find(([name]) => name === 'vary')?.[1] ?? '' })
  appendVary(vary, 'Accept-Encoding')
  c.header('Vary', vary.get('Vary') ?? 'Accept-Encoding')
  const ifNoneMatch = c.req.header('If-None-Match') ?? ''
  if (ifNoneMatch.split(/\s*,\s*/).includes(stored.etag)) return c.body(null, 304)
  if (stored.gzipped && acceptsGzip(c.req.header('Accept-Encoding'))) {
    c.header('Content-Encoding', 'gzip')
    return c.body(stored.gzipped)
  }
  return c.body(stored.body)
}

function gzipped(body: ArrayBuffer): ArrayBuffer {
  const zipped = gzipSync(body, { level: 9 })
  return zipped.buffer.slice(
    zipped.byteOffset,
    zipped.byteOffset + zipped.byteLength,
  ) as ArrayBuffer
}
