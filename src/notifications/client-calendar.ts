import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import type { Messages } from '../i18n/nl.js'

/**
 * The client's own copy of the appointment, to import into a phone calendar. The summary
 * carries the reference, never the name: calendars show on lock screens. The UID is the
 * booking's, the same one the counselors' invitations will carry.
 *
 * @example const ics = clientCalendar({ booking, point, t, baseUrl })
 */
export function clientCalendar(input: {
  booking: BookingRow
  point: SupportPoint
  t: Messages
  baseUrl: string
}): string {
  const { booking, point, t } = input
  const host = new URL(input.baseUrl).hostname
  const calendar = ical({
    prodId: { company: 'Spreekuur', product: 'spreekuur', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  })
  calendar.createEvent({
    id: `${booking.id}@${host}`,
    sequence: booking.sequence,
    start: booking.starts_at,
    end: booking.ends_at,
    stamp: booking.updated_at,
    summary: `${point.name} – ${booking.reference}`,
    location: `${point.address}, ${point.postalCode} ${point.municipality}`,
    description: `${t.referenceLabel}: ${booking.reference}\n${t.walkInStillOpen}`,
    status: ICalEventStatus.CONFIRMED,
  })
  return calendar.toString()
}
