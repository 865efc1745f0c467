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
  /** The message; for a booking's messages composed only when first read (ADR 56). */
  message: OutboxMessage
  /** What a booking's message is composed from, stored instead of it (ADR 56). */
  recipe?: MessageRecipe
  /** Not to be sent before this instant (reminders). */
  notBefore: Date | null
}

/** The columns of a booking its messages are made of: never the client's name, topic or note. */
export type MessageBooking = Pick<
  BookingRow,
  | 'id'
  | 'reference'
  | 'starts_at'
  | 'ends_at'
  | 'updated_at'
  | 'sequence'
  | 'language'
  | 'locale'
  | 'interpreter'
  | 'email'
  | 'phone'
  | 'sms'
  | 'cancel_reason'
  | 'cancel_reason_code'
>

/** What of a support point its messages show. */
export type MessagePoint = Pick<
  SupportPoint,
  'id' | 'name' | 'address' | 'postalCode' | 'municipality' | 'zone' | 'phone'
>

export interface ComposeContext {
  booking: MessageBooking
  point: MessagePoint
  baseUrl: string
  mailFrom: string
}

/**
 * What one outbox row of a booking change is composed from, written in the change's
 * transaction in place of the message, which the worker composes when it sends it (ADR 56):
 * the composer, its context and its options, exactly as the change called it. A counselor's
 * recipe holds only the booking's times, code, language and interpreter; a reminder's never
 * the manage token.
 */
export type MessageRecipe =
  | {
      of: 'invitation'
      change: BookingChange
      context: ComposeContext
      counselor: { name: string; email: string; locale?: string }
    }
  | {
      of: 'client-email'
      change: BookingChange
      context: ComposeContext
      options: { token: string | null; reminderHours: number; fallbackRecipient: string | null }
    }
  | {
      of: 'client-text'
      change: BookingChange
      context: ComposeContext
      options: { token: string | null; reminderHours: number }
    }

/**
 * The context a recipe keeps: the point's shown facts, and of the booking what its
 * messages use; for counselors (`forCounselors`) not even the client's contact details or
 * the reason staff gave, since their rows outlive the booking's erasure (retention.ts).
 */
export function recipeContext(ctx: ComposeContext, forCounselors: boolean): ComposeContext {
  const { booking: b, point: p } = ctx
  const client = !forCounselors
  return {
    baseUrl: ctx.baseUrl,
    mailFrom: ctx.mailFrom,
    point: {
      id: p.id,
      name: p.name,
      address: p.address,
      postalCode: p.postalCode,
      municipality: p.municipality,
      zone: p.zone,
      phone: p.phone,
    },
    booking: {
      id: b.id,
      reference: b.reference,
      starts_at: b.starts_at,
      ends_at: b.ends_at,
      updated_at: b.updated_at,
      sequence: b.sequence,
      language: b.language,
      locale: b.locale,
      interpreter: b.interpreter,
      email: client ? b.email : null,
      phone: client ? b.phone : null,
      sms: client && b.sms,
      cancel_reason: client ? b.cancel_reason : null,
      cancel_reason_code: client ? b.cancel_reason_code : null,
    },
  }
}

/**
 * An outbox entry whose message is composed when first read, and then kept: a booking
 * change stores the recipe instead, so its request does not pay for composing (ADR 56).
 */
export function lazyEntry(
  entry: Omit<OutboxEntry, 'message'>,
  compose: () => OutboxMessage,
): OutboxEntry {
  let message: OutboxMessage | undefined
  return {
    ...entry,
    get message() {
      return (message ??= compose())
    },
  }
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
export function reminderTime(
  booking: Pick<BookingRow, 'starts_at' | 'updated_at'>,
  reminderHours: number,
): Date | null {
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
