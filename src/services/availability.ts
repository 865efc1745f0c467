import { bookedCounts } from '../db/bookings.js'
import type { Db } from '../db/database.js'
import type { SupportPoint } from '../db/locations.js'
import {
  computeDays,
  computeSlots,
  suggestAfterTaken,
  type AvailabilityInput,
  type Day,
  type Slot,
} from '../domain/slots.js'
import { addDays, localDateOf, localInstant } from '../domain/time.js'

/*
 * What a support point has free, as clients and staff see it before they book: read
 * without locks (the booking itself checks again under the schedule lock, booking.ts).
 */

/** The local dates the booking window spans today. */
export function windowDates(point: SupportPoint, now: Date): { from: string; to: string } {
  const today = localDateOf(now, point.zone)
  return { from: today, to: addDays(today, point.rules.horizonDays) }
}

async function availabilityInput(
  db: Db,
  point: SupportPoint,
  now: Date,
  from: string,
  to: string,
): Promise<AvailabilityInput> {
  // Local midnights as instants (cached-zone arithmetic, not Luxon parsing: ADR 11).
  const start = new Date(localInstant(from, '00:00', point.zone))
  const end = new Date(localInstant(addDays(to, 1), '00:00', point.zone))
  const booked = await bookedCounts(db, point.id, start, end, point.rules.walkInSeats)
  return { ...point, booked, now, from, to }
}

/**
 * The days from `from` to `to` with their free places, as the client sees them.
 *
 * @example const days = await availableDays(db, point, { now, ...windowDates(point, now) })
 */
export async function availableDays(
  db: Db,
  point: SupportPoint,
  range: { now: Date; from: string; to: string },
): Promise<Day[]> {
  return computeDays(await availabilityInput(db, point, range.now, range.from, range.to))
}

/** Every slot in the window from `from` to `to`, full ones included. */
export async function availableSlots(
  db: Db,
  point: SupportPoint,
  range: { now: Date; from: string; to: string },
): Promise<Slot[]> {
  return computeSlots(await availabilityInput(db, point, range.now, range.from, range.to))
}

/** Up to `count` free slots nearest to a wanted start, for "this one was just taken". */
export async function alternativesTo(
  db: Db,
  point: SupportPoint,
  wanted: Date,
  now: Date,
  count = 4,
): Promise<Slot[]> {
  const slots = await availableSlots(db, point, { now, ...windowDates(point, now) })
  return suggestAfterTaken(slots, wanted, count)
}

/**
 * Whether the slot starting at `start` is offered but has no place left: the form then
 * says so before anyone fills it in. False for a time that is not offered at all.
 */
export async function isSlotFull(
  db: Db,
  point: SupportPoint,
  start: Date,
  now: Date,
): Promise<boolean> {
  const day = localDateOf(start, point.zone)
  const slots = await availableSlots(db, point, { now, from: day, to: day })
  const slot = slots.find((candidate) => candidate.startMs === start.getTime())
  return slot !== undefined && slot.remaining === 0
}
