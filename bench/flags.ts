import { availableParallelism, cpus } from 'node:os'
import autocannon from 'autocannon'
import { DateTime } from 'luxon'
import { LOCALES } from '../src/i18n/locales.js'
import { localToday } from '../src/services/directory.js'
import { startSmtpSink } from '../tests/support/smtp-sink.js'
import { buildServer, freshDatabase, markdownTable, startServer } from './setup.js'

/**
 * `npm run bench:flags`: which Node.js memory flags production should start with
 * (ADR 0020). For each set of flags, the compiled server on a fresh PostgreSQL database
 * with the demo data answers requests its one-second answer cache cannot serve: the
 * slots API for a random point and date range, and the booking day page of a random
 * point, day and language. Prints throughput and latency against the server's peak
 * memory (VmHWM). Not a test: nothing here passes or fails on a time.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const CONNECTIONS = 32

const FLAG_SETS: string[][] = [
  [],
  ['--max-old-space-size=128'],
  ['--max-semi-space-size=2', '--max-old-space-size=128'],
  ['--max-semi-space-size=8', '--max-old-space-size=128'],
  ['--max-semi-space-size=16', '--max-old-space-size=128'],
  ['--max-semi-space-size=8', '--max-old-space-size=96'],
]

interface Measured {
  flags: string
  slotsRps: number[]
  slotsP99: number[]
  pageRps: number[]
  pageP99: number[]
  peakMb: number[]
  errors: number
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

buildServer()
const database = await freshDatabase('spreekuur_flags')
// Production refuses to start without a mail server; the sink takes what it would send.
const sink = await startSmtpSink()
try {
  const today = localToday(new Date())
  const slugs = (await database.db.selectFrom('locations').select('slug').execute()).map(
    (row) => row.slug,
  )
  const days = Array.from({ length: 28 }, (_, i) => DateTime.fromISO(today).plus({ days: i + 1 }))
  const slotsPath = () => {
    const from = pick(days)
    const to = from.plus({ days: 1 + Math.floor(Math.random() * 27) })
    return `/api/v1/locations/${pick(slugs)}/slots?from=${from.toISODate()}&to=${to.toISODate()}`
  }
  const pagePath = () =>
    `/steunpunt/${pick(slugs)}/afspraak?dag=${pick(days).toISODate()}&lang=${pick(LOCALES)}`

  const results = new Map<string, Measured>()
  // Rounds interleave the flag sets, so a machine that gets busier halfway through
  // slows every set alike instead of the last ones.
  for (let round = 0; round < ROUNDS; round++) {
    for (const flags of FLAG_SETS) {
      const name = flags.length ? flags.join(' ') : '(no flags)'
      const row = results.get(name) ?? {
        flags: name,
        slotsRps: [],
        slotsP99: [],
        pageRps: [],
        pageP99: [],
        peakMb: [],
        errors: 0,
      }
      results.set(name, row)
      const server = await startServer(
        {
          DATABASE_URL: database.url,
          SMTP_URL: sink.url,
          SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
          SEED_DEMO: 'false',
          NODE_ENV: 'production',
        },
        { nodeFlags: flags },
      )
      try {
        const drive = (path: () => string) =>
          autocannon({
            url: server.url,
            connections: CONNECTIONS,
            duration: DURATION,
            headers: { 'Accept-Encoding': 'gzip' },
            requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
          })
        const slots = await drive(slotsPath)
        const pages = await drive(pagePath)
        row.slotsRps.push(Math.round(slots.requests.average))
        row.slotsP99.push(slots.latency.p99)
        row.pageRps.push(Math.round(pages.requests.average))
        row.pageP99.push(pages.latency.p99)
        row.errors += slots.errors + slots.timeouts + slots.non2xx
        row.errors += pages.errors + pages.timeouts + pages.non2xx
        row.peakMb.push(server.peakMb())
      } finally {
        await server.stop()
      }
    }
  }

  const lines = [
    `Spreekuur memory flags, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${CONNECTIONS} connections, ${DURATION} s per workload, median of ${ROUNDS} rounds; uncached requests only.`,
    '',
    ...markdownTable(
      [
        'node flags',
        'slots req/s',
        'slots p99 ms',
        'pages req/s',
        'pages p99 ms',
        'peak MB',
        'errors',
      ],
      [...results.values()].map((row) =>
        [
          row.flags,
          median(row.slotsRps),
          median(row.slotsP99),
          median(row.pageRps),
          median(row.pageP99),
          Math.max(...row.peakMb),
          row.errors,
        ].map(String),
      ),
    ),
  ]
  console.log(lines.join('\n'))
} finally {
  await sink.close()
  await database.drop()
}
