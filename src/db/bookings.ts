import { sql } from 'kysely'
import type { Db } from './database.js'
import { AVAILABILITY_CHANNEL } from './notify.js'
import type { BookingRow, StoredMessage } from './schema.js'

/**
 * The places of a slot an online booking counts against: every place taken, less the
 * walk-ins that sit on the seats kept free for them. Mirrors `onlinePlacesUsed` in
 * src/domain/desk.ts (ADR 23).
 */
function onlineUsed(walkInSeats: number) {
  return sql<number>`slot_counters.booked - least(slot_counters.walk_ins, ${walkInSeats}::int)`
}

/**
 * Takes one place in a slot, atomically: the row lock of the upsert serializes every
 * writer of this slot, and the WHERE refuses the place when the slot is full. Returns
 * false when it is. Must run inside the transaction that inserts the booking.
 *
 * A booking (online, volunteer, agenda) may take a place while the places it counts
 * against are fewer than `capacity` (the counselors less the seats kept free for
 * walk-ins); a walk-in while fewer than `counselors` are taken at all. Walk-ins use the
 * kept-free seats first, so one that walks in never takes a bookable place while a
 * kept-free seat is empty (ADR 23).
 *
 * @example if (!(await takePlace(trx, locationId, start, { capacity: 2, walkInSeats: 1 }))) return { error: 'slot_full' }
 */
export async function takePlace(
  db: Db,
  locationId: string,
  startsAt: Date,
  limits: { capacity: number; walkInSeats: number } | { walkIn: true; counselors: number },
): Promise<boolean> {
  const walkIn = 'walkIn' in limits
  if ((walkIn ? limits.counselors : limits.capacity) < 1) return false
  const row = await db
    .insertInto('slot_counters')
    .values({ location_id: locationId, starts_at: startsAt, booked: 1, walk_ins: walkIn ? 1 : 0 })
    .onConflict((oc) =>
      walkIn
        ? oc
            .columns(['location_id', 'starts_at'])
            .doUpdateSet({
              booked: sql`slot_counters.booked + 1`,
              walk_ins: sql`slot_counters.walk_ins + 1`,
            })
            .where('slot_counters.booked', '<', limits.counselors)
        : oc
            .columns(['location_id', 'starts_at'])
            .doUpdateSet({ booked: sql`slot_counters.booked + 1` })
            .where(onlineUsed(limits.walkInSeats), '<', limits.capacity),
    )
    .returning('booked')
    .executeTakeFirst()
  return row !== undefined
}

/** An outbox row written with its booking by `insertBookingWithPlace`. */
export interface BookingOutboxRow {
  kind: string
  recipient: string
  messageId: string
  message: StoredMessage
  nextAttemptAt: Date
}

/**
 * Takes a place in the booking's slot (the conditional upsert of `takePlace`), and only
 * when it got one inserts the booking and its outbox rows: one statement, one round trip,
 * so the slot's counter row is locked for no longer than the statement (ADR 27). Returns
 * the booking as stored, or undefined when the slot was full (then nothing was written).
 * Must run inside the booking's transaction (its outbox rows commit with it, invariant 2).
 * The same statement raises the availability NOTIFY (`db/notify.ts`) when it made a booking:
 * PostgreSQL delivers it at the commit, as the separate statement after it did (ADR 45).
 *
 * @example const booking = await insertBookingWithPlace(trx, draft, { capacity: 2, walkInSeats: 1 }, entries, now)
 */
export async function insertBookingWithPlace(
  db: Db,
  booking: BookingRow,
  limits: { capacity: number; walkInSeats: number } | { walkIn: true; counselors: number },
  outbox: BookingOutboxRow[],
  now: Date,
): Promise<BookingRow | undefined> {
  const walkIn = 'walkIn' in limits
  if ((walkIn ? limits.counselors : limits.capacity) < 1) return undefined
  const b = booking
  const onConflict = walkIn
    ? sql`do update set booked = slot_counters.booked + 1, walk_ins = slot_counters.walk_ins + 1
        where slot_counters.booked < ${limits.counselors}`
    : sql`do update set booked = slot_counters.booked + 1
        where ${onlineUsed(limits.walkInSeats)} < ${limits.capacity}`
  const messages =
    outbox.length === 0
      ? sql``
      : sql`, messages as (
          insert into outbox (kind, booking_id, location_id, recipient, message_id, message,
            next_attempt_at, created_at)
          select m.kind, booking.id, booking.location_id, m.recipient, m.message_id,
            m.message::jsonb, m.next_attempt_at::timestamptz, ${now}::timestamptz
          from booking, (values ${sql.join(
            outbox.map(
              (entry) =>
                sql`(${entry.kind}, ${entry.recipient}, ${entry.messageId}, ${JSON.stringify(entry.message)}, ${entry.nextAttemptAt})`,
            ),
          )}) as m (kind, recipient, message_id, message, next_attempt_at)
          on conflict (message_id) do nothing
        )`
  const result = await sql<BookingRow>`
    with place as (
      insert into slot_counters (location_id, starts_at, booked, walk_ins)
      values (${b.location_id}::uuid, ${b.starts_at}::timestamptz, 1, ${walkIn ? 1 : 0})
      on conflict (location_id, starts_at) ${onConflict}
      returning booked
    ), booking as (
      insert into bookings (id, reference, location_id, starts_at, ends_at, source, booked_by,
        language, locale, interpreter, topic, name, email, phone, sms, note, manage_token_hash,
        created_at, updated_at, walk_in, arrived_at, attendance)
      select ${b.id}::uuid, ${b.reference}, ${b.location_id}::uuid, ${b.starts_at}::timestamptz,
        ${b.ends_at}::timestamptz, ${b.source}, ${b.booked_by}::uuid, ${b.language}, ${b.locale},
        ${b.interpreter}::boolean, ${b.topic}, ${b.name}, ${b.email}, ${b.phone},
        ${b.sms}::boolean, ${b.note}, ${b.manage_token_hash}, ${b.created_at}::timestamptz,
        ${b.updated_at}::timestamptz, ${b.walk_in}::boolean, ${b.arrived_at}::timestamptz,
        ${b.attendance}
      from place
      returning *
    )${messages}, notified as (
      select pg_notify(${AVAILABILITY_CHANNEL}, booking.location_id::text) from booking
    )
    select booking.* from booking, notified`.execute(db)
  return result.rows[0]
}

/** Gives a place back (cancel, move away); a walk-in's gives its walk-in seat back too. */
export async function releasePlace(
  db: Db,
  locationId: string,
  startsAt: Date,
  options: { walkIn: boolean } = { walkIn: false },
): Promise<void> {
  await db
    .updateTable('slot_counters')
    .set(
      options.walkIn
        ? { booked: sql`booked - 1`, walk_ins: sql`greatest(walk_ins - 1, 0)` }
        : { booked: sql`booked - 1`, walk_ins: sql`least(walk_ins, booked - 1)` },
    )
    .where('location_id', '=', locationId)
    .where('starts_at', '=', startsAt)
    .where('booked', '>', 0)
    .execute()
}

/**
 * The places bookings count against per slot start (epoch millis) for a location and
 * period (see `takePlace`: walk-ins on the kept-free seats do not count).
 *
 * @example const booked = await bookedCounts(db, locationId, from, to, point.rules.walkInSeats)
 */
export async function bookedCounts(
  db: Db,
  locationId: string,
  from: Date,
  to: Date,
  walkInSeats: number,
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('slot_counters')
    .select(['starts_at', onlineUsed(walkInSeats).as('booked')])
    .where('location_id', '=', locationId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .where('booked', '>', 0)
    .execute()
  return new Map(rows.map((row) => [row.starts_at.getTime(), Number(row.booked)]))
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

/** A booking by its reference alone; for the client's "find my appointment" only. */
export async function findBookingByReference(
  db: Db,
  reference: string,
): Promise<BookingRow | undefined> {
  return db.selectFrom('bookings').selectAll().where('reference', '=', reference).executeTakeFirst()
}

/** Gives the booking a new manage link (the old one stops working). */
export async function replaceManageToken(
  db: Db,
  bookingId: string,
  tokenHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('bookings')
    .set({ manage_token_hash: tokenHash, updated_at: now })
    .where('id', '=', bookingId)
    .execute()
}
