import { randomBytes, randomUUID } from 'node:crypto'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow, BookingSource } from '../db/schema.js'
import type { ClientDetails } from '../domain/booking-form.js'
import { newReference } from '../domain/reference.js'
import type { Slot } from '../domain/slots.js'

/**
 * A new booking's row exactly as the database will hold it (its id, its reference and
 * every column the database would fill), made before anything is written so its messages
 * can be composed first and written in the same statement as the booking (ADR 27). A
 * column the booking sets must also be named in `insertBookingWithPlace`
 * (src/db/bookings.ts); booking-statement.test.ts compares this row with the stored one.
 *
 * @example const draft = draftBooking({ point, slot, details, source: 'online', locale: 'nl', now, tokenHash: hash })
 */
export function draftBooking(input: {
  point: SupportPoint
  slot: Slot
  details: ClientDetails
  source: BookingSource
  /** The staff member who books for the client. */
  bookedBy?: string | null
  locale: string
  now: Date
  tokenHash: string
  /** Someone who walked in, registered at the desk: arrived at once (ADR 23). */
  walkIn?: boolean
}): BookingRow {
  const { details, now } = input
  const walkIn = input.walkIn === true
  return {
    id: randomUUID(),
    reference: newReference((n) => randomBytes(n)),
    location_id: input.point.id,
    starts_at: input.slot.start.toJSDate(),
    ends_at: input.slot.end.toJSDate(),
    status: 'active',
    cancelled_by: null,
    cancelled_at: null,
    source: input.source,
    booked_by: input.bookedBy ?? null,
    language: details.language,
    locale: input.locale,
    interpreter: details.interpreter,
    topic: details.topic,
    name: details.name === '' ? null : details.name,
    email: details.email,
    phone: details.phone,
    note: details.note,
    manage_token_hash: input.tokenHash,
    sequence: 0,
    created_at: now,
    updated_at: now,
    erased_at: null,
    attendance: walkIn ? 'attended' : null,
    outcome: null,
    cancel_reason: null,
    cancel_reason_code: null,
    sms: details.sms === true && details.phone !== null,
    walk_in: walkIn,
    arrived_at: walkIn ? now : null,
    called_at: null,
    finished_at: null,
  }
}
