import { renderSVG } from 'uqr'
import type { BookingCardView } from '../../views/pages/booking-card.js'
import type { ViewContext } from '../../views/context.js'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { catalogs, direction, isLocale } from '../i18n/locales.js'
import { describeSlot } from './slot-picker.js'

/**
 * The card to take along (issue 16), in the language the client booked in with the Dutch
 * beside it for the desk. `manageUrl` becomes its QR code; null prints a card without one.
 */
export function bookingCard(
  found: { booking: BookingRow; point: SupportPoint },
  view: ViewContext,
  manageUrl: string | null,
): BookingCardView {
  const { booking, point } = found
  const slot = { start: booking.starts_at, end: booking.ends_at }
  return {
    reference: booking.reference,
    whenLabel: describeSlot(slot, point.zone, view),
    whenLabelNl:
      view.locale === 'nl' ? null : describeSlot(slot, point.zone, { ...view, locale: 'nl' }),
    pointName: point.name,
    address: point.address,
    postalCode: point.postalCode,
    municipality: point.municipality,
    phone: point.phone,
    qrSvg: manageUrl ? renderSVG(manageUrl, { border: 2, pixelSize: 4 }) : null,
  }
}

/**
 * The client's own language for a page staff print for them: the language they speak when
 * the app has it (a volunteer's booking was made on a Dutch page), else the page's.
 */
export function clientView(booking: BookingRow, url: URL): ViewContext {
  const locale = isLocale(booking.language)
    ? booking.language
    : isLocale(booking.locale)
      ? booking.locale
      : 'nl'
  return { locale, t: catalogs[locale], dir: direction(locale), url }
}
