import type { Db } from '../../src/db/database.js'
import { loadSupportPoints } from '../../src/db/locations.js'
import type { BookingSource } from '../../src/db/schema.js'
import type { ClientDetails } from '../../src/domain/booking-form.js'
import { bookSlot, type NotifySettings } from '../../src/services/booking.js'
import { hashToken } from '../../src/services/tokens.js'
import { expect } from 'vitest'
import { testApp } from './app.js'

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

/** The public booking form as a client fills it in: no contact details, no note. */
export const FORM_CLIENT: Record<string, string> = {
  name: 'A. K.',
  language: 'ti',
  interpreter: 'no',
  topic: 'orientation',
  email: '',
  phone: '',
  note: '',
}

/**
 * Books one place as a client does: the public form posted at `now` (`fields` over
 * FORM_CLIENT, `query` such as '?lang=en' after the form's path), which must answer 303.
 * Returns the manage page's path (without its query) and the booking as stored.
 *
 * @example const { path, booking } = await bookThroughForm(db, { slug, start, now })
 */
export async function bookThroughForm(
  db: Db,
  request: {
    slug: string
    start: string
    now: Date
    fields?: Record<string, string>
    env?: Record<string, string>
    query?: string
  },
) {
  const { post } = testApp(db, { now: request.now, ...(request.env ? { env: request.env } : {}) })
  const res = await post(`/steunpunt/${request.slug}/afspraak${request.query ?? ''}`, {
    ...FORM_CLIENT,
    ...request.fields,
    start: request.start,
  })
  expect(res.status).toBe(303)
  const path = (res.headers.get('Location') ?? '').split('?')[0]!
  const booking = await db
    .selectFrom('bookings')
    .selectAll()
    .where('manage_token_hash', '=', hashToken(path.slice('/b/'.length)))
    .executeTakeFirstOrThrow()
  return { path, booking }
}
