import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import pg from 'pg'
import { seedDemo } from '../seeds/demo.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { localToday } from '../src/services/directory.js'

/** A server on PostgreSQL: DATABASE_URL, or the local one the machine notes describe. */
export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * A fresh database with the demo data and one roomy support point ("bench") that has
 * places enough for every booking a benchmark can make. Dropped by `drop()`.
 */
export async function freshDatabase(prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`
  const admin = new pg.Client({ connectionString: SERVER_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(SERVER_URL)
  url.pathname = `/${name}`
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 40 })
  await migrateToLatest(db)
  await seedDemo(db, { today: localToday(new Date()) })
  const region = await db.selectFrom('regions').select('id').limit(1).executeTakeFirstOrThrow()
  const location = await db
    .insertInto('locations')
    .values({
      region_id: region.id,
      slug: 'bench',
      name: 'Steunpunt Bench',
      municipality: 'Bench',
      address: 'Meetstraat 1',
      postal_code: '0000 AA',
      directions: null,
      phone: null,
      min_notice_minutes: 0,
      horizon_days: 366,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (let weekday = 1; weekday <= 7; weekday++) {
    await db
      .insertInto('walk_in_hours')
      .values({
        location_id: location.id,
        weekday,
        start_time: '06:00',
        end_time: '22:00',
        counselors: 40,
        valid_from: null,
        valid_until: null,
      })
      .execute()
  }
  const counselor = await db
    .insertInto('staff')
    .values({
      name: 'Bench Counselor',
      email: 'bench@example.org',
      phone: null,
      role: 'counselor',
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('staff_locations')
    .values({ staff_id: counselor.id, location_id: location.id })
    .execute()
  return {
    url: url.toString(),
    db,
    benchLocationId: location.id,
    async drop() {
      await db.destroy()
      const client = new pg.Client({ connectionString: SERVER_URL })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export interface RunningServer {
  url: string
  process: ChildProcess
  /** Milliseconds from spawning the process to its first answer on /healthz. */
  startMs: number
  /** Peak resident memory of the server process (VmHWM), in MB. */
  peakMb(): number
  stop(): Promise<void>
}

/**
 * Starts `src/server.ts` in a process of its own (node with tsx's loader, so the pid is
 * the server's own and its memory can be read).
 */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const startMs = Math.round(performance.now() - started)
  return {
    url,
    process: child,
    startMs,
    peakMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
      return Math.round(kb / 1024)
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    },
  }
}

export type { Db }
