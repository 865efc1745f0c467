import type { Context } from 'hono'
import { NewRegionPage, RegionPage, RegionsListPage } from '../../../views/staff/admin-regions.js'
import type { FilledForm, FormErrors, FormValues } from '../../../views/partials/form-fields.js'
import type { AppEnv } from '../../app-env.js'
import { isSlug } from '../../domain/text-rules.js'
import type { AdminMessages } from '../../i18n/staff/admin.js'
import { linkRegion, unlinkRegion } from '../../services/people-places.js'
import {
  coordinatorById,
  createRegion,
  findRegionBySlug,
  projectLeaders,
  regionDetail,
  regionsOverview,
  updateRegion,
  type RegionInput,
} from '../../services/regions.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { checker, formValues, messages, RESERVED } from './admin-form.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/** The admin's regions: name, web address, project leader, coordinators. Everyone else: 404. */
export const regionAdminRoutes = staffArea(['admin'])

type C = Context<AppEnv>

const REGION_FIELDS = ['name', 'slug', 'projectLeader'] as const

async function leaderChoices(c: C, current: string | null = null) {
  const people = await projectLeaders(c.get('deps').db, current)
  return people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))
}

/** Validates a region's form; the chosen project leader must be one of `leaders`. */
function validateRegion(
  t: AdminMessages,
  values: FormValues,
  leaders: Array<{ value: string }>,
): { ok: true; input: RegionInput } | { ok: false; errors: FormErrors } {
  const check = checker(t, values)
  const name = check.line('name', 100)
  const slug = check.slug('slug')
  if (slug && RESERVED.has(slug)) check.fail('slug', t.regionSlugTaken)
  const leader = (values.projectLeader ?? '').trim()
  if (leader && !leaders.some((l) => l.value === leader))
    check.fail('projectLeader', t.chooseFromList)
  if (!check.ok()) return { ok: false, errors: check.errors }
  return { ok: true, input: { name: name!, slug: slug!, projectLeaderId: leader || null } }
}

regionAdminRoutes.get('/', async (c) => {
  const t = messages(c)
  const notice = c.req.query('klaar') === 'aangemaakt' ? t.regionCreated : null
  return render(c, {
    title: t.regionsTitle,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/regios'),
    page: (
      <RegionsListPage t={t} regions={await regionsOverview(c.get('deps').db)} notice={notice} />
    ),
  })
})

async function newRegionPage(c: C, form: FilledForm, status: 200 | 422 = 200) {
  const t = messages(c)
  return render(c, {
    title: t.newRegionTitle,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/beheer/regios'),
    page: <NewRegionPage t={t} leaders={await leaderChoices(c)} form={form} />,
  })
}

regionAdminRoutes.get('/nieuw', (c) => newRegionPage(c, { values: {}, errors: {} }))

regionAdminRoutes.post('/nieuw', async (c) => {
  const t = messages(c)
  const { db, clock } = c.get('deps')
  const values = await formValues(c, REGION_FIELDS)
  const result = validateRegion(t, values, await leaderChoices(c))
  if (!result.ok) return newRegionPage(c, { values, errors: result.errors }, 422)
  const saved = await createRegion(db, result.input, c.get('staff').id, clock())
  if (!saved.ok) return newRegionPage(c, { values, errors: { slug: t.regionSlugTaken } }, 422)
  return c.redirect(`/staff/beheer/regios/${saved.slug}?klaar=aangemaakt`, 303)
})

async function findRegion(c: C) {
  const slug = c.req.param('slug') ?? ''
  return isSlug(slug) ? findRegionBySlug(c.get('deps').db, slug) : undefined
}
type AdminRegion = NonNullable<Awaited<ReturnType<typeof findRegion>>>

const REGION_NOTICES = {
  aangemaakt: 'regionCreated',
  opgeslagen: 'regionSaved',
  toegevoegd: 'coordinatorAdded',
  verwijderd: 'coordinatorRemoved',
} as const

async function regionPage(
  c: C,
  region: AdminRegion,
  state: { form?: FilledForm; coordinatorErrors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const t = messages(c)
  const { db } = c.get('deps')
  const { coordinators, addable, points } = await regionDetail(db, region.id)
  const key = c.req.query('klaar') ?? ''
  const notice =
    key in REGION_NOTICES ? t[REGION_NOTICES[key as keyof typeof REGION_NOTICES]] : null
  const form = state.form ?? {
    values: { name: region.name, slug: region.slug, projectLeader: region.project_leader_id ?? '' },
    errors: {},
  }
  return render(c, {
    title: region.name,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/beheer/regios'),
    page: (
      <RegionPage
        t={t}
        region={{ slug: region.slug, name: region.name, coordinators, points }}
        leaders={await leaderChoices(c, region.project_leader_id)}
        addable={addable.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
        form={form}
        coordinatorErrors={state.coordinatorErrors ?? {}}
        notice={status === 200 ? notice : null}
      />
    ),
  })
}

regionAdminRoutes.get('/:slug', async (c) => {
  const region = await findRegion(c)
  if (!region) return errorResponse(c, 404)
  return regionPage(c, region)
})

regionAdminRoutes.post('/:slug', async (c) => {
  const region = await findRegion(c)
  if (!region) return errorResponse(c, 404)
  const t = messages(c)
  const { db, clock } = c.get('deps')
  const values = await formValues(c, REGION_FIELDS)
  const result = validateRegion(t, values, await leaderChoices(c, region.project_leader_id))
  if (!result.ok) return regionPage(c, region, { form: { values, errors: result.errors } }, 422)
  const saved = await updateRegion(db, region.id, result.input, c.get('staff').id, clock())
  if (!saved.ok) {
    return regionPage(c, region, { form: { values, errors: { slug: t.regionSlugTaken } } }, 422)
  }
  return c.redirect(`/staff/beheer/regios/${saved.slug}?klaar=opgeslagen`, 303)
})

/** The coordinator named in the form; any other id reads as unknown. */
async function postedCoordinator(c: C) {
  const { staff: id } = await formValues(c, ['staff'])
  return coordinatorById(c.get('deps').db, id ?? '')
}

regionAdminRoutes.post('/:slug/coordinatoren', async (c) => {
  const region = await findRegion(c)
  const person = region && (await postedCoordinator(c))
  if (!region || !person) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const request = { person, regionId: region.id, by: c.get('staff').id, now: clock() }
  if (!(await linkRegion(db, request))) {
    const errors = { staff: messages(c).coordinatorAlreadyLinked }
    return regionPage(c, region, { coordinatorErrors: errors }, 422)
  }
  return c.redirect(`/staff/beheer/regios/${region.slug}?klaar=toegevoegd#coordinators`, 303)
})

regionAdminRoutes.post('/:slug/coordinatoren/verwijderen', async (c) => {
  const region = await findRegion(c)
  const person = region && (await postedCoordinator(c))
  if (!region || !person) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const request = { person, regionId: region.id, by: c.get('staff').id, now: clock() }
  const outcome = await unlinkRegion(db, request)
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { staff: messages(c).coordinatorLastRegion }
    return regionPage(c, region, { coordinatorErrors: errors }, 422)
  }
  return c.redirect(`/staff/beheer/regios/${region.slug}?klaar=verwijderd#coordinators`, 303)
})
