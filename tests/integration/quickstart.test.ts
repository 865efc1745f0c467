import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MigrationResultSet } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { migrations } from '../../migrations/index.js'
import { seedDemo } from '../../seeds/demo.js'
import { DEMO_LOCATIONS, DEMO_REGIONS } from '../../seeds/demo-data.js'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { testApp } from '../support/app.js'

// The quick start (`npm install && npm start` without DATABASE_URL) runs on embedded PGlite.
// These tests always use PGlite, also when TEST_DATABASE_URL points the other tests at PostgreSQL.

// Tuesday 1 December 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-12-01T09:00:00Z')

interface ApiLocation {
  slug: string
  name: string
  region: { slug: string; name: string }
  projectLeader: { name: string; email: string; phone: string | null } | null
  walkInHours: { weekday: number; start: string; end: string }[]
}

describe('quick start on PGlite', () => {
  let db: Db
  let firstMigration: MigrationResultSet
  let secondMigration: MigrationResultSet

  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: 'memory://' })
    firstMigration = await migrateToLatest(db)
    secondMigration = await migrateToLatest(db)
    await seedDemo(db, { today: '2026-11-29' })
  })

  afterAll(() => db.destroy())

  test('applies every migration once, and nothing on a second run', () => {
    expect(firstMigration.results?.map((r) => [r.migrationName, r.status])).toEqual(
      Object.keys(migrations).map((name) => [name, 'Success']),
    )
    expect(secondMigration.error).toBeUndefined()
    expect(secondMigration.results).toEqual([])
  })

  test('GET /api/v1/locations lists the support points with hours and a project leader', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/api/v1/locations')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const locations = (await res.json()) as ApiLocation[]
    expect(locations.length).toBeGreaterThanOrEqual(20)
    expect(new Set(locations.map((l) => l.slug))).toEqual(
      new Set(DEMO_LOCATIONS.map((l) => l.slug)),
    )
    for (const location of locations) {
      expect(location.walkInHours.length, location.slug).toBeGreaterThanOrEqual(1)
      for (const hours of location.walkInHours) {
        expect(hours.weekday, location.slug).toBeGreaterThanOrEqual(1)
        expect(hours.weekday, location.slug).toBeLessThanOrEqual(7)
        expect(hours.start < hours.end, location.slug).toBe(true)
      }
      expect(location.projectLeader?.name, location.slug).toBeTruthy()
      expect(location.projectLeader?.email, location.slug).toMatch(/^[^@\s]+@example\.org$/)
    }
  })

  test('the home page shows all seven regions and twenty support points', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(DEMO_REGIONS).toHaveLength(7)
    for (const region of DEMO_REGIONS) expect(html).toContain(`href="/regio/${region.slug}"`)
    const pointLinks = new Set(html.match(/href="\/steunpunt\/[a-z0-9-]+"/g))
    expect(pointLinks.size).toBe(20)
    for (const point of DEMO_LOCATIONS) expect(html).toContain(`href="/steunpunt/${point.slug}"`)
  })

  test('/healthz answers ok', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})

describe('a second start on the same PGLITE_DIR', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spreekuur-quickstart-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('keeps the data and runs no migration again', async () => {
    const first = await openDatabase({ pgliteDir: dir })
    await migrateToLatest(first)
    await seedDemo(first, { today: '2026-11-29' })
    await first.destroy()

    const second = await openDatabase({ pgliteDir: dir })
    try {
      const { results } = await migrateToLatest(second)
      expect(results).toEqual([])
      const { n } = await second
        .selectFrom('locations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(n)).toBe(20)
    } finally {
      await second.destroy()
    }
  })
})
