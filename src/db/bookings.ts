import { sql } from 'kysely'
import type { Db } from './database.js'
import type { BookingRow } from './schema.js'

/**
 * Takes one place in a slot, atomically: the row lock of the upsert serializes every
 * writer of this slot, and the WHERE refuses the place when the slot is full. Returns
 * false when it is. Must run inside the transaction that inserts the booking.
 *
 * @example if (!(await takePlace(trx, locationId, start, 2))) return { error: 'slot_full' }
 */
export async function takePlace(
  db: Db,
  locationId: string,
  startsAt: Date,
  capacity: number,
): Promise<boolean> {
  if (capacity < 1) return false
  const row = await db
    .insertInto('slot_counters')
    .values({ location_id: locationId, starts_at: startsAt, booked: 1 })
    .onConflict((oc) =>
      oc
        .columns(['location_id', 'starts_at'])
        .doUpdateSet({ booked: sql`slot_counters.booked + 1` })
        .where('slot_counters.booked', '<', capacity),
    )
    .returning('booked')
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The places taken in a slot as last committed, read without a lock: for answering
 * "full" early. Only `takePlace` decides.
 */
export async function bookedAt(db: Db, locationId: string, startsAt: Date): Promise<number> {
  const row = await db
    .selectFrom('slot_counters')
    .select('booked')
    .where('location_id', '=', locationId)
    .where('starts_at', '=', startsAt)
    .executeTakeFirst()
  return row?.booked ?? 0
}

/** Gives a place back (cancel, move away). */
export async function releasePlace(db: Db, locationId: string, startsAt: Date): Promise<void> {
  await db
    .updateTable('slot_counters')
    .set({ booked: sql`booked - 1` })
    .where('location_id', '=', locationId)
    .where('starts_at', '=', startsAt)
    .where('booked', '>', 0)
    .execute()
}

/**
 * Active bookings per slot start (epoch millis) for a location and period.
 *
 * @example const booked = await bookedCounts(db, locationId, from, to)
 */
export async function bookedCounts(
  db: Db,
  locationId: string,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('slot_counters')
    .select(['starts_at', 'booked'])
    .where('location_id', '=', locationId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .where('booked', '>', 0)
    .execute()
  return new Map(rows.map((row) => [row.starts_at.getTime(), row.booked]))
}

export async function findBookingByTokenHash(
  db: Db,
  tokenHash: string,
  options: { forUpdate?: boolean } = {},
): Promise<BookingRow | undefined> {
  let query = db.selectFrom('bookings').selectAll().where('manage_token_hash', '=', tokenHash)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

export async function findBookingById(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<BookingRow | undefined> {
  let query = db.selectFrom('bookings').selectAll().where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

/** A booking by its reference, only if `staffId` booked it; anyone else's does not exist. */
export async function findBookingBookedBy(
  db: Db,
  reference: string,
  staffId: string,
): Promise<BookingRow | undefined> {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('reference', '=', reference)
    .where('booked_by', '=', staffId)
    .executeTakeFirst()
}

export interface BookedByRow {
  reference: string
  starts_at: Date
  ends_at: Date
  status: BookingRow['status']
  name: string | null
  point_name: string
  timezone: string
}

/** What `staffId` booked for clients: upcoming (soonest first) and past or cancelled (latest first). */
export async function bookingsBookedBy(
  db: Db,
  staffId: string,
  now: Date,
  limit: number,
): Promise<{ upcoming: BookedByRow[]; past: BookedByRow[] }> {
  const query = db
    .selectFrom('bookings as b')
    .innerJoin('locations as l', 'l.id', 'b.location_id')
    .select(['b.reference', 'b.starts_at', 'b.ends_at', 'b.status', 'b.name'])
    .select(['l.name as point_name', 'l.timezone'])
    .where('b.booked_by', '=', staffId)
  const upcoming = await query
    .where('b.status', '=', 'active')
    .where('b.ends_at', '>', now)
    .orderBy('b.starts_at', 'asc')
    .limit(limit)
    .execute()
  const past = await query
    .where((eb) => eb.or([eb('b.status', '=', 'cancelled'), eb('b.ends_at', '<=', now)]))
    .orderBy('b.starts_at', 'desc')
    .limit(limit)
    .execute()
  return { upcoming, past }
}
