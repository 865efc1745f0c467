import { randomBytes } from 'node:crypto'
import type { Db } from '../../src/db/database.js'
import type { SupportPoint } from '../../src/db/locations.js'

/**
 * A support point as composing a message reads it, without a database: for the message
 * tests and bench/compose-cpu.ts.
 */
export const MESSAGE_POINT = {
  id: 'p1',
  slug: 'utrecht',
  name: 'Steunpunt Utrecht',
  municipality: 'Utrecht',
  address: 'Oudegracht 12',
  postalCode: '3511 AB',
  phone: '+31301234567',
  zone: 'Europe/Amsterdam',
} as SupportPoint

let counter = 0
/** Slugs unique across files and runs sharing one database. */
export function uniqueSlug(prefix: string): string {
  counter += 1
  return `${prefix}-${randomBytes(4).toString('hex')}-${counter}`
}

export interface PointOptions {
  municipality?: string
  hours?: Array<{ weekday: number; start: string; end: string; counselors: number }>
  closures?: Array<{ startDate: string; endDate: string; reason: string }>
  extraSessions?: Array<{ date: string; start: string; end: string; counselors: number }>
  slotMinutes?: number
  minNoticeMinutes?: number
  horizonDays?: number
  walkInSeats?: number
}

/**
 * A region with a project leader and one support point, built for one test.
 *
 * @example const point = await createSupportPoint(db, { hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 1 }] })
 */
export async function createSupportPoint(db: Db, options: PointOptions = {}) {
  const regionSlug = uniqueSlug('regio')
  const slug = uniqueSlug('punt')
  const leader = await db
    .insertInto('staff')
    .values({
      name: 'Testa Leider',
      email: `${regionSlug}@example.org`,
      phone: '06 00000 000',
      role: 'coordinator',
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const region = await db
    .insertInto('regions')
    .values({ slug: regionSlug, name: `Regio ${regionSlug}`, project_leader_id: leader.id })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow()
  const location = await db
    .insertInto('locations')
    .values({
      region_id: region.id,
      slug,
      name: `Steunpunt ${options.municipality ?? slug}`,
      municipality: options.municipality ?? 'Testdorp',
      address: 'Proefstraat 1',
      postal_code: '1234 AB',
      directions: null,
      phone: null,
      slot_minutes: options.slotMinutes ?? 30,
      min_notice_minutes: options.minNoticeMinutes ?? 120,
      horizon_days: options.horizonDays ?? 42,
      walk_in_seats: options.walkInSeats ?? 0,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow()
  for (const h of options.hours ?? []) {
    await db
      .insertInto('walk_in_hours')
      .values({
        location_id: location.id,
        weekday: h.weekday,
        start_time: h.start,
        end_time: h.end,
        counselors: h.counselors,
        valid_from: null,
        valid_until: null,
      })
      .execute()
  }
  for (const c of options.closures ?? []) {
    await db
      .insertInto('closures')
      .values({
        location_id: location.id,
        start_date: c.startDate,
        end_date: c.endDate,
        reason: c.reason,
      })
      .execute()
  }
  for (const e of options.extraSessions ?? []) {
    await db
      .insertInto('extra_sessions')
      .values({
        location_id: location.id,
        date: e.date,
        start_time: e.start,
        end_time: e.end,
        counselors: e.counselors,
        note: null,
      })
      .execute()
  }
  return { ...location, region, leaderId: leader.id }
}
