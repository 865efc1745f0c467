import type { Db } from '../db/database.js'
import { placeChoices, placesOf, staffOfPlaces } from '../db/people.js'
import type { Role } from '../db/schema.js'
import type { StaffPrincipal } from './auth.js'

/**
 * Scope: may this staff member act on that support point, region or person? The admin may
 * act on everything; a coordinator on their regions, the support points in them, and the
 * counselors and volunteers who work there. Anything out of scope reads as unknown (404).
 */

type Viewer = Pick<StaffPrincipal, 'id' | 'role' | 'locationIds' | 'regionIds'>

export function mayActOnLocation(staff: Viewer, locationId: string): boolean {
  return staff.role === 'admin' || staff.locationIds.includes(locationId)
}

export function mayActOnRegion(staff: Viewer, regionId: string): boolean {
  return staff.role === 'admin' || staff.regionIds.includes(regionId)
}

const ROLES: Role[] = ['admin', 'coordinator', 'counselor', 'volunteer']

/** The roles this viewer may give: the admin any, a coordinator counselor and volunteer. */
export function assignableRoles(staff: Viewer): Role[] {
  return staff.role === 'admin' ? ROLES : ['counselor', 'volunteer']
}

export interface Choice {
  value: string
  label: string
}

export interface ScopeChoices {
  roles: Role[]
  locations: Choice[]
  regions: Choice[]
}

/** The roles, active support points and regions the viewer may put people in. */
export async function scopeChoices(db: Db, staff: Viewer): Promise<ScopeChoices> {
  const places = await placeChoices(
    db,
    staff.role === 'admin'
      ? undefined
      : { locationIds: staff.locationIds, regionIds: staff.regionIds },
  )
  const toChoice = (row: { id: string; name: string }): Choice => ({
    value: row.id,
    label: row.name,
  })
  return {
    roles: assignableRoles(staff),
    locations: places.locations.map(toChoice),
    regions: places.regions.map(toChoice),
  }
}

/** Ids of the staff members a coordinator manages; undefined means everyone (admin). */
export async function managedIds(db: Db, staff: Viewer): Promise<string[] | undefined> {
  if (staff.role === 'admin') return undefined
  return staffOfPlaces(db, { locationIds: staff.locationIds, regionIds: staff.regionIds })
}

/** May the viewer manage this person at all (never themselves)? */
export async function manages(db: Db, staff: Viewer, personId: string): Promise<boolean> {
  if (personId === staff.id) return false
  const ids = await managedIds(db, staff)
  return !ids || ids.includes(personId)
}

/**
 * Does everything this person works at lie in the viewer's scope? A coordinator acts on an
 * account (deactivate, reactivate, another role) only then; someone who also works in another
 * region is the admin's or that region's coordinator's to change as well (audit finding 5).
 */
export async function whollyInScope(db: Db, staff: Viewer, personId: string): Promise<boolean> {
  if (staff.role === 'admin') return true
  const places = await placesOf(db, [personId])
  return (
    places.locations.every((l) => staff.locationIds.includes(l.id)) &&
    places.regions.every((r) => staff.regionIds.includes(r.id))
  )
}
