import { sql } from 'kysely'
import type { Db } from './database.js'
import type { StaffRow } from './schema.js'
import { compiledOnce } from './compiled-once.js'

/**
 * The active counselors of a support point with what deciding who is invited to one booking
 * needs (domain/invitations.ts): their choice, whether they are on duty for the session the
 * booking's local start falls in (a weekly session row or an extra session), whether anyone
 * is, and whether they were invited to this booking before. The duty and earlier-invitation
 * queries run only when someone chose other than 'all'.
 *
 * @example const { counselors, dutySet } = await counselorsForBooking(trx, { locationId, bookingId, date: '2026-12-01', time: '13:00', weekday: 2 })
 */
export async function counselorsForBooking(
  db: Db,
  at: { locationId: string; bookingId: string; date: string; time: string; weekday: number },
  /** The point's active counselors, when already read (`lockPointWithCounselors`). */
  known?: Counselor[],
) {
  const counselors =
    known ??
    (await db
      .selectFrom('staff as s')
      .innerJoin('staff_locations as sl', 'sl.staff_id', 's.id')
      .select(['s.id', 's.name', 's.email', 's.locale', 's.invitations'])
      .where('sl.location_id', '=', at.locationId)
      .where('s.role', '=', 'counselor')
      .where('s.active', '=', true)
      .orderBy('s.email')
      .execute())
  const plain = counselors.map((c) => ({ ...c, onDuty: false, invitedBefore: false }))
  if (counselors.every((c) => c.invitations === 'all')) return { counselors: plain, dutySet: false }
  const [onDuty, invited] = await Promise.all([
    db
      .selectFrom('hours_duty as d')
      .innerJoin('walk_in_hours as h', 'h.id', 'd.walk_in_hours_id')
      .select('d.staff_id')
      .where('h.location_id', '=', at.locationId)
      .where('h.weekday', '=', at.weekday)
      .where('h.start_time', '<=', at.time)
      .where('h.end_time', '>', at.time)
      .where((eb) => eb.or([eb('h.valid_from', 'is', null), eb('h.valid_from', '<=', at.date)]))
      .where((eb) => eb.or([eb('h.valid_until', 'is', null), eb('h.valid_until', '>=', at.date)]))
      .union(
        db
          .selectFrom('session_duty as d')
          .innerJoin('extra_sessions as e', 'e.id', 'd.extra_session_id')
          .select('d.staff_id')
          .where('e.location_id', '=', at.locationId)
          .where('e.date', '=', at.date)
          .where('e.start_time', '<=', at.time)
          .where('e.end_time', '>', at.time),
      )
      .execute(),
    db
      .selectFrom('outbox')
      .select('recipient')
      .distinct()
      .where('booking_id', '=', at.bookingId)
      .where('kind', '=', 'counselor-invitation')
      .execute(),
  ])
  const duty = new Set(onDuty.map((r) => r.staff_id))
  const before = new Set(invited.map((r) => r.recipient.toLowerCase()))
  return {
    counselors: plain.map((c) => ({
      ...c,
      onDuty: duty.has(c.id),
      invitedBefore: before.has(c.email.toLowerCase()),
    })),
    dutySet: duty.size > 0,
  }
}

/** A support point's active counselor, as invitations need them. */
export interface Counselor {
  id: string
  name: string
  email: string
  locale: StaffRow['locale']
  invitations: StaffRow['invitations']
}

/**
 * Takes the support point's row with a share lock, if it is active (the schedule lock of a
 * booking, ADR 8), and reads its active counselors as `counselorsForBooking` does in the same round trip
 * (ADR 28). Undefined for a point that is closed or unknown.
 *
 * @example const counselors = await lockPointWithCounselors(trx, point.id)
 */
export async function lockPointWithCounselors(
  db: Db,
  locationId: string,
): Promise<Counselor[] | undefined> {
  const { rows } = await lockStatement(db, { locationId })
  const row = rows[0]
  return row ? (row.counselors ?? []) : undefined
}

// Built and compiled once: it runs in every booking's transaction (ADR 54).
const lockStatement = compiledOnce(['locationId'], (db, p) =>
  db
    .selectFrom('locations as l')
    .select((eb) =>
      eb
        .selectFrom('staff as s')
        .innerJoin('staff_locations as sl', 'sl.staff_id', 's.id')
        .select(
          sql<Counselor[]>`coalesce(json_agg(json_build_object('id', s.id, 'name', s.name,
            'email', s.email, 'locale', s.locale, 'invitations', s.invitations) order by s.email), '[]'::json)`.as(
            'list',
          ),
        )
        .whereRef('sl.location_id', '=', 'l.id')
        .where('s.role', '=', 'counselor')
        .where('s.active', '=', true)
        .as('counselors'),
    )
    .where('l.id', '=', p.locationId)
    .where('l.active', '=', true)
    .forShare('l'),
)

/**
 * The staff account with this email address, whatever its case (an address is unique
 * that way: index staff_email_key), active or not: sign-in and the reset form each decide
 * what an inactive account gets.
 *
 * @example const account = await findStaffByEmail(db, 'Anna@Example.org')
 */
export async function findStaffByEmail(db: Db, email: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'locale', 'active', 'password_hash', 'totp_secret', hasPasskeyColumn])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst()
}

/** `has_passkey`: whether the staff row (`staff`) has a registered passkey. */
export const hasPasskeyColumn =
  sql<boolean>`exists (select 1 from passkeys p where p.staff_id = staff.id)`.as('has_passkey')

/**
 * The email address of an active staff member, or null (unknown or deactivated).
 *
 * @example const volunteerEmail = await activeStaffEmail(trx, booking.booked_by)
 */
export async function activeStaffEmail(db: Db, staffId: string): Promise<string | null> {
  const row = await db
    .selectFrom('staff')
    .select('email')
    .where('id', '=', staffId)
    .where('active', '=', true)
    .executeTakeFirst()
  return row?.email ?? null
}
