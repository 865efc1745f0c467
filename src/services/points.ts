import { availabilityChanged } from './availability-events.js'
import type { Db } from '../db/database.js'
import { findPointWithRegion, listPointsWithRegion, loadSupportPoints } from '../db/locations.js'
import { isSlug } from '../domain/text-rules.js'
import type { Database, Role } from '../db/schema.js'
import type { Transaction } from 'kysely'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import { audit } from './audit.js'
import { endAllSessions } from './auth.js'
import type { NotifySettings } from './booking.js'
import { localToday } from './directory.js'
import { cancelForStaff, futureBookings, type FutureBooking } from './schedule.js'

/** The admin's support points: create, rename, move to another region, close and reopen. */

export type SaveOutcome = { ok: true; slug: string } | { ok: false; error: 'slug_taken' }

/** Every support point, open or closed, with its region (the admin's list). */
export function pointsOverview(db: Db) {
  return listPointsWithRegion(db)
}

/** A support point by slug, open or closed; undefined for anything that is no slug. */
export async function findPointBySlug(db: Db, slug: string) {
  return isSlug(slug) ? findPointWithRegion(db, slug) : undefined
}

export type AdminPoint = NonNullable<Awaited<ReturnType<typeof findPointWithRegion>>>

/** A new support point, as the admin types it; hours are added on its own page after. */
export interface NewPoint {
  regionId: string
  slug: string
  name: string
  municipality: string
  address: string
  postalCode: string
  directions: string | null
  phone: string | null
  timezone: string
  slotMinutes: number
  minNoticeMinutes: number
  horizonDays: number
  walkInSeats: number
}

/**
 * Creates an active support point without walk-in hours: it is listed, and bookable once
 * its coordinator adds hours.
 *
 * @example await createPoint(db, point, adminId, now)
 */
export async function createPoint(
  db: Db,
  point: NewPoint,
  staffId: string,
  now: Date,
): Promise<SaveOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('locations')
        .values({
          region_id: point.regionId,
          slug: point.slug,
          name: point.name,
          municipality: point.municipality,
          address: point.address,
          postal_code: point.postalCode,
          directions: point.directions,
          phone: point.phone,
          timezone: point.timezone,
          slot_minutes: point.slotMinutes,
          min_notice_minutes: point.minNoticeMinutes,
          horizon_days: point.horizonDays,
          walk_in_seats: point.walkInSeats,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(
        trx,
        { staffId, action: 'location.create', locationId: row.id, detail: `create ${point.slug}` },
        now,
      )
      return { ok: true, slug: point.slug } as const
    })
  } catch (error) {
    if (isUniqueViolation(error, 'locations_slug_key')) return { ok: false, error: 'slug_taken' }
    throw error
  }
}

/** Changes how a support point is named on the site; its slug (web address) stays. */
export async function renamePoint(
  db: Db,
  request: { locationId: string; name: string; municipality: string; staffId: string; now: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('locations')
      .select(['slug', 'name', 'municipality'])
      .where('id', '=', request.locationId)
      .forUpdate()
      .executeTakeFirstOrThrow()
    await trx
      .updateTable('locations')
      .set({ name: request.name, municipality: request.municipality })
      .where('id', '=', request.locationId)
      .execute()
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'location.rename',
        locationId: request.locationId,
        detail: `rename ${before.slug}: ${before.name} (${before.municipality}) -> ${request.name} (${request.municipality})`,
      },
      request.now,
    )
  })
  availabilityChanged(request.locationId)
}

/** Puts a support point in another region; its coordinators change with the region. */
export async function movePoint(
  db: Db,
  request: { locationId: string; regionId: string; staffId: string; now: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('locations as l')
      .innerJoin('regions as r', 'r.id', 'l.region_id')
      .select(['l.slug', 'r.slug as region'])
      .where('l.id', '=', request.locationId)
      .forUpdate()
      .executeTakeFirstOrThrow()
    const after = await trx
      .updateTable('locations')
      .set({ region_id: request.regionId })
      .where('id', '=', request.locationId)
      .returning((eb) =>
        eb.selectFrom('regions').select('slug').where('id', '=', request.regionId).as('region'),
      )
      .executeTakeFirstOrThrow()
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'location.move',
        locationId: request.locationId,
        detail: `move ${before.slug} from ${before.region} to ${after.region ?? request.regionId}`,
      },
      request.now,
    )
  })
  availabilityChanged(request.locationId)
}

export type DeactivateOutcome =
  | { status: 'deactivated'; cancelled: number }
  /** Nothing changed: bookings to come need a decision. `stale` when the list changed. */
  | { status: 'conflict'; affected: FutureBooking[]; stale: boolean }
  | { status: 'not_found' }

/**
 * Closes a support point: it leaves the public site and takes no more bookings. Active
 * bookings still to come are never dropped silently: without a confirmation made on
 * exactly their list, nothing changes and they come back. Confirmed, they are cancelled
 * first (each in its own transaction, while the point still exists for the client's
 * manage link and the notices), then the point closes under its row lock, and only if
 * no booking came in meanwhile.
 *
 * @example await deactivatePoint(db, { locationId, staffId, now, notify, confirm: null })
 */
export async function deactivatePoint(
  db: Db,
  request: {
    locationId: string
    staffId: string
    now: Date
    notify: NotifySettings
    confirm: { affectedIds: string[]; reason: string } | null
  },
): Promise<DeactivateOutcome> {
  const { locationId, now, confirm } = request
  const upcoming = await futureBookings(db, locationId, now)
  let cancelled = 0
  if (upcoming.length > 0) {
    if (!confirm || !sameIds(confirm.affectedIds, upcoming)) {
      return { status: 'conflict', affected: upcoming, stale: confirm !== null }
    }
    const [point] = await loadSupportPoints(db, { today: localToday(now), locationId })
    if (!point) return { status: 'not_found' }
    cancelled = await cancelForStaff(db, point, upcoming, {
      now,
      notify: request.notify,
      reason: confirm.reason,
      staffId: request.staffId,
    })
  }
  const outcome = await inTransaction(db, async (trx) => {
    // Bookings take this row FOR SHARE, so none can slip in between the check and the close.
    const locked = await trx
      .selectFrom('locations')
      .select(['slug', 'active'])
      .where('id', '=', locationId)
      .forUpdate()
      .executeTakeFirst()
    if (!locked || !locked.active) return { status: 'not_found' } as const
    const late = await futureBookings(trx, locationId, now)
    if (late.length > 0) return { status: 'conflict', affected: late, stale: true } as const
    await trx.updateTable('locations').set({ active: false }).where('id', '=', locationId).execute()
    // Reports count no places from this moment until a reopening (ADR 9). A point reopened
    // by SQL still has its last closing open: it ends now, before the new one starts.
    await endClosing(trx, locationId, now)
    await trx
      .insertInto('location_closed_periods')
      .values({ location_id: locationId, closed_at: now, reopened_at: null })
      .execute()
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'location.deactivate',
        locationId,
        detail: `deactivate ${locked.slug}; cancelled ${cancelled}`,
      },
      now,
    )
    return { status: 'deactivated', cancelled } as const
  })
  if (outcome.status === 'deactivated') availabilityChanged(locationId)
  return outcome
}

/**
 * Opens a closed support point again, with the hours it had; reports count its places
 * again from `now`.
 *
 * @example await reactivatePoint(db, { locationId, staffId, now })
 */
export async function reactivatePoint(
  db: Db,
  request: { locationId: string; staffId: string; now: Date },
): Promise<boolean> {
  const reopened = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('locations')
      .set({ active: true })
      .where('id', '=', request.locationId)
      .where('active', '=', false)
      .returning('slug')
      .executeTakeFirst()
    if (!row) return false
    await endClosing(trx, request.locationId, request.now)
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'location.reactivate',
        locationId: request.locationId,
        detail: `reactivate ${row.slug}`,
      },
      request.now,
    )
    return true
  })
  if (reopened) availabilityChanged(request.locationId)
  return reopened
}

function sameIds(ids: string[], bookings: FutureBooking[]): boolean {
  const wanted = new Set(ids)
  return wanted.size === bookings.length && bookings.every((b) => wanted.has(b.id))
}

/** Ends the point's closing that is still open, if any, at `at` (reports count from then). */
async function endClosing(trx: Transaction<Database>, locationId: string, at: Date): Promise<void> {
  await trx
    .updateTable('location_closed_periods')
    .set({ reopened_at: at })
    .where('location_id', '=', locationId)
    .where('reopened_at', 'is', null)
    .execute()
}
