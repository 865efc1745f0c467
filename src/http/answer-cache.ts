import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.js'
import { onAvailabilityChange } from '../services/availability-events.js'
import { acceptsGzip, appendVary, encodingDecided } from './gzip.js'
import { knownBody } from './known-body.js'

interface StoredAnswer {
  headers: Array<[string, string]>
  body: Uint8Array<ArrayBuffer>
  /** Gzipped once when stored; null when too small to be worth it. */
  gzipped: Uint8Array<ArrayBuffer> | null
  etag: string
  /** performance.now() when stored, for answers that may only be kept briefly. */
  storedAt: number
  /** Names what the answer depends on, to drop it when that changes. */
  tag: string | undefined
}

const MAX_ANSWERS = 2_000
/**
 * Bounds the memory the answers take, whatever URLs are asked for (every distinct query
 * string is its own key): production runs with a 128 MB old generation (ADR 11).
 */
const MAX_BYTES = 16 * 1024 * 1024
let storedBytes = 0
const MIN_GZIP_BYTES = 1024
/** Per-request headers that must never be replayed to someone else. */
const NOT_STORED = new Set(['set-cookie', 'content-length', 'content-encoding', 'etag'])

const answers = new Map<string, StoredAnswer>()
const encoder = new TextEncoder()
/** Answers being made right now, by key, with the `forgets` count when each began. */
const flights = new Map<
  string,
  { forgets: number; startedAt: number; answer: Promise<StoredAnswer | Response> }
>()
/** Counts `forgetTagged` calls: an answer produced across one may predate the change. */
let forgets = 0

/** Drops every answer stored with `tag`. */
export function forgetTagged(tag: string): void {
  forgets += 1
  for (const [key, answer] of answers) if (answer.tag === tag) forget(key, answer)
}

function forget(key: string, answer: StoredAnswer): void {
  answers.delete(key)
  storedBytes -= sizeOf(answer)
}

function sizeOf(answer: StoredAnswer): number {
  return answer.body.byteLength + (answer.gzipped?.byteLength ?? 0) + 256
}

onAvailabilityChange((locationId) => forgetTagged(availabilityTag(locationId)))

/**
 * How long an answer showing free places may be served from memory: a snapshot at most
 * this old. The booking transaction decides, so a place shown free that went a moment ago
 * gets the "just taken" answer with alternatives. This process's own changes drop the
 * answer at once (ADR 11).
 */
export const AVAILABILITY_MAX_AGE_MS = 1000

/** The tag of answers that show a support point's free places. */
export function availabilityTag(locationId: string): string {
  return `availability:${locationId}`
}

/**
 * A public answer rendered once per `key` in this process, then served from memory, with
 * a weak ETag so a browser that has it gets 304. `key` must name everything the answer
 * depends on besides the data (the date, the language, the URL, fragment or page): a key
 * that misses something would show one visitor's page to another. Only 200 answers are
 * kept; anything else is passed through as produced. An answer produced while a change
 * was announced is used once and not kept: it may have read the data before the change.
 *
 * @example return cachedAnswer(c, `point|${today}|${locale}|${url}`, () => render(c, …), { maxAgeMs: 1000 })
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  key: string,
  produce: () => Response | Promise<Response>,
  options: {
    /** Keep the answer at most this long (live data); default: until the key changes. */
    maxAgeMs?: number
    /** Read after `produce`: what to drop the answer with (see `forgetTagged`). */
    tag?: () => string | undefined
  } = {},
): Promise<Response> {
  let stored = answers.get(key)
  if (stored && options.maxAgeMs !== undefined) {
    if (performance.now() - stored.storedAt > options.maxAgeMs) {
      forget(key, stored)
      stored = undefined
    }
  }
  if (!stored) {
    // One render per key at a time: when an answer runs out, the requests that arrive
    // while it is being made again wait for that one instead of each making their own
    // (32 renders at once were the slow tail of every second). A request joins only a
    // render begun after the last change was announced, so it never sees older data
    // than it would have read itself.
    // A render older than the answer may be old is not joined either: it may be stuck, or
    // have read the data too long ago.
    let flight = flights.get(key)
    const joined =
      flight !== undefined &&
      flight.forgets === forgets &&
      (options.maxAgeMs === undefined || performance.now() - flight.startedAt <= options.maxAgeMs)
    if (!flight || !joined) {
      flight = {
        forgets,
        startedAt: performance.now(),
        answer: produceAnswer(key, produce, options.tag),
      }
      flights.set(key, flight)
      const own = flight
      const done = () => {
        if (flights.get(key) === own) flights.delete(key)
      }
      own.answer.then(done, done)
    }
    // A render that failed fails only the request that made it; whoever joined tries alone.
    const answer = await flight.answer.catch((error: unknown) => {
      if (!joined) throw error
      return null
    })
    if (answer === null) return produce()
    // Not a 200 (a 404, say): never shared. Whoever joined makes their own.
    if (answer instanceof Response) return joined ? produce() : answer
    stored = answer
  }
  for (const [name, value] of stored.headers) c.header(name, value)
  c.header('ETag', stored.etag)
  const vary = new Headers({ Vary: stored.headers.find(([name]) => name === 'vary')?.[1] ?? '' })
  appendVary(vary, 'Accept-Encoding')
  c.header('Vary', vary.get('Vary') ?? 'Accept-Encoding')
  const ifNoneMatch = c.req.header('If-None-Match') ?? ''
  if (ifNoneMatch.split(/\s*,\s*/).includes(stored.etag)) return c.body(null, 304)
  // Uint8Arrays, not ArrayBuffers: @hono/node-server sends only strings and Uint8Arrays
  // straight to the socket; anything else goes through a web stream (ADR 11).
  if (stored.gzipped && acceptsGzip(c.req.header('Accept-Encoding'))) {
    c.header('Content-Encoding', 'gzip')
    return encodingDecided(c.body(stored.gzipped))
  }
  return encodingDecided(c.body(stored.body))
}

/**
 * A public answer that shows a support point's free places (the point's page, the day
 * picker, the slots API): kept at most AVAILABILITY_MAX_AGE_MS, and dropped at once when
 * this process changes that point. `produce` names the point it showed with `shows`.
 *
 * @example return cachedAvailability(c, `slots|${url}`, async (shows) => { …; shows(point.id); … })
 */
export function cachedAvailability(
  c: Context<AppEnv>,
  key: string,
  produce: (shows: (locationId: string) => void) => Response | Promise<Response>,
): Promise<Response> {
  let tag: string | undefined
  const shows = (locationId: string) => {
    tag = availabilityTag(locationId)
  }
  return cachedAnswer(c, key, () => produce(shows), {
    maxAgeMs: AVAILABILITY_MAX_AGE_MS,
    tag: () => tag,
  })
}

/**
 * Makes the answer for `key` and keeps it, unless a change was announced meanwhile (it
 * may have read the data before the change; it is then used once, by those who asked).
 * A non-200 answer comes back as it is and is not kept.
 */
async function produceAnswer(
  key: string,
  produce: () => Response | Promise<Response>,
  tag: (() => string | undefined) | undefined,
): Promise<StoredAnswer | Response> {
  const forgetsBefore = forgets
  const fresh = await produce()
  if (fresh.status !== 200) return fresh
  const text = knownBody(fresh)
  const body = text === undefined ? new Uint8Array(await fresh.arrayBuffer()) : encoder.encode(text)
  const stored: StoredAnswer = {
    headers: [...fresh.headers.entries()].filter(([name]) => !NOT_STORED.has(name)),
    body,
    gzipped: body.byteLength >= MIN_GZIP_BYTES ? gzipped(body) : null,
    storedAt: performance.now(),
    tag: tag?.(),
    etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
  }
  if (forgets === forgetsBefore) {
    if (answers.size >= MAX_ANSWERS || storedBytes + sizeOf(stored) > MAX_BYTES) {
      answers.clear()
      storedBytes = 0
    }
    const previous = answers.get(key)
    if (previous) forget(key, previous)
    answers.set(key, stored)
    storedBytes += sizeOf(stored)
  }
  return stored
}

/** A copy of its own: gzipSync's Buffer may share a larger pool's memory. */
function gzipped(body: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(body, { level: 9 }))
}
