import {
  findBookingById,
  findBookingByTokenHash,
  insertBookingWithPlace,
  releasePlace,
  takePlace,
} from '../db/bookings.js'
import type { Db } from '../db/database.js'
import type { SupportPoint } from '../db/locations.js'
import { supportPointInTransaction } from '../db/schedule-cache.js'
import type { BookingRow, BookingSource } from '../db/schema.js'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import type { ClientDetails } from '../domain/booking-form.js'
import type { CancelReasonCode } from '../domain/cancel-reasons.js'
import { findSlot, type Slot } from '../domain/slots.js'
import { localDateOf } from '../domain/time.js'
import { availabilityChanged } from './availability-events.js'
import { hashToken, isWellFormedToken, newToken } from './tokens.js'
import { lockPointWithCounselors, type Counselor } from '../db/staff.js'
import { audit } from './audit.js'
import { changeMessages, notifyChange, type NotifySettings } from './booking-notices.js'
import type { Transaction } from 'kysely'
import type { Database } from '../db/schema.js'
import { draftBooking } from './booking-draft.js'
import { storedMessage } from '../notifications/recipes.js'

export { notifySettings, type NotifySettings } from './booking-notices.js'
// What is free, read before booking, lives beside this file; its callers import it here.
export {
  alternativesTo,
  availableDays,
  availableSlots,
  isSlotFull,
  windowDates,
} from './availability.js'

export type BookingError = 'slot_unavailable' | 'slot_full' | 'not_changeable'

/**
 * The staff member who makes a change for a client (a volunteer, the agenda, the walk-in
 * desk), with a word for the audit log. Absent when the client acts themselves. The audit
 * row is written in the change's own transaction: no change without its row (ADR 0018).
 */
export interface Actor {
  staffId: string
  /** A short description for the audit log (never client data). */
  detail?: string | null
}

async function auditChange(
  trx: Transaction<Database>,
  actor: Actor | null | undefined,
  action: 'booking.create' | 'booking.cancel' | 'booking.move',
  booking: BookingRow,
  now: Date,
): Promise<void> {
  if (!actor) return
  await audit(
    trx,
    {
      staffId: actor.staffId,
      action,
      bookingId: booking.id,
      locationId: booking.location_id,
      detail: actor.detail ?? null,
    },
    now,
  )
}

export type BookingOutcome =
  { ok: true; booking: BookingRow; token: string } | { ok: false; error: BookingError }

/**
 * The slot as the schedule stands now, read under a share lock on the support point's
 * row. A coordinator's schedule change takes that row for update, so it cannot slip in
 * between this check and the place being taken: a booking counts against either the
 * old schedule (and the change then sees it) or the new one, never a mix.
 */
async function slotUnderScheduleLock(
  db: Db,
  trx: Transaction<Database>,
  point: SupportPoint,
  start: Date,
  now: Date,
  staff = false,
): Promise<{ slot: Slot; counselors: Counselor[] } | null> {
  // The point's counselors come with the lock: one round trip less per booking (ADR 28).
  const counselors = await lockPointWithCounselors(trx, point.id)
  if (!counselors) return null
  const fresh = await supportPointInTransaction(db, trx, {
    today: localDateOf(now, point.zone),
    locationId: point.id,
  })
  const slot = fresh ? findSlot({ ...fresh, booked: new Map(), now, staff }, start) : null
  return slot ? { slot, counselors } : null
}

/**
 * Books one place, in one transaction: the slot must exist in the walk-in hours and lie
 * in the booking window. Who is told what is decided first (the outbox rows with their
 * recipes; the worker composes the messages, ADR 56); then one statement takes the
 * place by a conditional upsert on the slot's counter and, only when it got one, inserts
 * the booking and its outbox rows, so concurrent requests can never overbook
 * (docs/decisions/0002) and the counter row is locked from that statement to the commit
 * only (ADR 27).
 *
 * @example const outcome = await bookSlot(db, { point, start, details, source: 'online', now })
 */
export async function bookSlot(
  db: Db,
  request: {
    point: SupportPoint
    start: Date
    details: ClientDetails
    source: BookingSource
    /** The staff member who books for the client; they are the booking's `booked_by`. */
    actor?: Actor | null
    /** The interface language the client booked in. */
    locale: string
    now: Date
    notify: NotifySettings
    /**
     * Someone who walked in, registered at the desk (issue 15): the slot may have begun and
     * the minimum notice does not apply, they hold a kept-free seat first, they count as
     * arrived, and no invitation is sent for a conversation that is happening now (ADR 23).
     */
    walkIn?: boolean
  },
): Promise<BookingOutcome> {
  const { point, details, now } = request
  const walkIn = request.walkIn === true
  const slot = findSlot({ ...point, booked: new Map(), now, staff: walkIn }, request.start)
  if (!slot) return { ok: false, error: 'slot_unavailable' }
  const { token, hash } = newToken()

  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await inTransaction(db, async (trx): Promise<BookingOutcome> => {
        const locked = await slotUnderScheduleLock(db, trx, point, request.start, now, walkIn)
        if (!locked) return { ok: false, error: 'slot_unavailable' }
        const current = locked.slot
        // The row as the database will hold it, so its messages' recipes can be written by
        // the one statement that writes the booking.
        const draft = draftBooking({
          point,
          slot: current,
          details,
          source: request.source,
          bookedBy: request.actor?.staffId,
          locale: request.locale,
          now,
          tokenHash: hash,
          walkIn,
        })
        const entries = walkIn
          ? []
          : await changeMessages(
              trx,
              {
                booking: draft,
                point,
                baseUrl: request.notify.baseUrl,
                mailFrom: request.notify.mailFrom,
              },
              { type: 'created' },
              { token, reminderHours: request.notify.reminderHours, counselors: locked.counselors },
            )
        const limits = walkIn
          ? ({ walkIn: true, counselors: current.counselors } as const)
          : { capacity: current.capacity, walkInSeats: point.rules.walkInSeats }
        const booking = await insertBookingWithPlace(
          trx,
          draft,
          limits,
          entries.map((entry) => ({
            kind: entry.kind,
            recipient: entry.recipient,
            messageId: entry.messageId,
            // The recipe, composed by the worker when it sends the message (ADR 56).
            message: storedMessage(entry),
            nextAttemptAt: entry.notBefore ?? now,
          })),
          now,
        )
        // A full slot: the statement wrote nothing, the transaction holds only its lock.
        if (!booking) return { ok: false, error: 'slot_full' }
        await auditChange(trx, request.actor, 'booking.create', booking, now)
        return { ok: true, booking, token }
      })
      // Other processes heard of it from the booking's own statement (ADR 45).
      if (outcome.ok) availabilityChanged(point.id, { published: true })
      return outcome
    } catch (error) {
      // One in 10^11: two bookings drew the same reference. Draw again.
      if (attempt < 3 && isUniqueViolation(error, 'bookings_reference_key')) continue
      throw error
    }
  }
}

/**
 * The booking a manage link points to; undefined for a malformed or unknown token alike.
 *
 * @example const booking = await findBookingByToken(db, c.req.param('token'))
 */
export async function findBookingByToken(db: Db, token: string): Promise<BookingRow | undefined> {
  if (!isWellFormedToken(token)) return undefined
  return findBookingByTokenHash(db, hashToken(token))
}

/** A booking can be changed until its start, unless it was cancelled. */
export function isChangeable(booking: BookingRow, now: Date): boolean {
  return booking.status === 'active' && booking.starts_at.getTime() > now.getTime()
}

/**
 * Cancels a booking and gives its place back, in one transaction. Cancelling a
 * cancelled booking changes nothing and still succeeds.
 *
 * @example await cancelBooking(db, { bookingId, by: 'client', now })
 */
export async function cancelBooking(
  db: Db,
  request: {
    bookingId: string
    by: 'client' | 'staff'
    now: Date
    point: SupportPoint
    notify: NotifySettings
    /** Staff say why, in plain words; kept with the booking. */
    reason?: string | null
    /** The reason staff picked from the short list (domain/cancel-reasons.ts). */
    reasonCode?: CancelReasonCode | null
    /** The staff member who cancels: written to the audit log in the same transaction. */
    staffId?: string | null
    /** The same, with a word for the audit log; `staffId` is its short form. */
    actor?: Actor | null
  },
): Promise<
  { ok: true; booking: BookingRow; changed: boolean } | { ok: false; error: BookingError }
> {
  const outcome = await inTransaction(db, async (trx) => {
    const booking = await findBookingById(trx, request.bookingId, { forUpdate: true })
    if (!booking) return { ok: false, error: 'not_changeable' } as const
    if (booking.status === 'cancelled') return { ok: true, booking, changed: false } as const
    if (!isChangeable(booking, request.now)) return { ok: false, error: 'not_changeable' } as const
    await releasePlace(trx, booking.location_id, booking.starts_at, { walkIn: booking.walk_in })
    const cancelled = await trx
      .updateTable('bookings')
      .set({
        status: 'cancelled',
        cancelled_by: request.by,
        cancelled_at: request.now,
        cancel_reason: request.reason ?? null,
        cancel_reason_code: request.reasonCode ?? null,
        updated_at: request.now,
        sequence: booking.sequence + 1,
      })
      .where('id', '=', booking.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    const actor = request.actor ?? (request.staffId ? { staffId: request.staffId } : null)
    await auditChange(trx, actor, 'booking.cancel', booking, request.now)
    await notifyChange(
      trx,
      { booking: cancelled, point: request.point, ...request.notify },
      { type: 'cancelled', by: request.by },
      { token: null, reminderHours: request.notify.reminderHours, now: request.now },
    )
    return { ok: true, booking: cancelled, changed: true } as const
  })
  if (outcome.ok && outcome.changed) availabilityChanged(outcome.booking.location_id)
  return outcome
}

/**
 * Moves a booking to another slot of the same support point. The new place is taken and
 * the old one released in one transaction, so the client never holds two places and
 * never loses the old one when the new slot is full.
 *
 * @example await rescheduleBooking(db, { bookingId, point, start, now })
 */
export async function rescheduleBooking(
  db: Db,
  request: {
    bookingId: string
    point: SupportPoint
    start: Date
    now: Date
    /** The manage token, when the client moved it themselves: their notice links back. */
    token: string | null
    notify: NotifySettings
    /** The staff member who moves it for the client: audited in the same transaction. */
    actor?: Actor | null
  },
): Promise<{ ok: true; booking: BookingRow } | { ok: false; error: BookingError }> {
  const { point } = request
  const slot = findSlot({ ...point, booked: new Map(), now: request.now }, request.start)
  const outcome = await inTransaction(db, async (trx) => {
    const booking = await findBookingById(trx, request.bookingId, { forUpdate: true })
    if (!booking || booking.location_id !== point.id || !isChangeable(booking, request.now)) {
      return { ok: false, error: 'not_changeable' } as const
    }
    if (!slot) return { ok: false, error: 'slot_unavailable' } as const
    const locked = await slotUnderScheduleLock(db, trx, point, request.start, request.now)
    if (!locked) return { ok: false, error: 'slot_unavailable' } as const
    const current = locked.slot
    const startsAt = current.start.toJSDate()
    if (startsAt.getTime() === booking.starts_at.getTime()) return { ok: true, booking } as const
    const limits = { capacity: current.capacity, walkInSeats: point.rules.walkInSeats }
    if (!(await takePlace(trx, point.id, startsAt, limits))) {
      return { ok: false, error: 'slot_full' } as const
    }
    await releasePlace(trx, booking.location_id, booking.starts_at, { walkIn: booking.walk_in })
    const moved = await trx
      .updateTable('bookings')
      .set({
        starts_at: startsAt,
        ends_at: current.end.toJSDate(),
        updated_at: request.now,
        sequence: booking.sequence + 1,
      })
      .where('id', '=', booking.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    await auditChange(trx, request.actor, 'booking.move', moved, request.now)
    await notifyChange(
      trx,
      { booking: moved, point, ...request.notify },
      { type: 'moved' },
      {
        token: request.token,
        reminderHours: request.notify.reminderHours,
        now: request.now,
        counselors: locked.counselors,
      },
    )
    return { ok: true, booking: moved } as const
  })
  if (outcome.ok) availabilityChanged(point.id)
  return outcome
}
