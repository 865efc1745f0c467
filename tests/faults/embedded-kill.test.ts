import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { freePort, startServer, type RunningServer } from '../../bench/setup.js'
import { openDatabase } from '../../src/db/database.js'
import { waitFor } from '../support/private-cluster.js'

// Scenario 3 of the fault suite (issue 20): the embedded database (PGlite in PGLITE_DIR)
// is one process; killing that process with kill -9 must never leave a folder that needs
// a person. Right after a run of bookings, the next start has every confirmed one; during
// the very first start (creating the database, migrating, loading the demo data), the
// next start finishes the job or starts over, and serves the demo.

const START_MS = 90_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const dirs: string[] = []

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'spreekuur-pglite-'))
  dirs.push(dir)
  return join(dir, 'data')
}

const embedded = (dir: string) =>
  startServer(
    { PGLITE_DIR: dir, SEED_DEMO: 'true', RATE_LIMIT_BOOKINGS: 'off', NODE_ENV: 'development' },
    { timeoutMs: START_MS },
  )

async function killed(server: RunningServer) {
  const child = server.process
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
}

/** What a later start finds: the demo's points and the active bookings, read directly. */
async function contents(dir: string) {
  const db = await openDatabase({ pgliteDir: dir })
  try {
    const points = await db.selectFrom('locations').select('id').execute()
    const bookings = await db
      .selectFrom('bookings')
      .select(['reference', 'status', 'location_id', 'starts_at'])
      .where('status', '=', 'active')
      .execute()
    const counters = await db
      .selectFrom('slot_counters')
      .select(['location_id', 'starts_at', 'booked'])
      .execute()
    return { points: points.length, bookings, counters }
  } finally {
    await db.destroy()
  }
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('the embedded database killed with kill -9', () => {
  test(
    'right after a run of bookings: the next start has every confirmed one',
    { timeout: 4 * START_MS },
    async () => {
      const dir = await freshDir()
      const server = await embedded(dir)
      const points = (await (await fetch(`${server.url}/api/v1/locations`)).json()) as Array<{
        slug: string
      }>
      expect(points.length).toBeGreaterThan(5)
      const confirmed: string[] = []
      for (const point of points.slice(0, 6)) {
        const slots = (await (
          await fetch(`${server.url}/api/v1/locations/${point.slug}/slots`)
        ).json()) as Array<{ start: string; remaining: number }>
        for (const slot of slots.filter((s) => s.remaining > 0).slice(0, 2)) {
          const res = await fetch(`${server.url}/api/v1/bookings`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              location: point.slug,
              start: slot.start,
              name: 'K.',
              language: 'ar',
            }),
          })
          expect(res.status).toBe(201)
          confirmed.push(((await res.json()) as { reference: string }).reference)
        }
      }
      expect(confirmed.length).toBeGreaterThan(6)
      await killed(server)

      const again = await embedded(dir)
      const res = await fetch(`${again.url}/healthz`)
      expect(res.status).toBe(200)
      await again.stop()
      const found = await contents(dir)
      expect(found.bookings.map((b) => b.reference).sort()).toEqual(
        expect.arrayContaining(confirmed.sort()),
      )
      expect(found.bookings).toHaveLength(confirmed.length)
      // The places taken match the bookings, slot by slot.
      const key = (location: string, at: Date) => `${location} ${at.toISOString()}`
      const active = new Map<string, number>()
      for (const b of found.bookings)
        active.set(
          key(b.location_id, b.starts_at),
          (active.get(key(b.location_id, b.starts_at)) ?? 0) + 1,
        )
      for (const counter of found.counters)
        expect(counter.booked).toBe(active.get(key(counter.location_id, counter.starts_at)) ?? 0)
    },
  )

  // Spread over the first start, counted from PGlite's first file in the folder. On an idle
  // machine of this kind the database is written out in the first ~0.5 s after it, then
  // migrated, then the demo loaded; on a loaded one the moments shift, so these are times,
  // and the names say what usually happens then.
  for (const [moment, afterFirstFileMs] of [
    ['before anything is written', null],
    ['as its first file appears', 0],
    ['300 ms later (writing the database out)', 300],
    ['1 s later (migrating)', 1_000],
    ['2.5 s later (loading the demo)', 2_500],
  ] as const) {
    test(
      `killed ${moment} in the very first start: the next start serves the demo`,
      { timeout: 3 * START_MS },
      async () => {
        const dir = await freshDir()
        const port = await freePort()
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
          env: {
            ...process.env,
            // Vite puts BASE_URL=/ in the test's environment; the server must get its own.
            PORT: String(port),
            BASE_URL: `http://127.0.0.1:${port}`,
            PGLITE_DIR: dir,
            SEED_DEMO: 'true',
            NODE_ENV: 'development',
          },
          stdio: 'ignore',
        })
        const exited = new Promise((resolve) => child.once('exit', resolve))
        if (afterFirstFileMs === null) await sleep(150)
        else {
          await waitFor(
            'the first file in PGLITE_DIR',
            () => {
              if (child.exitCode !== null)
                throw new Error(`the start exited with ${child.exitCode}`)
              return existsSync(dir) && readdirSync(dir).length > 0
            },
            START_MS,
          )
          await sleep(afterFirstFileMs)
        }
        // Killed by us, not ended by itself (a start that failed proves nothing).
        expect(child.exitCode).toBeNull()
        child.kill('SIGKILL')
        await exited

        const server = await embedded(dir)
        const points = (await (await fetch(`${server.url}/api/v1/locations`)).json()) as unknown[]
        await server.stop()
        expect(points.length).toBeGreaterThanOrEqual(20)
      },
    )
  }
})
