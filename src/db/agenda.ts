import type { Db } from './database.js'
import type { BookingRow } from './schema.js'

/** A support point as the agenda names it. */
export interface AgendaPoint {
  id: string
  slug: string
  name: string
  zone: string
}

/** A support point as a chooser lists it (the agenda's select, the desk's list). */
export interface ListedPoint extends AgendaPoint {
  municipality: string
  region: string
}

/**
 * The active support points among `locationIds`, by region and name: what the agenda's
 * select offers. An empty list asks for nothing.
 *
 * @example const points = await agendaPoints(db, staff.locationIds)
 */
export async function agendaPoints(db: Db, locationIds: string[]): Promise<ListedPoint[]> {
  if (locationIds.length === 0) return []
  return db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select(['l.id', 'l.slug', 'l.name', 'l.timezone as zone', 'l.municipality'])
    .select('r.name as region')
    .where('l.active', '=', true)
    .where('l.id', 'in', locationIds)
    .orderBy('r.name')
    .orderBy('l.name')
    .execute()
}

/**
 * The support point a booking lies at, also when it has since been closed down: its
 * past bookings stay readable.
 *
 * @example const point = await findAgendaPoint(db, booking.location_id)
 */
export async function findAgendaPoint(
  db: Db,
  locationId: string,
): Promise<AgendaPoint | undefined> {
  return db
    .selectFrom('locations')
    .select(['id', 'slug', 'name', 'timezone as zone'])
    .where('id', '=', locationId)
    .executeTakeFirst()
}

/**
 * The bookings of one support point starting in [from, to), as a query that each list
 * narrows and orders its own way (the agenda's day, the desk's day).
 *
 * @example await bookingsStartingIn(db, point.id, dayStart, nextDayStart).orderBy('starts_at').execute()
 */
export function bookingsStartingIn(db: Db, locationId: string, from: Date, to: Date) {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('location_id', '=', locationId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
}

/**
 * Every booking, active or cancelled, starting in [from, to) at one support point, by time.
 *
 * @example const rows = await bookingsBetween(db, point.id, dayStart, nextDayStart)
 */
export async function bookingsBetween(
  db: Db,
  locationId: string,
  from: Date,
  to: Date,
): Promise<BookingRow[]> {
  return bookingsStartingIn(db, locationId, from, to)
    .orderBy('starts_at')
    .orderBy('status')
    .orderBy('reference')
    .execute()
}

/** A booking with the support point it lies at, for the agenda of several points. */
export type AgendaBookingRow = BookingRow & { point_name: string }

/**
 * Every booking, active or cancelled, starting in [from, to) at any of `locationIds`, by
 * time, then support point; at most `limit` rows, so a wide scope never loads an unbounded
 * list (ask for one more than you show to learn that there was more).
 *
 * @example const rows = await bookingsAtPointsBetween(db, ids, weekStart, weekEnd, 501)
 */
export async function bookingsAtPointsBetween(
  db: Db,
  locationIds: string[],
  from: Date,
  to: Date,
  limit: number,
): Promise<AgendaBookingRow[]> {
  if (locationIds.length === 0) return []
  return db
    .selectFrom('bookings as b')
    .innerJoin('locations as l', 'l.id', 'b.location_id')
    .selectAll('b')
    .select('l.name as point_name')
    .where('b.location_id', 'in', locationIds)
    .where('b.starts_at', '>=', from)
    .where('b.starts_at', '<', to)
    .orderBy('b.starts_at')
    .orderBy('l.name')
    .orderBy('b.status')
    .orderBy('b.reference')
    .limit(limit)
    .execute()
}

/**
 * The booking with this reference, only when it lies at one of `locationIds`: unknown
 * and out of scope answer alike (undefined).
 *
 * @example const booking = await findBookingInScope(db, 'K7QWD3MA', staff.locationIds)
 */
export async function findBookingInScope(
  db: Db,
  reference: string,
  locationIds: string[],
): Promise<BookingRow | undefined> {
  if (locationIds.length === 0) return undefined
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('reference', '=', reference)
    .where('location_id', 'in', locationIds)
    .executeTakeFirst()
}

/**
 * Records whether the client came. Only active bookings: a cancelled one has nothing to attend.
 *
 * @example await setAttendance(db, booking.id, 'no_show', now)
 */
export async function setAttendance(
  db: Db,
  bookingId: string,
  attendance: 'attended' | 'no_show',
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('bookings')
    .set({ attendance, updated_at: now })
    .where('id', '=', bookingId)
    .where('status', '=', 'active')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** @example await setOutcome(db, booking.id, 'referred', now) */
export async function setOutcome(
  db: Db,
  bookingId: string,
  outcome: 'orienting' | 'return' | 'referred' | 'other',
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('bookings')
    .set({ outcome, updated_at: now })
    .where('id', '=', bookingId)
    .where('status', '=', 'active')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** The staff member who made a booking, as the counselor reaches them. */
export interface Booker {
  id: string
  name: string
  email: string
  phone: string | null
  role: string
}

/**
 * The staff members among `ids` (the `booked_by` of an agenda's bookings), with what the
 * counselor needs to reach them.
 *
 * @example const bookers = await bookersByIds(db, rows.flatMap((b) => b.booked_by ?? []))
 */
export async function bookersByIds(db: Db, ids: string[]): Promise<Booker[]> {
  if (ids.length === 0) return []
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'email', 'phone', 'role'])
    .where('id', 'in', ids)
    .execute()
}
