import { describe, test, expect, beforeAll, afterAll } from 'vitest'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import type { Database } from '../../src/db/schema.js'
import { seedDemo } from '../../seeds/demo.js'
import { DEMO_ADMIN, DEMO_LOCATIONS, DEMO_REGIONS, DEMO_VOLUNTEERS } from '../../seeds/demo-data.js'

const TABLES: (keyof Database)[] = [
  'staff',
  'regions',
  'locations',
  'staff_regions',
  'staff_locations',
  'walk_in_hours',
  'extra_sessions',
  'closures',
  'slot_counters',
  'bookings',
  'rate_limits',
]

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  return counts
}

describe('demo seed', () => {
  let db: Db
  let first: { regions: number; locations: number }
  let second: { regions: number; locations: number }
  let countsAfterFirst: Record<string, number>
  let countsAfterSecond: Record<string, number>

  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: 'memory://' })
    await migrateToLatest(db)
    first = await seedDemo(db, { today: '2026-11-29' })
    countsAfterFirst = await rowCounts(db)
    second = await seedDemo(db, { today: '2026-11-29' })
    countsAfterSecond = await rowCounts(db)
  })

  afterAll(() => db.destroy())

  test('creates seven regions and twenty support points, and reports them', async () => {
    expect(first).toEqual({ regions: 7, locations: 20 })
    expect(second).toEqual({ regions: 7, locations: 20 })
    expect(countsAfterSecond.regions).toBe(7)
    expect(countsAfterSecond.locations).toBe(20)
  })

  test('gives every support point weekly hours and a region with a project leader', async () => {
    const rows = await db
      .selectFrom('locations as l')
      .innerJoin('regions as r', 'r.id', 'l.region_id')
      .leftJoin('staff as s', 's.id', 'r.project_leader_id')
      .select([
        'l.slug',
        's.role as leader_role',
        (eb) =>
          eb
            .selectFrom('walk_in_hours as h')
            .whereRef('h.location_id', '=', 'l.id')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .as('hours'),
      ])
      .execute()
    expect(rows).toHaveLength(20)
    for (const row of rows) {
      expect(Number(row.hours), row.slug).toBeGreaterThanOrEqual(1)
      expect(row.leader_role, row.slug).toBe('coordinator')
    }
  })

  test('links each project leader to their region and each counselor to a support point', async () => {
    const leaders = await db
      .selectFrom('regions as r')
      .innerJoin('staff_regions as sr', (join) =>
        join.onRef('sr.region_id', '=', 'r.id').onRef('sr.staff_id', '=', 'r.project_leader_id'),
      )
      .select('r.slug')
      .execute()
    expect(leaders).toHaveLength(7)

    const counselorsPerLocation = await db
      .selectFrom('staff_locations as sl')
      .innerJoin('staff as s', 's.id', 'sl.staff_id')
      .where('s.role', '=', 'counselor')
      .select(['sl.location_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('sl.location_id')
      .execute()
    expect(counselorsPerLocation).toHaveLength(20)
    for (const row of counselorsPerLocation) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(2)
      expect(Number(row.n)).toBeLessThanOrEqual(3)
    }
  })

  test('stores only invented contact details', async () => {
    const staff = await db.selectFrom('staff').select(['email', 'phone', 'role']).execute()
    const expected = new Set(
      [
        DEMO_ADMIN,
        ...DEMO_REGIONS.map((r) => r.projectLeader),
        ...DEMO_LOCATIONS.flatMap((l) => l.counselors),
        ...DEMO_VOLUNTEERS,
      ].map((p) => p.email.toLowerCase()),
    )
    expect(staff).toHaveLength(expected.size)
    for (const person of staff) {
      expect(person.email).toMatch(/@example\.org$/)
      if (person.phone !== null) expect(person.phone).toMatch(/^\+31 6 00000 \d{3}$/)
    }
    expect(staff.filter((s) => s.role === 'admin')).toHaveLength(1)

    const phones = await db.selectFrom('locations').select('phone').execute()
    for (const { phone } of phones) expect(phone).toMatch(/^\+31 6 00000 1\d{2}$/)
  })

  test('closes support points on Dutch public holidays', async () => {
    const closures = await db
      .selectFrom('closures as c')
      .innerJoin('locations as l', 'l.id', 'c.location_id')
      .where('l.slug', '=', 'utrecht')
      .select(['c.start_date', 'c.end_date', 'c.reason', 'c.reason_code'])
      .execute()
    expect(closures).toContainEqual({
      start_date: '2026-12-25',
      end_date: '2026-12-25',
      reason: 'Eerste Kerstdag',
      reason_code: null,
    })
    expect(closures).toContainEqual({
      start_date: '2027-03-26',
      end_date: '2027-03-26',
      reason: 'Goede Vrijdag',
      reason_code: null,
    })
    // The demo's own closures are picked from the list, so clients read them in their
    // language, as a coordinator's pick would be.
    expect(closures).toContainEqual({
      start_date: '2027-01-20',
      end_date: '2027-01-20',
      reason: '',
      reason_code: 'teamDay',
    })

    const christmas = await db
      .selectFrom('closures')
      .where('start_date', '=', '2026-12-25')
      .where('reason', '=', 'Eerste Kerstdag')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(christmas.n)).toBe(20)
  })

  test('changes nothing when run a second time', () => {
    expect(countsAfterSecond).toEqual(countsAfterFirst)
    expect(countsAfterFirst.walk_in_hours).toBeGreaterThan(0)
    expect(countsAfterFirst.closures).toBeGreaterThan(0)
  })
})

describe('demo seed started in a later year', () => {
  let db: Db

  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: 'memory://' })
    await migrateToLatest(db)
    await seedDemo(db, { today: '2029-12-01' })
  })

  afterAll(() => db.destroy())

  test('also closes on the holidays of that year and the next', async () => {
    const years = await db
      .selectFrom('closures')
      .where('reason', '=', 'Nieuwjaarsdag')
      .select('start_date')
      .distinct()
      .orderBy('start_date')
      .execute()
    expect(years.map((r) => r.start_date)).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2029-01-01',
      '2030-01-01',
    ])
  })

  test('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(seedDemo(db, { today: '1-12-2029' })).rejects.toThrow(RangeError)
  })
})
