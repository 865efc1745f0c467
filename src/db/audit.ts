import type { Db } from './database.js'

/** One row of the audit log as the admin reads it, with the names it points at. */
export interface AuditLogRow {
  id: number
  at: Date
  action: string
  detail: string | null
  staff_name: string | null
  staff_email: string | null
  reference: string | null
  location_name: string | null
}

/** What the admin narrowed the log to; every part optional. Dates bound `at` as instants. */
export interface AuditRowFilter {
  action: string | null
  staffId: string | null
  locationId: string | null
  from: Date | null
  /** Exclusive. */
  to: Date | null
}

/**
 * Writes one audit row.
 *
 * @example await insertAuditRow(trx, { at: now, staff_id, action: 'booking.view', booking_id, location_id, detail: null })
 */
export async function insertAuditRow(
  db: Db,
  row: {
    at: Date
    staff_id: string
    action: string
    booking_id: string | null
    location_id: string | null
    detail: string | null
  },
): Promise<void> {
  await db.insertInto('audit_log').values(row).execute()
}

/**
 * Whether `staffId` has a row for `action` at `locationId` since `since`.
 *
 * @example await hasAuditRowSince(db, { staffId, action: 'desk.view', locationId }, since)
 */
export async function hasAuditRowSince(
  db: Db,
  entry: { staffId: string; action: string; locationId: string },
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

/**
 * The rows that match `filter`, newest first, older than `before` (an id; keyset paging),
 * at most `limit`.
 *
 * @example const rows = await auditRows(db, { action: 'booking.view', staffId: null, locationId: null, from: null, to: null }, null, 101)
 */
export async function auditRows(
  db: Db,
  filter: AuditRowFilter,
  before: number | null,
  limit: number,
): Promise<AuditLogRow[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('bookings as b', 'b.id', 'a.booking_id')
    .leftJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.detail',
      's.name as staff_name',
      's.email as staff_email',
      'b.reference',
      'l.name as location_name',
    ])
    .orderBy('a.id', 'desc')
    .limit(limit)
  if (filter.action) query = query.where('a.action', '=', filter.action)
  if (filter.staffId) query = query.where('a.staff_id', '=', filter.staffId)
  if (filter.locationId) query = query.where('a.location_id', '=', filter.locationId)
  if (filter.from) query = query.where('a.at', '>=', filter.from)
  if (filter.to) query = query.where('a.at', '<', filter.to)
  if (before !== null) query = query.where('a.id', '<', before)
  return query.execute()
}

/** Every action that occurs in the log, for the filter's select. */
export async function auditActionsInUse(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .orderBy('action')
    .execute()
  return rows.map((row) => row.action)
}

/** Everyone who could have written a row, for the filter's select (capped). */
export async function staffForAuditFilter(
  db: Db,
  limit: number,
): Promise<Array<{ id: string; name: string; email: string }>> {
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .orderBy('name')
    .orderBy('email')
    .limit(limit)
    .execute()
}

/** Every support point, open or closed, for the filter's select. */
export async function pointsForAuditFilter(
  db: Db,
): Promise<Array<{ id: string; slug: string; name: string }>> {
  return db
    .selectFrom('locations')
    .select(['id', 'slug', 'name'])
    .orderBy('name')
    .orderBy('slug')
    .execute()
}

/**
 * The names of the staff members that rows point at by email or id (who was invited,
 * whose second factor was reset), found in one query.
 *
 * @example await staffByEmailOrId(db, ['jan@example.org'], []) // [{ id, name: 'Jan', email: 'jan@example.org' }]
 */
export async function staffByEmailOrId(
  db: Db,
  emails: string[],
  ids: string[],
): Promise<Array<{ id: string; name: string; email: string }>> {
  if (emails.length === 0 && ids.length === 0) return []
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .where((eb) =>
      eb.or([
        ...(emails.length > 0 ? [eb('email', 'in', emails)] : []),
        ...(ids.length > 0 ? [eb('id', 'in', ids)] : []),
      ]),
    )
    .execute()
}
