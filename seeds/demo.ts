import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../src/db/schema.js'
import { dutchPublicHolidays } from '../src/domain/holidays.js'
import {
  DEMO_ADMIN,
  DEMO_CLOSURES,
  DEMO_LOCATIONS,
  DEMO_REGIONS,
  DEMO_VOLUNTEERS,
  type DemoPerson,
} from './demo-data.js'

type Trx = Transaction<Database>
type Role = Database['staff']['role']

/**
 * Fills the database with demo regions, support points, staff, weekly hours and closures.
 * Safe to run again: rows that already exist are left as they are, so edits made in the app
 * survive a second seed. Public holidays are closed for 2026, 2027, the year of `today` and the
 * year after, so a demo started later still shows holidays in its booking horizon.
 *
 * @example const { regions, locations } = await seedDemo(db, { today: '2026-11-29' })
 */
export async function seedDemo(
  db: Kysely<Database>,
  options: { today: string },
): Promise<{ regions: number; locations: number }> {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(options.today)
  if (!match) throw new RangeError(`today must be YYYY-MM-DD, got '${options.today}'`)
  const year = Number(match[1])
  const holidayYears = [...new Set([2026, 2027, year, year + 1])]

  return db.transaction().execute(async (trx) => {
    const staffIds = await insertStaff(trx)
    const regionIds = await insertRegions(trx, staffIds)
    const locationIds = await insertLocations(trx, regionIds, staffIds)
    await insertHoursWhereMissing(trx, locationIds)
    await insertClosures(trx, locationIds, holidayYears)

    const regions = await countRows(trx, 'regions')
    const locations = await countRows(trx, 'locations')
    return { regions, locations }
  })
}

/** Every demo person, once, with their role; returns ids by lower-cased email. */
async function insertStaff(trx: Trx): Promise<Map<string, string>> {
  const people = new Map<string, DemoPerson & { role: Role }>()
  const add = (person: DemoPerson, role: Role) => {
    const key = person.email.toLowerCase()
    if (!people.has(key)) people.set(key, { ...person, role })
  }
  add(DEMO_ADMIN, 'admin')
  for (const region of DEMO_REGIONS) add(region.projectLeader, 'coordinator')
  for (const location of DEMO_LOCATIONS) {
    for (const counselor of location.counselors) add(counselor, 'counselor')
  }
  for (const volunteer of DEMO_VOLUNTEERS) add(volunteer, 'volunteer')

  await trx
    .insertInto('staff')
    .values(
      [...people.values()].map((p) => ({
        name: p.name,
        email: p.email,
        phone: p.phone,
        role: p.role,
        password_hash: null,
      })),
    )
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .execute()

  const rows = await trx
    .selectFrom('staff')
    .select(['id', sql<string>`lower(email)`.as('key')])
    .where(sql<string>`lower(email)`, 'in', [...people.keys()])
    .execute()
  return new Map(rows.map((r) => [r.key, r.id]))
}

async function insertRegions(trx: Trx, staffIds: Map<string, string>) {
  await trx
    .insertInto('regions')
    .values(
      DEMO_REGIONS.map((r) => ({
        slug: r.slug,
        name: r.name,
        project_leader_id: staffId(staffIds, r.projectLeader),
      })),
    )
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute()
  const regionIds = await idsBySlug(trx, 'regions', DEMO_REGIONS)

  await trx
    .insertInto('staff_regions')
    .values(
      DEMO_REGIONS.map((r) => ({
        staff_id: staffId(staffIds, r.projectLeader),
        region_id: lookup(regionIds, r.slug),
      })),
    )
    .onConflict((oc) => oc.columns(['staff_id', 'region_id']).doNothing())
    .execute()
  return regionIds
}

async function insertLocations(
  trx: Trx,
  regionIds: Map<string, string>,
  staffIds: Map<string, string>,
) {
  await trx
    .insertInto('locations')
    .values(
      DEMO_LOCATIONS.map((l) => ({
        region_id: lookup(regionIds, l.regionSlug),
        slug: l.slug,
        name: l.name,
        municipality: l.municipality,
        address: l.address,
        postal_code: l.postalCode,
        directions: l.directions,
        phone: l.phone,
        timezone: 'Europe/Amsterdam',
        slot_minutes: l.slotMinutes,
        min_notice_minutes: 120,
        horizon_days: 42,
        walk_in_seats: l.walkInSeats,
      })),
    )
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute()
  const locationIds = await idsBySlug(trx, 'locations', DEMO_LOCATIONS)

  await trx
    .insertInto('staff_locations')
    .values(
      DEMO_LOCATIONS.flatMap((l) =>
        l.counselors.map((c) => ({
          staff_id: staffId(staffIds, c),
          location_id: lookup(locationIds, l.slug),
        })),
      ),
    )
    .onConflict((oc) => oc.columns(['staff_id', 'location_id']).doNothing())
    .execute()
  return locationIds
}

/** Weekly hours have no natural key, so a location that has any keeps exactly those. */
async function insertHoursWhereMissing(trx: Trx, locationIds: Map<string, string>) {
  const withHours = await trx
    .selectFrom('walk_in_hours')
    .select('location_id')
    .distinct()
    .where('location_id', 'in', [...locationIds.values()])
    .execute()
  const seen = new Set(withHours.map((r) => r.location_id))
  const rows = DEMO_LOCATIONS.filter((l) => !seen.has(lookup(locationIds, l.slug))).flatMap((l) =>
    l.hours.map((h) => ({
      location_id: lookup(locationIds, l.slug),
      weekday: h.weekday,
      start_time: h.start,
      end_time: h.end,
      counselors: h.counselors,
      valid_from: h.validFrom,
      valid_until: h.validUntil,
    })),
  )
  if (rows.length > 0) await trx.insertInto('walk_in_hours').values(rows).execute()
}

async function insertClosures(trx: Trx, locationIds: Map<string, string>, years: number[]) {
  const holidays = years.flatMap((year) => dutchPublicHolidays(year))
  const rows = [
    ...[...locationIds.values()].flatMap((locationId) =>
      holidays.map((h) => ({
        location_id: locationId,
        start_date: h.date,
        end_date: h.date,
        reason: h.name,
      })),
    ),
    ...DEMO_CLOSURES.map((c) => ({
      location_id: lookup(locationIds, c.locationSlug),
      start_date: c.startDate,
      end_date: c.endDate,
      reason: '',
      reason_code: c.reasonCode,
    })),
  ]
  await trx
    .insertInto('closures')
    .values(rows)
    .onConflict((oc) => oc.columns(['location_id', 'start_date', 'end_date', 'reason']).doNothing())
    .execute()
}

async function idsBySlug(
  trx: Trx,
  table: 'regions' | 'locations',
  items: { slug: string }[],
): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom(table)
    .select(['id', 'slug'])
    .where(
      'slug',
      'in',
      items.map((i) => i.slug),
    )
    .execute()
  return new Map(rows.map((r) => [r.slug, r.id]))
}

async function countRows(trx: Trx, table: 'regions' | 'locations'): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

function staffId(staffIds: Map<string, string>, person: DemoPerson): string {
  return lookup(staffIds, person.email.toLowerCase())
}

function lookup(ids: Map<string, string>, key: string): string {
  const id = ids.get(key)
  // Only reachable when the demo data refers to a slug or email it does not define.
  if (id === undefined) throw new Error(`demo seed: no row for '${key}'`)
  return id
}
