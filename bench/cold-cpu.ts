import { Agent, request } from 'node:http'
import { DateTime } from 'luxon'
import { loadSupportPoints } from '../src/db/locations.js'
import { localToday } from '../src/services/directory.js'
import { startCountingSink } from './booking-load.js'
import { buildServer, freshDatabase, startServer } from './setup.js'

/**
 * `npm run bench:cold`: the server's CPU per cold read, the requests the one-second answer
 * cache cannot serve (issue 21): the slots API and the support point page at another point,
 * range and language each time, at a URL never asked before, as `npm run bench`'s cold rows
 * ask them. CPU time is what decides their throughput on 2 shared cores and hardly depends
 * on what else the machine does, so this is the number to compare before and after a change.
 * The URLs come from a seeded generator: every run asks the same ones. `--compiled` runs
 * the compiled server with the flags of `start:prod` (as `npm run bench` does); without it
 * the server runs through tsx. `PROFILE=dir` writes a V8 CPU profile there; `ONLY=page` or
 * `ONLY=slots` asks only that kind (a profile of one).
 */
const WARM_UP = Number(process.env.WARM_UP ?? 1_000)
const MEASURED = Number(process.env.REQUESTS ?? 3_000)
const CONNECTIONS = 8
const compiled = process.argv.includes('--compiled')

/** mulberry32: a small seeded generator, so runs ask the same URLs. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

if (compiled) buildServer()
const database = await freshDatabase('spreekuur_cold')
// Production refuses to start without a mail server and a secrets key (ADR 36).
const sink = await startCountingSink()
const server = await startServer(
  {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    SECRETS_KEY: '5e'.repeat(32),
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
  },
  { compiled, profileDir: process.env.PROFILE },
)
try {
  const today = localToday(new Date())
  const slugs = (await loadSupportPoints(database.db, { today }))
    .map((point) => point.slug)
    .filter((slug) => slug !== 'bench')
  const languages = ['nl', 'en', 'ar', 'fa', 'ti', 'fr', 'so', 'tr', 'ru']
  const random = seeded(21)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  let nonce = 0
  const kinds = {
    'slots API': () => {
      const from = DateTime.fromISO(today).plus({ days: Math.floor(random() * 28) })
      const until = from.plus({ days: Math.floor(random() * 28) })
      return `/api/v1/locations/${pick(slugs)}/slots?from=${from.toISODate()}&to=${until.toISODate()}&n=${nonce++}`
    },
    'support point page': () => `/steunpunt/${pick(slugs)}?lang=${pick(languages)}&n=${nonce++}`,
  }

  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        new URL(path, server.url),
        { agent, headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.end()
    })
  const run = async (count: number, next: () => string) => {
    let left = count
    let failed = 0
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (left-- > 0) if ((await get(next())) !== 200) failed += 1
      }),
    )
    return failed
  }

  const lines: string[] = []
  const only = process.env.ONLY
  for (const [name, next] of Object.entries(kinds)) {
    if (only && !name.includes(only)) continue
    await run(WARM_UP, next)
    const before = server.cpuMs()
    const started = performance.now()
    const failed = await run(MEASURED, next)
    const cpu = server.cpuMs() - before
    const seconds = (performance.now() - started) / 1000
    lines.push(
      `${name}, cold: ${(cpu / MEASURED).toFixed(2)} ms server CPU per request ` +
        `(${MEASURED} requests after ${WARM_UP} to warm up, ${failed} not 200, ` +
        `${Math.round(MEASURED / seconds)}/s at ${CONNECTIONS} connections)`,
    )
  }
  agent.destroy()
  console.log(lines.join('\n'))
} finally {
  await server.stop()
  await sink.close()
  await database.drop()
}
