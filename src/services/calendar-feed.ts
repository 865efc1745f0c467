import type { Db } from '../db/database.js'
import { loadSupportPoints } from '../db/locations.js'
import { catalogs } from '../i18n/locales.js'
import { LANGUAGE_ENDONYMS } from '../i18n/languages.js'
import {
  addBookingEvent,
  calendarText,
  eventOfBooking,
  newCalendar,
} from '../notifications/calendar.js'
import { localToday } from './directory.js'
import { hashToken, isWellFormedToken, newToken } from './tokens.js'

const PAST_DAYS = 7
const AHEAD_DAYS = 90

/**
 * Gives a staff member a new private calendar subscription link; the old one stops
 * working at once. Only the token's hash is stored.
 *
 * @example const token = await issueCalendarToken(db, staffId)
 */
export async function issueCalendarToken(db: Db, staffId: string): Promise<string> {
  const { token, hash } = newToken()
  await db
    .updateTable('staff')
    .set({ calendar_token_hash: hash })
    .where('id', '=', staffId)
    .execute()
  return token
}

/**
 * The subscription feed of a counselor: the active bookings at their support points
 * from a week ago to three months ahead, with the same UIDs as the invitations, so a
 * calendar that gets both shows each booking once. No client name or contact.
 * Undefined for an unknown token.
 */
export async function counselorFeed(
  db: Db,
  token: string,
  options: { now: Date; baseUrl: string },
): Promise<string | undefined> {
  if (!isWellFormedToken(token)) return undefined
  const staff = await db
    .selectFrom('staff')
    .select(['id'])
    .where('calendar_token_hash', '=', hashToken(token))
    .where('active', '=', true)
    .executeTakeFirst()
  if (!staff) return undefined
  const links = await db
    .selectFrom('staff_locations')
    .select('location_id')
    .where('staff_id', '=', staff.id)
    .execute()
  const locationIds = links.map((link) => link.location_id)
  const t = catalogs.nl
  const calendar = newCalendar(null, 'Europe/Amsterdam')
  calendar.name('Spreekuur')
  if (locationIds.length === 0) return calendarText(calendar)

  const points = new Map(
    (await loadSupportPoints(db, { today: localToday(options.now) }))
      .filter((point) => locationIds.includes(point.id))
      .map((point) => [point.id, point]),
  )
  const bookings = await db
    .selectFrom('bookings')
    .select([
      'id',
      'reference',
      'location_id',
      'starts_at',
      'ends_at',
      'sequence',
      'updated_at',
      'language',
      'interpreter',
    ])
    .where('location_id', 'in', locationIds)
    .where('status', '=', 'active')
    .where('starts_at', '>=', new Date(options.now.getTime() - PAST_DAYS * 86_400_000))
    .where('starts_at', '<', new Date(options.now.getTime() + AHEAD_DAYS * 86_400_000))
    .orderBy('starts_at')
    .execute()
  const host = new URL(options.baseUrl).hostname
  for (const booking of bookings) {
    const point = points.get(booking.location_id)
    if (!point) continue
    const language =
      LANGUAGE_ENDONYMS[booking.language as keyof typeof LANGUAGE_ENDONYMS] ?? t.languageOther
    addBookingEvent(calendar, {
      method: null,
      ...eventOfBooking(booking, point.zone),
      host,
      summary: t.calendarSummary(booking.reference, language, booking.interpreter),
      description: `${t.referenceLabel}: ${booking.reference}\n${t.staffPrivacy}`,
      location: `${point.name}, ${point.address}, ${point.postalCode} ${point.municipality}`,
    })
  }
  return calendarText(calendar)
}
