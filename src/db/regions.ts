import type { Db } from './database.js'

/** A region as the admin pages show it. */
export interface RegionOverview {
  id: string
  slug: string
  name: string
  projectLeaderId: string | null
  projectLeader: string | null
  activePoints: number
  coordinators: string[]
}

/**
 * Every region with its project leader, number of active support points and coordinators.
 *
 * @example const regions = await listRegions(db)
 */
export async function listRegions(db: Db): Promise<RegionOverview[]> {
  const rows = await db
    .selectFrom('regions as r')
    .leftJoin('staff as s', 's.id', 'r.project_leader_id')
    .select(['r.id', 'r.slug', 'r.name', 'r.project_leader_id', 's.name as leader_name'])
    .select((eb) =>
      eb
        .selectFrom('locations as l')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('l.region_id', '=', 'r.id')
        .where('l.active', '=', true)
        .as('active_points'),
    )
    .orderBy('r.name')
    .execute()
  const coordinators = await db
    .selectFrom('staff_regions as sr')
    .innerJoin('staff as s', 's.id', 'sr.staff_id')
    .select(['sr.region_id', 's.name'])
    .where('s.role', '=', 'coordinator')
    .where('s.active', '=', true)
    .orderBy('s.name')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    projectLeaderId: row.project_leader_id,
    projectLeader: row.leader_name,
    activePoints: Number(row.active_points ?? 0),
    coordinators: coordinators.filter((c) => c.region_id === row.id).map((c) => c.name),
  }))
}

/** @example const region = await findRegionForAdmin(db, 'noord-holland') */
export async function findRegionForAdmin(db: Db, slug: string) {
  return db
    .selectFrom('regions')
    .select(['id', 'slug', 'name', 'project_leader_id'])
    .where('slug', '=', slug)
    .executeTakeFirst()
}

/**
 * Who may be a region's project leader: active admins and coordinators. The public pages
 * show their name, email and phone. `current`, the leader a region has now, stays a choice
 * even if they no longer qualify, so saving the region's name does not drop them unasked.
 *
 * @example const people = await projectLeaderChoices(db, region.project_leader_id)
 */
export async function projectLeaderChoices(db: Db, current: string | null = null) {
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .where((eb) => {
      const eligible = eb.and([eb('active', '=', true), eb('role', 'in', ['admin', 'coordinator'])])
      return current ? eb.or([eligible, eb('id', '=', current)]) : eligible
    })
    .orderBy('name')
    .orderBy('email')
    .execute()
}

/** Coordinators linked to the region, active or not, by name. */
export async function coordinatorsOf(db: Db, regionId: string) {
  return db
    .selectFrom('staff_regions as sr')
    .innerJoin('staff as s', 's.id', 'sr.staff_id')
    .select(['s.id', 's.name', 's.email', 's.active'])
    .where('sr.region_id', '=', regionId)
    .where('s.role', '=', 'coordinator')
    .orderBy('s.name')
    .orderBy('s.email')
    .execute()
}

/** Active coordinators not yet linked to the region. */
export async function coordinatorsNotIn(db: Db, regionId: string) {
  return db
    .selectFrom('staff as s')
    .select(['s.id', 's.name', 's.email'])
    .where('s.role', '=', 'coordinator')
    .where('s.active', '=', true)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('staff_regions as sr')
            .select('sr.staff_id')
            .whereRef('sr.staff_id', '=', 's.id')
            .where('sr.region_id', '=', regionId),
        ),
      ),
    )
    .orderBy('s.name')
    .orderBy('s.email')
    .execute()
}

/** Support points of a region, active and inactive, by name. */
export async function pointsOfRegion(db: Db, regionId: string) {
  return db
    .selectFrom('locations')
    .select(['id', 'slug', 'name', 'municipality', 'active'])
    .where('region_id', '=', regionId)
    .orderBy('name')
    .execute()
}

export async function insertRegion(
  db: Db,
  region: { name: string; slug: string; projectLeaderId: string | null },
) {
  await db
    .insertInto('regions')
    .values({ name: region.name, slug: region.slug, project_leader_id: region.projectLeaderId })
    .execute()
}

/** The region as it is now, its row locked for this transaction. */
export async function lockRegion(db: Db, regionId: string) {
  return db
    .selectFrom('regions')
    .select(['slug', 'name', 'project_leader_id'])
    .where('id', '=', regionId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export async function updateRegionRow(
  db: Db,
  regionId: string,
  region: { name: string; slug: string; projectLeaderId: string | null },
) {
  await db
    .updateTable('regions')
    .set({ name: region.name, slug: region.slug, project_leader_id: region.projectLeaderId })
    .where('id', '=', regionId)
    .execute()
}

/** A coordinator by id, active or not. */
export async function findCoordinator(db: Db, id: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'role'])
    .where('id', '=', id)
    .where('role', '=', 'coordinator')
    .executeTakeFirst()
}
