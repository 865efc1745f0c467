import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { sql } from 'kysely'
import pg from 'pg'
import { seedDemo } from '../seeds/demo.js'
import { openDatabase, type Db } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { localToday } from '../src/services/directory.js'

/** A server on PostgreSQL: DATABASE_URL, or the local one the machine notes describe. */
export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * An empty database of its own, migrated, on the server at `serverUrl` (default
 * SERVER_URL). Dropped, with any connections still open to it, by `drop()`.
 *
 * @example const database = await migratedDatabase('spreekuur_cluster', { serverUrl })
 */
export async function migratedDatabase(
  prefix: string,
  options: { serverUrl?: string; poolSize?: number } = {},
) {
  const serverUrl = options.serverUrl ?? SERVER_URL
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: options.poolSize ?? 40 })
  await migrateToLatest(db)
  return {
    name,
    url: url.toString(),
    db,
    async drop() {
      await db.destroy()
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

/**
 * A fresh database with the demo data and one roomy support point ("bench") that has
 * places enough for every booking a benchmark can make. Dropped by `drop()`.
 */
export async function freshDatabase(prefix: string) {
  const database = await migratedDatabase(prefix)
  const { db } = database
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
  return { ...database, benchLocationId: location.id }
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
  /** CPU time the server process has used so far (user + system), in ms. */
  cpuMs(): number
  stop(): Promise<void>
}

/**
 * Compiles the server to JavaScript in dist/ (`npm run build`), as production runs it:
 * tsx's loader thread alone costs about 70 MB of memory (ADR 11).
 */
export function buildServer(): void {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '--noEmit', 'false', '--outDir', 'dist', '--rootDir', '.'],
    {
      stdio: 'inherit',
    },
  )
}

/** The node arguments of `npm run start:prod`, so the benchmark runs what production runs. */
function productionArgs(): string[] {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>
  const [command, ...args] = (scripts['start:prod'] ?? '').split(/\s+/)
  if (command !== 'node' || args.length === 0) throw new Error('start:prod is not "node …"')
  return args
}

/**
 * Starts the server in a process of its own, so the pid is the server's own and its
 * memory can be read: the compiled `dist/src/server.js` when `compiled` (see
 * `buildServer`) with the flags of `start:prod`, or with `nodeFlags` when given; else
 * `src/server.ts` through tsx. A server that does not answer within
 * `timeoutMs` is killed and reported.
 */
export async function startServer(
  env: Record<string, string>,
  options: {
    timeoutMs?: number
    compiled?: boolean
    nodeFlags?: string[]
    /** Writes a V8 CPU profile of the server into this folder when it exits. */
    profileDir?: string
  } = {},
): Promise<RunningServer> {
  const port = await freePort()
  const started = performance.now()
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []
  const args = profile.concat(
    options.nodeFlags
      ? [...options.nodeFlags, 'dist/src/server.js']
      : options.compiled
        ? productionArgs()
        : ['--import', 'tsx', 'src/server.ts'],
  )
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = started + (options.timeoutMs ?? 60_000)
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`)
    }
    if (performance.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server on port ${port} did not answer /healthz in time`)
    }
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
    cpuMs: () => processCpuMs(child.pid!),
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        // The server's own shutdown gives up after 10 s; this is for one that hangs anyway.
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        child.kill('SIGTERM')
      })
    },
  }
}

export type { Db }

/**
 * The CPU time the PostgreSQL backends serving database `name` have used so far, per
 * backend pid (read from /proc: the server runs on this machine). Compare two readings with
 * `cpuSince`; a backend that ended between them is not counted.
 */
export async function backendCpuMs(db: Db, name: string): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`.execute(
    db,
  )
  const cpu = new Map<number, number>()
  for (const { pid } of rows) {
    try {
      cpu.set(pid, processCpuMs(pid))
    } catch {
      // ended since pg_stat_activity listed it
    }
  }
  return cpu
}

/** The CPU ms used between two `backendCpuMs` readings (a backend new since counts whole). */
export function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0)
  return total
}

/** Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10

/**
 * The CPU time process `pid` has used (user + system, fields 14 and 15 of /proc/<pid>/stat),
 * in ms, at a resolution of 10 ms: measured over thousands of requests, that is enough.
 */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces; the fields after its ')' do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}

/**
 * A Markdown table laid out as Prettier lays it out (first column left, the rest right),
 * so a saved bench/results.md passes the format check as written.
 */
export function markdownTable(header: string[], body: string[][]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(3, cell.length, ...body.map((row) => row[i]!.length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`
  return [line(header), rule, ...body.map(line)]
}
