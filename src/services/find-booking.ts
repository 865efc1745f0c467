import { audit } from './audit.js'
import { randomUUID } from 'node:crypto'
import { findBookingByReference, replaceManageToken } from '../db/bookings.js'
import type { Db } from '../db/database.js'
import { loadSupportPoints } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import { isPlausibleEmail } from '../domain/booking-form.js'
import { parsePhone } from '../domain/phone.js'
import { normalizeReference } from '../domain/reference.js'
import { clientMessages, clientTexts, type OutboxEntry } from '../notifications/compose.js'
import { enqueue } from '../notifications/outbox.js'
import type { NotifySettings } from './booking.js'
import { isChangeable } from './booking.js'
import { localToday } from './directory.js'
import { hitRateLimit } from './rate-limit.js'
import { newToken } from './tokens.js'

/**
 * "Find my appointment" (issue 16): a client who lost the manage link types the code on
 * their card and the phone number or email they gave. When both match a booking still to
 * come, a new link goes to that address or number (the old link stops working); the
 * answer is the same either way, so the form tells nobody whether a code exists.
 */

/** Per code and per hour: enough for a client who mistyped, too few to probe with. */
export const RESEND_PER_CODE = { max: 3, windowSeconds: 3600 }

type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string }

/** What the client typed as their contact, read the way the booking stored it. */
export function readContact(typed: string): Contact | null {
  const value = typed.trim()
  if (value.includes('@')) {
    return isPlausibleEmail(value) ? { kind: 'email', value: value.toLowerCase() } : null
  }
  const parsed = parsePhone(value)
  if (parsed.ok) return { kind: 'phone', value: parsed.e164 }
  const digits = value.replace(/\D/g, '')
  return digits.length >= 6 ? { kind: 'phone', value: digits } : null
}

function matches(booking: BookingRow, contact: Contact): boolean {
  if (contact.kind === 'email') return booking.email?.toLowerCase() === contact.value
  if (!booking.phone) return false
  // A number kept as typed (not E.164) is compared by its digits.
  return booking.phone === contact.value || booking.phone.replace(/\D/g, '') === contact.value
}

/**
 * Sends the manage link again when the code and contact match an active booking to come.
 * Resolves the same way in every case; the work of sending happens in the outbox.
 *
 * @example await resendManageLink(db, { reference: 'K7QW D3MA', contact: '06 12345678', now, notify, texts: true })
 */
export async function resendManageLink(
  db: Db,
  request: {
    reference: string
    contact: string
    now: Date
    notify: NotifySettings
    /** Whether texts can be sent here (config.smsOffered). */
    texts: boolean
  },
): Promise<void> {
  const reference = normalizeReference(request.reference)
  const contact = readContact(request.contact)
  if (!reference || !contact) return
  // Counted for every code, known or not: the limit says nothing about which exist.
  const limit = await hitRateLimit(db, `resend:${reference}`, RESEND_PER_CODE, request.now)
  if (!limit.allowed) return
  const booking = await findBookingByReference(db, reference)
  if (!booking || !isChangeable(booking, request.now) || !matches(booking, contact)) return
  if (contact.kind === 'phone' && !request.texts) return
  const [point] = await loadSupportPoints(db, {
    today: localToday(request.now),
    locationId: booking.location_id,
    includeInactive: true,
  })
  if (!point) return
  const { token, hash } = newToken()
  const ctx = {
    booking: { ...booking, sms: contact.kind === 'phone' },
    point,
    baseUrl: request.notify.baseUrl,
    mailFrom: request.notify.mailFrom,
  }
  const composed =
    contact.kind === 'email'
      ? clientMessages(ctx, { type: 'created' }, { token, reminderHours: 0 })
      : clientTexts(ctx, { type: 'created' }, { token, reminderHours: 0 })
  const host = new URL(request.notify.baseUrl).hostname
  // A message of its own each time: the Message-ID of the first confirmation is taken. It is
  // written composed: a recipe would compose the confirmation, of another Message-ID.
  const entries: OutboxEntry[] = composed.map((entry) => ({
    ...entry,
    recipe: undefined,
    kind: contact.kind === 'email' ? 'client-link' : 'client-sms-link',
    messageId: `<${randomUUID()}@${host}>`,
  }))
  await inTransaction(db, async (trx) => {
    await replaceManageToken(trx, booking.id, hash, request.now)
    await enqueue(trx, entries, request.now)
  })
}

/**
 * A new private link for the card a staff member prints for the client who has none
 * (issue 16): the booking's link is replaced (one printed before stops working), audited
 * in the same transaction. Returns the token for the card's QR code.
 */
export async function newLinkForCard(
  db: Db,
  request: { bookingId: string; locationId: string; staffId: string; now: Date },
): Promise<string> {
  const { token, hash } = newToken()
  await inTransaction(db, async (trx) => {
    await replaceManageToken(trx, request.bookingId, hash, request.now)
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'booking.card-link',
        bookingId: request.bookingId,
        locationId: request.locationId,
      },
      request.now,
    )
  })
  return token
}
