import { Hono, type Context } from 'hono'
import {
  PersonPage,
  type PersonDetail,
  type PersonFormState,
} from '../../../views/staff/people-detail.js'
import type { FormErrors, FormValues } from '../../../views/staff/people-fields.js'
import { PeopleListPage, type PersonLine } from '../../../views/staff/people.js'
import type { AppEnv } from '../../app-env.js'
import type { Role } from '../../db/schema.js'
import { isPlausibleEmail } from '../../domain/booking-form.js'
import { isSingleLine } from '../../domain/text-rules.js'
import { isUuid } from '../../domain/uuid.js'
import { readForm, type Form } from '../../http/form.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { peopleMessages, type PeopleMessages } from '../../i18n/staff/people.js'
import {
  assignLocation,
  changeRole,
  deactivatedByAdmin,
  deactivatePerson,
  emailInUse,
  findManaged,
  invitePerson,
  linkRegion,
  listPeople,
  placesOfPerson,
  reactivatePerson,
  resendInvite,
  unassignLocation,
  unlinkRegion,
} from '../../services/people.js'
import {
  mayActOnLocation,
  mayActOnRegion,
  scopeChoices,
  whollyInScope,
} from '../../services/scope.js'
import { resetSecondFactor } from '../../services/two-factor.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'

/**
 * Staff accounts: a coordinator manages the counselors of their region's support points
 * and the volunteers of their regions; the admin manages everyone. Anything outside that
 * scope answers 404, exactly like something that does not exist.
 */
export const peopleRoutes = new Hono<AppEnv>()

peopleRoutes.use('*', requireStaff(['admin', 'coordinator']))

type C = Context<AppEnv>

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

/** The person named in the path if the viewer manages them, else undefined (404). */
function managed(c: C) {
  const id = c.req.param('id') ?? ''
  return isUuid(id) ? findManaged(c.get('deps').db, c.get('staff'), id) : Promise.resolve(undefined)
}

async function listPage(
  c: C,
  form: { values: FormValues; errors: FormErrors },
  status: 200 | 422 = 200,
) {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const people: PersonLine[] = (await listPeople(db, staff)).map((person) => ({
    ...person,
    manageable: person.id !== staff.id,
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

/**
 * The role and the one place it needs, as chosen on the invite or role form. A role, support
 * point or region beyond the viewer's reach reads as unknown: `outOfReach` is then true.
 */
async function readRoleChoice(
  c: C,
  form: Form,
  names: { role: string; location: string; region: string },
) {
  const choices = await scopeChoices(c.get('deps').db, c.get('staff'))
  const values = {
    role: form.text(names.role, 20),
    location: form.text(names.location, 40),
    region: form.text(names.region, 40),
  }
  const role = ROLES.find((r) => r === values.role)
  const outOfReach =
    (role !== undefined && !choices.roles.includes(role)) ||
    (values.location !== '' && !choices.locations.some((l) => l.value === values.location)) ||
    (values.region !== '' && !choices.regions.some((r) => r.value === values.region))
  return { values, role, outOfReach }
}

/** The missing place for a role, as errors under the form's own field names. */
function placeErrors(
  t: PeopleMessages,
  role: Role | undefined,
  values: { location: string; region: string },
  names: { location: string; region: string },
): FormErrors {
  const errors: FormErrors = {}
  if (role === 'counselor' && !values.location) errors[names.location] = t.locationMissing
  if ((role === 'volunteer' || role === 'coordinator') && !values.region) {
    errors[names.region] = t.regionMissing
  }
  return errors
}

const INVITE_FIELDS = { role: 'role', location: 'location', region: 'region' }

peopleRoutes.post('/uitnodigen', async (c) => {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const t = messages(c)
  const form = await readForm(c)
  const choice = await readRoleChoice(c, form, INVITE_FIELDS)
  if (choice.outOfReach) return errorResponse(c, 404)
  const { role } = choice
  const values: FormValues = {
    name: form.text('name', 200).trim(),
    email: form.text('email', 300).trim(),
    ...choice.values,
    locale: form.text('locale', 2) === 'en' ? 'en' : 'nl',
  }
  const name = values.name!
  const email = values.email!
  const errors: FormErrors = {}
  if (!name) errors.name = t.nameMissing
  else if (name.length > 100 || !isSingleLine(name)) errors.name = t.nameInvalid
  if (email.length > 254 || !isPlausibleEmail(email)) errors.email = t.emailInvalid
  else if (await emailInUse(db, email)) errors.email = t.emailTaken
  if (!role) errors.role = t.roleMissing
  Object.assign(errors, placeErrors(t, role, choice.values, INVITE_FIELDS))
  if (Object.keys(errors).length > 0 || !role) return listPage(c, { values, errors }, 422)

  const outcome = await invitePerson(db, {
    person: { name, email, role, locale: values.locale === 'en' ? 'en' : 'nl' },
    locationId: role === 'counselor' ? choice.values.location : null,
    regionId: role === 'volunteer' || role === 'coordinator' ? choice.values.region : null,
    by: staff.id,
    baseUrl: config.baseUrl,
    now: clock(),
  })
  // Someone invited the same address a moment ago.
  if (outcome === 'email_taken')
    return listPage(c, { values, errors: { email: t.emailTaken } }, 422)
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
  const row = isUuid(id) ? await findManaged(db, staff, id) : undefined
  if (!row) return errorResponse(c, 404)
  const places = await placesOfPerson(db, staff, row.id)
  const person: PersonDetail = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    invited: row.password_hash === null,
    hasTotp: row.totp_secret !== null,
    ...places,
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
        roleChoices={choices}
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
  const person = await managed(c)
  const locationId = (await readForm(c)).text('location', 40)
  const choices = await scopeChoices(db, staff)
  if (!person || person.role !== 'counselor') return errorResponse(c, 404)
  if (!choices.locations.some((l) => l.value === locationId)) return errorResponse(c, 404)
  const added = await assignLocation(db, { person, locationId, by: staff.id, now: clock() })
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
  const person = await managed(c)
  const locationId = (await readForm(c)).text('location', 40)
  if (!person || person.role !== 'counselor' || !isUuid(locationId)) {
    return errorResponse(c, 404)
  }
  if (!mayActOnLocation(staff, locationId)) return errorResponse(c, 404)
  const outcome = await unassignLocation(db, { person, locationId, by: staff.id, now: clock() })
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
  const person = await managed(c)
  if (!person) return errorResponse(c, 404)
  if (!(await whollyInScope(db, staff, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=buiten`, 303)
  }
  await deactivatePerson(db, { person, by: staff.id, now: clock() })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=uit`, 303)
})

peopleRoutes.post('/:id/activeren', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await managed(c)
  if (!person) return errorResponse(c, 404)
  if (!(await whollyInScope(db, staff, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=buiten`, 303)
  }
  if (staff.role !== 'admin' && (await deactivatedByAdmin(db, person.id))) {
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=beheer`, 303)
  }
  await reactivatePerson(db, { person, by: staff.id, now: clock() })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=aan`, 303)
})

/** The admin removes a lost second factor (audited); the person sets up a new one. */
peopleRoutes.post('/:id/tweestaps-wissen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await managed(c)
  if (staff.role !== 'admin' || !person) return errorResponse(c, 404)
  await resetSecondFactor(db, { staffId: person.id, byStaffId: staff.id }, clock())
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=tweestaps`, 303)
})

peopleRoutes.post('/:id/opnieuw-uitnodigen', async (c) => {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const person = await managed(c)
  if (!person || !person.active || person.password_hash !== null) return errorResponse(c, 404)
  await resendInvite(db, { person, by: staff.id, baseUrl: config.baseUrl, now: clock() })
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=opnieuw`, 303)
})

const ROLE_FIELDS = { role: 'newRole', location: 'newLocation', region: 'newRegion' }

/**
 * Another role for someone. A coordinator may only move their own counselors and
 * volunteers between those two roles, and only when all of the person's places lie in
 * the coordinator's regions; a role or place beyond the viewer's reach reads as unknown.
 */
peopleRoutes.post('/:id/rol', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const person = await managed(c)
  if (!person) return errorResponse(c, 404)
  const choice = await readRoleChoice(c, await readForm(c), ROLE_FIELDS)
  if (choice.outOfReach) return errorResponse(c, 404)
  const { role } = choice
  const values: FormValues = {
    newRole: choice.values.role,
    newLocation: choice.values.location,
    newRegion: choice.values.region,
  }
  const errors: FormErrors = {}
  if (!role) errors.newRole = t.roleMissing
  else if (role === person.role) errors.newRole = t.sameRole
  Object.assign(errors, placeErrors(t, role, choice.values, ROLE_FIELDS))
  // The change takes away all of the person's places; a coordinator may only take theirs.
  if (!(await whollyInScope(db, staff, person.id))) errors.newRole = t.outsideScope
  if (Object.keys(errors).length > 0 || !role) {
    return personPage(c, person.id, { form: 'role', values, errors }, 422)
  }
  const outcome = await changeRole(db, {
    person,
    role,
    locationId: role === 'counselor' ? choice.values.location : null,
    regionId: role === 'volunteer' || role === 'coordinator' ? choice.values.region : null,
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
  const person = await managed(c)
  return person && (person.role === 'volunteer' || person.role === 'coordinator')
    ? person
    : undefined
}

peopleRoutes.post('/:id/regio-koppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findRegional(c)
  const regionId = (await readForm(c)).text('region', 40)
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
  const regionId = (await readForm(c)).text('region', 40)
  if (!person || !isUuid(regionId)) return errorResponse(c, 404)
  if (!mayActOnRegion(staff, regionId)) return errorResponse(c, 404)
  const outcome = await unlinkRegion(db, { person, regionId, by: staff.id, now: clock() })
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { region: messages(c).lastRegion }
    return personPage(c, person.id, { form: 'region', values: {}, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=zonderregio`, 303)
})
