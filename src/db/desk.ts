import { sql } from 'kysely'
import { bookingsStartingIn } from './agenda.js'
import type { Db } from './database.js'
import type { BookingRow } from './schema.js'

/**
 * The active bookings of one support point starting in [from, to), by time: the desk's
 * day. Cancelled bookings are not at the desk.
 *
 * @example const rows = await deskBookings(db, point.id, dayStart, nextDayStart)
 */
export async function deskBookings(
  db: Db,
  locationId: string,
  from: Date,
  to: Date,
): Promise<BookingRow[]> {
  return bookingsStartingIn(db, locationId, from, to)
    .where('status', '=', 'active')
    .orderBy('starts_at')
    .orderBy('created_at')
    .execute()
}

/** Places taken and walk-ins per slot start (epoch millis) of one point in [from, to). */
export async function slotTotals(
  db: Db,
  locationId: string,
  from: Date,
  to: Date,
): Promise<Map<number, { booked: number; walkIns: number }>> {
  const rows = await db
    .selectFrom('slot_counters')
    .select(['starts_at', 'booked', 'walk_ins'])
    .where('location_id', '=', locationId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .execute()
  return new Map(
    rows.map((row) => [row.starts_at.getTime(), { booked: row.booked, walkIns: row.walk_ins }]),
  )
}

/** Ids of the support points in the regions a volunteer works in. */
export async function pointsInRegionsOf(db: Db, staffId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_regions as sr')
    .innerJoin('locations as l', 'l.region_id', 'sr.region_id')
    .select('l.id')
    .where('sr.staff_id', '=', staffId)
    .execute()
  return rows.map((row) => row.id)
}

export type DeskStep =
  | { step: 'check_in' }
  | { step: 'no_show' }
  | { step: 'call' }
  | { step: 'finish'; outcome: NonNullable<BookingRow['outcome']> }

/**
 * Records one step at the desk on an active booking, only from the state the step
 * follows (check in an expected client, take in a waiting one, finish one in
 * conversation); false when the booking was not in that state (a second click, two
 * desks at once), so a step is never recorded twice.
 */
export async function recordDeskStep(
  db: Db,
  bookingId: string,
  change: DeskStep,
  now: Date,
): Promise<boolean> {
  let query = db
    .updateTable('bookings')
    .where('id', '=', bookingId)
    .where('status', '=', 'active')
    .where('finished_at', 'is', null)
  switch (change.step) {
    case 'check_in':
      query = query
        .set({ arrived_at: now, attendance: 'attended', updated_at: now })
        .where('arrived_at', 'is', null)
      break
    case 'no_show':
      query = query
        .set({ attendance: 'no_show', updated_at: now })
        .where('arrived_at', 'is', null)
        .where('walk_in', '=', false)
      break
    case 'call':
      query = query
        .set({ called_at: now, updated_at: now })
        .where('arrived_at', 'is not', null)
        .where('called_at', 'is', null)
      break
    case 'finish':
      query = query
        .set({ finished_at: now, outcome: change.outcome, updated_at: now })
        .where('called_at', 'is not', null)
      break
  }
  const result = await query.executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * At each of `locationIds`, today (since `since`): how many were checked in at the desk,
 * and how many of them wait now (not yet taken in). Counts only, for the public "how
 * busy" line; a point whose desk recorded nobody today is absent.
 */
export async function waitingCounts(
  db: Db,
  locationIds: string[],
  since: Date,
): Promise<Map<string, { arrived: number; waiting: number }>> {
  if (locationIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('bookings')
    .select([
      'location_id',
      sql<string>`count(*)`.as('arrived'),
      sql<string>`count(*) filter (where called_at is null and finished_at is null)`.as('waiting'),
    ])
    .where('location_id', 'in', locationIds)
    .where('status', '=', 'active')
    .where('starts_at', '>=', since)
    .where('arrived_at', 'is not', null)
    .groupBy('location_id')
    .execute()
  return new Map(
    rows.map((row) => [
      row.location_id,
      { arrived: Number(row.arrived), waiting: Number(row.waiting) },
    ]),
  )
}
