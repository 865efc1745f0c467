import { clientCancelReason } from '../i18n/cancel-reasons.js'
import { createHash, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { Email, type EmailFact } from './email.js'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow, OutboxMessage } from '../db/schema.js'
import { formatDate, formatTime, formatTimeRange, isolateTyped } from '../i18n/format.js'
import { smsTexts } from '../i18n/sms.js'
import { LANGUAGE_ENDONYMS } from '../i18n/languages.js'
import { catalogs, direction, isLocale, type Locale } from '../i18n/locales.js'
import type { Messages } from '../i18n/nl.js'
import { bookingCalendar } from './calendar.js'
import { clientCalendar } from './client-calendar.js'
import { cachedZone } from '../domain/cached-zone.js'

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

/** The address part of MAIL_FROM ("Spreekuur <no-reply@x>" → no-reply@x). */
export function senderAddress(mailFrom: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(mailFrom)
  return match
    ? { name: match[1] || 'Spreekuur', email: match[2]! }
    : { name: 'Spreekuur', email: mailFrom.trim() }
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

function when(booking: BookingRow, zone: string, locale: Locale): string {
  const start = DateTime.fromJSDate(booking.starts_at, { zone: cachedZone(zone) })
  const end = DateTime.fromJSDate(booking.ends_at, { zone: cachedZone(zone) })
  return `${formatDate(start, locale)}, ${formatTimeRange(start, end, locale)}`
}

function address(point: SupportPoint): string {
  return `${point.address}, ${point.postalCode} ${point.municipality}`
}

/**
 * When the reminder goes, `reminderHours` before the appointment, or null when there is
 * none: reminders off, or booked (or moved) too close to the appointment for one.
 */
function reminderTime(booking: BookingRow, reminderHours: number): Date | null {
  if (reminderHours === 0) return null
  const at = new Date(booking.starts_at.getTime() - reminderHours * 3600_000)
  return at.getTime() > booking.updated_at.getTime() ? at : null
}

function renderEmail(node: unknown): string {
  return `<!DOCTYPE html>${String(node)}`
}

/** The facts as plain text lines; in Arabic and Farsi the Dutch and the numbers isolated. */
function factsText(facts: EmailFact[], locale: Locale): string {
  const rtl = direction(locale) === 'rtl'
  const value = (fact: EmailFact) =>
    !rtl || !fact.text
      ? fact.value
      : fact.text === 'typed'
        ? isolateTyped(fact.value, locale)
        : `\u2066${fact.value}\u2069`
  return facts.map((fact) => `${fact.label}: ${value(fact)}`).join('\n')
}

/**
 * One invitation per counselor: METHOD:REQUEST when a booking is made or moved,
 * METHOD:CANCEL when it is cancelled, always with the booking's UID and SEQUENCE. The
 * client's name, email and phone are never part of it.
 */
export function counselorInvitations(
  ctx: ComposeContext,
  change: BookingChange,
  counselors: Array<{ name: string; email: string; locale?: string }>,
): OutboxEntry[] {
  const { booking, point } = ctx
  const host = new URL(ctx.baseUrl).hostname
  const organizer = senderAddress(ctx.mailFrom)
  const method = change.type === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const agendaLink = `${ctx.baseUrl}/staff/agenda/afspraak/${booking.reference}`
  return counselors.map((counselor) => {
    // Staff read Dutch or English, as their account says.
    const locale: Locale = counselor.locale === 'en' ? 'en' : 'nl'
    const t = catalogs[locale]
    const label = when(booking, point.zone, locale)
    const language =
      booking.language === 'other'
        ? t.languageOther
        : (LANGUAGE_ENDONYMS[booking.language as keyof typeof LANGUAGE_ENDONYMS] ??
          booking.language)
    const subject =
      change.type === 'created'
        ? t.staffNewSubject(booking.reference, label, point.name)
        : change.type === 'moved'
          ? t.staffMovedSubject(booking.reference, label, point.name)
          : t.staffCancelledSubject(booking.reference, label, point.name)
    const intro =
      change.type === 'created'
        ? t.staffNewIntro
        : change.type === 'moved'
          ? t.staffMovedIntro
          : t.staffCancelledIntro(change.by)
    const facts: EmailFact[] = [
      // Addressed to the counselor: "Uw code" is what the client reads.
      { label: t.staffReferenceLabel, value: booking.reference },
      { label: t.when, value: label },
      { label: t.where, value: `${point.name}, ${address(point)}` },
      { label: t.staffLanguage, value: language },
      { label: t.staffInterpreter, value: booking.interpreter ? t.yes : t.no },
    ]
    const kind: OutboxKind = 'counselor-invitation'
    const content = bookingCalendar({
      method,
      bookingId: booking.id,
      sequence: booking.sequence,
      start: booking.starts_at,
      end: booking.ends_at,
      zone: point.zone,
      stamp: booking.updated_at,
      host,
      summary: t.calendarSummary(booking.reference, language, booking.interpreter),
      description: `${intro}\n\n${factsText(facts, locale)}\n\n${t.staffPrivacy}\n${agendaLink}`,
      location: `${point.name}, ${address(point)}`,
      organizer,
      attendee: { name: counselor.name, email: counselor.email },
    })
    return {
      kind,
      bookingId: booking.id,
      locationId: point.id,
      recipient: counselor.email,
      messageId: stableMessageId(host, {
        bookingId: booking.id,
        sequence: booking.sequence,
        kind,
        recipient: counselor.email,
      }),
      notBefore: null,
      message: {
        to: counselor.email,
        subject,
        text: `${intro}\n\n${factsText(facts, locale)}\n\n${t.staffPrivacy}\n${agendaLink}\n`,
        html: renderEmail(
          <Email
            lang={locale}
            dir="ltr"
            title={subject}
            intro={intro}
            facts={facts}
            link={{ label: t.staffAgendaLink, href: agendaLink }}
            footer={t.staffPrivacy}
          />,
        ),
        icalEvent: { method, content },
        attachments: [],
        headers: {},
      },
    }
  })
}

/**
 * What the client hears, in the language they booked in, when they gave an email:
 * a confirmation (with the .ics attached), a notice of a move or cancellation, and a
 * reminder `reminderHours` before the appointment when it was booked longer ahead.
 * Reminders carry no manage link: it would sit in the outbox, unhashed, for days.
 */
export function clientMessages(
  ctx: ComposeContext,
  change: BookingChange,
  options: {
    token: string | null
    reminderHours: number
    /** Who hears it when the client gave no email: the volunteer who booked. */
    fallbackRecipient?: string | null
  },
): OutboxEntry[] {
  const { booking, point } = ctx
  const recipient = booking.email ?? options.fallbackRecipient ?? null
  if (!recipient) return []
  const locale: Locale = isLocale(booking.locale) ? booking.locale : 'nl'
  const t = catalogs[locale]
  const host = new URL(ctx.baseUrl).hostname
  const facts: EmailFact[] = [
    { label: t.referenceLabel, value: booking.reference },
    { label: t.when, value: when(booking, point.zone, locale) },
    { label: t.where, value: `${point.name}, ${address(point)}`, text: 'typed' },
    // Every email says whom to call (issue 16); a text has it too.
    ...(point.phone ? [{ label: t.cardPhone, value: point.phone, text: 'ltr' as const }] : []),
  ]
  const link = options.token
    ? { label: t.emailManage, href: `${ctx.baseUrl}/b/${options.token}` }
    : null
  const entry = (
    kind: OutboxKind,
    subject: string,
    intro: string,
    extra: { attachIcs: boolean; withLink: boolean; notBefore: Date | null },
  ): OutboxEntry => {
    const shownLink = extra.withLink ? link : null
    const lines = [intro, '', factsText(facts, locale)]
    if (kind !== 'client-cancelled')
      lines.push('', `${t.whatToBring}: ${t.whatToBringText}`, t.walkInStillOpen)
    if (shownLink) lines.push('', shownLink.label, shownLink.href)
    lines.push('', t.emailAutomatic)
    return {
      kind,
      bookingId: booking.id,
      locationId: point.id,
      recipient,
      messageId: stableMessageId(host, {
        bookingId: booking.id,
        sequence: booking.sequence,
        kind,
        recipient,
      }),
      notBefore: extra.notBefore,
      message: {
        to: recipient,
        subject: `${t.appName}: ${subject}`,
        text: `${lines.join('\n')}\n`,
        html: renderEmail(
          <Email
            lang={locale}
            dir={direction(locale)}
            title={subject}
            intro={intro}
            facts={facts}
            link={shownLink}
            footer={t.emailAutomatic}
          >
            {kind !== 'client-cancelled' ? (
              <>
                <p>
                  <strong>{t.whatToBring}</strong>
                  <br />
                  {t.whatToBringText}
                </p>
                <p>{t.walkInStillOpen}</p>
              </>
            ) : null}
          </Email>,
        ),
        icalEvent: null,
        attachments: extra.attachIcs
          ? [
              {
                filename: `afspraak-${booking.reference}.ics`,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                // The same copy as the download button's (client-calendar.ts).
                content: clientCalendar({ booking, point, t, baseUrl: ctx.baseUrl }),
              },
            ]
          : [],
        headers: {},
        // Never after the appointment has begun (after an outage an 11:00 reminder went at 11:45).
        ...(kind === 'client-reminder' ? { expiresAt: booking.starts_at.toISOString() } : {}),
      },
    }
  }

  if (change.type === 'cancelled') {
    // Staff write their reason in Dutch or English; the form's own texts reach the client in
    // their language, anything typed is passed on as written.
    const reason = change.by === 'staff' ? clientCancelReason(t, booking) : null
    if (reason?.chosen) facts.push({ label: t.emailCancelReason, value: reason.chosen })
    if (reason?.typed)
      facts.push({
        label: reason.chosen ? t.emailCancelNote : t.emailCancelReason,
        value: reason.typed,
        text: 'typed',
      })
    const intro = change.by === 'client' ? t.emailCancelledByClient : t.emailCancelledByStaff
    return [
      entry('client-cancelled', t.emailCancelledSubject(booking.reference), intro, {
        attachIcs: false,
        withLink: false,
        notBefore: null,
      }),
    ]
  }
  const first =
    change.type === 'created'
      ? entry(
          'client-confirmation',
          t.emailConfirmedSubject(booking.reference),
          t.emailConfirmedIntro,
          {
            attachIcs: true,
            withLink: true,
            notBefore: null,
          },
        )
      : entry('client-moved', t.emailMovedSubject(booking.reference), t.emailMovedIntro, {
          attachIcs: true,
          withLink: true,
          notBefore: null,
        })
  const reminderAt = reminderTime(booking, options.reminderHours)
  if (!reminderAt) return [first]
  return [
    first,
    entry('client-reminder', t.emailReminderSubject(booking.reference), t.emailReminderIntro, {
      attachIcs: false,
      withLink: false,
      notBefore: reminderAt,
    }),
  ]
}

/**
 * The texts to a client who asked for them (issue 16, ADR 19): confirmation, moved,
 * cancelled (with the staff's reason) and a reminder, in the language they booked in.
 * Never their name or topic: texts show on lock screens. Written in the change's own
 * transaction, like the emails.
 */
export function clientTexts(
  ctx: ComposeContext,
  change: BookingChange,
  options: { token: string | null; reminderHours: number },
): OutboxEntry[] {
  const { booking, point } = ctx
  if (!booking.sms || !booking.phone) return []
  const locale: Locale = isLocale(booking.locale) ? booking.locale : 'nl'
  const texts = smsTexts(locale)
  const host = new URL(ctx.baseUrl).hostname
  const start = DateTime.fromJSDate(booking.starts_at, { zone: cachedZone(point.zone) })
  const reason =
    change.type === 'cancelled' && change.by === 'staff'
      ? clientCancelReason(catalogs[locale], booking)
      : null
  const facts = {
    reference: booking.reference,
    when: `${formatDate(start, locale)} ${formatTime(start, locale)}`,
    point: point.name,
    phone: point.phone,
    // Only where the client has just acted: a reminder waits in the outbox for days, and a
    // manage link should not wait there with it (the email reminder has none either).
    link: options.token ? `${ctx.baseUrl}/b/${options.token}` : '',
    // One line only: the reason in the client's language when staff picked one, else what
    // they typed; the page shows both.
    reason: reason?.chosen ?? reason?.typed ?? null,
    reasonTyped: reason ? !reason.chosen : false,
  }
  const text = (kind: OutboxKind, body: string, notBefore: Date | null): OutboxEntry => ({
    kind,
    bookingId: booking.id,
    locationId: point.id,
    recipient: booking.phone!,
    messageId: stableMessageId(host, {
      bookingId: booking.id,
      sequence: booking.sequence,
      kind,
      recipient: booking.phone!,
    }),
    notBefore,
    message: {
      channel: 'sms',
      to: booking.phone!,
      subject: kind,
      text: body,
      html: null,
      icalEvent: null,
      attachments: [],
      headers: {},
      ...(kind === 'client-sms-reminder' ? { expiresAt: booking.starts_at.toISOString() } : {}),
    },
  })
  if (change.type === 'cancelled') {
    return [text('client-sms-cancelled', texts.cancelled(facts), null)]
  }
  const first =
    change.type === 'created'
      ? text('client-sms-confirmation', texts.confirmation(facts), null)
      : text('client-sms-moved', texts.moved(facts), null)
  const reminderAt = reminderTime(booking, options.reminderHours)
  if (!reminderAt) return [first]
  return [first, text('client-sms-reminder', texts.reminder({ ...facts, link: '' }), reminderAt)]
}

/**
 * A plain-text email to a staff member about their account (invite, password reset).
 * The Message-ID is random: each link is a message of its own.
 */
export function staffAccountMessage(input: {
  to: string
  subject: string
  text: string
  baseUrl: string
}): OutboxEntry {
  const host = new URL(input.baseUrl).hostname
  return {
    kind: 'staff-account',
    bookingId: null,
    locationId: null,
    recipient: input.to,
    messageId: `<${randomUUID()}@${host}>`,
    notBefore: null,
    message: {
      to: input.to,
      subject: input.subject,
      text: `${input.text}\n`,
      html: null,
      icalEvent: null,
      attachments: [],
      headers: {},
    },
  }
}
