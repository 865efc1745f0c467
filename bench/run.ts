import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import autocannon from 'autocannon'
import { DateTime } from 'luxon'
import { loadSupportPoints } from '../src/db/locations.js'
import { localToday } from '../src/services/directory.js'
import {
  bookingBody,
  deliveredAll,
  freePlaces,
  openLoop,
  quantile,
  rawBookings,
  startCountingSink,
} from './booking-load.js'
import { buildServer, freshDatabase, markdownTable, startServer } from './setup.js'

/**
 * `npm run bench`: the numbers behind "fast on a small machine". Starts the compiled app
 * on a fresh PostgreSQL database with the demo data, drives it from this process, and
 * prints two tables: reads, and bookings on the demo's own points against the database's
 * bare limit, with the server's CPU per booking and per message. `--save` adds the run,
 * dated, to bench/results.md. Not a test: nothing here passes or fails on a time.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
/** Bookings a second in the open-loop row: a rate the server is not saturated by. */
const OPEN_RATE = 100
const save = process.argv.includes('--save')
/** `--cold`: only the static baseline and the cold reads (about a minute), never saved. */
const coldOnly = process.argv.includes('--cold')

interface ReadRow {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  cpuPerRequest: number
  peakMb: number
}

async function load(
  name: string,
  options: Omit<autocannon.Options, 'duration'>,
): Promise<ReadRow & { requests: number }> {
  const cpuBefore = server.cpuMs()
  // Browsers take gzip; so does the benchmark, or it would measure pages nobody gets.
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: DURATION,
    ...options,
    headers: { 'Accept-Encoding': 'gzip', ...options.headers },
  })
  const cpu = server.cpuMs() - cpuBefore
  return {
    name,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuPerRequest: cpu / Math.max(1, result.requests.total),
    peakMb: server.peakMb(),
  }
}

buildServer()
const database = await freshDatabase('spreekuur_bench')
// Production refuses to start without a mail server; the sink takes what it would send.
const sink = await startCountingSink()
const server = await startServer(
  {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
    RATE_LIMIT_BOOKINGS: 'off',
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
  },
  { compiled: true },
)
try {
  const home = await (await fetch(server.url)).text()
  const css = /href="(\/static\/[0-9a-f]+\/style\.css)"/.exec(home)?.[1]
  if (!css) throw new Error('no stylesheet link on the home page')
  const now = new Date()
  const today = localToday(now)
  const to = DateTime.fromISO(today).plus({ days: 27 }).toISODate()!
  const points = (await loadSupportPoints(database.db, { today })).filter((p) => p.slug !== 'bench')
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!
  const languages = ['nl', 'en', 'ar', 'fa', 'ti', 'fr', 'so', 'tr', 'ru']
  let nonce = 0

  const reads: ReadRow[] = []
  reads.push(await load('static file (baseline)', { url: server.url + css }))
  if (!coldOnly) {
    reads.push(await load('support point page', { url: `${server.url}/steunpunt/utrecht` }))
    reads.push(
      await load('slots API, 28 days', {
        url: `${server.url}/api/v1/locations/utrecht/slots?from=${today}&to=${to}`,
      }),
    )
  }
  // Cold reads: another point, range and language each time, and a query string never
  // asked before, so the one-second answer cache cannot answer (its key is the URL).
  reads.push(
    await load('slots API, cold (varied)', {
      url: server.url,
      requests: [
        {
          setupRequest: (request) => {
            const point = pick(points)
            const from = DateTime.fromISO(today).plus({ days: Math.floor(Math.random() * 28) })
            const until = from.plus({ days: Math.floor(Math.random() * 28) })
            return {
              ...request,
              path: `/api/v1/locations/${point.slug}/slots?from=${from.toISODate()}&to=${until.toISODate()}&n=${nonce++}`,
            }
          },
        },
      ],
    }),
  )
  reads.push(
    await load('support point page, cold (varied)', {
      url: server.url,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            path: `/steunpunt/${pick(points).slug}?lang=${pick(languages)}&n=${nonce++}`,
          }),
        },
      ],
    }),
  )

  // Bookings on the demo's own points: their counselors, places and kept-free walk-in seats.
  const places = await freePlaces(database.db, now)
  const freeAtStart = places.length
  const averageMessages =
    places.reduce((sum, place) => sum + place.counselors, 0) / Math.max(1, places.length) + 1
  let booked = 0
  // When the places run out, a booking in the past: refused, and counted as an error.
  const nextBody = () =>
    bookingBody(
      places.pop() ?? { slug: points[0]!.slug, start: '2000-01-01T10:00:00Z', counselors: 0 },
      booked++,
    )

  const raw = coldOnly
    ? { rate: 0, p50: 0, p99: 0, errors: 0 }
    : await rawBookings(database.url, {
        locationId: database.benchLocationId,
        // The server's pool holds ten connections; the bare transaction gets as many.
        connections: 10,
        seconds: DURATION,
        messages: Math.round(averageMessages),
      })

  interface BookingRow {
    name: string
    ok: number
    rate: number
    p50: number
    p99: number
    errors: number
    requestCpu: number
    deliveryCpu: number
    messages: number
    peakMb: number
  }
  /**
   * Runs `drive` while the mail sink holds the worker at its first message, so the
   * server's CPU in that time is the requests'; then lets the worker deliver everything
   * due, and its CPU in that time is the delivery's.
   */
  async function measured(
    name: string,
    drive: () => Promise<{
      ok: number
      seconds: number
      p50: number
      p99: number
      errors: number
    }>,
  ): Promise<BookingRow> {
    const sentBefore = (await deliveredAll(database.db, 0)).sent
    sink.hold()
    const cpuStart = server.cpuMs()
    const outcome = await drive()
    const cpuRequests = server.cpuMs() - cpuStart
    sink.release()
    const delivered = await deliveredAll(database.db, 120_000)
    const cpuDelivery = server.cpuMs() - cpuStart - cpuRequests
    const messages = delivered.sent - sentBefore
    return {
      name,
      ok: outcome.ok,
      rate: Math.round(outcome.ok / outcome.seconds),
      p50: outcome.p50,
      p99: outcome.p99,
      errors: outcome.errors + delivered.failed + delivered.due,
      requestCpu: cpuRequests / Math.max(1, outcome.ok),
      deliveryCpu: cpuDelivery / Math.max(1, outcome.ok),
      messages,
      peakMb: server.peakMb(),
    }
  }

  const bookings: BookingRow[] = []
  if (!coldOnly) {
    bookings.push(
      await measured(`bookings, HTTP, ${CONNECTIONS} connections`, async () => {
        // The demo has about 2,000 free places: this row may take those the open loop does
        // not need, and stops when they are taken (then its rate is over its own time).
        const result = await autocannon({
          url: `${server.url}/api/v1/bookings`,
          connections: CONNECTIONS,
          duration: DURATION,
          amount: Math.max(CONNECTIONS, places.length - OPEN_RATE * DURATION),
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
        })
        return {
          ok: result['2xx'],
          seconds: result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
        }
      }),
    )
    bookings.push(
      await measured(`bookings, HTTP, open loop ${OPEN_RATE}/s`, async () => {
        const result = await openLoop(server.url, nextBody, { rate: OPEN_RATE, seconds: DURATION })
        return {
          ok: result.ok,
          seconds: DURATION,
          p50: quantile(result.latencies, 0.5),
          p99: quantile(result.latencies, 0.99),
          errors: result.sent - result.ok,
        }
      }),
    )
  }

  const fixed = (n: number) => n.toFixed(1)
  const readLines = [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${DURATION} s per row, app + PostgreSQL + load generator on one machine. ` +
      `Server: start to first answer ${server.startMs} ms; peak memory (VmHWM) ${server.peakMb()} MB.`,
    '',
    `Reads, ${CONNECTIONS} connections; cold rows ask a URL the answer cache has not seen:`,
    '',
    ...markdownTable(
      ['what', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs. static', 'server CPU ms/req', 'peak MB'],
      reads.map((row) =>
        [
          row.name,
          row.rps,
          row.p50,
          row.p99,
          row.errors,
          `${((row.rps / reads[0]!.rps) * 100).toFixed(0)}%`,
          fixed(row.cpuPerRequest),
          row.peakMb,
        ].map(String),
      ),
    ),
  ]
  const bookingLines = [
    '',
    `Bookings on the demo's ${points.length} points (${freeAtStart} free places at the start; ` +
      `an email on every second one), against the bare transaction through pg ` +
      `(${Math.round(averageMessages)} outbox rows each, 10 connections). Server CPU per ` +
      `booking: its request, and the worker's delivery of its messages:`,
    '',
    ...markdownTable(
      [
        'what',
        'bookings/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'share of bare',
        'CPU ms request',
        'CPU ms delivery',
        'messages/booking',
        'CPU ms/message',
        'peak MB',
      ],
      [
        ['bare transaction (pg, no app)', raw.rate, raw.p50, raw.p99, raw.errors, '100%'].map(
          String,
        ),
        ...bookings.map((row) => {
          const { ok } = row
          return [
            row.name,
            String(row.rate),
            String(row.p50),
            String(row.p99),
            String(row.errors),
            `${((row.rate / raw.rate) * 100).toFixed(0)}%`,
            fixed(row.requestCpu),
            fixed(row.deliveryCpu),
            fixed(row.messages / Math.max(1, ok)),
            fixed((row.deliveryCpu * ok) / Math.max(1, row.messages)),
            String(row.peakMb),
          ]
        }),
      ].map((cells) => [...cells, ...Array<string>(11 - cells.length).fill('')]),
    ),
  ]
  const lines = coldOnly ? readLines : [...readLines, ...bookingLines]
  console.log(lines.join('\n'))
  if (save && !coldOnly) {
    // Newest first, under the heading; older runs stay below as they were written.
    const previous = readFileSync('bench/results.md', 'utf8').replace(/^# Benchmark results\n+/, '')
    writeFileSync('bench/results.md', `# Benchmark results\n\n${lines.join('\n')}\n\n${previous}`)
    console.log('\nSaved to bench/results.md')
  }
} finally {
  await server.stop()
  await sink.close()
  await database.drop()
}
