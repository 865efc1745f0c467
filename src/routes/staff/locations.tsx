import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DateTime } from 'luxon'
import type { FormState, FormValues } from '../../../views/staff/locations-fields.js'
import { EditHoursPage } from '../../../views/staff/locations-hours.js'
import { DETAIL_FIELDS, ManageLocationPage } from '../../../views/staff/locations-manage.js'
import type { AppEnv } from '../../app-env.js'
import { formatClock, weekdayName } from '../../i18n/format.js'
import { TRANSLATED_LANGUAGES } from '../../i18n/locales.js'
import { locationsMessages, type LocationsMessages } from '../../i18n/staff/locations.js'
import { pointErrorMessages, validateTranslatedDirections } from '../../domain/point-details.js'
import { saveTranslatedDirections } from '../../services/point-directions.js'
import { managedPoint, managedPoints, type ManagedPoint } from '../../services/managed-points.js'
import {
  bookingsWithoutPlace,
  futureBookings,
  loadSchedule,
  type Schedule,
} from '../../services/schedule.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import {
  validateClosure,
  validateDetails,
  validateHoursEnd,
  validateHoursUpdate,
  validateNewHours,
  validateSession,
  type Validated,
} from './location-forms.js'
import { bookingLines } from './booking-lines.js'
import { formValues, submit } from './location-submit.js'
import { staffNav } from './nav.js'
import { renderPointChoice } from './points-by-region.js'
import { staffArea } from './session.js'
import { isUuid } from '../../domain/uuid.js'

/**
 * Coordinators manage their region's support points (admins: all): details, weekly hours,
 * closures and extra sessions. A change that takes places from existing bookings is never
 * applied silently: it first answers 409 with the bookings concerned and two choices.
 */
export const locationAdminRoutes = staffArea(['admin', 'coordinator'])

type C = Context<AppEnv>

function messages(c: C): LocationsMessages {
  return locationsMessages[c.get('staff').locale]
}

/** The active support point with this slug, if it is in the staff member's scope. */
function findManagedPoint(c: C, slug: string): Promise<ManagedPoint | undefined> {
  return managedPoint(c.get('deps').db, c.get('staff'), slug)
}

function localToday(point: ManagedPoint, now: Date): string {
  return DateTime.fromJSDate(now, { zone: point.timezone }).toISODate()!
}

async function renderManage(
  c: C,
  point: ManagedPoint,
  state: FormState | null,
  status: ContentfulStatusCode = 200,
) {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const schedule = await loadSchedule(db, point.id, localToday(point, now))
  if (!schedule) return errorResponse(c, 404)
  const overbooked = bookingsWithoutPlace(schedule, await futureBookings(db, point.id, now), now)
  const query = (name: string) => Number(c.req.query(name) ?? 0) || 0
  const notices = [
    c.req.query('opgeslagen') === '1' ? t.saved : '',
    query('geannuleerd') > 0 ? t.cancelledCount(query('geannuleerd')) : '',
    query('bewaard') > 0 ? t.keptCount(query('bewaard')) : '',
    query('verplaatst') > 0 ? t.movedCount(query('verplaatst')) : '',
    query('onbereikbaar') > 0 ? t.nobodyToTellCount(query('onbereikbaar')) : '',
    query('geenplek') > 0 ? t.noFreeTimeCount(query('geenplek')) : '',
  ].filter(Boolean)
  return render(c, {
    title: t.manageTitle(point.name),
    noindex: true,
    status,
    nav: staffNav(c, '/staff/steunpunten'),
    page: (
      <ManageLocationPage
        t={t}
        locale={staff.locale}
        point={point}
        schedule={schedule}
        details={{
          address: point.address,
          postalCode: point.postal_code,
          directions: point.directions ?? '',
          phone: point.phone ?? '',
          slotMinutes: String(point.slot_minutes),
          minNoticeMinutes: String(point.min_notice_minutes),
          horizonDays: String(point.horizon_days),
          walkInSeats: String(point.walk_in_seats),
        }}
        translatedDirections={point.directions_translated}
        overbooked={bookingLines(c, point, overbooked)}
        notices={notices}
        state={state}
      />
    ),
  })
}

function renderEditHours(
  c: C,
  point: ManagedPoint,
  hours: Schedule['hours'][number],
  state: FormState | null,
  status: ContentfulStatusCode = 200,
) {
  const t = messages(c)
  const locale = c.get('staff').locale
  const today = localToday(point, c.get('deps').clock())
  const title = t.editHoursTitle(
    weekdayName(hours.weekday, locale),
    `${formatClock(hours.start)}–${formatClock(hours.end)}`,
  )
  return render(c, {
    title,
    noindex: true,
    status,
    nav: staffNav(c, '/staff/steunpunten'),
    page: (
      <EditHoursPage
        t={t}
        title={title}
        point={point}
        action={`/staff/steunpunten/${point.slug}/uren/${hours.id}`}
        current={{
          start: formatClock(hours.start),
          end: formatClock(hours.end),
          counselors: String(hours.counselors),
          validFrom: hours.validFrom && hours.validFrom > today ? hours.validFrom : today,
          validUntil: hours.validUntil ?? '',
        }}
        state={state}
      />
    ),
  })
}

locationAdminRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const area = { path: '/staff/steunpunten', title: t.title, intro: t.listIntro, empty: t.noPoints }
  return renderPointChoice(c, area, await managedPoints(db, staff), (row) => row.region)
})

locationAdminRoutes.get('/:slug', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  return renderManage(c, point, null)
})

locationAdminRoutes.post('/:slug', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  const values = await formValues(c, DETAIL_FIELDS)
  const result = validateDetails(messages(c), values)
  return submit(c, point, { key: 'details', values, result }, (state) =>
    renderManage(c, point, state, 422),
  )
})

locationAdminRoutes.post('/:slug/routebeschrijving', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  const t = messages(c)
  const { db, clock } = c.get('deps')
  const values = await formValues(c, TRANSLATED_LANGUAGES)
  const result = validateTranslatedDirections(values, TRANSLATED_LANGUAGES)
  if (!result.ok) {
    const words = pointErrorMessages(t, result.errors)
    const errors = Object.fromEntries(
      Object.entries(words).map(([language, text]) => [
        language,
        `${t.directionsInNames[language] ?? language}: ${text}`,
      ]),
    )
    return renderManage(c, point, { form: 'directionsIn', values, errors }, 422)
  }
  await saveTranslatedDirections(db, {
    locationId: point.id,
    directions: result.value,
    staffId: c.get('staff').id,
    now: clock(),
  })
  return c.redirect(`/staff/steunpunten/${point.slug}?opgeslagen=1`, 303)
})

locationAdminRoutes.post('/:slug/uren', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  const names = ['weekday', 'start', 'end', 'counselors', 'validFrom', 'validUntil']
  const values = await formValues(c, names)
  const result = validateNewHours(messages(c), values)
  return submit(c, point, { key: 'hours', values, result }, (state) =>
    renderManage(c, point, state, 422),
  )
})

/** The point and one of its weekly sessions, both in scope; undefined reads as 404. */
async function findHours(c: C) {
  const point = await findManagedPoint(c, c.req.param('slug') ?? '')
  const id = c.req.param('id') ?? ''
  if (!point || !isUuid(id)) return undefined
  const { db, clock } = c.get('deps')
  const today = localToday(point, clock())
  const schedule = await loadSchedule(db, point.id, today)
  const hours = schedule?.hours.find((h) => h.id === id)
  return hours ? { point, hours, today } : undefined
}

locationAdminRoutes.get('/:slug/uren/:id', async (c) => {
  const found = await findHours(c)
  if (!found) return errorResponse(c, 404)
  return renderEditHours(c, found.point, found.hours, null)
})

locationAdminRoutes.post('/:slug/uren/:id', async (c) => {
  const found = await findHours(c)
  if (!found) return errorResponse(c, 404)
  const { point, hours, today } = found
  const values = await formValues(c, ['start', 'end', 'counselors', 'validFrom', 'validUntil'])
  const result = validateHoursUpdate(messages(c), values, hours, today)
  return submit(c, point, { key: 'update', values, result }, (state) =>
    renderEditHours(c, point, hours, state, 422),
  )
})

locationAdminRoutes.post('/:slug/uren/:id/beeindigen', async (c) => {
  const found = await findHours(c)
  if (!found) return errorResponse(c, 404)
  const { point, hours, today } = found
  const values = await formValues(c, ['validUntil'])
  const result = validateHoursEnd(messages(c), values, hours, today)
  return submit(c, point, { key: 'end', values, result }, (state) =>
    renderEditHours(c, point, hours, state, 422),
  )
})

locationAdminRoutes.post('/:slug/sluitingen', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const today = localToday(point, clock())
  const schedule = await loadSchedule(db, point.id, today)
  if (!schedule) return errorResponse(c, 404)
  const values = await formValues(c, ['startDate', 'endDate', 'reasonKind', 'reason'])
  const result = validateClosure(messages(c), values, today, schedule)
  return submit(c, point, { key: 'closure', values, result }, (state) =>
    renderManage(c, point, state, 422),
  )
})

locationAdminRoutes.post('/:slug/extra', async (c) => {
  const point = await findManagedPoint(c, c.req.param('slug'))
  if (!point) return errorResponse(c, 404)
  const today = localToday(point, c.get('deps').clock())
  const values = await formValues(c, ['date', 'start', 'end', 'counselors', 'note'])
  const result = validateSession(messages(c), values, today)
  return submit(c, point, { key: 'session', values, result }, (state) =>
    renderManage(c, point, state, 422),
  )
})

for (const [path, kind] of [
  ['sluitingen', 'closure.remove'],
  ['extra', 'session.remove'],
] as const) {
  locationAdminRoutes.post(`/:slug/${path}/:id/verwijderen`, async (c) => {
    const point = await findManagedPoint(c, c.req.param('slug'))
    const id = c.req.param('id')
    if (!point || !isUuid(id)) return errorResponse(c, 404)
    const result: Validated = { ok: true, change: { kind, id } }
    // Nothing to type, so nothing can be invalid.
    return submit(c, point, { key: kind, values: {}, result }, () => errorResponse(c, 400))
  })
}
