import { hasAuditRowSince, insertAuditRow } from '../db/audit.js'
import type { Db } from '../db/database.js'
import type { AuditAction } from '../domain/audit.js'

export type { AuditAction }

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
  await insertAuditRow(db, {
    at: now,
    staff_id: entry.staffId,
    action: entry.action,
    booking_id: entry.bookingId ?? null,
    location_id: entry.locationId ?? null,
    detail: entry.detail?.slice(0, 200) ?? null,
  })
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
  return hasAuditRowSince(db, entry, since)
}
