import { sql } from 'kysely'
import type { Db } from './database.js'
import type { Role } from './schema.js'
import { hasPasskeyColumn } from './staff.js'

/** A place (support point or region) someone works at, by the person's id. */
export interface PlaceLink {
  staff_id: string
  id: string
  name: string
}

/** Active support points and all regions, by name; `only` narrows both (a coordinator's own). */
export async function placeChoices(db: Db, only?: { locationIds: string[]; regionIds: string[] }) {
  let locations = db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('active', '=', true)
    .orderBy('name')
  let regions = db.selectFrom('regions').select(['id', 'name']).orderBy('name')
  if (only) {
    locations =
      only.locationIds.length === 0
        ? locations.where(sql<boolean>`false`)
        : locations.where('id', 'in', only.locationIds)
    regions =
      only.regionIds.length === 0
        ? regions.where(sql<boolean>`false`)
        : regions.where('id', 'in', only.regionIds)
  }
  return { locations: await locations.execute(), regions: await regions.execute() }
}

/** Counselors of these support points and volunteers of these regions, by id. */
export async function staffOfPlaces(
  db: Db,
  places: { locationIds: string[]; regionIds: string[] },
): Promise<string[]> {
  const counselors =
    places.locationIds.length === 0
      ? []
      : await db
          .selectFrom('staff_locations as sl')
          .innerJoin('staff as s', 's.id', 'sl.staff_id')
          .select('s.id')
          .where('s.role', '=', 'counselor')
          .where('sl.location_id', 'in', places.locationIds)
          .execute()
  const volunteers =
    places.regionIds.length === 0
      ? []
      : await db
          .selectFrom('staff_regions as sr')
          .innerJoin('staff as s', 's.id', 'sr.staff_id')
          .select('s.id')
          .where('s.role', '=', 'volunteer')
          .where('sr.region_id', 'in', places.regionIds)
          .execute()
  return [...new Set([...counselors, ...volunteers].map((r) => r.id))]
}

/** The support points and regions these people work at, by name. */
export async function placesOf(
  db: Db,
  ids: string[],
): Promise<{ locations: PlaceLink[]; regions: PlaceLink[] }> {
  if (ids.length === 0) return { locations: [], regions: [] }
  const locations = await db
    .selectFrom('staff_locations as sl')
    .innerJoin('locations as l', 'l.id', 'sl.location_id')
    .select(['sl.staff_id', 'l.id', 'l.name'])
    .where('sl.staff_id', 'in', ids)
    .orderBy('l.name')
    .execute()
  const regions = await db
    .selectFrom('staff_regions as sr')
    .innerJoin('regions as r', 'r.id', 'sr.region_id')
    .select(['sr.staff_id', 'r.id', 'r.name'])
    .where('sr.staff_id', 'in', ids)
    .orderBy('r.name')
    .execute()
  return { locations, regions }
}

/** Staff accounts by name; `ids` narrows them (undefined: everyone). At most 1000. */
export async function listStaff(db: Db, ids: string[] | undefined) {
  let query = db
    .selectFrom('staff')
    .select(['id', 'name', 'email', 'role', 'active', 'password_hash'])
    .orderBy('name')
    .orderBy('email')
    .limit(1000)
  if (ids)
    query = ids.length === 0 ? query.where(sql<boolean>`false`) : query.where('id', 'in', ids)
  return query.execute()
}

export async function findStaff(db: Db, id: string) {
  return db
    .selectFrom('staff')
    .select([
      'id',
      'name',
      'email',
      'role',
      'active',
      'password_hash',
      'locale',
      'totp_secret',
      hasPasskeyColumn,
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The role of whoever deactivated this account, if anyone did. */
export async function deactivatorRole(db: Db, personId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('staff as s')
    .innerJoin('staff as by', 'by.id', 's.deactivated_by')
    .select('by.role')
    .where('s.id', '=', personId)
    .executeTakeFirst()
  return row?.role
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('staff')
    .select('id')
    // lower() on both sides, as the unique index has it: JavaScript lower-cases some
    // letters otherwise ('İ' becomes 'i̇', PostgreSQL makes it 'i').
    .where(sql<string>`lower(email)`, '=', sql<string>`lower(${email})`)
    .executeTakeFirst()
  return row !== undefined
}

export async function insertStaff(
  db: Db,
  person: { name: string; email: string; role: Role; locale: 'nl' | 'en' },
) {
  return db
    .insertInto('staff')
    .values({ ...person, phone: null, password_hash: null })
    .returning(['id', 'name', 'email', 'locale'])
    .executeTakeFirstOrThrow()
}

/**
 * Locks the person's row for this transaction and returns their role. A role change takes
 * the same row, so what is done under this lock sees the role it checked.
 */
export async function lockStaffRole(
  trx: Db,
  personId: string,
  mode: 'share' | 'update' = 'share',
): Promise<Role | undefined> {
  const query = trx.selectFrom('staff').select('role').where('id', '=', personId)
  const row = await (mode === 'share' ? query.forShare() : query.forUpdate()).executeTakeFirst()
  return row?.role
}

/** Links a person to a support point; false when they already were. */
export async function linkLocation(db: Db, staffId: string, locationId: string): Promise<boolean> {
  const row = await db
    .insertInto('staff_locations')
    .values({ staff_id: staffId, location_id: locationId })
    .onConflict((oc) => oc.columns(['staff_id', 'location_id']).doNothing())
    .returning('staff_id')
    .executeTakeFirst()
  return row !== undefined
}

/** Links a person to a region; false when they already were. */
export async function linkRegionRow(db: Db, staffId: string, regionId: string): Promise<boolean> {
  const row = await db
    .insertInto('staff_regions')
    .values({ staff_id: staffId, region_id: regionId })
    .onConflict((oc) => oc.columns(['staff_id', 'region_id']).doNothing())
    .returning('region_id')
    .executeTakeFirst()
  return row !== undefined
}

export async function locationIdsOf(db: Db, staffId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_locations')
    .select('location_id')
    .where('staff_id', '=', staffId)
    .execute()
  return rows.map((r) => r.location_id)
}

export async function regionIdsOf(db: Db, staffId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_regions')
    .select('region_id')
    .where('staff_id', '=', staffId)
    .execute()
  return rows.map((r) => r.region_id)
}

/** Removes one support point of a person, or all of them when `locationId` is left out. */
export async function unlinkLocations(db: Db, staffId: string, locationId?: string) {
  let query = db.deleteFrom('staff_locations').where('staff_id', '=', staffId)
  if (locationId) query = query.where('location_id', '=', locationId)
  await query.execute()
}

/** Removes one region of a person, or all of them when `regionId` is left out. */
export async function unlinkRegions(db: Db, staffId: string, regionId?: string) {
  let query = db.deleteFrom('staff_regions').where('staff_id', '=', staffId)
  if (regionId) query = query.where('region_id', '=', regionId)
  await query.execute()
}

/** Marks an account (in)active; `by` is who deactivated it, null at reactivation. */
export async function setActive(db: Db, personId: string, active: boolean, by: string | null) {
  await db
    .updateTable('staff')
    .set({ active, deactivated_by: by })
    .where('id', '=', personId)
    .execute()
}

/** Deletes the person's invite and reset links that were never used. */
export async function deleteUnusedTokens(db: Db, staffId: string) {
  await db
    .deleteFrom('staff_tokens')
    .where('staff_id', '=', staffId)
    .where('used_at', 'is', null)
    .execute()
}

/** Locks every active admin but this one and says how many there are. */
export async function lockOtherAdmins(db: Db, personId: string): Promise<number> {
  const others = await db
    .selectFrom('staff')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .where('id', '<>', personId)
    .forUpdate()
    .execute()
  return others.length
}

/** Sets the role, only if it still is `from`; false when it changed meanwhile. */
export async function setRole(db: Db, personId: string, from: Role, to: Role): Promise<boolean> {
  const updated = await db
    .updateTable('staff')
    .set({ role: to })
    .where('id', '=', personId)
    .where('role', '=', from)
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) > 0
}

export async function regionSlug(db: Db, regionId: string): Promise<string> {
  const row = await db
    .selectFrom('regions')
    .select('slug')
    .where('id', '=', regionId)
    .executeTakeFirst()
  return row?.slug ?? regionId
}
