import type { Db } from './database.js'
import { copyHoursDuty } from './duty.js'
import { datedHours } from '../domain/hours-change.js'
import type { Schedule, ScheduleChange } from '../domain/schedule-change.js'
import type { WeeklyHours } from '../domain/slots.js'

/**
 * Writes one schedule change of a support point (services/schedule.ts `changeSchedule`
 * decides whether it may, in the same transaction). `before` is the schedule it changes.
 *
 * @example await writeScheduleChange(trx, point.id, { kind: 'closure.remove', id }, schedule)
 */
export async function writeScheduleChange(
  db: Db,
  locationId: string,
  change: ScheduleChange,
  before: Schedule,
): Promise<void> {
  switch (change.kind) {
    case 'details': {
      const d = change.details
      await db
        .updateTable('locations')
        .set({
          address: d.address,
          postal_code: d.postalCode,
          directions: d.directions,
          phone: d.phone,
          slot_minutes: d.slotMinutes,
          min_notice_minutes: d.minNoticeMinutes,
          horizon_days: d.horizonDays,
          walk_in_seats: d.walkInSeats,
        })
        .where('id', '=', locationId)
        .execute()
      return
    }
    case 'hours.add':
      await db
        .insertInto('walk_in_hours')
        .values({ location_id: locationId, ...hoursColumns(change.hours) })
        .execute()
      return
    case 'hours.update': {
      // scheduleAfter has found the row in `before`, or the change was not_found.
      const dated = datedHours(
        before.hours.find((h) => h.id === change.id)!,
        change,
      )
      await db
        .updateTable('walk_in_hours')
        .set(hoursColumns(dated.row))
        .where('id', '=', change.id)
        .where('location_id', '=', locationId)
        .execute()
      for (const h of dated.added) {
        const added = await db
          .insertInto('walk_in_hours')
          .values({ location_id: locationId, ...hoursColumns(h) })
          .returning('id')
          .executeTakeFirstOrThrow()
        // The same counselors run the session in its new weeks.
        await copyHoursDuty(db, change.id, added.id)
      }
      return
    }
    case 'hours.end':
      await db
        .updateTable('walk_in_hours')
        .set({ valid_until: change.validUntil })
        .where('id', '=', change.id)
        .where('location_id', '=', locationId)
        .execute()
      return
    case 'closure.add':
      await db
        .insertInto('closures')
        .values({
          location_id: locationId,
          start_date: change.closure.startDate,
          end_date: change.closure.endDate,
          reason: change.closure.reason,
          reason_code: change.closure.reasonCode ?? null,
        })
        .execute()
      return
    case 'closure.remove':
      await deleteOfPoint(db, 'closures', change.id, locationId)
      return
    case 'session.add': {
      const s = change.session
      await db
        .insertInto('extra_sessions')
        .values({
          location_id: locationId,
          date: s.date,
          start_time: s.start,
          end_time: s.end,
          counselors: s.counselors,
          note: s.note,
        })
        .execute()
      return
    }
    case 'session.remove':
      await deleteOfPoint(db, 'extra_sessions', change.id, locationId)
      return
  }
}

/** A closure or an extra session is removed only at the point it belongs to. */
async function deleteOfPoint(
  db: Db,
  table: 'closures' | 'extra_sessions',
  id: string,
  locationId: string,
): Promise<void> {
  await db.deleteFrom(table).where('id', '=', id).where('location_id', '=', locationId).execute()
}

function hoursColumns(h: WeeklyHours) {
  return {
    weekday: h.weekday,
    start_time: h.start,
    end_time: h.end,
    counselors: h.counselors,
    valid_from: h.validFrom,
    valid_until: h.validUntil,
  }
}
