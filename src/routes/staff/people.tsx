import type { FormErrors, FormValues } from '../../../views/partials/form-fields.js'
import { PeopleListPage, type PersonLine } from '../../../views/staff/people.js'
import { isPlausibleEmail } from '../../domain/booking-form.js'
import { isSingleLine } from '../../domain/text-rules.js'
import { readForm } from '../../http/form.js'
import { emailInUse, invitePerson, listPeople } from '../../services/people.js'
import { scopeChoices } from '../../services/scope.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { personAccountRoutes } from './people-account.js'
import { personPlaceRoutes } from './people-places.js'
import { messages, personPage, placeErrors, readRoleChoice, type C } from './people-shared.js'
import { staffArea } from './session.js'

/**
 * Staff accounts: a coordinator manages the counselors of their region's support points
 * and the volunteers of their regions; the admin manages everyone. Anything outside that
 * scope answers 404, exactly like something that does not exist. Here the list, the invite
 * and a person's page; what is done to an account and to its places is mounted below.
 */
export const peopleRoutes = staffArea(['admin', 'coordinator'])

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

peopleRoutes.get('/:id', (c) => personPage(c, c.req.param('id')))

peopleRoutes.route('/', personAccountRoutes)
peopleRoutes.route('/', personPlaceRoutes)
