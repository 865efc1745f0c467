import { DateTime } from 'luxon'
import {
  agendaPoints,
  bookersByIds,
  bookingsAtPointsBetween,
  bookingsBetween,
  findAgendaPoint,
  findBookingInScope,
  setAttendance,
  setOutcome,
  type AgendaBookingRow,
  type AgendaPoint,
  type Booker,
  type ListedPoint,
} from '../db/agenda.js'
import type { Db } from '../db/database.js'
import { loadSupportPoints } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import type { CancelReasonCode } from '../domain/cancel-reasons.js'
import { sessionsOn, type Session } from '../domain/slots.js'
import { isProductDate, localDateOf } from '../domain/time.js'
import { audit } from './audit.js'
import { cancelBooking, isChangeable, type NotifySettings } from './booking.js'
import { bookingsWithoutPlace, loadSchedule } from './schedule.js'

export type { AgendaBookingRow, AgendaPoint, Booker, ListedPoint }

/** A slot holding more active bookings than the schedule now gives it places (ADR 8). */
export interface Overbooked {
  booked: number
  places: number
}

/**
 * What a support point holds on a day, bookings aside: closed (with the reason the
 * coordinator gave), open with these sessions, or no walk-in hours at all.
 */
export type DayState =
  { kind: 'closed'; reason: string } | { kind: 'open'; sessions: Session[] } | { kind: 'no-hours' }

/**
 * The active support points among `locationIds`, by region and name.
 *
 * @example const points = await pointsInScope(db, staff.locationIds)
 */
export function pointsInScope(db: Db, locationIds: string[]): Promise<ListedPoint[]> {
  return agendaPoints(db, locationIds)
}

/**
 * The booking with this reference and its support point, only within `locationIds`:
 * unknown and out of scope answer alike (undefined).
 *
 * @example const loaded = await bookingInScope(db, 'K7QWD3MA', staff.locationIds)
 */
export async function bookingInScope(
  db: Db,
  reference: string,
  locationIds: string[],
): Promise<{ booking: BookingRow; point: AgendaPoint } | undefined> {
  const booking = await findBookingInScope(db, reference, locationIds)
  if (!booking) return undefined
  const point = await findAgendaPoint(db, booking.location_id)
  return point ? { booking, point } : undefined
}

/** Every booking starting in [from, to) at one support point, by time. */
export function bookingsAtPoint(db: Db, pointId: string, from: Date, to: Date) {
  return bookingsBetween(db, pointId, from, to)
}

/** Every booking starting in [from, to) at any of the points, at most `limit`. */
export function bookingsAtPoints(
  db: Db,
  pointIds: string[],
  from: Date,
  to: Date,
  limit: number,
): Promise<AgendaBookingRow[]> {
  return bookingsAtPointsBetween(db, pointIds, from, to, limit)
}

/**
 * Who made each of these bookings (volunteers, counselors at the desk), by staff id.
 *
 * @example (await bookersOf(db, rows)).get(row.booked_by!)?.email
 */
export async function bookersOf(db: Db, bookings: BookingRow[]): Promise<Map<string, Booker>> {
  const ids = [...new Set(bookings.flatMap((b) => (b.booked_by ? [b.booked_by] : [])))]
  return new Map((await bookersByIds(db, ids)).map((booker) => [booker.id, booker]))
}

/**
 * What each point holds on each date, from its schedule (closures and extra sessions
 * loaded from the first date on, so past days are judged too), keyed `${pointId} ${date}`.
 * A point that has since been closed down holds nothing.
 *
 * @example (await dayStates(db, [point], ['2026-12-25'])).get(`${point.id} 2026-12-25`) // { kind: 'closed', reason: 'Kerst' }
 */
export async function dayStates(
  db: Db,
  points: AgendaPoint[],
  dates: string[],
): Promise<Map<string, DayState>> {
  const states = new Map<string, DayState>()
  // Outside the product's years no schedule holds anything (and the database's calendar
  // ends sooner than the agenda's date field): those days have no hours.
  const held = dates.filter(isProductDate)
  const first = [...held].sort()[0]
  if (!first) return states
  for (const point of points) {
    const schedule = await loadSchedule(db, point.id, first)
    for (const date of held) {
      const on = schedule ? sessionsOn(date, schedule) : { sessions: [], closure: null }
      states.set(
        `${point.id} ${date}`,
        on.closure
          ? { kind: 'closed', reason: on.closure.reason }
          : on.sessions.length > 0
            ? { kind: 'open', sessions: on.sessions }
            : { kind: 'no-hours' },
      )
    }
  }
  return states
}

function slotKey(booking: { location_id: string; starts_at: Date }): string {
  return `${booking.location_id} ${booking.starts_at.getTime()}`
}

function localToday(zone: string, now: Date): string {
  return localDateOf(now, zone)
}

/**
 * The slots, from today on, that hold more active bookings than the schedule now gives
 * them places: kept overbooked on purpose when a coordinator changed the hours (ADR 8).
 * Judged by `bookingsWithoutPlace`, as on the management page; nothing is stored for it.
 * `bookings` must hold whole days, so every booking of a slot is counted. The returned
 * function answers for one booking.
 *
 * @example (await overbookedSlots(db, [point], rows, now))(row)?.places // 2
 */
export async function overbookedSlots(
  db: Db,
  points: AgendaPoint[],
  bookings: BookingRow[],
  now: Date,
): Promise<(booking: BookingRow) => Overbooked | null> {
  const found = new Map<string, Overbooked>()
  for (const point of points) {
    const today = localToday(point.zone, now)
    // From midnight on: today's earlier slots are still today's agenda.
    const startOfToday = DateTime.fromISO(today, { zone: point.zone }).toJSDate()
    const active = bookings.filter(
      (b) => b.location_id === point.id && b.status === 'active' && b.starts_at >= startOfToday,
    )
    if (active.length === 0) continue
    // Closures and extra sessions are loaded from today on, so earlier days are not judged.
    const schedule = await loadSchedule(db, point.id, today)
    if (!schedule) continue
    const future = active.map((b) => ({
      id: b.id,
      reference: b.reference,
      startsAt: b.starts_at,
      endsAt: b.ends_at,
      language: b.language,
      createdAt: b.created_at,
    }))
    const withoutPlace = new Set(
      bookingsWithoutPlace(schedule, future, new Date(startOfToday.getTime() - 1)).map((b) => b.id),
    )
    if (withoutPlace.size === 0) continue
    const slots = new Map<string, { booked: number; without: number }>()
    for (const booking of active) {
      const slot = slots.get(slotKey(booking)) ?? { booked: 0, without: 0 }
      slot.booked += 1
      if (withoutPlace.has(booking.id)) slot.without += 1
      slots.set(slotKey(booking), slot)
    }
    for (const [key, slot] of slots) {
      if (slot.without > 0)
        found.set(key, { booked: slot.booked, places: slot.booked - slot.without })
    }
  }
  return (booking) => found.get(slotKey(booking)) ?? null
}

/** What the agenda shows beside each of its rows: the slot overbooked, and who made it. */
export interface RowFacts {
  overbooked: (booking: BookingRow) => Overbooked | null
  bookers: Map<string, Booker>
}

/**
 * The facts of a day's or a week's rows (`bookings` whole days, as `overbookedSlots` asks).
 *
 * @example const found = await rowFacts(db, [point], rows, now); found.bookers.size // 1
 */
export async function rowFacts(
  db: Db,
  points: AgendaPoint[],
  bookings: BookingRow[],
  now: Date,
): Promise<RowFacts> {
  return {
    overbooked: await overbookedSlots(db, points, bookings, now),
    bookers: await bookersOf(db, bookings),
  }
}

/**
 * Records whether the client came, with its audit row in the same transaction; nothing
 * (and no row) when the booking is no longer active.
 *
 * @example await recordAttendance(db, { booking, point, staffId, attendance: 'attended', now })
 */
export async function recordAttendance(
  db: Db,
  request: {
    booking: BookingRow
    point: AgendaPoint
    staffId: string
    attendance: 'attended' | 'no_show'
    now: Date
  },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await setAttendance(trx, request.booking.id, request.attendance, request.now))) return
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'booking.attendance',
        bookingId: request.booking.id,
        locationId: request.point.id,
        detail: request.attendance,
      },
      request.now,
    )
  })
}

/**
 * Records the outcome of the conversation, with its audit row in the same transaction.
 *
 * @example await recordOutcome(db, { booking, point, staffId, outcome: 'referred', now })
 */
export async function recordOutcome(
  db: Db,
  request: {
    booking: BookingRow
    point: AgendaPoint
    staffId: string
    outcome: 'orienting' | 'return' | 'referred' | 'other'
    now: Date
  },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await setOutcome(trx, request.booking.id, request.outcome, request.now))) return
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'booking.outcome',
        bookingId: request.booking.id,
        locationId: request.point.id,
        detail: request.outcome,
      },
      request.now,
    )
  })
}

/**
 * A counselor or coordinator cancels from the agenda, with a reason the client reads.
 * False when the booking can no longer be cancelled (begun, or its point closed down).
 * The reason and the audit row are written in cancelBooking's own transaction.
 *
 * @example const ok = await cancelFromAgenda(db, { booking, point, staffId, reason, notify, now })
 */
export async function cancelFromAgenda(
  db: Db,
  request: {
    booking: BookingRow
    point: AgendaPoint
    staffId: string
    /** What staff typed: the whole reason, or an addition to the picked one ('' for none). */
    reason: string
    reasonCode: CancelReasonCode | null
    notify: NotifySettings
    now: Date
  },
): Promise<boolean> {
  if (!isChangeable(request.booking, request.now)) return false
  const [point] = await loadSupportPoints(db, {
    today: localToday(request.point.zone, request.now),
    locationId: request.booking.location_id,
  })
  if (!point) return false
  const result = await cancelBooking(db, {
    bookingId: request.booking.id,
    by: 'staff',
    now: request.now,
    point,
    notify: request.notify,
    reason: request.reason === '' ? null : request.reason,
    reasonCode: request.reasonCode,
    staffId: request.staffId,
  })
  return result.ok
}

/**
 * The bookings of a period at one point for the CSV export, the export written to the
 * audit log with its period.
 *
 * @example const rows = await exportBookings(db, { staffId, point, from: '2026-12-01', to: '2026-12-31', bounds, now })
 */
export async function exportBookings(
  db: Db,
  request: {
    staffId: string
    point: AgendaPoint
    from: string
    to: string
    bounds: [Date, Date]
    now: Date
  },
): Promise<BookingRow[]> {
  const bookings = await bookingsBetween(db, request.point.id, ...request.bounds)
  await audit(
    db,
    {
      staffId: request.staffId,
      action: 'bookings.export',
      locationId: request.point.id,
      detail: `${request.from}..${request.to}`,
    },
    request.now,
  )
  return bookings
}
