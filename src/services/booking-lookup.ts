import { bookingsBookedBy, findBookingBookedBy, type BookedByRow } from '../db/bookings.js'
import type { Db } from '../db/database.js'
import { loadSupportPoints, type SupportPoint } from '../db/locations.js'
import { cachedSupportPoints } from '../db/schedule-cache.js'
import type { BookingRow } from '../db/schema.js'
import { normalizeReference } from '../domain/reference.js'
import { SLUG } from '../domain/text-rules.js'
import { findBookingByToken } from './booking.js'
import { localToday } from './directory.js'

/**
 * Finding the support point and the booking a request is about, for every audience of the
 * booking flow (ADR 0018). Pages read points through the schedule cache; staff pages read
 * the database, as they did before the flow was shared.
 */

export type BookingAudienceName = 'public' | 'volunteer'

/** An active support point by its slug, as this audience finds it; undefined for a bad slug. */
export async function bookablePoint(
  db: Db,
  audience: BookingAudienceName,
  slug: string | undefined,
  now: Date,
): Promise<SupportPoint | undefined> {
  if (!slug || !SLUG.test(slug)) return undefined
  const options = { today: localToday(now), slug }
  if (audience === 'public') return (await cachedSupportPoints(db, options)).value[0]
  return (await loadSupportPoints(db, options))[0]
}

/** The booking behind a manage link, with its point (also a point closed since). */
export async function bookingByToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ booking: BookingRow; point: SupportPoint } | null> {
  const booking = await findBookingByToken(db, token)
  if (!booking) return null
  const {
    value: [point],
  } = await cachedSupportPoints(db, {
    includeInactive: true,
    today: localToday(now),
    locationId: booking.location_id,
  })
  return point ? { booking, point } : null
}

/** A booking `staffId` made, by its reference, with its (active) point; else null. */
export async function bookingBookedBy(
  db: Db,
  staffId: string,
  rawReference: string,
  now: Date,
): Promise<{ booking: BookingRow; point: SupportPoint } | null> {
  const reference = normalizeReference(rawReference)
  if (!reference) return null
  const booking = await findBookingBookedBy(db, reference, staffId)
  if (!booking) return null
  const [point] = await loadSupportPoints(db, {
    today: localToday(now),
    locationId: booking.location_id,
  })
  return point ? { booking, point } : null
}

/** The support points a volunteer may book at. */
export function pointsToBookAt(db: Db, now: Date): Promise<SupportPoint[]> {
  return loadSupportPoints(db, { today: localToday(now) })
}

export type { BookedByRow }

/** "My bookings": what `staffId` booked for clients. */
export function listBookedBy(
  db: Db,
  staffId: string,
  now: Date,
  limit: number,
): Promise<{ upcoming: BookedByRow[]; past: BookedByRow[] }> {
  return bookingsBookedBy(db, staffId, now, limit)
}
