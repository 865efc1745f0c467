import { datedHours, type DatedHoursChange } from './hours-change.js'
import type { NoticeChannel } from './notice-channels.js'
import {
  findSlot,
  type Closure,
  type ExtraSession,
  type SlotRules,
  type WeeklyHours,
} from './slots.js'

/**
 * What a coordinator's schedule change does, in memory: the schedule after it, which
 * bookings lose their place, and the words the audit log keeps of it. Pure; the service
 * (services/schedule.ts) reads and writes the database around it.
 */

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

/** A short account for the audit log: what changed, never who was booked. */
export function describeScheduleChange(change: ScheduleChange): string {
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
