import { sql } from 'kysely'
import type { Db } from './database.js'

/**
 * The active counselors of a support point: who gets its calendar invitations.
 *
 * @example const counselors = await counselorsAt(trx, point.id)
 */
export async function counselorsAt(
  db: Db,
  locationId: string,
): Promise<Array<{ id: string; name: string; email: string; locale: string }>> {
  return db
    .selectFrom('staff as s')
    .innerJoin('staff_locations as sl', 'sl.staff_id', 's.id')
    .select(['s.id', 's.name', 's.email', 's.locale'])
    .where('sl.location_id', '=', locationId)
    .where('s.role', '=', 'counselor')
    .where('s.active', '=', true)
    .orderBy('s.email')
    .execute()
}

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
