import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import autocannon from 'autocannon'
import { DateTime } from 'luxon'
import { loadSupportPoints } from '../src/db/locations.js'
import { bookSlot } from '../src/services/booking.js'
import { localToday } from '../src/services/directory.js'
import { startSmtpSink } from '../tests/support/smtp-sink.js'
import { buildServer, freshDatabase, markdownTable, startServer } from './setup.js'

/**
 * `npm run bench`: the numbers behind "fast on a small machine". Starts the app on a
 * fresh PostgreSQL database with the demo data, drives it with autocannon from this
 * process, and prints one table. `--save` also writes bench/results.md.
 * Not a test: nothing here passes or fails on a time.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
/** Few enough clients that bookings do not queue behind each other on this machine. */
const CALM_CONNECTIONS = 4
const save = process.argv.includes('--save')

interface Row {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  /** The server's peak memory (VmHWM) so far, read after the row. */
  peakMb: number
}

async function load(name: string, options: Omit<autocannon.Options, 'duration'>): Promise<Row> {
  // Browsers take gzip; so does the benchmark, or it would measure pages nobody gets.
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: DURATION,
    ...options,
    headers: { 'Accept-Encoding': 'gzip', ...options.headers },
  })
  const non2xx = result.non2xx
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + non2xx,
    peakMb: server.peakMb(),
  }
}

buildServer()
const database = await freshDatabase('spreekuur_bench')
// Production refuses to start without a mail server; the sink takes what it would send.
const sink = await startSmtpSink()
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
const rows: Row[] = []
try {
  const home = await (await fetch(server.url)).text()
  const css = /href="(\/static\/[0-9a-f]+\/style\.css)"/.exec(home)?.[1]
  if (!css) throw new Error('no stylesheet link on the home page')
  const today = localToday(new Date())
  const [utrecht] = await loadSupportPoints(database.db, { today, slug: 'utrecht' })
  // A day with walk-in hours for the day-slots partial: the first in the next two weeks.
  const dayWithHours = Array.from({ length: 14 }, (_, i) =>
    DateTime.fromISO(today).plus({ days: i + 1 }),
  )
    .find((d) => utrecht?.hours.some((h) => h.weekday === d.weekday))!
    .toISODate()!
  const to = DateTime.fromISO(today).plus({ days: 27 }).toISODate()!

  rows.push(await load('static file (baseline)', { url: server.url + css }))
  rows.push(await load('support point page', { url: `${server.url}/steunpunt/utrecht` }))
  rows.push(
    await load('day-slots partial (htmx)', {
      url: `${server.url}/steunpunt/utrecht/afspraak?dag=${dayWithHours}`,
      headers: { 'HX-Request': 'true' },
    }),
  )
  rows.push(
    await load('slots API, 28 days', {
      url: `${server.url}/api/v1/locations/utrecht/slots?from=${today}&to=${to}`,
    }),
  )

  // Bookings spread over the bench point's slots: 40 places each, 32 slots a day, all
  // inside its 366-day horizon (a start beyond it fails at once and would count as an
  // error, not a booking). The HTTP and the direct rows start half the list apart.
  const starts: string[] = []
  let day = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 1 }).startOf('day')
  for (let n = 0; n < 360; n++) {
    for (let minutes = 6 * 60; minutes < 22 * 60; minutes += 30) {
      // Wall-clock times: adding minutes to midnight would be an hour off after a DST change.
      const start = day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
      starts.push(start.toISO({ suppressMilliseconds: true })!)
    }
    day = day.plus({ days: 1 })
  }
  let next = 0
  const bookings = (name: string, connections: number) =>
    load(name, {
      url: `${server.url}/api/v1/bookings`,
      method: 'POST',
      connections,
      headers: { 'Content-Type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              location: 'bench',
              start: starts[next++ % starts.length],
              name: 'Bench',
              language: 'ar',
            }),
          }),
        },
      ],
    })
  const httpBookings = await bookings('bookings (HTTP, JSON API)', CONNECTIONS)
  rows.push(httpBookings)
  // The same at a load the server is not saturated by: what one booking takes end to end.
  // At 32 connections a booking's latency is mostly its wait behind the others.
  const calmBookings = await bookings(
    `bookings (HTTP, ${CALM_CONNECTIONS} connections)`,
    CALM_CONNECTIONS,
  )
  rows.push(calmBookings)

  // The same transaction without HTTP: the database's own limit on this machine.
  const [bench] = await loadSupportPoints(database.db, { today, slug: 'bench' })
  const latencies: number[] = []
  let errors = 0
  let direct = 0
  const until = performance.now() + DURATION * 1000
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const started = performance.now()
        const outcome = await bookSlot(database.db, {
          point: bench!,
          start: new Date(starts[(next++ + starts.length / 2) % starts.length]!),
          details: {
            name: 'Bench',
            language: 'ar',
            interpreter: false,
            topic: 'unspecified',
            email: null,
            phone: null,
            note: null,
          },
          source: 'api',
          locale: 'nl',
          now: new Date(),
          notify: {
            baseUrl: server.url,
            mailFrom: 'Spreekuur <no-reply@localhost>',
            reminderHours: 24,
          },
        })
        latencies.push(performance.now() - started)
        if (outcome.ok) direct += 1
        else errors += 1
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? 0)
  rows.push({
    name: 'bookings (direct SQL, no HTTP)',
    rps: Math.round(direct / DURATION),
    p50: at(0.5),
    p99: at(0.99),
    errors,
    peakMb: server.peakMb(),
  })

  const baseline = rows[0]!.rps
  const directRate = rows.at(-1)!.rps
  const lines = [
    `Spreekuur benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${CONNECTIONS} connections (the calm row ${CALM_CONNECTIONS}), ${DURATION} s per row, app + PostgreSQL + load generator on one machine.`,
    '',
    ...markdownTable(
      ['what', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs. baseline', 'server peak MB'],
      rows.map((row) => {
        const ratio =
          row === httpBookings || row === calmBookings
            ? `${((row.rps / directRate) * 100).toFixed(0)}% of direct SQL`
            : `${((row.rps / baseline) * 100).toFixed(0)}% of static`
        return [row.name, row.rps, row.p50, row.p99, row.errors, ratio, row.peakMb].map(String)
      }),
    ),
    '',
    `Server: start to first answer ${server.startMs} ms; peak memory (VmHWM) ${server.peakMb()} MB.`,
  ]
  console.log(lines.join('\n'))
  if (save) {
    mkdirSync('bench', { recursive: true })
    writeFileSync('bench/results.md', `# Benchmark results\n\n${lines.join('\n')}\n`)
    console.log('\nSaved to bench/results.md')
  }
} finally {
  await server.stop()
  await sink.close()
  await database.drop()
}
