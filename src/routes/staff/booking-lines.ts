import { DateTime } from 'luxon'
import type { BookingLine } from '../../../views/staff/locations-conflict.js'
import type { AppEnv } from '../../app-env.js'
import { displayPhone } from '../../domain/phone.js'
import { formatDate, formatTimeRange } from '../../i18n/format.js'
import type { FutureBooking } from '../../services/schedule.js'
import type { Context } from 'hono'

/** Bookings a change would cancel, as the conflict pages list them (in the point's zone). */
export function bookingLines(
  c: Context<AppEnv>,
  point: { timezone: string },
  bookings: FutureBooking[],
): BookingLine[] {
  const locale = c.get('staff').locale
  return bookings.map((b) => {
    const start = DateTime.fromJSDate(b.startsAt, { zone: point.timezone })
    const end = DateTime.fromJSDate(b.endsAt, { zone: point.timezone })
    return {
      when: `${formatDate(start, locale, true)}, ${formatTimeRange(start, end, locale)}`,
      reference: b.reference,
      language: b.language,
      toldBy: b.toldBy,
      phoneToCall: b.toldBy.length === 0 && b.phone ? displayPhone(b.phone) : null,
    }
  })
}
