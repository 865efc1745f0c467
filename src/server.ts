import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import { seedDemo } from '../seeds/demo.js'
import { demoTemplateDir } from '../seeds/demo-template.js'
import { createApp } from './app.js'
import { applySocketSettings } from './http/socket.js'
import { ConfigError, loadConfig } from './config.js'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'
import { createMailer } from './notifications/mailer.js'
import { createTexter } from './notifications/texter.js'
import { startWorker } from './notifications/worker.js'
import { pgliteTemplatePath } from './db/pglite.js'
import {
  availabilityChangedElsewhere,
  setAvailabilityPublisher,
} from './services/availability-events.js'
import { retentionJob } from './services/retention.js'
import { localToday } from './services/directory.js'
import type { LogEntry } from './app-env.js'

/**
 * One JSON line per entry, written once per turn of the event loop: a line per request
 * written on its own was a tenth of a cached page's cost when stdout is a file (ADR 11).
 * Whatever is still waiting is written when the process exits, and errors at once.
 */
let pending: string[] = []
function log(entry: LogEntry): void {
  if (pending.length === 0) setImmediate(flushLog)
  pending.push(JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n')
  // An error goes out at once: the process may be about to die of it (out of memory, say).
  if (entry.level === 'error') flushLog()
}
function flushLog(): void {
  if (pending.length === 0) return
  const lines = pending.join('')
  pending = []
  process.stdout.write(lines)
}
process.on('exit', flushLog)

async function main(): Promise<void> {
  const started = performance.now()
  const config = loadConfig(process.env)
  if (!config.databaseUrl) await checkWritable(config.pgliteDir)
  // A first embedded start with the demo copies the demo database made at `npm install`
  // when it is still what migrating and seeding would make now (ADR 46).
  let copiedDemo: string | undefined
  const prefilledPglite = () => {
    if (!config.seedDemo) return undefined
    const dir = demoTemplateDir(pgliteTemplatePath(), localToday(new Date()))
    copiedDemo = existsSync(join(dir, 'PG_VERSION')) ? dir : undefined
    return copiedDemo
  }
  let db: Db
  try {
    db = await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: config.pgliteDir,
      prefilledPglite,
    })
    await sql`select 1`.execute(db)
  } catch (error) {
    throw new StartupError(
      config.databaseUrl
        ? `cannot reach the database of DATABASE_URL (${hostOf(config.databaseUrl)}): ${describe(error)}`
        : `cannot open the embedded database in PGLITE_DIR=${config.pgliteDir}: ${describe(error)}`,
    )
  }
  try {
    await migrateToLatest(db)
  } catch (error) {
    throw new StartupError(describe(error))
  }
  if (copiedDemo) log({ level: 'info', msg: 'demo data loaded', from: copiedDemo })
  if (config.seedDemo) {
    const isEmpty = !(await db.selectFrom('locations').select('id').limit(1).executeTakeFirst())
    if (isEmpty) {
      const seeded = await seedDemo(db, { today: localToday(new Date()) })
      log({ level: 'info', msg: 'demo data loaded', ...seeded })
    }
  }
  if (!config.production && !config.smtpUrl) {
    log({
      level: 'warn',
      msg: 'NODE_ENV is not production and SMTP_URL is unset: /dev/mail shows every message, manage links included. Fine on your own machine; never on a server people can reach.',
    })
  }
  const clock = () => new Date()
  const app = createApp({ db, config, clock, log })
  // The outbox worker runs beside the web server; more processes may run it too.
  const leaseMs = config.outboxLeaseSeconds * 1000
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    db,
    leaseMs,
  })
  const texter = createTexter({
    smsUrl: config.smsUrl,
    smsFrom: config.smsFrom,
    db,
    clock,
    log,
  })
  // The worker has connections of its own: a pool drained by stuck requests cannot stop
  // the mail, and a worker stuck on the network cannot take the pages' connections.
  const workerDb = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 2 })
    : db
  const worker = startWorker({
    db: workerDb,
    mailer,
    texter,
    clock,
    log,
    housekeeping: retentionJob(db, clock, config.retentionDays),
    leaseMs,
  })
  // Other processes on the same PostgreSQL drop their cached availability at our commits.
  // Loaded only then: it needs the pg driver, which the embedded quick start does not.
  const notify = config.databaseUrl ? await import('./db/notify.js') : undefined
  const listening =
    config.databaseUrl && notify
      ? notify.listenForAvailability(config.databaseUrl, availabilityChangedElsewhere, log)
      : undefined
  if (notify) {
    const { notifyAvailability } = notify
    setAvailabilityPublisher((locationId) => {
      notifyAvailability(db, locationId).catch((error: unknown) =>
        log({ level: 'warn', msg: 'availability notify failed', error: String(error) }),
      )
    })
  }
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    log({
      level: 'info',
      msg: `Spreekuur listens on ${config.baseUrl}`,
      port: info.port,
      database: config.databaseUrl ? 'postgresql' : `pglite:${config.pgliteDir}`,
      startMs: Math.round(performance.now() - started),
    })
  })
  // A taken port is a setting to change, not a crash: one line and out.
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(
      error.code === 'EADDRINUSE'
        ? `Spreekuur could not start: PORT=${config.port} is already in use by another program; set PORT to a free port.\n`
        : `Spreekuur could not start: cannot listen on PORT=${config.port}: ${describe(error)}\n`,
    )
    process.exit(1)
  })
  // Timeouts against slow clients, and an answer for a client that half-closes.
  applySocketSettings(server)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log({ level: 'info', msg: 'shutting down', signal })
    // Finish requests in flight, then release the database.
    server.close(() => {
      worker
        .stop()
        .then(() => mailer.close())
        .then(() => texter.close())
        .then(() => listening?.stop())
        .then(() => (workerDb === db ? undefined : workerDb.destroy()))
        .then(() => db.destroy())
        .finally(() => process.exit(0))
    })
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

/**
 * PGlite fails slowly and obscurely in a folder it cannot write (`[object Object]` after
 * ten seconds): find out first, by writing a file, and say which setting to change.
 */
async function checkWritable(dir: string): Promise<void> {
  if (dir.startsWith('memory://')) return
  const { mkdir, writeFile, rm } = await import('node:fs/promises')
  const probe = join(dir, `.write-test-${process.pid}`)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(probe, '')
    await rm(probe)
  } catch (error) {
    const code = (error as { code?: string }).code ?? describe(error)
    throw new StartupError(
      `PGLITE_DIR=${dir} cannot be created or written (${code}); point PGLITE_DIR at a folder this user may write, or set DATABASE_URL.`,
    )
  }
}

/** Host and port of a connection string, never its password. */
function hostOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl)
    return `${url.hostname}:${url.port || '5432'}`
  } catch {
    return 'unparsable address'
  }
}

/** A failure whose message says it all: no stack trace needed. */
class StartupError extends Error {}

function describe(error: unknown): string {
  if (!(error instanceof Error)) {
    const message = (error as { message?: unknown } | null)?.message
    return typeof message === 'string' ? message : (JSON.stringify(error) ?? String(error))
  }
  // pg reports a refused connection as an AggregateError with an empty message.
  const code = (error as { code?: string }).code
  return error.message || code || error.name
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else if (error instanceof StartupError) {
    process.stderr.write(`Spreekuur could not start: ${error.message}\n`)
  } else {
    process.stderr.write(
      `Spreekuur could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  }
  process.exit(1)
})
