import type { Db } from '../../src/db/database.js'
import { loadSupportPoints } from '../../src/db/locations.js'
import type { BookingSource } from '../../src/db/schema.js'
import type { ClientDetails } from '../../src/domain/booking-form.js'
import { bookSlot, type NotifySettings } from '../../src/services/booking.js'

/** A client as the booking form would pass them, with no contact details. */
export const CLIENT: ClientDetails = {
  name: 'K.',
  language: 'ar',
  interpreter: false,
  topic: 'unspecified',
  email: null,
  phone: null,
  note: null,
}

export const NOTIFY: NotifySettings = {
  baseUrl: 'http://spreekuur.test',
  mailFrom: 'Spreekuur <noreply@example.org>',
  reminderHours: 24,
}

/**
 * Books one place through the booking service, the one path every audience takes; a
 * booking that cannot be made throws, with the reason. `bookedBy` books as that staff
 * member (a volunteer), with their audit row.
 *
 * @example const { booking, token } = await bookDirect(db, { locationId, start, now })
 */
export async function bookDirect(
  db: Db,
  request: {
    locationId: string
    start: string | Date
    now: Date
    details?: Partial<ClientDetails>
    source?: BookingSource
    bookedBy?: string | null
    locale?: string
    notify?: Partial<NotifySettings>
  },
) {
  const [point] = await loadSupportPoints(db, {
    today: request.now.toISOString().slice(0, 10),
    locationId: request.locationId,
  })
  if (!point) throw new Error(`no active support point ${request.locationId}`)
  const outcome = await bookSlot(db, {
    point,
    start: new Date(request.start),
    details: { ...CLIENT, ...request.details },
    source: request.source ?? (request.bookedBy ? 'volunteer' : 'online'),
    actor: request.bookedBy ? { staffId: request.bookedBy } : null,
    locale: request.locale ?? 'nl',
    now: request.now,
    notify: { ...NOTIFY, ...request.notify },
  })
  if (!outcome.ok) throw new Error(`${String(request.start)}: ${outcome.error}`)
  return { ...outcome, point }
}
