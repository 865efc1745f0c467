import { clientCancelReason } from '../i18n/cancel-reasons.js'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { Email, type EmailFact } from './email.js'
import type { OutboxMessage } from '../db/schema.js'
import { formatDateAndTimes, isolateTyped } from '../i18n/format.js'
import { LANGUAGE_ENDONYMS } from '../i18n/languages.js'
import { catalogs, direction, isLocale, type Locale } from '../i18n/locales.js'
import { bookingCalendars, eventOfBooking } from './calendar.js'
import { clientCalendar } from './client-calendar.js'
import { cachedZone } from '../domain/cached-zone.js'
import {
  lazyEntry,
  mailFromParts,
  recipeContext,
  reminderTime,
  stableMessageId,
  type BookingChange,
  type ComposeContext,
  type OutboxEntry,
  type MessageBooking,
  type MessagePoint,
  type OutboxKind,
} from './message-parts.js'

// The one door services use to compose messages: the emails here, the texts beside them.
export { clientTexts } from './compose-texts.js'
export type { BookingChange, ComposeContext, OutboxEntry, OutboxKind } from './message-parts.js'

/** The address part of MAIL_FROM ("Spreekuur <no-reply@x>" → no-reply@x). */
export function senderAddress(mailFrom: string): { name: string; email: string } {
  const { name, address } = mailFromParts(mailFrom)
  return { name: name || 'Spreekuur', email: address }
}

function when(booking: MessageBooking, zone: string, locale: Locale): string {
  const start = DateTime.fromJSDate(booking.starts_at, { zone: cachedZone(zone) })
  const end = DateTime.fromJSDate(booking.ends_at, { zone: cachedZone(zone) })
  return formatDateAndTimes(start, end, locale)
}

function address(point: MessagePoint): string {
  return `${point.address}, ${point.postalCode} ${point.municipality}`
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
  const kind: OutboxKind = 'counselor-invitation'
  // Staff read Dutch or English, as their account says.
  const localeOf = (counselor: { locale?: string }): Locale =>
    counselor.locale === 'en' ? 'en' : 'nl'
  // What a locale's counselors are sent is the same but for the ATTENDEE line: written once
  // per locale, not once per counselor (ADR 52), and only when a message is first read.
  const shared = new Map<
    Locale,
    { subject: string; text: string; html: string; calendars: string[] }
  >()
  const sharedOf = (locale: Locale) => {
    const known = shared.get(locale)
    if (known) return known
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
    const body = `${intro}\n\n${factsText(facts, locale)}\n\n${t.staffPrivacy}\n${agendaLink}`
    const calendars = bookingCalendars(
      {
        method,
        ...eventOfBooking(booking, point.zone),
        host,
        summary: t.calendarSummary(booking.reference, language, booking.interpreter),
        description: body,
        location: `${point.name}, ${address(point)}`,
        organizer,
      },
      counselors
        .filter((counselor) => localeOf(counselor) === locale)
        .map((counselor) => ({ name: counselor.name, email: counselor.email })),
    )
    const made = {
      calendars,
      subject,
      text: `${body}\n`,
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
    }
    shared.set(locale, made)
    return made
  }
  const context = recipeContext(ctx, true)
  return counselors.map((counselor, at) => {
    // A locale's calendars are in the order of its counselors: this one's is at its place
    // among them.
    const locale = localeOf(counselor)
    const place = counselors.slice(0, at).filter((c) => localeOf(c) === locale).length
    return lazyEntry(
      {
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
        recipe: {
          of: 'invitation',
          change,
          context,
          counselor: {
            name: counselor.name,
            email: counselor.email,
            ...(counselor.locale ? { locale: counselor.locale } : {}),
          },
        },
      },
      () => {
        const { subject, text, html, calendars } = sharedOf(locale)
        return {
          to: counselor.email,
          subject,
          text,
          html,
          icalEvent: { method, content: calendars[place]! },
          attachments: [],
          headers: {},
        }
      },
    )
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
  const context = recipeContext(ctx, false)
  const entry = (
    kind: OutboxKind,
    subject: string,
    intro: string,
    extra: { attachIcs: boolean; withLink: boolean; notBefore: Date | null },
  ): OutboxEntry => {
    const shownLink = extra.withLink ? link : null
    const compose = (): OutboxMessage => {
      const lines = [intro, '', factsText(facts, locale)]
      if (kind !== 'client-cancelled')
        lines.push('', `${t.whatToBring}: ${t.whatToBringText}`, t.walkInStillOpen)
      if (shownLink) lines.push('', shownLink.label, shownLink.href)
      lines.push('', t.emailAutomatic)
      return {
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
      }
    }
    return lazyEntry(
      {
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
        recipe: {
          of: 'client-email',
          change,
          context,
          options: {
            // A message without the link is composed the same without the token, and a
            // reminder waits for days: its recipe does not keep it.
            token: extra.withLink ? options.token : null,
            reminderHours: options.reminderHours,
            fallbackRecipient: options.fallbackRecipient ?? null,
          },
        },
      },
      compose,
    )
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
