import { DateTime } from 'luxon'
import { cachedZone } from '../domain/cached-zone.js'
import { clientCancelReason } from '../i18n/cancel-reasons.js'
import { formatDate, formatTime } from '../i18n/format.js'
import { catalogs, isLocale, type Locale } from '../i18n/locales.js'
import { smsTexts } from '../i18n/sms.js'
import {
  lazyEntry,
  recipeContext,
  reminderTime,
  stableMessageId,
  type BookingChange,
  type ComposeContext,
  type OutboxEntry,
  type OutboxKind,
} from './message-parts.js'

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
  const context = recipeContext(ctx, false)
  const text = (kind: OutboxKind, body: () => string, notBefore: Date | null): OutboxEntry =>
    lazyEntry(
      {
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
        recipe: {
          of: 'client-text',
          change,
          context,
          // The reminder has no link: its recipe, waiting for days, keeps no token either.
          options: {
            token: kind === 'client-sms-reminder' ? null : options.token,
            reminderHours: options.reminderHours,
          },
        },
      },
      () => ({
        channel: 'sms',
        to: booking.phone!,
        subject: kind,
        text: body(),
        html: null,
        icalEvent: null,
        attachments: [],
        headers: {},
        ...(kind === 'client-sms-reminder' ? { expiresAt: booking.starts_at.toISOString() } : {}),
      }),
    )
  if (change.type === 'cancelled') {
    return [text('client-sms-cancelled', () => texts.cancelled(facts), null)]
  }
  const first =
    change.type === 'created'
      ? text('client-sms-confirmation', () => texts.confirmation(facts), null)
      : text('client-sms-moved', () => texts.moved(facts), null)
  const reminderAt = reminderTime(booking, options.reminderHours)
  if (!reminderAt) return [first]
  return [
    first,
    text('client-sms-reminder', () => texts.reminder({ ...facts, link: '' }), reminderAt),
  ]
}
