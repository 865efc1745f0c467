import type { SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import type { Messages } from '../i18n/nl.js'
import type { MessageBooking, MessagePoint } from './message-parts.js'
import { bookingCalendar, eventOfBooking } from './calendar.js'

/**
 * The client's own copy of the appointment (METHOD:PUBLISH), for the download button and
 * the confirmation email. The summary carries the reference, never the name: calendars
 * show on lock screens. The UID is the booking's, as in the counselors' invitations.
 *
 * @example const ics = clientCalendar({ booking, point, t, baseUrl })
 */
export function clientCalendar(input: {
  booking: MessageBooking
  point: MessagePoint
  t: Messages
  baseUrl: string
}): string {
  const { booking, point, t } = input
  return bookingCalendar({
    method: 'PUBLISH',
    ...eventOfBooking(booking, point.zone),
    host: new URL(input.baseUrl).hostname,
    summary: `${point.name} – ${booking.reference}`,
    location: `${point.address}, ${point.postalCode} ${point.municipality}`,
    description: clientCalendarDescription(booking, point, t),
    // A reminder the evening before is what the phone shows; the clients may have no email.
    alarm: { minutesBefore: 24 * 60, text: `${point.name} – ${booking.reference}` },
  })
}

/**
 * The words in the client's calendar entry: their code, the point's phone number to call,
 * and that walking in is always possible. No manage link: calendars are synced to clouds.
 */
export function clientCalendarDescription(
  booking: Pick<BookingRow, 'reference'>,
  point: Pick<SupportPoint, 'phone'>,
  t: Messages,
): string {
  return [
    `${t.referenceLabel}: ${booking.reference}`,
    ...(point.phone ? [`${t.cardPhone}: ${point.phone}`] : []),
    t.walkInStillOpen,
  ].join('\n')
}
