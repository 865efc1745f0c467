import { Hono } from 'hono'
import type { FormErrors, FormValues } from '../../../views/partials/form-fields.js'
import type { AppEnv } from '../../app-env.js'
import { readForm } from '../../http/form.js'
import {
  changeRole,
  deactivatedByAdmin,
  deactivatePerson,
  reactivatePerson,
  resendInvite,
} from '../../services/people.js'
import { whollyInScope } from '../../services/scope.js'
import { resetSecondFactor } from '../../services/two-factor.js'
import { errorResponse } from '../errors.js'
import {
  managed,
  messages,
  personPage,
  placeErrors,
  readRoleChoice,
  type C,
} from './people-shared.js'

/**
 * What is done to a staff account from its page (mounted by people.tsx under
 * /staff/medewerkers/:id): deactivating and reactivating, clearing a lost second factor,
 * inviting again, another role.
 */
export const personAccountRoutes = new Hono<AppEnv>()

type Person = NonNullable<Awaited<ReturnType<typeof managed>>>

/**
 * Switching an account off or on is for a person the acting one manages (else 404) and who
 * is wholly in their scope (else back to the person's page, saying so).
 */
function whollyManaged(act: (c: C, person: Person) => Promise<Response>) {
  return async (c: C) => {
    const person = await managed(c)
    if (!person) return errorResponse(c, 404)
    if (!(await whollyInScope(c.get('deps').db, c.get('staff'), person.id))) {
      return c.redirect(`/staff/medewerkers/${person.id}?klaar=buiten`, 303)
    }
    return act(c, person)
  }
}

personAccountRoutes.post(
  '/:id/deactiveren',
  whollyManaged(async (c, person) => {
    const { db, clock } = c.get('deps')
    await deactivatePerson(db, { person, by: c.get('staff').id, now: clock() })
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=uit`, 303)
  }),
)

personAccountRoutes.post(
  '/:id/activeren',
  whollyManaged(async (c, person) => {
    const staff = c.get('staff')
    const { db, clock } = c.get('deps')
    if (staff.role !== 'admin' && (await deactivatedByAdmin(db, person.id))) {
      return c.redirect(`/staff/medewerkers/${person.id}?klaar=beheer`, 303)
    }
    await reactivatePerson(db, { person, by: staff.id, now: clock() })
    return c.redirect(`/staff/medewerkers/${person.id}?klaar=aan`, 303)
  }),
)

/** The admin removes a lost second factor (audited); the person sets up a new one. */
personAccountRoutes.post('/:id/tweestaps-wissen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await managed(c)
  if (staff.role !== 'admin' || !person) return errorResponse(c, 404)
  await resetSecondFactor(db, { staffId: person.id, byStaffId: staff.id }, clock())
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=tweestaps`, 303)
})

personAccountRoutes.post('/:id/opnieuw-uitnodigen', async (c) => {
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
personAccountRoutes.post('/:id/rol', async (c) => {
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
