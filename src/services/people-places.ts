import type { Db } from '../db/database.js'
import {
  linkLocation,
  linkRegionRow,
  locationIdsOf,
  lockStaffRole,
  regionIdsOf,
  regionSlug,
  unlinkLocations,
  unlinkRegions,
} from '../db/people.js'
import { inTransaction } from '../db/transaction.js'
import { audit } from './audit.js'
import type { Person } from './people.js'

/**
 * A staff account's places: a counselor's support points, a volunteer's or coordinator's
 * regions. Each link and unlink is one transaction under the person's row lock, with its
 * audit row; the last place is never taken (deactivate the person instead). Whether the
 * viewer may is asked before, of services/scope.ts.
 */

/** Links a counselor to a support point. False when they already were. */
export async function assignLocation(
  db: Db,
  request: { person: Person; locationId: string; by: string; now: Date },
): Promise<boolean | 'stale'> {
  const { person, locationId } = request
  return inTransaction(db, async (trx) => {
    // Checked again under the person's row lock: a role change may have come in between.
    if ((await lockStaffRole(trx, person.id)) !== 'counselor') return 'stale' as const
    if (!(await linkLocation(trx, person.id, locationId))) return false
    await audit(
      trx,
      { staffId: request.by, action: 'staff.assign', locationId, detail: `assign ${person.email}` },
      request.now,
    )
    return true
  })
}

/**
 * Unlinks a counselor from a support point, never from their last one: without a support
 * point they would drop out of every coordinator's view (deactivate them instead).
 */
export async function unassignLocation(
  db: Db,
  request: { person: Person; locationId: string; by: string; now: Date },
): Promise<'removed' | 'last' | 'not_linked'> {
  const { person, locationId } = request
  return inTransaction(db, async (trx) => {
    // The person's row lock keeps two removals at once from leaving them with none.
    await lockStaffRole(trx, person.id, 'update')
    const links = await locationIdsOf(trx, person.id)
    if (!links.includes(locationId)) return 'not_linked' as const
    if (links.length === 1) return 'last' as const
    await unlinkLocations(trx, person.id, locationId)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.unassign',
        locationId,
        detail: `unassign ${person.email}`,
      },
      request.now,
    )
    return 'removed' as const
  })
}

/**
 * Links a volunteer or coordinator to a region. False when they already were.
 *
 * @example await linkRegion(db, { person, regionId, by: admin.id, now })
 */
export async function linkRegion(
  db: Db,
  request: { person: Person; regionId: string; by: string; now: Date },
): Promise<boolean | 'stale'> {
  return inTransaction(db, async (trx) => {
    const role = await lockStaffRole(trx, request.person.id)
    if (role !== 'volunteer' && role !== 'coordinator') return 'stale' as const
    if (!(await linkRegionRow(trx, request.person.id, request.regionId))) return false
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.assign-region',
        detail: `assign ${request.person.email} to region ${await regionSlug(trx, request.regionId)}`,
      },
      request.now,
    )
    return true
  })
}

/**
 * Unlinks a volunteer or coordinator from a region, never from their last one: without a
 * region they would drop out of every coordinator's view (deactivate them instead).
 */
export async function unlinkRegion(
  db: Db,
  request: { person: Person; regionId: string; by: string; now: Date },
): Promise<'removed' | 'last' | 'not_linked'> {
  return inTransaction(db, async (trx) => {
    // The person's row lock keeps two removals at once from leaving them with none.
    await lockStaffRole(trx, request.person.id, 'update')
    const links = await regionIdsOf(trx, request.person.id)
    if (!links.includes(request.regionId)) return 'not_linked' as const
    if (links.length === 1) return 'last' as const
    await unlinkRegions(trx, request.person.id, request.regionId)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.unassign-region',
        detail: `unassign ${request.person.email} from region ${await regionSlug(trx, request.regionId)}`,
      },
      request.now,
    )
    return 'removed' as const
  })
}
