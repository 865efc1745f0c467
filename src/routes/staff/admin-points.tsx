import type { Context } from 'hono'
import {
  DeactivateConflictPage,
  NewPointPage,
  PointAdminPage,
  PointsAdminListPage,
} from '../../../views/staff/admin-points.js'
import type { FilledForm, FormErrors, FormValues } from '../../../views/partials/form-fields.js'
import type { AppEnv } from '../../app-env.js'
import {
  POINT_TEXT_LIMITS,
  pointErrorMessages,
  validatePointDetails,
} from '../../domain/point-details.js'
import { isMultiLine } from '../../domain/text-rules.js'
import { isUuid } from '../../domain/uuid.js'
import { locationsMessages } from '../../i18n/staff/locations.js'
import { notifySettings } from '../../services/booking.js'
import {
  createPoint,
  deactivatePoint,
  findPointBySlug,
  movePoint,
  pointsOverview,
  reactivatePoint,
  renamePoint,
  type AdminPoint,
  type NewPoint,
} from '../../services/points.js'
import { regionsOverview } from '../../services/regions.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { checker, formValues, ianaZone, messages, RESERVED } from './admin-form.js'
import { bookingLines } from './booking-lines.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/**
 * The admin's support points: create, rename, close and reopen, move to another region. A
 * point's details and hours stay on /staff/steunpunten/:slug. Everyone else gets 404.
 */
export const pointAdminRoutes = staffArea(['admin'])

type C = Context<AppEnv>

const MESSAGE_MAX = 300
const POINT_FIELDS = [
  'region',
  'name',
  'slug',
  'municipality',
  'address',
  'postalCode',
  'directions',
  'phone',
  'timezone',
  'slotMinutes',
  'minNoticeMinutes',
  'horizonDays',
  'walkInSeats',
] as const

async function regionChoices(c: C) {
  return (await regionsOverview(c.get('deps').db)).map((r) => ({ value: r.id, label: r.name }))
}

pointAdminRoutes.get('/', async (c) => {
  const t = messages(c)
  const points = await pointsOverview(c.get('deps').db)
  return render(c, {
    title: t.pointsTitle,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/steunpunten'),
    page: <PointsAdminListPage t={t} points={points} />,
  })
})

async function newPointPage(c: C, form: FilledForm, status: 200 | 422 = 200) {
  const t = messages(c)
  return render(c, {
    title: t.newPointTitle,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/beheer/steunpunten'),
    page: (
      <NewPointPage
        t={t}
        lt={locationsMessages[c.get('staff').locale]}
        regions={await regionChoices(c)}
        form={form}
      />
    ),
  })
}

const NEW_POINT_DEFAULTS: FormValues = {
  region: '',
  timezone: 'Europe/Amsterdam',
  slotMinutes: '30',
  minNoticeMinutes: '120',
  horizonDays: '42',
  walkInSeats: '0',
}

pointAdminRoutes.get('/nieuw', (c) =>
  newPointPage(c, {
    values: { ...NEW_POINT_DEFAULTS, region: c.req.query('regio') ?? '' },
    errors: {},
  }),
)

/** The admin's fields (region, name, web address, time zone) on top of the point's details. */
function validatePoint(
  c: C,
  values: FormValues,
  regions: Array<{ value: string }>,
): { ok: true; point: NewPoint } | { ok: false; errors: FormErrors } {
  const t = messages(c)
  const check = checker(t, values)
  const region = (values.region ?? '').trim()
  if (!region) check.fail('region', t.required)
  else if (!regions.some((r) => r.value === region)) check.fail('region', t.chooseFromList)
  const name = check.line('name', POINT_TEXT_LIMITS.name)
  const slug = check.slug('slug')
  if (slug && RESERVED.has(slug)) check.fail('slug', t.pointSlugTaken)
  const municipality = check.line('municipality', POINT_TEXT_LIMITS.municipality)
  const zoneTyped = check.line('timezone', 60)
  const zone = zoneTyped ? ianaZone(zoneTyped) : null
  if (zoneTyped && !zone) check.fail('timezone', t.invalidTimezone)
  const details = validatePointDetails(values)
  if (!details.ok || !check.ok()) {
    const detailErrors = details.ok
      ? {}
      : pointErrorMessages(locationsMessages[c.get('staff').locale], details.errors)
    return { ok: false, errors: inFormOrder({ ...check.errors, ...detailErrors }) }
  }
  return {
    ok: true,
    point: {
      ...details.value,
      regionId: region,
      slug: slug!,
      name: name!,
      municipality: municipality!,
      timezone: zone!,
    },
  }
}

/** The errors in the order of the form's fields, as the summary above it lists them. */
function inFormOrder(errors: FormErrors): FormErrors {
  return Object.fromEntries(
    POINT_FIELDS.flatMap((name) => (errors[name] ? [[name, errors[name]]] : [])),
  )
}

pointAdminRoutes.post('/nieuw', async (c) => {
  const { db, clock } = c.get('deps')
  const values = await formValues(c, POINT_FIELDS)
  const result = validatePoint(c, values, await regionChoices(c))
  if (!result.ok) return newPointPage(c, { values, errors: result.errors }, 422)
  const saved = await createPoint(db, result.point, c.get('staff').id, clock())
  if (!saved.ok) {
    return newPointPage(c, { values, errors: { slug: messages(c).pointSlugTaken } }, 422)
  }
  // Hours, closures and extra sessions are added where the coordinator edits them too.
  return c.redirect(`/staff/steunpunten/${saved.slug}`, 303)
})

/** A support point by slug, open or closed. */
function findPoint(c: C) {
  return findPointBySlug(c.get('deps').db, c.req.param('slug') ?? '')
}

const POINT_NOTICES = { verplaatst: 'moved', open: 'reactivated', hernoemd: 'renamed' } as const

async function pointPage(
  c: C,
  point: AdminPoint,
  forms: { move?: FilledForm; rename?: FilledForm } = {},
  status: 200 | 422 = 200,
) {
  const moveForm = forms.move
  const t = messages(c)
  const key = c.req.query('klaar') ?? ''
  const cancelled = Number(c.req.query('geannuleerd') ?? 0) || 0
  const notice =
    status !== 200
      ? null
      : key === 'gesloten'
        ? t.deactivated(cancelled)
        : key in POINT_NOTICES
          ? t[POINT_NOTICES[key as keyof typeof POINT_NOTICES]]
          : null
  const otherRegions = (await regionChoices(c)).filter((r) => r.value !== point.region_id)
  return render(c, {
    title: t.pointAdminTitle(point.name),
    noindex: true,
    status,
    nav: staffNav(c, '/staff/beheer/steunpunten'),
    page: (
      <PointAdminPage
        t={t}
        point={point}
        otherRegions={otherRegions}
        moveForm={moveForm ?? { values: {}, errors: {} }}
        renameForm={
          forms.rename ?? {
            values: { name: point.name, municipality: point.municipality },
            errors: {},
          }
        }
        notice={notice}
      />
    ),
  })
}

pointAdminRoutes.get('/:slug', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  return pointPage(c, point)
})

pointAdminRoutes.post('/:slug/naam', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const values = await formValues(c, ['name', 'municipality'])
  const check = checker(messages(c), values)
  const name = check.line('name', POINT_TEXT_LIMITS.name)
  const municipality = check.line('municipality', POINT_TEXT_LIMITS.municipality)
  if (!check.ok() || !name || !municipality) {
    return pointPage(c, point, { rename: { values, errors: check.errors } }, 422)
  }
  await renamePoint(db, {
    locationId: point.id,
    name,
    municipality,
    staffId: c.get('staff').id,
    now: clock(),
  })
  return c.redirect(`/staff/beheer/steunpunten/${point.slug}?klaar=hernoemd`, 303)
})

pointAdminRoutes.post('/:slug/regio', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const t = messages(c)
  const { db, clock } = c.get('deps')
  const values = await formValues(c, ['region'])
  const region = values.region ?? ''
  const fail = (message: string) =>
    pointPage(c, point, { move: { values, errors: { region: message } } }, 422)
  if (!region) return fail(t.required)
  if (region === point.region_id) return fail(t.sameRegion)
  if (!(await regionChoices(c)).some((r) => r.value === region)) return fail(t.chooseFromList)
  await movePoint(db, {
    locationId: point.id,
    regionId: region,
    staffId: c.get('staff').id,
    now: clock(),
  })
  return c.redirect(`/staff/beheer/steunpunten/${point.slug}?klaar=verplaatst`, 303)
})

pointAdminRoutes.post('/:slug/sluiten', async (c) => {
  const point = await findPoint(c)
  if (!point || !point.active) return errorResponse(c, 404)
  const t = messages(c)
  const { db, clock, config } = c.get('deps')
  // Every booking still to come is listed by id (37 characters each): never cut.
  const values = await formValues(c, ['confirm', 'affected', 'message'], ['affected'])
  // A pasted tab is a space, not a reason to send the default text instead.
  const typed = (values.message ?? '').replace(/\t/g, ' ').trim().slice(0, MESSAGE_MAX)
  const message = typed && isMultiLine(typed) ? typed : t.messageDefault
  const confirm =
    values.confirm === 'cancel'
      ? {
          affectedIds: (values.affected ?? '').split(',').filter((id) => isUuid(id)),
          reason: message,
        }
      : null
  const outcome = await deactivatePoint(db, {
    locationId: point.id,
    staffId: c.get('staff').id,
    now: clock(),
    notify: notifySettings(config),
    confirm,
  })
  switch (outcome.status) {
    case 'not_found':
      return errorResponse(c, 404)
    case 'conflict':
      return render(c, {
        title: t.conflictTitle,
        noindex: true,
        status: 409,
        nav: staffNav(c, '/staff/beheer/steunpunten'),
        page: (
          <DeactivateConflictPage
            t={t}
            lt={locationsMessages[c.get('staff').locale]}
            point={point}
            lines={bookingLines(c, point, outcome.affected)}
            affectedIds={outcome.affected.map((b) => b.id)}
            stale={outcome.stale}
            message={message}
          />
        ),
      })
    case 'deactivated':
      return c.redirect(
        `/staff/beheer/steunpunten/${point.slug}?klaar=gesloten&geannuleerd=${outcome.cancelled}`,
        303,
      )
  }
})

pointAdminRoutes.post('/:slug/openen', async (c) => {
  const point = await findPoint(c)
  if (!point || point.active) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  await reactivatePoint(db, { locationId: point.id, staffId: c.get('staff').id, now: clock() })
  return c.redirect(`/staff/beheer/steunpunten/${point.slug}?klaar=open`, 303)
})
