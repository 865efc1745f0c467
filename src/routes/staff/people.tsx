import { Hono, type Context } from 'hono'
import { sql } from 'kysely'
import {
  PersonPage,
  type PersonDetail,
  type PersonFormState,
} from '../../../views/staff/people-detail.js'
import type { Choice, FormErrors, FormValues } from '../../../views/staff/people-fields.js'
import { PeopleListPage, type PersonLine } from '../../../views/staff/people.js'
import type { AppEnv } from '../../app-env.js'
import type { Db } from '../../db/database.js'
import type { Role } from '../../db/schema.js'
import { isUniqueViolation } from '../../db/transaction.js'
import { isPlausibleEmail } from '../../domain/booking-form.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { peopleMessages, type PeopleMessages } from '../../i18n/staff/people.js'
import { staffAccountMessage } from '../../notifications/compose.js'
import { enqueue } from '../../notifications/outbox.js'
import { changeRole, holdsRole, linkRegion, unlinkRegion } from '../../services/admin.js'
import { audit } from '../../services/audit.js'
import { endAllSessions, issueStaffToken, type StaffPrincipal } from '../../services/auth.js'
import { resetSecondFactor } from '../../services/two-factor.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'
import { isUuid } from '../../domain/uuid.js'

/**
 * Staff accounts: a coordinator manages the counselors of their region's support points
 * and the volunteers of their regions; the admin manages everyone. Anything outside that
 * scope answers 404, exactly like something that does not exist.
 */
export const peopleRoutes = new Hono<AppEnv>()

peopleRoutes.use('*', requireStaff(['admin', 'coordinator']))

type C = Context<AppEnv>

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const ROLES: Role[] = ['admin', 'coordinator', 'counselor', 'volunteer']
const NOTICES = {
  opnieuw: 'resentNotice',
  uit: 'deactivatedNotice',
  aan: 'reactivatedNotice',
  gekoppeld: 'assignedNotice',
  ontkoppeld: 'unassignedNotice',
  rol: 'roleChangedNotice',
  regio: 'regionAssignedNotice',
  zonderregio: 'regionUnassignedNotice',
  tweestaps: 'twoFactorResetNotice',
  buiten: 'outsideScopeAccount',
  beheer: 'deactivatedByAdmin',
} as const

function messages(c: C): PeopleMessages {
  return peopleMessages[c.get('staff').locale]
}

function invitableRoles(staff: StaffPrincipal): Role[] {
  return staff.role === 'admin' ? ROLES : ['counselor', 'volunteer']
}

/** Support points and regions the viewer may put people in. */
async function scopeChoices(db: Db, staff: StaffPrincipal) {
  let locations = db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('active', '=', true)
    .orderBy('name')
  let regions = db.selectFrom('regions').select(['id', 'name']).orderBy('name')
  if (staff.role !== 'admin') {
    locations =
      staff.locationIds.length === 0
        ? locations.where(sql<boolean>`false`)
        : locations.where('id', 'in', staff.locationIds)
    regions =
      staff.regionIds.length === 0
        ? regions.where(sql<boolean>`false`)
        : regions.where('id', 'in', staff.regionIds)
  }
  const toChoice = (row: { id: string; name: string }): Choice => ({
    value: row.id,
    label: row.name,
  })
  return {
    roles: invitableRoles(staff),
    locations: (await locations.execute()).map(toChoice),
    regions: (await regions.execute()).map(toChoice),
  }
}

/** Ids of the staff members a coordinator manages; undefined means everyone (admin). */
async function managedIds(db: Db, staff: StaffPrincipal): Promise<string[] | undefined> {
  if (staff.role === 'admin') return undefined
  const counselors =
    staff.locationIds.length === 0
      ? []
      : await db
          .selectFrom('staff_locations as sl')
          .innerJoin('staff as s', 's.id', 'sl.staff_id')
          .select('s.id')
          .where('s.role', '=', 'counselor')
          .where('sl.location_id', 'in', staff.locationIds)
          .execute()
  const volunteers =
    staff.regionIds.length === 0
      ? []
      : await db
          .selectFrom('staff_regions as sr')
          .innerJoin('staff as s', 's.id', 'sr.staff_id')
          .select('s.id')
          .where('s.role', '=', 'volunteer')
          .where('sr.region_id', 'in', staff.regionIds)
          .execute()
  return [...new Set([...counselors, ...volunteers].map((r) => r.id))]
}

/**
 * Does everything this person works at lie in the viewer's scope? A coordinator acts on an
 * account (deactivate, reactivate, another role) only then; someone who also works in another
 * region is the admin's or that region's coordinator's to change as well (audit finding 5).
 */
async function whollyInScope(db: Db, staff: StaffPrincipal, personId: string): Promise<boolean> {
  if (staff.role === 'admin') return true
  const places = await placesOf(db, [personId])
  return (
    places.locations.every((l) => staff.locationIds.includes(l.id)) &&
    places.regions.every((r) => staff.regionIds.includes(r.id))
  )
}

/** Was this account deactivated by the admin? Then only the admin reactivates it. */
async function deactivatedByAdmin(db: Db, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('staff as s')
    .innerJoin('staff as by', 'by.id', 's.deactivated_by')
    .select('by.role')
    .where('s.id', '=', personId)
    .executeTakeFirst()
  return row?.role === 'admin'
}

/** The staff member with this id if the viewer manages them; never the viewer themselves. */
async function findManaged(c: C, id: string) {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  if (!isUuid(id) || id === staff.id) return undefined
  const ids = await managedIds(db, staff)
  if (ids && !ids.includes(id)) return undefined
  return db
    .selectFrom('staff')
    .select(['id', 'name', 'email', 'role', 'active', 'password_hash', 'locale', 'totp_secret'])
    .where('id', '=', id)
    .executeTakeFirst()
}

async function placesOf(db: Db, ids: string[]) {
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

async function listPage(
  c: C,
  form: { values: FormValues; errors: FormErrors },
  status: 200 | 422 = 200,
) {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const ids = await managedIds(db, staff)
  let query = db
    .selectFrom('staff')
    .select(['id', 'name', 'email', 'role', 'active', 'password_hash'])
    .orderBy('name')
    .orderBy('email')
    .limit(1000)
  if (ids)
    query = ids.length === 0 ? query.where(sql<boolean>`false`) : query.where('id', 'in', ids)
  const rows = await query.execute()
  const places = await placesOf(
    db,
    rows.map((r) => r.id),
  )
  const people: PersonLine[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    invited: row.password_hash === null,
    places: [
      ...places.locations.filter((l) => l.staff_id === row.id).map((l) => l.name),
      ...places.regions.filter((r) => r.staff_id === row.id).map((r) => r.name),
    ],
    manageable: row.id !== staff.id,
  }))
  return render(c, {
    title: t.title,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/medewerkers'),
    page: (
      <PeopleListPage
        t={t}
        people={people}
        choices={await scopeChoices(db, staff)}
        form={form}
        notice={c.req.query('uitgenodigd') === '1' ? t.invitedNotice : null}
      />
    ),
  })
}

peopleRoutes.get('/', (c) => listPage(c, { values: { locale: 'nl' }, errors: {} }))

function field(form: Record<string, unknown> | null, name: string, max: number): string {
  const value = form?.[name]
  return typeof value === 'string' ? value.slice(0, max) : ''
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

peopleRoutes.post('/uitnodigen', async (c) => {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const t = messages(c)
  const form = await c.req.parseBody().catch(() => null)
  const values: FormValues = {
    name: field(form, 'name', 200).trim(),
    email: field(form, 'email', 300).trim(),
    role: field(form, 'role', 20),
    location: field(form, 'location', 40),
    region: field(form, 'region', 40),
    locale: field(form, 'locale', 2) === 'en' ? 'en' : 'nl',
  }
  const choices = await scopeChoices(db, staff)
  const role = ROLES.find((r) => r === values.role)
  // A role, support point or region beyond the viewer's reach is treated as unknown.
  if (role && !choices.roles.includes(role)) return errorResponse(c, 404)
  if (values.location && !choices.locations.some((l) => l.value === values.location)) {
    return errorResponse(c, 404)
  }
  if (values.region && !choices.regions.some((r) => r.value === values.region)) {
    return errorResponse(c, 404)
  }
  const errors: FormErrors = {}
  if (!values.name) errors.name = t.nameMissing
  else if (values.name.length > 100 || CONTROL.test(values.name)) errors.name = t.nameInvalid
  const email = values.email ?? ''
  if (email.length > 254 || !isPlausibleEmail(email)) {
    errors.email = t.emailInvalid
  }
  if (!role) errors.role = t.roleMissing
  if (role === 'counselor' && !values.location) errors.location = t.locationMissing
  if ((role === 'volunteer' || role === 'coordinator') && !values.region) {
    errors.region = t.regionMissing
  }
  if (!errors.email) {
    const taken = await db
      .selectFrom('staff')
      .select('id')
      // lower() on both sides, as the unique index has it: JavaScript lower-cases some
      // letters otherwise ('İ' becomes 'i̇', PostgreSQL makes it 'i').
      .where(sql<string>`lower(email)`, '=', sql<string>`lower(${email})`)
      .executeTakeFirst()
    if (taken) errors.email = t.emailTaken
  }
  if (Object.keys(errors).length > 0 || !role) return listPage(c, { values, errors }, 422)

  const now = clock()
  const invited = await db
    .transaction()
    .execute(async (trx) => {
      const person = await trx
        .insertInto('staff')
        .values({
          name: values.name!,
          email,
          phone: null,
          role,
          password_hash: null,
          locale: values.locale!,
        })
        .returning(['id', 'name', 'email', 'locale'])
        .executeTakeFirstOrThrow()
      if (role === 'counselor') {
        await trx
          .insertInto('staff_locations')
          .values({ staff_id: person.id, location_id: values.location! })
          .execute()
      } else if (role !== 'admin') {
        await trx
          .insertInto('staff_regions')
          .values({ staff_id: person.id, region_id: values.region! })
          .execute()
      }
      await sendInvite(trx, person, config.baseUrl, now)
      await audit(
        trx,
        {
          staffId: staff.id,
          action: 'staff.invite',
          locationId: role === 'counselor' ? values.location! : null,
          detail: `invite ${role} ${person.email}`,
        },
        now,
      )
      return true
    })
    .catch((error: unknown) => {
      // Someone invited the same address a moment ago.
      if (isUniqueViolation(error, 'staff_email_key')) return false
      throw error
    })
  if (!invited) return listPage(c, { values, errors: { email: t.emailTaken } }, 422)
  return c.redirect('/staff/medewerkers?uitgenodigd=1', 303)
})

async function personPage(
  c: C,
  id: string,
  state: PersonFormState | null = null,
  status: 200 | 409 | 422 = 200,
) {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const row = await findManaged(c, id)
  if (!row) return errorResponse(c, 404)
  const places = await placesOf(db, [row.id])
  const inScope = (locationId: string) =>
    staff.role === 'admin' || staff.locationIds.includes(locationId)
  const regionInScope = (regionId: string) =>
    staff.role === 'admin' || staff.regionIds.includes(regionId)
  const person: PersonDetail = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    invited: row.password_hash === null,
    hasTotp: row.totp_secret !== null,
    locations: places.locations.map((l) => ({ id: l.id, name: l.name, removable: inScope(l.id) })),
    regions: places.regions.map((r) => ({
      id: r.id,
      name: r.name,
      removable: regionInScope(r.id),
    })),
  }
  const choices = await scopeChoices(db, staff)
  const linked = new Set([...person.locations.map((l) => l.id), ...person.regions.map((r) => r.id)])
  const key = c.req.query('klaar')
  const notice =
    status === 200 && key && key in NOTICES ? t[NOTICES[key as keyof typeof NOTICES]] : null
  return render(c, {
    title: row.name,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/medewerkers'),
    page: (
      <PersonPage
        t={t}
        person={person}
        assignable={choices.locations.filter((l) => !linked.has(l.value))}
        assignableRegions={choices.regions.filter((r) => !linked.has(r.value))}
        roleChoices={{
          roles: choices.roles,
          locations: choices.locations,
          regions: choices.regions,
        }}
        state={state}
        notice={notice}
        twoFactorReset={
          staff.role === 'admin' ? { label: authMessages[staff.locale].twoFactorReset } : null
        }
      />
    ),
  })
}

peopleRoutes.get('/:id', (c) => personPage(c, c.req.param('id')))

peopleRoutes.post('/:id/koppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  const form = await c.req.parseBody().catch(() => null)
  const locationId = field(form, 'location', 40)
  const choices = await scopeChoices(db, staff)
  if (!person || person.role !== 'counselor') return errorResponse(c, 404)
  if (!choices.locations.some((l) => l.value === locationId)) return errorResponse(c, 404)
  const now = clock()
  const added = await db.transaction().execute(async (trx) => {
    // Checked again under the person's row lock: a role change may have come in between.
    if (!(await holdsRole(trx, person.id, ['counselor']))) return 'stale' as const
    const row = await trx
      .insertInto('staff_locations')
      .values({ staff_id: person.id, location_id: locationId })
      .onConflict((oc) => oc.columns(['staff_id', 'location_id']).doNothing())
      .returning('staff_id')
      .executeTakeFirst()
    if (!row) return false
    await audit(
      trx,
      { staffId: staff.id, action: 'staff.assign', locationId, detail: `assign ${person.email}` },
      now,
    )
    return true
  })
  if (added === 'stale') return errorResponse(c, 409)
  if (!added) {
    const errors = { location: messages(c).alreadyAssigned }
    const values = { location: locationId }
    return personPage(c, person.id, { form: 'location', values, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=gekoppeld`, 303)
})

peopleRoutes.post('/:id/ontkoppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  const form = await c.req.parseBody().catch(() => null)
  const locationId = field(form, 'location', 40)
  if (!person || person.role !== 'counselor' || !isUuid(locationId)) {
    return errorResponse(c, 404)
  }
  if (staff.role !== 'admin' && !staff.locationIds.includes(locationId)) {
    return errorResponse(c, 404)
  }
  const now = clock()
  const outcome = await db.transaction().execute(async (trx) => {
    // The person's row lock keeps two removals at once from leaving them with none.
    await trx.selectFrom('staff').select('id').where('id', '=', person.id).forUpdate().execute()
    const links = await trx
      .selectFrom('staff_locations')
      .select('location_id')
      .where('staff_id', '=', person.id)
      .execute()
    if (!links.some((l) => l.location_id === locationId)) return 'not_linked' as const
    // Without a support point the counselor would drop out of every coordinator's view.
    if (links.length === 1) return 'last' as const
    await trx
      .deleteFrom('staff_locations')
      .where('staff_id', '=', person.id)
      .where('location_id', '=', locationId)
      .execute()
    await audit(
      trx,
      {
        staffId: staff.id,
        action: 'staff.unassign',
        locationId,
        detail: `unassign ${person.email}`,
      },
      now,
    )
    return 'removed' as const
  })
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { location: messages(c).lastAssignment }
    return personPage(c, person.id, { form: 'location', values: {}, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=ontkoppeld`, 303)
})

peopleRoutes.post('/:id/deactiveren', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  if (!person) return errorResponse(c, 404)
  if (!(await whollyInScope(db, staff, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=buiten`, 303)
  }
  const now = clock()
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ active: false, deactivated_by: staff.id })
      .where('id', '=', person.id)
      .execute()
    await endAllSessions(trx, person.id)
    // An unused invite or reset link must not come back to life at reactivation.
    await trx
      .deleteFrom('staff_tokens')
      .where('staff_id', '=', person.id)
      .where('used_at', 'is', null)
      .execute()
    await audit(
      trx,
      { staffId: staff.id, action: 'staff.deactivate', detail: `deactivate ${person.email}` },
      now,
    )
  })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=uit`, 303)
})

peopleRoutes.post('/:id/activeren', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  if (!person) return errorResponse(c, 404)
  if (!(await whollyInScope(db, staff, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=buiten`, 303)
  }
  if (staff.role !== 'admin' && (await deactivatedByAdmin(db, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=beheer`, 303)
  }
  const now = clock()
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ active: true, deactivated_by: null })
      .where('id', '=', person.id)
      .execute()
    await audit(
      trx,
      { staffId: staff.id, action: 'staff.reactivate', detail: `reactivate ${person.email}` },
      now,
    )
  })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=aan`, 303)
})

/** The admin removes a lost second factor (audited); the person sets up a new one. */
peopleRoutes.post('/:id/tweestaps-wissen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  if (staff.role !== 'admin' || !person) return errorResponse(c, 404)
  await resetSecondFactor(db, { staffId: person.id, byStaffId: staff.id }, clock())
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=tweestaps`, 303)
})

peopleRoutes.post('/:id/opnieuw-uitnodigen', async (c) => {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const person = await findManaged(c, c.req.param('id'))
  if (!person || !person.active || person.password_hash !== null) return errorResponse(c, 404)
  const now = clock()
  await db.transaction().execute(async (trx) => {
    await sendInvite(trx, person, config.baseUrl, now)
    await audit(
      trx,
      { staffId: staff.id, action: 'staff.resend', detail: `resend ${person.email}` },
      now,
    )
  })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=opnieuw`, 303)
})

/**
 * Another role for someone. A coordinator may only move their own counselors and
 * volunteers between those two roles, and only when all of the person's places lie in
 * the coordinator's regions; a role or place beyond the viewer's reach reads as unknown.
 */
peopleRoutes.post('/:id/rol', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const person = await findManaged(c, c.req.param('id'))
  if (!person) return errorResponse(c, 404)
  const form = await c.req.parseBody().catch(() => null)
  const values: FormValues = {
    newRole: field(form, 'newRole', 20),
    newLocation: field(form, 'newLocation', 40),
    newRegion: field(form, 'newRegion', 40),
  }
  const choices = await scopeChoices(db, staff)
  const role = ROLES.find((r) => r === values.newRole)
  if (role && !choices.roles.includes(role)) return errorResponse(c, 404)
  if (values.newLocation && !choices.locations.some((l) => l.value === values.newLocation)) {
    return errorResponse(c, 404)
  }
  if (values.newRegion && !choices.regions.some((r) => r.value === values.newRegion)) {
    return errorResponse(c, 404)
  }
  const errors: FormErrors = {}
  if (!role) errors.newRole = t.roleMissing
  else if (role === person.role) errors.newRole = t.sameRole
  if (role === 'counselor' && !values.newLocation) errors.newLocation = t.locationMissing
  if ((role === 'volunteer' || role === 'coordinator') && !values.newRegion) {
    errors.newRegion = t.regionMissing
  }
  if (staff.role !== 'admin') {
    // The change takes away all of the person's places; a coordinator may only take theirs.
    if (!(await whollyInScope(db, staff, person.id))) errors.newRole = t.outsideScope
  }
  if (Object.keys(errors).length > 0 || !role) {
    return personPage(c, person.id, { form: 'role', values, errors }, 422)
  }
  const outcome = await changeRole(db, {
    person,
    role,
    locationId: role === 'counselor' ? values.newLocation! : null,
    regionId: role === 'volunteer' || role === 'coordinator' ? values.newRegion! : null,
    ...(staff.role === 'admin'
      ? {}
      : { scope: { locationIds: staff.locationIds, regionIds: staff.regionIds } }),
    by: staff.id,
    now: clock(),
  })
  if (outcome !== 'changed') {
    const message = outcome === 'stale' ? t.changedMeanwhile : t.lastAdmin
    return personPage(c, person.id, { form: 'role', values, errors: { newRole: message } }, 409)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=rol`, 303)
})

/** A volunteer or coordinator whose regions the viewer may change, or undefined (404). */
async function findRegional(c: C) {
  const person = await findManaged(c, c.req.param('id') ?? '')
  return person && (person.role === 'volunteer' || person.role === 'coordinator')
    ? person
    : undefined
}

peopleRoutes.post('/:id/regio-koppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findRegional(c)
  const form = await c.req.parseBody().catch(() => null)
  const regionId = field(form, 'region', 40)
  if (!person) return errorResponse(c, 404)
  const choices = await scopeChoices(db, staff)
  if (!choices.regions.some((r) => r.value === regionId)) return errorResponse(c, 404)
  const linked = await linkRegion(db, { person, regionId, by: staff.id, now: clock() })
  if (linked === 'stale') return errorResponse(c, 409)
  if (!linked) {
    const errors = { region: messages(c).alreadyInRegion }
    return personPage(c, person.id, { form: 'region', values: { region: regionId }, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=regio`, 303)
})

peopleRoutes.post('/:id/regio-ontkoppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findRegional(c)
  const form = await c.req.parseBody().catch(() => null)
  const regionId = field(form, 'region', 40)
  if (!person || !isUuid(regionId)) return errorResponse(c, 404)
  if (staff.role !== 'admin' && !staff.regionIds.includes(regionId)) return errorResponse(c, 404)
  const outcome = await unlinkRegion(db, { person, regionId, by: staff.id, now: clock() })
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { region: messages(c).lastRegion }
    return personPage(c, person.id, { form: 'region', values: {}, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=zonderregio`, 303)
})
