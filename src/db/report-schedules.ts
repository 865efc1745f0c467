import type { ReportSchedule } from '../domain/report-capacity.js'
import type { Period } from '../domain/report-period.js'
import { addDays } from '../domain/time.js'
import type { Db } from './database.js'
import { rulesOf, scheduleFromRows } from './locations.js'

/**
 * The schedules behind a report's bookable places (db/reports.ts has the booking counts):
 * what each support point offered over the period, read in five queries.
 */

/** Instants a day wider on each side of the period than any zone offset: a first, rough cut. */
export function roughBounds(period: Period): { from: Date; until: Date } {
  return {
    from: new Date(`${addDays(period.from, -1)}T00:00:00Z`),
    until: new Date(`${addDays(period.to, 2)}T00:00:00Z`),
  }
}

/**
 * The schedules of the points as they stood over the period: weekly hours valid on any
 * day of it, closures and extra sessions that touch it, the stretches the admin had the
 * point closed, and each point's slot rules. Five queries, however many points.
 *
 * @example const schedules = await reportSchedules(db, ids, period) // Map { id → ReportSchedule }
 */
export async function reportSchedules(
  db: Db,
  locationIds: string[],
  period: Period,
): Promise<Map<string, ReportSchedule>> {
  const schedules = new Map<string, ReportSchedule>()
  if (locationIds.length === 0) return schedules
  const bounds = roughBounds(period)
  const [points, hours, closures, extras, closedPeriods] = await Promise.all([
    db
      .selectFrom('locations')
      .select([
        'id',
        'timezone',
        'slot_minutes',
        'min_notice_minutes',
        'horizon_days',
        'walk_in_seats',
      ])
      .where('id', 'in', locationIds)
      .execute(),
    db
      .selectFrom('walk_in_hours')
      .selectAll()
      .where('location_id', 'in', locationIds)
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', period.to)]))
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', period.from)]))
      .execute(),
    db
      .selectFrom('closures')
      .selectAll()
      .where('location_id', 'in', locationIds)
      .where('start_date', '<=', period.to)
      .where('end_date', '>=', period.from)
      .execute(),
    db
      .selectFrom('extra_sessions')
      .selectAll()
      .where('location_id', 'in', locationIds)
      .where('date', '>=', period.from)
      .where('date', '<=', period.to)
      .execute(),
    db
      .selectFrom('location_closed_periods')
      .select(['location_id', 'closed_at', 'reopened_at'])
      .where('location_id', 'in', locationIds)
      .where('closed_at', '<', bounds.until)
      .where((eb) => eb.or([eb('reopened_at', 'is', null), eb('reopened_at', '>', bounds.from)]))
      .execute(),
  ])
  for (const point of points) {
    schedules.set(point.id, {
      zone: point.timezone,
      rules: rulesOf(point),
      ...scheduleFromRows(point.id, { hours, closures, extras }),
      closedPeriods: closedPeriods
        .filter((row) => row.location_id === point.id)
        .map((row) => ({ closedAt: row.closed_at, reopenedAt: row.reopened_at })),
    })
  }
  return schedules
}
