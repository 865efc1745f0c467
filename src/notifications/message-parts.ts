import { createHash } from 'node:crypto'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow, OutboxMessage } from '../db/schema.js'

/**
 * What every message about a booking is made of, email or text (compose.tsx,
 * compose-texts.ts): the change it tells of, the outbox entry it becomes, its stable
 * Message-ID and when its reminder goes.
 */

/** What happened to a booking, as far as the people involved need to hear. */
export type BookingChange =
  { type: 'created' } | { type: 'moved' } | { type: 'cancelled'; by: 'client' | 'staff' }

export type OutboxKind =
  | 'staff-account'
  | 'counselor-invitation'
  | 'client-confirmation'
  | 'client-moved'
  | 'client-cancelled'
  | 'client-reminder'
  | 'client-sms-confirmation'
  | 'client-sms-moved'
  | 'client-sms-cancelled'
  | 'client-sms-reminder'
  | 'client-link'
  | 'client-sms-link'

export interface OutboxEntry {
  kind: OutboxKind
  bookingId: string | null
  locationId: string | null
  recipient: string
  messageId: string
  message: OutboxMessage
  /** Not to be sent before this instant (reminders). */
  notBefore: Date | null
}

export interface ComposeContext {
  booking: BookingRow
  point: SupportPoint
  baseUrl: string
  mailFrom: string
}

/**
 * A Message-ID that is the same however often the message is retried: derived from the
 * booking, its revision, the kind and the recipient. A resend after a crash is then
 * recognisably the same message to mail clients and to our tests.
 */
export function stableMessageId(
  host: string,
  parts: { bookingId: string; sequence: number; kind: OutboxKind; recipient: string },
): string {
  const digest = createHash('sha256')
    .update(`${parts.bookingId}|${parts.sequence}|${parts.kind}|${parts.recipient.toLowerCase()}`)
    .digest('hex')
    .slice(0, 24)
  return `<${digest}.${parts.sequence}@${host}>`
}

/**
 * When the reminder goes, `reminderHours` before the appointment, or null when there is
 * none: reminders off, or booked (or moved) too close to the appointment for one.
 */
export function reminderTime(booking: BookingRow, reminderHours: number): Date | null {
  if (reminderHours === 0) return null
  const at = new Date(booking.starts_at.getTime() - reminderHours * 3600_000)
  return at.getTime() > booking.updated_at.getTime() ? at : null
}

/**
 * MAIL_FROM's name and address as written ("Spreekuur <no-reply@x>", or the address
 * alone): a quoted name ('"Spreekuur, Utrecht" <…>') without its quotes, which are
 * MAIL_FROM's syntax, not part of the name. The name is '' when there is none.
 *
 * @example mailFromParts('"Spreekuur, Utrecht" <a@x.nl>') // { name: 'Spreekuur, Utrecht', address: 'a@x.nl' }
 */
export function mailFromParts(mailFrom: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(mailFrom)
  if (!match) return { name: '', address: mailFrom.trim() }
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(match[1]!)
  return {
    name: quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : match[1]!,
    address: match[2]!.trim(),
  }
}
