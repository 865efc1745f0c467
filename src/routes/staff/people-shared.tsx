import type { Context } from 'hono'
import {
  PersonPage,
  type PersonDetail,
  type PersonFormState,
} from '../../../views/staff/people-detail.js'
import type { FormErrors } from '../../../views/partials/form-fields.js'
import type { AppEnv } from '../../app-env.js'
import type { Role } from '../../db/schema.js'
import { isUuid } from '../../domain/uuid.js'
import type { Form } from '../../http/form.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { peopleMessages, type PeopleMessages } from '../../i18n/staff/people.js'
import { accountFacts, findManaged, placesOfPerson } from '../../services/people.js'
import { scopeChoices } from '../../services/scope.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'

/**
 * What the staff accounts' routes share (people.tsx, people-account.tsx, people-places.tsx):
 * the viewer's words, the person named in the path, the role chosen on a form and the
 * person's page, which every form on it shows again with its errors.
 */

export type C = Context<AppEnv>

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

export function messages(c: C): PeopleMessages {
  return peopleMessages[c.get('staff').locale]
}

/** The person named in the path if the viewer manages them, else undefined (404). */
export function managed(c: C) {
  const id = c.req.param('id') ?? ''
  return isUuid(id) ? findManaged(c.get('deps').db, c.get('staff'), id) : Promise.resolve(undefined)
}

/**
 * The role and the one place it needs, as chosen on the invite or role form. A role, support
 * point or region beyond the viewer's reach reads as unknown: `outOfReach` is then true.
 */
export async function readRoleChoice(
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
export function placeErrors(
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

export async function personPage(
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
    ...accountFacts(row),
    hasTotp: row.totp_secret !== null || row.has_passkey,
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
