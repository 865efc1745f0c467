import type { Db } from '../db/database.js'
import { activePointsAmong, findActivePoint } from '../db/locations.js'
import { SLUG } from '../domain/text-rules.js'
import type { StaffPrincipal } from './auth.js'
import { mayActOnLocation } from './scope.js'

/**
 * The support points a coordinator manages (the admin: all of them), for the pages where
 * their details, hours, closures and extra sessions change. Closed points are not listed.
 */

type Viewer = Pick<StaffPrincipal, 'id' | 'role' | 'locationIds' | 'regionIds'>

export type ManagedPoint = NonNullable<Awaited<ReturnType<typeof findActivePoint>>>

/**
 * The active support point with this slug if the viewer may manage it; a point outside
 * their scope reads exactly like an unknown one (undefined).
 *
 * @example const point = await managedPoint(db, staff, 'utrecht-centrum')
 */
export async function managedPoint(
  db: Db,
  staff: Viewer,
  slug: string,
): Promise<ManagedPoint | undefined> {
  if (!SLUG.test(slug)) return undefined
  const point = await findActivePoint(db, slug)
  return point && mayActOnLocation(staff, point.id) ? point : undefined
}

/** The active support points the viewer manages, by region and name. */
export function managedPoints(db: Db, staff: Viewer) {
  return activePointsAmong(db, staff.role === 'admin' ? null : staff.locationIds)
}
