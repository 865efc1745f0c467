import { DateTime } from 'luxon'
import {
  auditActionsInUse,
  auditRows,
  pointsForAuditFilter,
  staffByEmailOrId,
  staffForAuditFilter,
  type AuditLogRow,
  type AuditRowFilter,
} from '../db/audit.js'
import type { Db } from '../db/database.js'
import { readAuditDetail, type AuditDetail } from '../domain/audit.js'
import { audit } from './audit.js'

/** The log is kept in Dutch time, as the support points are. */
const ZONE = 'Europe/Amsterdam'
const PAGE_SIZE = 100
/** An export holds at most this many lines, newest first; a narrower filter gets the rest. */
export const EXPORT_MAX_ROWS = 10_000
const PEOPLE_MAX = 2000

/** What the admin chose in the filter form; '' where nothing was chosen. */
export interface AuditFilter {
  action: string
  staffId: string
  /** A support point's slug. */
  point: string
  /** YYYY-MM-DD, first day shown (in Dutch time). */
  from: string
  /** YYYY-MM-DD, last day shown. */
  to: string
}

/** One entry of the log, ready to be put in words. */
export interface AuditEntry {
  id: number
  at: DateTime
  action: string
  staffName: string | null
  staffEmail: string | null
  reference: string | null
  location: string | null
  detail: AuditDetail
  /** The staff member the row is about (who was invited, linked, reset), as 'Name (email)'. */
  person: string | null
}

export interface AuditChoices {
  actions: string[]
  staff: Array<{ id: string; name: string; email: string }>
  points: Array<{ id: string; slug: string; name: string }>
}

/**
 * The log's filter choices: the actions that occur, everyone, every support point.
 *
 * @example const { actions, staff, points } = await auditChoices(db)
 */
export async function auditChoices(db: Db): Promise<AuditChoices> {
  const [actions, staff, points] = await Promise.all([
    auditActionsInUse(db),
    staffForAuditFilter(db, PEOPLE_MAX),
    pointsForAuditFilter(db),
  ])
  return { actions, staff, points }
}

/** [start of `from`, start of the day after `to`) in Dutch time; null where not given. */
function bounds(filter: AuditFilter): { from: Date | null; to: Date | null } {
  return {
    from: filter.from ? DateTime.fromISO(filter.from, { zone: ZONE }).toJSDate() : null,
    to: filter.to ? DateTime.fromISO(filter.to, { zone: ZONE }).plus({ days: 1 }).toJSDate() : null,
  }
}

async function entries(db: Db, rows: AuditLogRow[]): Promise<AuditEntry[]> {
  const details = rows.map((row) => readAuditDetail(row.action, row.detail))
  const emails = details.flatMap((d) => (d.kind === 'person' ? [d.email] : []))
  const ids = details.flatMap((d) => (d.kind === 'person-id' ? [d.staffId] : []))
  const people = await staffByEmailOrId(db, [...new Set(emails)], [...new Set(ids)])
  const named = (person: { name: string; email: string }) => `${person.name} (${person.email})`
  const byEmail = new Map(people.map((p) => [p.email, named(p)]))
  const byId = new Map(people.map((p) => [p.id, named(p)]))
  return rows.map((row, index) => {
    const detail = details[index]!
    return {
      id: row.id,
      at: DateTime.fromJSDate(row.at, { zone: ZONE }),
      action: row.action,
      staffName: row.staff_name,
      staffEmail: row.staff_email,
      reference: row.reference,
      location: row.location_name,
      detail,
      person:
        detail.kind === 'person'
          ? (byEmail.get(detail.email) ?? detail.email)
          : detail.kind === 'person-id'
            ? (byId.get(detail.staffId) ?? null)
            : null,
    }
  })
}

/** The filter as the query takes it; null when it names a support point that does not exist. */
async function rowFilter(
  db: Db,
  filter: AuditFilter,
  choices?: AuditChoices,
): Promise<AuditRowFilter | null> {
  const points = choices?.points ?? (await pointsForAuditFilter(db))
  const point = filter.point ? points.find((p) => p.slug === filter.point) : undefined
  if (filter.point && !point) return null
  return {
    action: filter.action || null,
    staffId: filter.staffId || null,
    locationId: point?.id ?? null,
    ...bounds(filter),
  }
}

/**
 * One page of the log, newest first: 100 entries older than `before` (an entry's id),
 * and the id to continue from when there are more.
 *
 * @example const { entries, nextBefore } = await auditLogPage(db, filter, null, choices)
 */
export async function auditLogPage(
  db: Db,
  filter: AuditFilter,
  before: number | null,
  choices: AuditChoices,
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const where = await rowFilter(db, filter, choices)
  const rows = where ? await auditRows(db, where, before, PAGE_SIZE + 1) : []
  const page = rows.slice(0, PAGE_SIZE)
  return {
    entries: await entries(db, page),
    nextBefore: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  }
}

/**
 * Every entry that matches `filter` (at most EXPORT_MAX_ROWS, newest first), for the
 * admin's CSV export; the export itself is written to the log, with its period.
 *
 * @example const rows = await exportAuditLog(db, admin.id, filter, now)
 */
export async function exportAuditLog(
  db: Db,
  staffId: string,
  filter: AuditFilter,
  now: Date,
): Promise<AuditEntry[]> {
  const where = await rowFilter(db, filter)
  const rows = where ? await auditRows(db, where, null, EXPORT_MAX_ROWS) : []
  const period = filter.from || filter.to ? `${filter.from}..${filter.to}` : null
  await audit(db, { staffId, action: 'audit.export', detail: period }, now)
  return entries(db, rows)
}
