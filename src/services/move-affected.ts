import type { Db } from '../db/database.js'
import type { SupportPoint } from '../db/locations.js'
import { suggestAfterTaken } from '../domain/slots.js'
import { availableSlots, rescheduleBooking, windowDates, type NotifySettings } from './booking.js'
import type { FutureBooking } from './schedule.js'

/** What "move these people" did, booking by booking. */
export interface MoveResult {
  moved: FutureBooking[]
  /** Kept where they were: nobody can tell them of a new time (no email, text or volunteer). */
  nobodyToTell: FutureBooking[]
  /** Kept where they were: no free time of the point in the booking window. */
  noFreeTime: FutureBooking[]
}

/** How many of the nearest free times are tried before a booking is kept where it is. */
const TRIES = 4

/**
 * Moves each booking that lost its place to the nearest free time of the same point (later
 * times first, as "just taken" offers them: domain/slots.ts suggestAfterTaken), each in its
 * own transaction through `rescheduleBooking`: the new place is taken by the capacity-checked
 * counter (ADR 2) and the client and the counselors are told in that same transaction, by
 * the channels of domain/notice-channels.ts, in the client's language. A booking whose
 * client nobody can tell is never moved: a new time they do not hear of is a lost place.
 * Who cannot be moved keeps their booking, overbooked, and is listed for staff.
 *
 * @example const { moved, nobodyToTell, noFreeTime } = await moveToNearestFree(db, { bookings, point, now, notify, staffId })
 */
export async function moveToNearestFree(
  db: Db,
  request: {
    bookings: FutureBooking[]
    point: SupportPoint
    now: Date
    notify: NotifySettings
    staffId: string
  },
): Promise<MoveResult> {
  const { point, now } = request
  const result: MoveResult = { moved: [], nobodyToTell: [], noFreeTime: [] }
  for (const booking of request.bookings) {
    if (booking.toldBy.length === 0) {
      result.nobodyToTell.push(booking)
      continue
    }
    // Read again for each booking: the ones moved before it have taken places.
    const slots = await availableSlots(db, point, { now, ...windowDates(point, now) })
    const own = booking.startsAt.getTime()
    const candidates = suggestAfterTaken(
      slots.filter((slot) => slot.startMs !== own),
      booking.startsAt,
      TRIES,
    )
    let state: 'moved' | 'gone' | 'kept' = 'kept'
    for (const slot of candidates) {
      const outcome = await rescheduleBooking(db, {
        bookingId: booking.id,
        point,
        start: slot.start.toJSDate(),
        now,
        token: null,
        notify: request.notify,
        actor: { staffId: request.staffId },
      })
      // Cancelled or begun in the meantime: nothing left to move.
      state = outcome.ok ? 'moved' : outcome.error === 'not_changeable' ? 'gone' : 'kept'
      if (state !== 'kept') break
    }
    if (state === 'moved') result.moved.push(booking)
    else if (state === 'kept') result.noFreeTime.push(booking)
  }
  return result
}
