import { availabilityChanged } from './availability-events.js'
import { DateTime } from 'luxon'
import type { Db } from '../db/database.js'
import { loadSupportPoints, toClosure, toWeeklyHours, type SupportPoint } from '../db/locations.js'
import { writeScheduleChange } from '../db/schedule-writes.js'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import {
  describeScheduleChange,
  newlyWithoutPlace,
  scheduleAfter,
  type FutureBooking,
  type Schedule,
  type ScheduleChange,
} from '../domain/schedule-change.js'
import { audit, type AuditAction } from './audit.js'
import { cancelBooking, type NotifySettings } from './booking.js'
import { noticeChannels } from '../domain/notice-channels.js'
import { moveToNearestFree } from './move-affected.js'

// The pure part lives in the domain; who uses the service reads it from here as before.
export {
  bookingsWithoutPlace,
  newlyWithoutPlace,
  scheduleAfter,
  type FutureBooking,
  type LocationDetails,
  type PlacedBooking,
  type Schedule,
  type ScheduleChange,
} from '../domain/schedule-change.js'

/**
 * The schedule of one support point: all weekly hours, and closures and extra sessions
 * from `today` on. Undefined for an unknown or inactive location.
 *
 * @example const schedule = await loadSchedule(db, locationId, '2026-12-01')
 */
export async function loadSchedule(
  db: Db,
  locationId: string,
  today: string,
): Promise<Schedule | undefined> {
  const location = await db
    .selectFrom('locations')
    .select(['timezone', 'slot_minutes', 'min_notice_minutes', 'horizon_days', 'walk_in_seats'])
    .where('id', '=', locationId)
    .where('active', '=', true)
    .executeTakeFirst()
  if (!location) return undefined
  const [hours, closures, extras] = await Promise.all([
    db
      .selectFrom('walk_in_hours')
      .selectAll()
      .where('location_id', '=', locationId)
      .orderBy('weekday')
      .orderBy('start_time')
      .orderBy('valid_from')
      .execute(),
    db
      .selectFrom('closures')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('end_date', '>=', today)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('extra_sessions')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('date', '>=', today)
      .orderBy('date')
      .orderBy('start_time')
      .execute(),
  ])
  return {
    zone: location.timezone,
    rules: {
      slotMinutes: location.slot_minutes,
      minNoticeMinutes: location.min_notice_minutes,
      horizonDays: location.horizon_days,
      walkInSeats: location.walk_in_seats,
    },
    hours: hours.map((h) => ({ id: h.id, ...toWeeklyHours(h) })),
    closures: closures.map((c) => ({ id: c.id, ...toClosure(c) })),
    extraSessions: extras.map((e) => ({
      id: e.id,
      date: e.date,
      start: e.start_time,
      end: e.end_time,
      counselors: e.counselors,
      note: e.note,
    })),
  }
}

/** The active bookings of a location that start after `now`, by start. */
export async function futureBookings(
  db: Db,
  locationId: string,
  now: Date,
): Promise<FutureBooking[]> {
  const rows = await db
    .selectFrom('bookings as b')
    .leftJoin('staff as v', (join) =>
      join.onRef('v.id', '=', 'b.booked_by').on('v.active', '=', true),
    )
    .select([
      'b.id',
      'b.reference',
      'b.starts_at',
      'b.ends_at',
      'b.language',
      'b.created_at',
      'b.email',
      'b.sms',
      'b.phone',
      'v.email as volunteer_email',
    ])
    .where('b.location_id', '=', locationId)
    .where('b.status', '=', 'active')
    .where('b.starts_at', '>', now)
    .orderBy('b.starts_at')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    language: r.language,
    createdAt: r.created_at,
    toldBy: noticeChannels({
      email: r.email,
      sms: r.sms,
      phone: r.phone,
      volunteerEmail: r.volunteer_email,
    }),
    phone: r.phone,
  }))
}

export type ConflictChoice = 'keep' | 'cancel' | 'move'

export type ScheduleOutcome =
  | {
      status: 'applied'
      kept: number
      cancelled: number
      /** "move": moved to a free time and told; kept because nobody can tell them; kept for want of a free time. */
      moved: number
      nobodyToTell: number
      noFreeTime: number
    }
  /** Nothing was changed: the coordinator must choose. `stale` when the list they chose on has changed since. */
  | { status: 'conflict'; affected: FutureBooking[]; stale: boolean }
  | { status: 'not_found' }
  | { status: 'duplicate' }

/**
 * Applies a coordinator's change to a support point's schedule, unless it takes the place
 * from existing bookings: then nothing changes and the affected bookings come back, until
 * the coordinator confirms with a choice made on exactly that list (the ids they saw).
 * "keep" leaves them overbooked on purpose; "cancel" cancels them by staff, with `reason`
 * as the message to the client, and notifies the client and the counselors.
 *
 * @example await changeSchedule(db, { locationId, change, staffId, now, notify, confirm: null })
 */
export async function changeSchedule(
  db: Db,
  request: {
    locationId: string
    change: ScheduleChange
    staffId: string
    now: Date
    notify: NotifySettings
    confirm: { choice: ConflictChoice; affectedIds: string[]; reason: string } | null
  },
): Promise<ScheduleOutcome> {
  const { locationId, change, now, confirm } = request
  let outcome: ScheduleOutcome & { toCancel?: FutureBooking[]; toMove?: FutureBooking[] }
  let today = ''
  try {
    outcome = await inTransaction(db, async (trx) => {
      // The location row lock serializes schedule changes of one point, so two coordinators
      // confirming at once never each judge against a schedule the other is replacing.
      const locked = await trx
        .selectFrom('locations')
        .select('timezone')
        .where('id', '=', locationId)
        .forUpdate()
        .executeTakeFirst()
      if (!locked) return { status: 'not_found' } as const
      today = DateTime.fromJSDate(now, { zone: locked.timezone }).toISODate()!
      const before = await loadSchedule(trx, locationId, today)
      const after = before && scheduleAfter(before, change)
      if (!before || !after) return { status: 'not_found' } as const
      const affected = newlyWithoutPlace(
        before,
        after,
        await futureBookings(trx, locationId, now),
        now,
      )
      if (affected.length > 0 && !(confirm && sameIds(confirm.affectedIds, affected))) {
        return { status: 'conflict', affected, stale: confirm !== null } as const
      }
      await writeScheduleChange(trx, locationId, change, before)
      const choice = affected.length > 0 ? confirm?.choice : undefined
      await audit(
        trx,
        {
          staffId: request.staffId,
          action: AUDIT_ACTIONS[change.kind],
          locationId,
          detail: [describeScheduleChange(change), choice ? `${choice} ${affected.length}` : '']
            .filter(Boolean)
            .join('; '),
        },
        now,
      )
      return {
        ...NOTHING_DONE,
        kept: choice === 'keep' ? affected.length : 0,
        toCancel: choice === 'cancel' ? affected : [],
        toMove: choice === 'move' ? affected : [],
      } as const
    })
  } catch (error) {
    if (isUniqueViolation(error, 'closures_natural_key')) return { status: 'duplicate' }
    throw error
  }
  if (outcome.status === 'applied') availabilityChanged(locationId)
  if (outcome.status !== 'applied' || !(outcome.toCancel?.length || outcome.toMove?.length)) {
    const { toCancel: _, toMove: __, ...rest } = outcome
    return rest
  }

  // Each cancellation is its own transaction, after the change has committed. cancelBooking
  // owns its transaction (booking row, slot counter and outbox rows together, retried on
  // deadlock) and Kysely cannot nest one. This order is safe: once the change is committed
  // no new booking can take a place that a cancellation frees (the counter stays at or above
  // the new capacity), and each cancellation carries its own notices (invariant 2). Should
  // the request die halfway, the rest stay active and show as "without a place" on the
  // location's page: the outcome of "keep", never a silent loss.
  const [point] = await loadSupportPoints(db, { today, locationId })
  if (point && outcome.toMove?.length) {
    // The same order of steps as the cancellations below, and the same safety: what is
    // not moved stays active, overbooked, on the location's page.
    const moves = await moveToNearestFree(db, {
      bookings: outcome.toMove,
      point,
      now,
      notify: request.notify,
      staffId: request.staffId,
    })
    return {
      ...NOTHING_DONE,
      moved: moves.moved.length,
      nobodyToTell: moves.nobodyToTell.length,
      noFreeTime: moves.noFreeTime.length,
    }
  }
  const cancelled =
    point && outcome.toCancel
      ? await cancelForStaff(db, point, outcome.toCancel, {
          now,
          notify: request.notify,
          reason: confirm?.reason || null,
          staffId: request.staffId,
        })
      : 0
  return { ...NOTHING_DONE, cancelled }
}

/**
 * Cancels these bookings in staff's name (hours changed, a point closes), each in its own
 * transaction with its notices; answers how many this call cancelled (not those already
 * cancelled).
 *
 * @example const cancelled = await cancelForStaff(db, point, affected, { now, notify, reason, staffId })
 */
export async function cancelForStaff(
  db: Db,
  point: SupportPoint,
  bookings: Array<{ id: string }>,
  request: { now: Date; notify: NotifySettings; reason: string | null; staffId: string },
): Promise<number> {
  let cancelled = 0
  for (const booking of bookings) {
    const result = await cancelBooking(db, {
      bookingId: booking.id,
      by: 'staff',
      now: request.now,
      point,
      notify: request.notify,
      reason: request.reason,
      staffId: request.staffId,
    })
    if (result.ok && result.changed) cancelled += 1
  }
  return cancelled
}

const NOTHING_DONE = {
  status: 'applied',
  kept: 0,
  cancelled: 0,
  moved: 0,
  nobodyToTell: 0,
  noFreeTime: 0,
} as const

const AUDIT_ACTIONS: Record<ScheduleChange['kind'], AuditAction> = {
  details: 'location.update',
  'hours.add': 'hours.change',
  'hours.update': 'hours.change',
  'hours.end': 'hours.change',
  'closure.add': 'closure.change',
  'closure.remove': 'closure.change',
  'session.add': 'session.change',
  'session.remove': 'session.change',
}

function sameIds(ids: string[], bookings: FutureBooking[]): boolean {
  const wanted = new Set(ids)
  return wanted.size === bookings.length && bookings.every((b) => wanted.has(b.id))
}
