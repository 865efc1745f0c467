import { randomBytes } from 'node:crypto'
import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'
import { loadSupportPoints } from '../src/db/locations.js'
import { availableSlots, windowDates } from '../src/services/booking.js'
import { localToday } from '../src/services/directory.js'
import type { Db } from './setup.js'

/**
 * The load of `npm run bench`'s booking rows: the demo's free places, booked over HTTP in
 * a closed and an open loop, and the same writes as one bare transaction through `pg`.
 */

/** One free place at a demo point, as the JSON API books it. */
export interface Place {
  slug: string
  start: string
  /** Counselors who get an invitation for a booking here. */
  counselors: number
}

/**
 * Every free place at the demo's support points (not the roomy "bench" point), one entry
 * per place, shuffled: a booking at each of them succeeds, in any order, until they run out.
 */
export async function freePlaces(db: Db, now: Date): Promise<Place[]> {
  const points = await loadSupportPoints(db, { today: localToday(now) })
  const counselors = await db
    .selectFrom('staff_locations as sl')
    .innerJoin('staff as s', 's.id', 'sl.staff_id')
    .select(['sl.location_id', db.fn.countAll<number>().as('n')])
    .where('s.role', '=', 'counselor')
    .where('s.active', '=', true)
    .groupBy('sl.location_id')
    .execute()
  const perPoint = new Map(counselors.map((row) => [row.location_id, Number(row.n)]))
  const places: Place[] = []
  for (const point of points.filter((p) => p.slug !== 'bench')) {
    for (const slot of await availableSlots(db, point, { now, ...windowDates(point, now) })) {
      for (let i = 0; i < slot.remaining; i++) {
        places.push({
          slug: point.slug,
          start: slot.start.toISO({ suppressMilliseconds: true })!,
          counselors: perPoint.get(point.id) ?? 0,
        })
      }
    }
  }
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[places[i], places[j]] = [places[j]!, places[i]!]
  }
  return places
}

const LANGUAGES = ['ar', 'fa', 'ti', 'en', 'fr', 'so', 'tr', 'ru', 'nl']

/** A client's booking as the JSON API takes it; every second one gives an email. */
export function bookingBody(place: Place, n: number): string {
  return JSON.stringify({
    location: place.slug,
    start: place.start,
    name: 'Bench',
    language: LANGUAGES[n % LANGUAGES.length],
    locale: LANGUAGES[(n >> 1) % LANGUAGES.length],
    ...(n % 2 === 0 ? { email: `client${n}@example.org` } : {}),
  })
}

/** The qth quantile of sorted latencies, rounded to a ms. */
export function quantile(sorted: number[], q: number): number {
  return Math.round(sorted[Math.floor(q * (sorted.length - 1))] ?? 0)
}

/**
 * Bookings arriving at `rate` a second for `seconds`, whether or not earlier ones have been
 * answered (an open loop): latency is counted from when a request was due, so a server
 * that falls behind shows it. Each request uses the next body of `next()`.
 */
export async function openLoop(
  url: string,
  next: () => string,
  options: { rate: number; seconds: number },
): Promise<{ sent: number; ok: number; latencies: number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  const target = new URL('/api/v1/bookings', url)
  const latencies: number[] = []
  let ok = 0
  const total = options.rate * options.seconds
  const begin = performance.now()
  const pending: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / options.rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const body = next()
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(
          target,
          { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
          (res) => {
            res.resume()
            res.on('end', () => {
              latencies.push(performance.now() - due)
              if (res.statusCode === 201) ok += 1
              resolve()
            })
          },
        )
        req.on('error', () => resolve())
        req.end(body)
      }),
    )
  }
  await Promise.all(pending)
  agent.destroy()
  return { sent: total, ok, latencies: latencies.sort((a, b) => a - b) }
}

/**
 * The database's own limit for a booking: the writes the booking transaction must make
 * (take the place with the conditional upsert of ADR 2, insert the booking, insert its
 * outbox rows, commit) as one prepared statement between BEGIN and COMMIT, from
 * `connections` clients for `seconds`, with no application code. Its bookings go to the
 * roomy "bench" point, its messages wait a year so the worker leaves them alone.
 */
export async function rawBookings(
  databaseUrl: string,
  options: { locationId: string; connections: number; seconds: number; messages: number },
): Promise<{ rate: number; p50: number; p99: number; errors: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections })
  const body = JSON.stringify({ subject: 'x', text: 'x'.repeat(1500), html: 'x'.repeat(2500) })
  const text = `
    with place as (
      insert into slot_counters (location_id, starts_at, booked, walk_ins) values ($1, $2, 1, 0)
      on conflict (location_id, starts_at) do update set booked = slot_counters.booked + 1
        where slot_counters.booked - least(slot_counters.walk_ins, 0) < 40
      returning booked
    ), booking as (
      insert into bookings (reference, location_id, starts_at, ends_at, source, language,
        name, email, manage_token_hash)
      select $3, $1, $2, $2::timestamptz + interval '30 minutes', 'api', 'ar', 'Bench', $4, $5
      from place returning id
    )
    insert into outbox (kind, booking_id, location_id, recipient, message_id, message,
      next_attempt_at)
    select 'counselor-invitation', booking.id, $1, 'c' || n || '@example.org',
      $5 || '.' || n, $6::jsonb, now() + interval '1 year'
    from booking, generate_series(1, $7::int) as n`
  const latencies: number[] = []
  let done = 0
  let errors = 0
  let n = 0
  const until = performance.now() + options.seconds * 1000
  // Distinct slots on the quarter hour a year and more ahead: no place is ever contended.
  const base = Date.UTC(new Date().getUTCFullYear() + 2, 0, 1)
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      const client = await pool.connect()
      try {
        while (performance.now() < until) {
          const started = performance.now()
          const k = n++
          const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
          const reference = Array.from(randomBytes(8), (b) => alphabet[b % 32]).join('')
          try {
            await client.query('begin')
            await client.query({
              name: 'raw-booking',
              text,
              values: [
                options.locationId,
                new Date(base + k * 15 * 60_000),
                reference,
                k % 2 === 0 ? `client${k}@example.org` : null,
                randomBytes(16).toString('hex'),
                body,
                options.messages,
              ],
            })
            await client.query('commit')
            done += 1
            latencies.push(performance.now() - started)
          } catch {
            errors += 1
            await client.query('rollback').catch(() => {})
          }
        }
      } finally {
        client.release()
      }
    }),
  )
  await pool.end()
  latencies.sort((a, b) => a - b)
  return {
    rate: Math.round(done / options.seconds),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  }
}

/**
 * Waits until the outbox holds nothing due and unsent (reminders wait for their day), or
 * `timeoutMs` passed. Returns how many messages are sent and failed by then.
 */
export async function deliveredAll(
  db: Db,
  timeoutMs: number,
): Promise<{ sent: number; failed: number; due: number }> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const row = await db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('status', '=', 'sent').as('sent'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'failed').as('failed'),
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([w('status', '=', 'pending'), w('next_attempt_at', '<=', new Date())]),
          )
          .as('due'),
      ])
      .executeTakeFirstOrThrow()
    const counts = { sent: Number(row.sent), failed: Number(row.failed), due: Number(row.due) }
    if (counts.due === 0 || performance.now() > deadline) return counts
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * An SMTP server on a loopback port that counts what it is given and throws it away (the
 * tests' sink parses every message, which would take the load generator's CPU here).
 * `hold()` keeps senders waiting at MAIL FROM until `release()`, so the worker sends
 * nothing while the bookings are measured.
 */
export async function startCountingSink() {
  let received = 0
  let gate: { promise: Promise<void>; release: () => void } | null = null
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Its reverse lookup of 127.0.0.1 waits on DNS, about 100 ms a message here.
    disableReverseLookup: true,
    onMailFrom(_address, _session, callback) {
      if (gate) void gate.promise.then(() => callback())
      else callback()
    },
    onData(stream, _session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        received += 1
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    hold() {
      let release = () => {}
      const promise = new Promise<void>((resolve) => (release = resolve))
      gate = { promise, release }
    },
    release() {
      gate?.release()
      gate = null
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
