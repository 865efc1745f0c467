import type { Db } from '../db/database.js'
import {
  deactivatorRole,
  deleteUnusedTokens,
  emailTaken,
  findStaff,
  insertStaff,
  linkLocation,
  linkRegionRow,
  listStaff,
  locationIdsOf,
  lockOtherAdmins,
  placesOf,
  regionIdsOf,
  regionSlug,
  setActive,
  setRole,
  unlinkLocations,
  unlinkRegions,
} from '../db/people.js'
import type { Role } from '../db/schema.js'
import { inTransaction, isUniqueViolation } from '../db/transaction.js'
import { authMessages } from '../i18n/staff/auth.js'
import { staffAccountMessage } from '../notifications/compose.js'
import { enqueue } from '../notifications/outbox.js'
import { audit } from './audit.js'
import { endAllSessions, issueStaffToken, type StaffPrincipal } from './auth.js'
import { managedIds, manages, mayActOnLocation, mayActOnRegion } from './scope.js'

/**
 * Staff accounts: invite, link to support points and regions, another role, deactivate.
 * Who may do which to whom is `services/scope.ts`; every change is one transaction with its
 * audit row (and the invitation's outbox row) inside it.
 */

/** A staff member whose scope changes: enough to name them in the audit log. */
export interface Person {
  id: string
  email: string
  role: Role
}

export type ManagedPerson = NonNullable<Awaited<ReturnType<typeof findStaff>>>

/** The staff member with this id if the viewer manages them; never the viewer themselves. */
export async function findManaged(
  db: Db,
  staff: StaffPrincipal,
  id: string,
): Promise<ManagedPerson | undefined> {
  if (!(await manages(db, staff, id))) return undefined
  return findStaff(db, id)
}

export interface PersonSummary {
  id: string
  name: string
  email: string
  role: Role
  active: boolean
  invited: boolean
  /** Names of their support points, then of their regions. */
  places: string[]
}

/**
 * What every list and page of staff accounts says of one: who, which role, and whether the
 * account is on and its invitation taken up.
 *
 * @example accountFacts(row).invited // true until they set a password
 */
export function accountFacts(row: {
  id: string
  name: string
  email: string
  role: Role
  active: boolean
  password_hash: string | null
}) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    invited: row.password_hash === null,
  }
}

/** Everyone the viewer manages (the admin: everyone), by name. */
export async function listPeople(db: Db, staff: StaffPrincipal): Promise<PersonSummary[]> {
  const rows = await listStaff(db, await managedIds(db, staff))
  const places = await placesOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => ({
    ...accountFacts(row),
    places: [
      ...places.locations.filter((l) => l.staff_id === row.id).map((l) => l.name),
      ...places.regions.filter((r) => r.staff_id === row.id).map((r) => r.name),
    ],
  }))
}

export interface PlaceOfPerson {
  id: string
  name: string
  /** May the viewer take this place away from the person? */
  removable: boolean
}

/** A person's support points and regions, each saying whether the viewer may remove it. */
export async function placesOfPerson(
  db: Db,
  staff: StaffPrincipal,
  personId: string,
): Promise<{ locations: PlaceOfPerson[]; regions: PlaceOfPerson[] }> {
  const places = await placesOf(db, [personId])
  return {
    locations: places.locations.map((l) => ({
      id: l.id,
      name: l.name,
      removable: mayActOnLocation(staff, l.id),
    })),
    regions: places.regions.map((r) => ({
      id: r.id,
      name: r.name,
      removable: mayActOnRegion(staff, r.id),
    })),
  }
}

/** Is this address already someone's (compared as the unique index does)? */
export function emailInUse(db: Db, email: string): Promise<boolean> {
  return emailTaken(db, email)
}

/** Was this account deactivated by the admin? Then only the admin reactivates it. */
export async function deactivatedByAdmin(db: Db, personId: string): Promise<boolean> {
  return (await deactivatorRole(db, personId)) === 'admin'
}

async function sendInvite(
  db: Db,
  person: { id: string; name: string; email: string; locale: string },
  baseUrl: string,
  now: Date,
) {
  const token = await issueStaffToken(db, person.id, 'invite', now)
  const mt = authMessages[person.locale === 'en' ? 'en' : 'nl']
  await enqueue(
    db,
    [
      staffAccountMessage({
        to: person.email,
        subject: mt.inviteSubject,
        text: mt.inviteText(person.name, `${baseUrl}/wachtwoord/${token}`),
        baseUrl,
      }),
    ],
    now,
  )
}

/**
 * Creates an account with the one place its role needs and sends the invitation mail, in
 * one transaction. 'email_taken' when someone invited the same address a moment ago.
 *
 * @example await invitePerson(db, { person: { name, email, role: 'counselor', locale: 'nl' }, locationId, regionId: null, by, baseUrl, now })
 */
export async function invitePerson(
  db: Db,
  request: {
    person: { name: string; email: string; role: Role; locale: 'nl' | 'en' }
    locationId: string | null
    regionId: string | null
    by: string
    baseUrl: string
    now: Date
  },
): Promise<'invited' | 'email_taken'> {
  const { role } = request.person
  return inTransaction(db, async (trx) => {
    const person = await insertStaff(trx, request.person)
    if (role === 'counselor') await linkLocation(trx, person.id, request.locationId!)
    else if (role !== 'admin') await linkRegionRow(trx, person.id, request.regionId!)
    await sendInvite(trx, person, request.baseUrl, request.now)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.invite',
        locationId: role === 'counselor' ? request.locationId : null,
        detail: `invite ${role} ${person.email}`,
      },
      request.now,
    )
    return 'invited' as const
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'staff_email_key')) return 'email_taken' as const
    throw error
  })
}

/** Sends an unused invitation again (a new link; the old one stops working at use). */
export async function resendInvite(
  db: Db,
  request: { person: ManagedPerson; by: string; baseUrl: string; now: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await sendInvite(trx, request.person, request.baseUrl, request.now)
    await audit(
      trx,
      { staffId: request.by, action: 'staff.resend', detail: `resend ${request.person.email}` },
      request.now,
    )
  })
}

/**
 * Deactivates an account: their sessions end, unused invite and reset links go (they must not
 * come back to life at reactivation), and who did it is kept.
 */
export async function deactivatePerson(
  db: Db,
  request: { person: Person; by: string; now: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await setActive(trx, request.person.id, false, request.by)
    await endAllSessions(trx, request.person.id)
    await deleteUnusedTokens(trx, request.person.id)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.deactivate',
        detail: `deactivate ${request.person.email}`,
      },
      request.now,
    )
  })
}

export async function reactivatePerson(
  db: Db,
  request: { person: Person; by: string; now: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await setActive(trx, request.person.id, true, null)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.reactivate',
        detail: `reactivate ${request.person.email}`,
      },
      request.now,
    )
  })
}

/**
 * Gives a person another role. Their old support points and regions go (they belonged to
 * the old role) and the one place the new role needs comes in their stead; every session
 * of theirs ends, so they sign in again under the new role and menu.
 *
 * What the caller checked is checked again under the person's row lock: 'stale' when
 * their role, or (for a coordinator, `scope`) their places, changed meanwhile;
 * 'last_admin' when this would leave no active admin (two admins demoting each other at
 * once: one of them is refused).
 *
 * @example await changeRole(db, { person, role: 'volunteer', regionId, locationId: null, by, now })
 */
export async function changeRole(
  db: Db,
  request: {
    person: Person
    role: Role
    locationId: string | null
    regionId: string | null
    /** A coordinator's own places: the person's places must all lie within them. */
    scope?: { locationIds: string[]; regionIds: string[] }
    by: string
    now: Date
  },
): Promise<'changed' | 'stale' | 'last_admin'> {
  const { person, role } = request
  return inTransaction(db, async (trx) => {
    if (person.role === 'admin' && (await lockOtherAdmins(trx, person.id)) === 0) {
      return 'last_admin' as const
    }
    if (!(await setRole(trx, person.id, person.role, role))) return 'stale' as const
    if (request.scope) {
      const { locationIds, regionIds } = request.scope
      const [locations, regions] = await Promise.all([
        locationIdsOf(trx, person.id),
        regionIdsOf(trx, person.id),
      ])
      const outside =
        locations.some((id) => !locationIds.includes(id)) ||
        regions.some((id) => !regionIds.includes(id))
      // Rolled back with the role: nothing of this attempt stays.
      if (outside) throw new StaleScope()
    }
    await unlinkLocations(trx, person.id)
    await unlinkRegions(trx, person.id)
    if (role === 'counselor' && request.locationId) {
      await linkLocation(trx, person.id, request.locationId)
    }
    if ((role === 'coordinator' || role === 'volunteer') && request.regionId) {
      await linkRegionRow(trx, person.id, request.regionId)
    }
    await endAllSessions(trx, person.id)
    await audit(
      trx,
      {
        staffId: request.by,
        action: 'staff.role',
        locationId: role === 'counselor' ? request.locationId : null,
        detail: `role ${person.email} ${person.role}->${role}${
          request.regionId ? ` region ${await regionSlug(trx, request.regionId)}` : ''
        }`,
      },
      request.now,
    )
    return 'changed' as const
  }).catch((error: unknown) => {
    if (error instanceof StaleScope) return 'stale' as const
    throw error
  })
}

/** Thrown to roll a role change back when the person's places moved out of scope. */
class StaleScope extends Error {}
