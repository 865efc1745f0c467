import { Hono, type Context } from 'hono'
import { DateTime, IANAZone } from 'luxon'
import {
  DeactivateConflictPage,
  NewPointPage,
  PointAdminPage,
  PointsAdminListPage,
} from '../../../views/staff/admin-points.js'
import { NewRegionPage, RegionPage, RegionsListPage } from '../../../views/staff/admin-regions.js'
import type { AdminForm } from '../../../views/staff/admin-fields.js'
import type { FormErrors, FormValues } from '../../../views/staff/people-fields.js'
import type { AppEnv } from '../../app-env.js'
import {
  coordinatorsNotIn,
  coordinatorsOf,
  findRegionForAdmin,
  listRegions,
  pointsOfRegion,
  projectLeaderChoices,
} from '../../db/regions.js'
import {
  checkText,
  POINT_TEXT_LIMITS,
  pointErrorMessages,
  validatePointDetails,
} from '../../domain/point-details.js'
import { formatDate, formatTimeRange } from '../../i18n/format.js'
import { adminMessages, type AdminMessages } from '../../i18n/staff/admin.js'
import { locationsMessages } from '../../i18n/staff/locations.js'
import {
  createPoint,
  createRegion,
  deactivatePoint,
  movePoint,
  renamePoint,
  reactivatePoint,
  updateRegion,
  type NewPoint,
  type RegionInput,
} from '../../services/admin.js'
import { notifySettings } from '../../services/booking.js'
import { linkRegion, unlinkRegion } from '../../services/people.js'
import type { FutureBooking } from '../../services/schedule.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'

/**
 * The national admin's pages: regions (name, slug, project leader, coordinators) and
 * support points (create, close and reopen, move to another region). A support point's
 * details and hours stay on /staff/steunpunten/:slug. Everyone else gets 404.
 */
export const adminRoutes = new Hono<AppEnv>()

adminRoutes.use('/regios/*', requireStaff(['admin']))
adminRoutes.use('/steunpunten/*', requireStaff(['admin']))

type C = Context<AppEnv>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
// Control characters other than line breaks, and direction overrides (as the other forms).
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/
/** Path words that a slug cannot be, or its page would be shadowed. */
const RESERVED = new Set(['nieuw'])
const MESSAGE_MAX = 300
const REGION_FIELDS = ['name', 'slug', 'projectLeader'] as const
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

function messages(c: C): AdminMessages {
  return adminMessages[c.get('staff').locale]
}

/**
 * The named fields of the posted form, as typed, cut to 2,000 characters unless `long`
 * names the field (a list of booking ids: the body limit of 64 KB bounds it).
 */
async function formValues(
  c: C,
  names: readonly string[],
  long: readonly string[] = [],
): Promise<FormValues> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const values: FormValues = {}
  for (const name of names) {
    const value = body[name]
    const text = typeof value === 'string' ? value : ''
    values[name] = long.includes(name) ? text : text.slice(0, 2000)
  }
  return values
}

/** Field checks that collect one localized message per field. */
function checker(t: AdminMessages, values: FormValues) {
  const errors: FormErrors = {}
  const fail = (name: string, message: string) => {
    errors[name] ??= message
    return null
  }
  return {
    errors,
    fail,
    /** A required line of text, as a point's details are checked. */
    line(name: string, max: number): string | null {
      const checked = checkText(values[name], max, { required: true })
      if (checked.ok) return checked.value
      const { error } = checked
      return fail(name, error.code === 'tooLong' ? t.tooLong(error.max) : t[error.code])
    },
    slug(name: string): string | null {
      const value = (values[name] ?? '').trim()
      if (value === '') return fail(name, t.required)
      if (value.length > 60 || !SLUG.test(value)) return fail(name, t.invalidSlug)
      return value
    },
    ok: () => Object.keys(errors).length === 0,
  }
}

/** The canonical IANA name of a time zone, or null when there is no such zone. */
function ianaZone(value: string): string | null {
  if (!ZONE_NAME.test(value) || value.length > 60) return null
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
    return IANAZone.isValidZone(zone) ? zone : null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------- regions

async function leaderChoices(c: C, current: string | null = null) {
  const people = await projectLeaderChoices(c.get('deps').db, current)
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

adminRoutes.get('/regios', async (c) => {
  const t = messages(c)
  const notice = c.req.query('klaar') === 'aangemaakt' ? t.regionCreated : null
  return render(c, {
    title: t.regionsTitle,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/regios'),
    page: <RegionsListPage t={t} regions={await listRegions(c.get('deps').db)} notice={notice} />,
  })
})

async function newRegionPage(c: C, form: AdminForm, status: 200 | 422 = 200) {
  const t = messages(c)
  return render(c, {
    title: t.newRegionTitle,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/beheer/regios'),
    page: <NewRegionPage t={t} leaders={await leaderChoices(c)} form={form} />,
  })
}

adminRoutes.get('/regios/nieuw', (c) => newRegionPage(c, { values: {}, errors: {} }))

adminRoutes.post('/regios/nieuw', async (c) => {
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
  return SLUG.test(slug) ? findRegionForAdmin(c.get('deps').db, slug) : undefined
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
  state: { form?: AdminForm; coordinatorErrors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const t = messages(c)
  const { db } = c.get('deps')
  const [coordinators, addable, points] = await Promise.all([
    coordinatorsOf(db, region.id),
    coordinatorsNotIn(db, region.id),
    pointsOfRegion(db, region.id),
  ])
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

adminRoutes.get('/regios/:slug', async (c) => {
  const region = await findRegion(c)
  if (!region) return errorResponse(c, 404)
  return regionPage(c, region)
})

adminRoutes.post('/regios/:slug', async (c) => {
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
  if (!id || !UUID.test(id)) return undefined
  return c
    .get('deps')
    .db.selectFrom('staff')
    .select(['id', 'email', 'role'])
    .where('id', '=', id)
    .where('role', '=', 'coordinator')
    .executeTakeFirst()
}

adminRoutes.post('/regios/:slug/coordinatoren', async (c) => {
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

adminRoutes.post('/regios/:slug/coordinatoren/verwijderen', async (c) => {
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

// ---------------------------------------------------------------- support points

async function regionChoices(c: C) {
  return (await listRegions(c.get('deps').db)).map((r) => ({ value: r.id, label: r.name }))
}

adminRoutes.get('/steunpunten', async (c) => {
  const t = messages(c)
  const points = await c
    .get('deps')
    .db.selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select(['l.slug', 'l.name', 'l.municipality', 'l.active', 'r.name as region'])
    .orderBy('r.name')
    .orderBy('l.name')
    .execute()
  return render(c, {
    title: t.pointsTitle,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/steunpunten'),
    page: <PointsAdminListPage t={t} points={points} />,
  })
})

async function newPointPage(c: C, form: AdminForm, status: 200 | 422 = 200) {
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

adminRoutes.get('/steunpunten/nieuw', (c) =>
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

adminRoutes.post('/steunpunten/nieuw', async (c) => {
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
async function findPoint(c: C) {
  const slug = c.req.param('slug') ?? ''
  if (!SLUG.test(slug)) return undefined
  return c
    .get('deps')
    .db.selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select([
      'l.id',
      'l.slug',
      'l.name',
      'l.municipality',
      'l.active',
      'l.timezone',
      'l.region_id',
      'r.name as region',
    ])
    .where('l.slug', '=', slug)
    .executeTakeFirst()
}
type AdminPoint = NonNullable<Awaited<ReturnType<typeof findPoint>>>

const POINT_NOTICES = { verplaatst: 'moved', open: 'reactivated', hernoemd: 'renamed' } as const

async function pointPage(
  c: C,
  point: AdminPoint,
  forms: { move?: AdminForm; rename?: AdminForm } = {},
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

adminRoutes.get('/steunpunten/:slug', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  return pointPage(c, point)
})

adminRoutes.post('/steunpunten/:slug/naam', async (c) => {
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

adminRoutes.post('/steunpunten/:slug/regio', async (c) => {
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

function bookingLines(c: C, point: AdminPoint, bookings: FutureBooking[]) {
  const locale = c.get('staff').locale
  return bookings.map((b) => {
    const start = DateTime.fromJSDate(b.startsAt, { zone: point.timezone })
    const end = DateTime.fromJSDate(b.endsAt, { zone: point.timezone })
    return {
      when: `${formatDate(start, locale, true)}, ${formatTimeRange(start, end, locale)}`,
      reference: b.reference,
      language: b.language,
    }
  })
}

adminRoutes.post('/steunpunten/:slug/sluiten', async (c) => {
  const point = await findPoint(c)
  if (!point || !point.active) return errorResponse(c, 404)
  const t = messages(c)
  const { db, clock, config } = c.get('deps')
  // Every booking still to come is listed by id (37 characters each): never cut.
  const values = await formValues(c, ['confirm', 'affected', 'message'], ['affected'])
  // A pasted tab is a space, not a reason to send the default text instead.
  const typed = (values.message ?? '').replace(/\t/g, ' ').trim().slice(0, MESSAGE_MAX)
  const message = typed && !CONTROL.test(typed) ? typed : t.messageDefault
  const confirm =
    values.confirm === 'cancel'
      ? {
          affectedIds: (values.affected ?? '').split(',').filter((id) => UUID.test(id)),
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

adminRoutes.post('/steunpunten/:slug/openen', async (c) => {
  const point = await findPoint(c)
  if (!point || point.active) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  await reactivatePoint(db, { locationId: point.id, staffId: c.get('staff').id, now: clock() })
  return c.redirect(`/staff/beheer/steunpunten/${point.slug}?klaar=open`, 303)
})
