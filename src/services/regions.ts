import type { Db } from '../db/database.js'
import {
  coordinatorsNotIn,
  coordinatorsOf,
  findCoordinator,
  findRegionForAdmin,
  insertRegion,
  listRegions,
  lockRegion,
  pointsOfRegion,
  projectLeaderChoices,
  updateRegionRow,
  type RegionOverview,
} from '../db/regions.js'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import { isUuid } from '../domain/uuid.js'
import { audit } from './audit.js'
import type { SaveOutcome } from './points.js'

/** The admin's regions: name, web address, project leader and coordinators. */

/** What the admin types for a region. */
export interface RegionInput {
  name: string
  slug: string
  projectLeaderId: string | null
}

export function regionsOverview(db: Db): Promise<RegionOverview[]> {
  return listRegions(db)
}

export function findRegionBySlug(db: Db, slug: string) {
  return findRegionForAdmin(db, slug)
}

/** A region's coordinators, the coordinators who could be added, and its support points. */
export async function regionDetail(db: Db, regionId: string) {
  const [coordinators, addable, points] = await Promise.all([
    coordinatorsOf(db, regionId),
    coordinatorsNotIn(db, regionId),
    pointsOfRegion(db, regionId),
  ])
  return { coordinators, addable, points }
}

/** Who may be a region's project leader (`current` stays a choice); see projectLeaderChoices. */
export function projectLeaders(db: Db, current: string | null = null) {
  return projectLeaderChoices(db, current)
}

/** The coordinator with this id; any other id reads as unknown. */
export async function coordinatorById(db: Db, id: string) {
  return isUuid(id) ? findCoordinator(db, id) : undefined
}

function slugTaken(error: unknown): SaveOutcome {
  if (isUniqueViolation(error, 'regions_slug_key')) return { ok: false, error: 'slug_taken' }
  throw error
}

/**
 * Creates a region; the slug is unique (the database says so, also under a race).
 *
 * @example await createRegion(db, { name: 'Zeeland', slug: 'zeeland', projectLeaderId: null }, adminId, now)
 */
export async function createRegion(
  db: Db,
  input: RegionInput,
  staffId: string,
  now: Date,
): Promise<SaveOutcome> {
  return inTransaction(db, async (trx) => {
    await insertRegion(trx, input)
    await audit(
      trx,
      { staffId, action: 'region.create', detail: `create ${input.slug} "${input.name}"` },
      now,
    )
    return { ok: true, slug: input.slug } as const
  }).catch(slugTaken)
}

/** Renames a region, gives it another slug or project leader. */
export async function updateRegion(
  db: Db,
  regionId: string,
  input: RegionInput,
  staffId: string,
  now: Date,
): Promise<SaveOutcome> {
  return inTransaction(db, async (trx) => {
    const before = await lockRegion(trx, regionId)
    await updateRegionRow(trx, regionId, input)
    const changed = [
      before.slug !== input.slug ? `slug ${before.slug}->${input.slug}` : '',
      before.name !== input.name ? `name "${input.name}"` : '',
      before.project_leader_id !== input.projectLeaderId
        ? `leader ${input.projectLeaderId ?? 'none'}`
        : '',
    ].filter(Boolean)
    await audit(
      trx,
      {
        staffId,
        action: 'region.update',
        detail: `update ${before.slug}: ${changed.join(', ') || 'no change'}`,
      },
      now,
    )
    return { ok: true, slug: input.slug } as const
  }).catch(slugTaken)
}
