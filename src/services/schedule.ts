import { availabilityChanged } from './availability-events.js'
import { DateTime } from 'luxon'
import type { Db } from '../db/database.js'
import { copyHoursDuty } from '../db/duty.js'
import { loadSupportPoints, toClosure } from '../db/locations.js'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import {
  findSlot,
  type Closure,
  type ExtraSession,
  type SlotRules,
  type WeeklyHours,
} from '../domain/slots.js'
import { audit, type AuditAction } from './audit.js'
import { cancelBooking, type NotifySettings } from './booking.js'
import { noticeChannels, type NoticeChannel } from '../domain/notice-channels.js'
import { moveToNearestFree } from './move-affected.js'
import { datedHours, type DatedHoursChange } from '../domain/hours-change.js'

/** A support point's schedule as the coordinator edits it: every row keeps its id. */
export interface Schedule {
  zone: string
  rules: SlotRules
  hours: Array<WeeklyHours & { id: string }>
  /** Closures that end today or later. */
  closures: Array<Closure & { id: string }>
  /** Extra sessions today or later. */
  extraSessions: Array<ExtraSession & { id: string; note: string | null }>
}

export interface LocationDetails {
  address: string
  postalCode: string
  directions: string | null
  phone: string | null
  slotMinutes: number
  minNoticeMinutes: number
  horizonDays: number
  walkInSeats: number
}

/** One change a coordinator makes; times are 'HH:mm', dates 'YYYY-MM-DD', local to the point. */
export type ScheduleChange =
  | { kind: 'details'; details: LocationDetails }
  | { kind: 'hours.add'; hours: WeeklyHours }
  | ({ kind: 'hours.update'; id: string } & DatedHoursChange)
  | { kind: 'hours.end'; id: string; validUntil: string }
  | { kind: 'closure.add'; closure: Closure }
  | { kind: 'closure.remove'; id: string }
  | { kind: 'session.add'; session: ExtraSession & { note: string | null } }
  | { kind: 'session.remove'; id: string }

/** An active booking still to come, with only what the conflict page shows (no names). */
/** What deciding who keeps a place needs to know of a booking. */
export interface PlacedBooking {
  id: string
  reference: string
  startsAt: Date
  endsAt: Date
  language: string
  createdAt: Date
}

export interface FutureBooking extends PlacedBooking {
  /** Who tells the client when staff cancel or move it; empty: nobody can. */
  toldBy: NoticeChannel[]
  /** The number to call, for the staff who may see it. */
  phone: string | null
}

/**
 * The schedule after `change`, in memory; null when the change names a row the schedule
 * does not have (another location's, or one already removed).
 *
 * @example scheduleAfter(schedule, { kind: 'closure.remove', id })?.closures.length
 */
export function scheduleAfter(schedule: Schedule, change: ScheduleChange): Schedule | null {
  const has = (rows: Array<{ id: string }>, id: string) => rows.some((row) => row.id === id)
  switch (change.kind) {
    case 'details': {
      const { slotMinutes, minNoticeMinutes, horizonDays, walkInSeats } = change.details
      return { ...schedule, rules: { slotMinutes, minNoticeMinutes, horizonDays, walkInSeats } }
    }
    case 'hours.add':
      return { ...schedule, hours: [...schedule.hours, { ...change.hours, id: 'new' }] }
    case 'hours.update': {
      const row = schedule.hours.find((h) => h.id === change.id)
      if (!row) return null
      const dated = datedHours(row, change)
      return {
        ...schedule,
        hours: [
          ...schedule.hours.map((h) => (h.id === change.id ? dated.row : h)),
          ...dated.added.map((h) => ({ ...h, id: 'new' })),
        ],
      }
    }
    case 'hours.end':
      if (!has(schedule.hours, change.id)) return null
      return {
        ...schedule,
        hours: schedule.hours.map((h) =>
          h.id !== change.id ? h : { ...h, validUntil: change.validUntil },
        ),
      }
    case 'closure.add':
      return { ...schedule, closures: [...schedule.closures, { ...change.closure, id: 'new' }] }
    case 'closure.remove':
      if (!has(schedule.closures, change.id)) return null
      return { ...schedule, closures: schedule.closures.filter((c) => c.id !== change.id) }
    case 'session.add':
      return {
        ...schedule,
        extraSessions: [...schedule.extraSessions, { ...change.session, id: 'new' }],
      }
    case 'session.remove':
      if (!has(schedule.extraSessions, change.id)) return null
      return {
        ...schedule,
        extraSessions: schedule.extraSessions.filter((e) => e.id !== change.id),
      }
  }
}

/**
 * The bookings that have no place in `schedule`: their slot no longer exists (closed day,
 * session ended or shortened, another slot length), or the slot holds more active bookings
 * than its capacity. In an over-full slot the places go first come, first served: the
 * bookings made most recently lose theirs (ties: the higher reference), so who booked early
 * is never the one to be moved. Sorted by start.
 *
 * Bookings already made stay valid outside the booking window (a shorter horizon or a
 * longer notice does not take a place away), so the window is opened wide for this check.
 *
 * @example bookingsWithoutPlace(schedule, bookings, now).map((b) => b.reference)
 */
export function bookingsWithoutPlace<B extends PlacedBooking>(
  schedule: Schedule,
  bookings: B[],
  now: Date,
): B[] {
  const rules = { ...schedule.rules, minNoticeMinutes: 0, horizonDays: 100 * 366 }
  const input = { ...schedule, rules, booked: new Map<number, number>(), now }
  const byStart = new Map<number, B[]>()
  for (const booking of bookings) {
    if (booking.startsAt.getTime() <= now.getTime()) continue
    const group = byStart.get(booking.startsAt.getTime()) ?? []
    group.push(booking)
    byStart.set(booking.startsAt.getTime(), group)
  }
  const without: B[] = []
  for (const group of byStart.values()) {
    const slot = findSlot(input, group[0]!.startsAt)
    const capacity = slot ? slot.capacity : 0
    if (group.length <= capacity) continue
    const lastMadeFirst = [...group].sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() || b.reference.localeCompare(a.reference),
    )
    without.push(...lastMadeFirst.slice(0, group.length - capacity))
  }
  return without.sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.reference.localeCompare(b.reference),
  )
}

/**
 * The bookings a change takes the place from: without a place afterwards, but with one
 * before. Bookings kept overbooked on purpose by an earlier change are not asked about again.
 *
 * @example newlyWithoutPlace(before, after, bookings, now).length // 1
 */
export function newlyWithoutPlace<B extends PlacedBooking>(
  before: Schedule,
  after: Schedule,
  bookings: B[],
  now: Date,
): B[] {
  const already = new Set(bookingsWithoutPlace(before, bookings, now).map((b) => b.id))
  return bookingsWithoutPlace(after, bookings, now).filter((b) => !already.has(b.id))
}

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
    hours: hours.map((h) => ({
      id: h.id,
      weekday: h.weekday,
      start: h.start_time,
      end: h.end_time,
      counselors: h.counselors,
      validFrom: h.valid_from,
      validUntil: h.valid_until,
    })),
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
      await writeChange(trx, locationId, change, before)
      const choice = affected.length > 0 ? confirm?.choice : undefined
      await audit(
        trx,
        {
          staffId: request.staffId,
          action: AUDIT_ACTIONS[change.kind],
          locationId,
          detail: [describe(change), choice ? `${choice} ${affected.length}` : '']
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
  let cancelled = 0
  if (point && outcome.toCancel) {
    for (const booking of outcome.toCancel) {
      const result = await cancelBooking(db, {
        bookingId: booking.id,
        by: 'staff',
        now,
        point,
        notify: request.notify,
        reason: confirm?.reason || null,
        staffId: request.staffId,
      })
      if (result.ok && result.changed) cancelled += 1
    }
  }
  return { ...NOTHING_DONE, cancelled }
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

/** A short account for the audit log: what changed, never who was booked. */
function describe(change: ScheduleChange): string {
  switch (change.kind) {
    case 'details': {
      const d = change.details
      return `details slot=${d.slotMinutes} notice=${d.minNoticeMinutes} horizon=${d.horizonDays} seats=${d.walkInSeats}`
    }
    case 'hours.add': {
      const h = change.hours
      return `add hours ${h.weekday} ${h.start}-${h.end} x${h.counselors} ${h.validFrom ?? ''}..${h.validUntil ?? ''}`
    }
    case 'hours.update':
      return `change hours ${change.id} ${change.start}-${change.end} x${change.counselors}${change.from || change.until ? ` ${change.from ?? ''}..${change.until ?? ''}` : ''}`
    case 'hours.end':
      return `end hours ${change.id} until ${change.validUntil}`
    case 'closure.add':
      return `add closure ${change.closure.startDate}..${change.closure.endDate}`
    case 'closure.remove':
      return `remove closure ${change.id}`
    case 'session.add': {
      const s = change.session
      return `add session ${s.date} ${s.start}-${s.end} x${s.counselors}`
    }
    case 'session.remove':
      return `remove session ${change.id}`
  }
}

async function writeChange(
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
      await db
        .deleteFrom('closures')
        .where('id', '=', change.id)
        .where('location_id', '=', locationId)
        .execute()
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
      await db
        .deleteFrom('extra_sessions')
        .where('id', '=', change.id)
        .where('location_id', '=', locationId)
        .execute()
      return
  }
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
