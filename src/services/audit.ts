import type { Db } from '../db/database.js'

export type AuditAction =
  | 'agenda.view'
  | 'booking.view'
  | 'booking.card-link'
  | 'booking.attendance'
  | 'booking.outcome'
  | 'desk.view'
  | 'desk.walk-in'
  | 'desk.check-in'
  | 'desk.no-show'
  | 'desk.call'
  | 'desk.finish'
  | 'booking.cancel'
  | 'booking.move'
  | 'booking.create'
  | 'bookings.export'
  | 'location.update'
  | 'hours.change'
  | 'closure.change'
  | 'session.change'
  | 'message.resend'
  | 'staff.invite'
  | 'staff.resend'
  | 'staff.deactivate'
  | 'staff.reactivate'
  | 'staff.assign'
  | 'staff.unassign'
  | 'staff.assign-region'
  | 'staff.unassign-region'
  | 'staff.role'
  | 'staff.two-factor-on'
  | 'staff.two-factor-reset'
  | 'region.create'
  | 'region.update'
  | 'location.create'
  | 'location.move'
  | 'location.rename'
  | 'location.deactivate'
  | 'location.reactivate'

/**
 * Records who looked at or changed client data, for the admin's audit log. Never the
 * client's details themselves: ids and a short description of what was done.
 *
 * @example await audit(db, { staffId, action: 'agenda.view', locationId, detail: '2026-12-01' }, now)
 */
export async function audit(
  db: Db,
  entry: {
    staffId: string
    action: AuditAction
    bookingId?: string | null
    locationId?: string | null
    detail?: string | null
  },
  now: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now,
      staff_id: entry.staffId,
      action: entry.action,
      booking_id: entry.bookingId ?? null,
      location_id: entry.locationId ?? null,
      detail: entry.detail?.slice(0, 200) ?? null,
    })
    .execute()
}

/**
 * Whether `staffId` has an audit row for `action` at `locationId` since `since`: for views
 * that refresh themselves (the desk's waiting list), one row per stretch of looking is
 * the record, not one per refresh.
 */
export async function auditedSince(
  db: Db,
  entry: { staffId: string; action: AuditAction; locationId: string },
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('staff_id', '=', entry.staffId)
    .where('action', '=', entry.action)
    .where('location_id', '=', entry.locationId)
    .where('at', '>=', since)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}
