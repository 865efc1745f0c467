import { Agent, request } from 'node:http'
import { bookingBody, deliveredAll, freePlaces, startCountingSink } from './booking-load.js'
import { backendCpuMs, cpuSince, freshDatabase, startServer } from './setup.js'

/**
 * `npm run bench:cpu`: only the server's CPU per booking (its request) and per delivered
 * message, on the demo's points, at a calm 4 connections after a warm-up. CPU time hardly
 * depends on what else the machine does, so this is the number to compare before and after
 * a change to the booking path (the ADRs of issue 21 quote it); it also reads the CPU of the
 * PostgreSQL backends serving the benchmark (ADR 55). Runs the server through tsx
 * (the same code once compiled by V8); `PROFILE=dir` writes a V8 CPU profile there.
 */
const WARM_UP = Number(process.env.WARM_UP ?? 100)
const MEASURED = Number(process.env.BOOKINGS ?? 200)
const CONNECTIONS = 4

const database = await freshDatabase('spreekuur_cpu')
const sink = await startCountingSink()
const server = await startServer(
  {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    RATE_LIMIT_BOOKINGS: 'off',
    SEED_DEMO: 'false',
    SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
    NODE_ENV: 'production',
  },
  { profileDir: process.env.PROFILE },
)
try {
  const places = await freePlaces(database.db, new Date())
  if (places.length < WARM_UP + MEASURED) throw new Error(`only ${places.length} free places`)
  const agent = new Agent({ keepAlive: true })
  let n = 0
  const book = () =>
    new Promise<boolean>((resolve) => {
      const body = bookingBody(places.pop()!, n++)
      const req = request(
        new URL('/api/v1/bookings', server.url),
        { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode === 201))
        },
      )
      req.on('error', () => resolve(false))
      req.end(body)
    })
  const run = async (count: number) => {
    let ok = 0
    let left = count
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (left-- > 0) if (await book()) ok += 1
      }),
    )
    return ok
  }

  await run(WARM_UP)
  await deliveredAll(database.db, 120_000)
  const sentBefore = (await deliveredAll(database.db, 0)).sent
  sink.hold()
  const cpuStart = server.cpuMs()
  const backendsStart = await backendCpuMs(database.db, database.name)
  const ok = await run(MEASURED)
  const requestCpu = server.cpuMs() - cpuStart
  const databaseCpu = cpuSince(backendsStart, await backendCpuMs(database.db, database.name))
  sink.release()
  const delivered = await deliveredAll(database.db, 120_000)
  const deliveryCpu = server.cpuMs() - cpuStart - requestCpu
  const messages = delivered.sent - sentBefore
  agent.destroy()
  console.log(
    [
      `${ok} of ${MEASURED} bookings made (after ${WARM_UP} to warm up), ${messages} messages delivered, ${delivered.failed} failed`,
      `server CPU per booking request: ${(requestCpu / ok).toFixed(2)} ms`,
      `database CPU per booking request: ${(databaseCpu / ok).toFixed(2)} ms`,
      `server CPU per booking, delivery: ${(deliveryCpu / ok).toFixed(2)} ms`,
      `server CPU per message: ${(deliveryCpu / Math.max(1, messages)).toFixed(2)} ms`,
    ].join('\n'),
  )
} finally {
  await server.stop()
  await sink.close()
  await database.drop()
}
