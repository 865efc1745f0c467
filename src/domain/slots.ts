import { DateTime, type Zone } from 'luxon'
import { cachedZone } from './cached-zone.js'
import type { ClosureReasonCode } from './closure-reasons.js'
import {
  addDays,
  assertIsoDate,
  datesBetween,
  epochMillis,
  isoWeekday,
  localDateOf,
  localDateTime,
  localInstant,
} from './time.js'

export interface WeeklyHours {
  /** 1 = Monday .. 7 = Sunday */
  weekday: number
  /** 'HH:mm' or 'HH:mm:ss', local wall-clock time */
  start: string
  end: string
  counselors: number
  /** YYYY-MM-DD, inclusive; null = since always */
  validFrom: string | null
  /** YYYY-MM-DD, inclusive; null = until further notice */
  validUntil: string | null
}

export interface ExtraSession {
  date: string
  start: string
  end: string
  counselors: number
}

export interface Closure {
  startDate: string
  /** inclusive */
  endDate: string
  /** As the coordinator typed it, Dutch; may be '' beside a chosen reason. */
  reason: string
  /** The reason chosen from the list, which clients read in their language (issue 17). */
  reasonCode?: ClosureReasonCode | null
}

export interface SlotRules {
  slotMinutes: number
  minNoticeMinutes: number
  horizonDays: number
  /** seats per slot kept free for people who walk in without an appointment */
  walkInSeats: number
}

export interface Session {
  date: string
  start: DateTime
  end: DateTime
  counselors: number
}

export interface Slot {
  readonly start: DateTime
  readonly end: DateTime
  /** `start` as epoch millis */
  readonly startMs: number
  readonly endMs: number
  /** counselors on duty in this slot: every seat, the ones kept free for walk-ins too */
  readonly counselors: number
  /** bookable seats: counselors - walkInSeats, at least 0 */
  capacity: number
  booked: number
  /** max(0, capacity - booked) */
  remaining: number
}

export type DayStatus = 'open' | 'full' | 'closed' | 'no-hours'

export interface Day {
  date: string
  status: DayStatus
  /** The closure that covers the day, for its reason (and its start: a holiday's name). */
  closure: Closure | null
  /** only the slots inside the booking window */
  slots: Slot[]
  remaining: number
}

export interface AvailabilityInput {
  hours: WeeklyHours[]
  extraSessions: ExtraSession[]
  closures: Closure[]
  /** slot start in epoch millis -> active bookings */
  booked: Map<number, number>
  rules: SlotRules
  zone: string
  now: DateTime | Date
  /** local dates YYYY-MM-DD, both inclusive */
  from: string
  to: string
  /**
   * Staff at the desk or in the agenda: a slot may be taken until it has ended, whatever
   * the minimum notice clients keep to (issue 15). Clients never set this.
   */
  staff?: boolean
}

type SessionSource = Pick<AvailabilityInput, 'hours' | 'extraSessions' | 'closures' | 'zone'>

/**
 * The sessions held on a local date. A closure wins over everything, extra sessions included.
 * @example sessionsOn('2026-12-25', input) // { sessions: [], closure: { reason: 'Kerst', ... } }
 */
export function sessionsOn(
  date: string,
  input: SessionSource,
): { sessions: Session[]; closure: Closure | null } {
  assertIsoDate(date)
  const closure = closureOn(date, input.closures)
  if (closure) return { sessions: [], closure }
  const sessions = sessionSpecsOn(date, input)
    .map(({ start, end, counselors }) => ({
      date,
      start: localDateTime(date, start, input.zone),
      end: localDateTime(date, end, input.zone),
      counselors,
    }))
    .sort((a, b) => a.start.toMillis() - b.start.toMillis())
  return { sessions, closure: null }
}

/** The closure covering `date`, if any: it wins over every session that day. */
function closureOn(date: string, closures: Closure[]): Closure | null {
  return closures.find((c) => c.startDate <= date && date <= c.endDate) ?? null
}

/**
 * Whether the weekly hours (valid that day) or an extra session would hold a session on
 * `date`, closures aside.
 * @example hasSessionsOn('2026-12-22', point) // true: a Tuesday, and the point opens on Tuesdays
 */
export function hasSessionsOn(
  date: string,
  input: Pick<SessionSource, 'hours' | 'extraSessions'>,
): boolean {
  return sessionSpecsOn(date, input).length > 0
}

/** The weekly hours and extra sessions held on `date`, as wall-clock times, closures aside. */
function sessionSpecsOn(
  date: string,
  input: Pick<SessionSource, 'hours' | 'extraSessions'>,
): Array<{ start: string; end: string; counselors: number }> {
  const weekday = isoWeekday(date)
  const weekly = input.hours.filter(
    (h) =>
      h.weekday === weekday &&
      (h.validFrom === null || h.validFrom <= date) &&
      (h.validUntil === null || date <= h.validUntil),
  )
  return [...weekly, ...input.extraSessions.filter((e) => e.date === date)]
}

/**
 * The instants between which a slot may start: after the minimum notice, and no later than the
 * end of the local day `horizonDays` after today.
 * @example bookingWindow(new Date('2026-06-01T08:00:00Z'), { ...rules, minNoticeMinutes: 60, horizonDays: 28 }, 'Europe/Amsterdam')
 * // { earliest: 2026-06-01T11:00+02:00, latest: 2026-06-29T23:59:59.999+02:00 }
 */
export function bookingWindow(
  now: DateTime | Date,
  rules: SlotRules,
  zone: string,
): { earliest: DateTime; latest: DateTime } {
  const { earliestMs, latestMs } = windowBounds(now, rules, zone)
  const at = (ms: number) => DateTime.fromMillis(ms, { zone: cachedZone(zone) })
  return { earliest: at(earliestMs), latest: at(latestMs) }
}

/**
 * `bookingWindow` as epoch millis, for the booking path and slot filters: the minimum
 * notice is elapsed time; the last instant is the millisecond before the local midnight
 * that ends the horizon's day, as Luxon's `endOf('day')` has it (ADR 54).
 */
function windowBounds(
  now: DateTime | Date,
  rules: SlotRules,
  zone: string,
): { earliestMs: number; latestMs: number } {
  const nowMs = epochMillis(now)
  const lastDay = addDays(localDateOf(nowMs, zone), rules.horizonDays)
  return {
    earliestMs: nowMs + rules.minNoticeMinutes * 60_000,
    latestMs: localInstant(addDays(lastDay, 1), '00:00', zone) - 1,
  }
}

/**
 * Every slot from `from` to `to` that lies inside the booking window, sorted by start.
 *
 * Sessions are cut in real elapsed time from their start instant to their end instant, so on the
 * night the clocks go back the repeated hour yields extra slots (same wall-clock times, different
 * offsets) and on the night they go forward the missing hour yields none; see `localDateTime` for
 * boundaries that fall inside those hours. Slots from overlapping sessions that start at the same
 * instant merge into one slot whose counselors add up; a trailing piece shorter than a slot is
 * dropped. Slots without bookable seats are included with capacity 0.
 * @example computeSlots({ ...input, from: '2026-06-01', to: '2026-06-07' })[0]?.start.toISO()
 */
export function computeSlots(input: AvailabilityInput): Slot[] {
  const inWindow = windowFilter(input)
  return datesBetween(input.from, input.to).flatMap((date) => slotsOn(date, input).filter(inWindow))
}

/**
 * One Day per local date from `from` to `to`. Its status is decided in this order: 'closed' when a
 * closure covers the date; 'no-hours' when the date has no slot inside the booking window (no
 * sessions, or all of them past the notice period or beyond the horizon); 'full' when every slot
 * in the window has 0 remaining; otherwise 'open'.
 * @example computeDays({ ...input, from: '2026-12-24', to: '2026-12-25' }).map((d) => d.status) // ['open', 'closed']
 */
export function computeDays(input: AvailabilityInput): Day[] {
  const inWindow = windowFilter(input)
  return datesBetween(input.from, input.to).map((date): Day => {
    const closure = closureOn(date, input.closures)
    if (closure) {
      return { date, status: 'closed', closure, slots: [], remaining: 0 }
    }
    const slots = slotsOn(date, input).filter(inWindow)
    const remaining = slots.reduce((sum, slot) => sum + slot.remaining, 0)
    const status = slots.length === 0 ? 'no-hours' : remaining === 0 ? 'full' : 'open'
    return { date, status, closure: null, slots, remaining }
  })
}

/**
 * The slot that starts exactly at `start`, if that slot exists and lies inside the booking window;
 * a full slot is returned too, so the caller can tell "full" from "not offered". The local date
 * comes from `start`, so `from` and `to` are not needed.
 * @example findSlot(input, DateTime.fromISO('2026-06-02T09:30', { zone: 'Europe/Amsterdam' }))?.remaining // 3
 */
export function findSlot(
  input: Omit<AvailabilityInput, 'from' | 'to'>,
  start: DateTime | Date,
): Slot | null {
  const at = epochMillis(start)
  const slot = slotsOn(localDateOf(at, input.zone), input).find((s) => s.startMs === at)
  return slot && windowFilter(input)(slot) ? slot : null
}

/**
 * Up to `count` slots with seats left, nearest in time to `around` (the earlier one on a tie),
 * sorted by start; used to suggest alternatives when a slot is full.
 * @example nearestFreeSlots(slots, requestedStart, 3).map((s) => s.start.toFormat('HH:mm')) // ['09:00', '10:00', '10:30']
 */
export function nearestFreeSlots(slots: Slot[], around: DateTime | Date, count: number): Slot[] {
  const target = epochMillis(around)
  const distance = (slot: Slot) => Math.abs(slot.startMs - target)
  return slots
    .filter((slot) => slot.remaining > 0)
    .sort((a, b) => distance(a) - distance(b) || a.start.toMillis() - b.start.toMillis())
    .slice(0, Math.max(0, count))
    .sort((a, b) => a.startMs - b.startMs)
}

/**
 * Suggestions after "just taken": the later times first (nearest first), then the
 * earlier ones (nearest first). Someone who came for 13:00 can more often wait than
 * come back in time.
 */
export function laterFirst(slots: Slot[], around: DateTime | Date): Slot[] {
  const target = epochMillis(around)
  const later = slots.filter((slot) => slot.startMs > target).sort((a, b) => a.startMs - b.startMs)
  const earlier = slots
    .filter((slot) => slot.startMs <= target)
    .sort((a, b) => b.startMs - a.startMs)
  return [...later, ...earlier]
}

/**
 * What "just taken" offers: the nearest free times, later ones first, and always the
 * first free later time, however far (issue 17). The `count` nearest alone could all be
 * earlier, as for the last slot of a day, and someone who came for 11:30 can more often
 * wait for next week than go back in time.
 *
 * @example suggestAfterTaken(slots, tuesdayElevenThirty, 4) // [Thursday 13:00, 11:00, 10:30, 10:00]
 */
export function suggestAfterTaken(slots: Slot[], wanted: DateTime | Date, count: number): Slot[] {
  const nearest = nearestFreeSlots(slots, wanted, count)
  const target = epochMillis(wanted)
  const firstLater = slots
    .filter((slot) => slot.remaining > 0 && slot.startMs > target)
    .reduce<Slot | undefined>(
      (best, slot) => (!best || slot.startMs < best.startMs ? slot : best),
      undefined,
    )
  if (count > 0 && firstLater && !nearest.includes(firstLater)) {
    // The farthest of the nearest makes room for it.
    const distance = (slot: Slot) => Math.abs(slot.startMs - target)
    const farthest = nearest.reduce((a, b) => (distance(b) > distance(a) ? b : a))
    nearest.splice(nearest.indexOf(farthest), 1, firstLater)
  }
  return laterFirst(nearest, wanted)
}

function slotsOn(date: string, input: Omit<AvailabilityInput, 'from' | 'to'>): Slot[] {
  const { slotMinutes, walkInSeats } = input.rules
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) {
    throw new RangeError(`slotMinutes must be a positive whole number, got ${slotMinutes}`)
  }
  const starts = slotStartsOn(date, input)
  const zone = cachedZone(input.zone)
  const slotMs = slotMinutes * 60_000
  return starts.map(([at, counselors]) => {
    const capacity = Math.max(0, counselors - walkInSeats)
    const booked = input.booked.get(at) ?? 0
    return new ComputedSlot(at, at + slotMs, zone, counselors, capacity, booked)
  })
}

type ScheduleArrays = Pick<AvailabilityInput, 'hours' | 'extraSessions' | 'closures'>
type StartsByDay = Map<string, ReadonlyArray<readonly [number, number]>>

/**
 * Slot starts of a schedule, remembered per schedule: the arrays of a support point read
 * from the database are never changed in place (a change is a new read, ADR 11), so their
 * identity names the schedule, and a forgotten schedule is garbage collected with them.
 */
const startsMemo = new WeakMap<object, WeakMap<object, WeakMap<object, StartsByDay>>>()

function memoFor(input: ScheduleArrays): StartsByDay {
  let byExtras = startsMemo.get(input.hours)
  if (!byExtras) startsMemo.set(input.hours, (byExtras = new WeakMap()))
  let byClosures = byExtras.get(input.extraSessions)
  if (!byClosures) byExtras.set(input.extraSessions, (byClosures = new WeakMap()))
  let byDay = byClosures.get(input.closures)
  if (!byDay) byClosures.set(input.closures, (byDay = new Map()))
  return byDay
}

/**
 * [start in epoch millis, counselors] of every slot on `date`, sorted. Sessions are cut in
 * elapsed time on epoch millis, exactly what Luxon's plus({ minutes }) does on a zoned
 * DateTime, without building one object per step.
 */
function slotStartsOn(
  date: string,
  input: Omit<AvailabilityInput, 'from' | 'to'>,
): ReadonlyArray<readonly [number, number]> {
  const memo = memoFor(input)
  const key = `${date}|${input.rules.slotMinutes}|${input.zone}`
  const known = memo.get(key)
  if (known) return known
  const closure = closureOn(date, input.closures)
  const counselorsByStart = new Map<number, number>()
  if (!closure) {
    const slotMs = input.rules.slotMinutes * 60_000
    for (const session of sessionSpecsOn(date, input)) {
      const start = localInstant(date, session.start, input.zone)
      const end = localInstant(date, session.end, input.zone)
      for (let at = start; at + slotMs <= end; at += slotMs) {
        counselorsByStart.set(at, (counselorsByStart.get(at) ?? 0) + session.counselors)
      }
    }
  }
  const starts = [...counselorsByStart.entries()].sort(([a], [b]) => a - b)
  // Bounded: a schedule is asked about the few hundred dates of its booking window.
  if (memo.size > 5_000) memo.clear()
  memo.set(key, starts)
  return starts
}

/**
 * A slot whose Luxon DateTimes are made on first use: a 28-day range has hundreds of slots
 * and most are only counted or filtered, never shown.
 */
class ComputedSlot implements Slot {
  #start: DateTime | undefined
  #end: DateTime | undefined
  readonly remaining: number

  constructor(
    readonly startMs: number,
    readonly endMs: number,
    private readonly zone: Zone,
    readonly counselors: number,
    readonly capacity: number,
    readonly booked: number,
  ) {
    this.remaining = Math.max(0, capacity - booked)
  }

  get start(): DateTime {
    return (this.#start ??= DateTime.fromMillis(this.startMs, { zone: this.zone }))
  }

  get end(): DateTime {
    return (this.#end ??= DateTime.fromMillis(this.endMs, { zone: this.zone }))
  }
}

function windowFilter(input: Pick<AvailabilityInput, 'now' | 'rules' | 'zone' | 'staff'>) {
  const { earliestMs: from, latestMs: until } = windowBounds(input.now, input.rules, input.zone)
  if (input.staff) {
    const now = epochMillis(input.now)
    return (slot: Slot) => slot.endMs > now && slot.startMs <= until
  }
  return (slot: Slot) => slot.startMs >= from && slot.startMs <= until
}
