import { cachedAvailability } from '../http/answer-cache.js'
import { Hono, type Context } from 'hono'
import { BookDaysPage } from '../../views/pages/book-days.js'
import { BookFormPage, type BookFormProps } from '../../views/pages/book-form.js'
import { PickerFragment } from '../../views/partials/slot-picker.js'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import { cachedSupportPoints } from '../db/schedule-cache.js'
import { validateClientDetails, type RawClientDetails } from '../domain/booking-form.js'
import { findSlot } from '../domain/slots.js'
import { alternativesTo, bookSlot, notifySettings } from '../services/booking.js'
import { localToday } from '../services/directory.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { errorResponse, rateLimited } from './errors.js'
import { render, wantsFragment } from './render.js'
import { describeSlot, loadPicker, parseStart, toAlternativeOption } from './slot-picker.js'

/** The client's booking flow: day → time → details → confirmation (the manage page). */
export const bookingRoutes = new Hono<AppEnv>()

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const FIELDS = ['name', 'language', 'interpreter', 'topic', 'email', 'phone', 'note'] as const

async function findPoint(c: Context<AppEnv>): Promise<SupportPoint | undefined> {
  const slug = c.req.param('slug')
  if (!slug || !SLUG.test(slug)) return undefined
  const { db, clock } = c.get('deps')
  const {
    value: [point],
  } = await cachedSupportPoints(db, { today: localToday(clock()), slug })
  return point
}

bookingRoutes.get('/steunpunt/:slug/afspraak', async (c) => {
  const view = c.get('view')
  // Free places change with every booking: kept a moment, per language and URL (ADR 11).
  const key = `picker|${view.locale}|${wantsFragment(c)}|${view.url.pathname}${view.url.search}`
  return cachedAvailability(c, key, async (shows) => {
    const point = await findPoint(c)
    if (!point) return errorResponse(c, 404)
    shows(point.id)
    const basePath = `/steunpunt/${point.slug}/afspraak`
    const picker = await loadPicker(c, point, basePath)
    const action = {
      kind: 'link' as const,
      href: (slot: { start: string }) =>
        `${basePath}/gegevens?start=${encodeURIComponent(slot.start)}`,
    }
    return render(c, {
      title: view.t.bookTitle(point.name),
      description: view.t.metaBook(point.name),
      page: (
        <BookDaysPage
          ctx={view}
          title={view.t.bookTitle(point.name)}
          backHref={`/steunpunt/${point.slug}`}
          backLabel={point.name}
          showSteps
          action={action}
          {...picker}
        />
      ),
      fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps />,
    })
  })
})

bookingRoutes.get('/steunpunt/:slug/afspraak/gegevens', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const start = parseStart(c.req.query('start'))
  if (!start) return errorResponse(c, 400)
  return showForm(c, point, { start, values: {}, errors: {}, status: 200 })
})

bookingRoutes.post('/steunpunt/:slug/afspraak', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const now = clock()

  const limit = await hitRateLimit(
    db,
    `book:${clientAddress(c, config.trustProxy)}`,
    config.bookingRateLimit,
    now,
  )
  if (!limit.allowed) return rateLimited(c, limit.retryAfterSeconds)

  const form = await c.req.parseBody().catch(() => null)
  if (!form) return errorResponse(c, 400)
  const field = (name: string) => {
    const value = form[name]
    return typeof value === 'string' ? value : undefined
  }
  const values: RawClientDetails = {}
  for (const name of FIELDS) {
    const value = field(name)
    if (value !== undefined) values[name] = value.slice(0, 2000)
  }
  // Naive bots fill every field; people never see this one. Act as if all went well.
  if (field('website')) return c.redirect(`/steunpunt/${point.slug}`, 303)

  const start = parseStart(field('start'))
  const validation = validateClientDetails(values)
  if (!start) {
    return showForm(c, point, {
      start: null,
      values,
      errors: validation.ok ? {} : validation.errors,
      problem: 'unavailable',
      status: 409,
    })
  }
  if (!validation.ok) {
    return showForm(c, point, { start, values, errors: validation.errors, status: 422 })
  }

  const outcome = await bookSlot(db, {
    point,
    start,
    details: validation.value,
    source: 'online',
    locale: c.get('view').locale,
    now,
    notify: notifySettings(config),
  })
  if (!outcome.ok) {
    return showForm(c, point, {
      start,
      values,
      errors: {},
      problem: outcome.error === 'slot_full' ? 'full' : 'unavailable',
      status: 409,
    })
  }
  return c.redirect(`/b/${outcome.token}?nieuw=1`, 303)
})

async function showForm(
  c: Context<AppEnv>,
  point: SupportPoint,
  state: {
    start: Date | null
    values: RawClientDetails
    errors: BookFormProps['errors']
    problem?: 'full' | 'unavailable'
    status?: 200 | 409 | 422
  },
) {
  const { db, clock, config } = c.get('deps')
  const view = c.get('view')
  const now = clock()
  const basePath = `/steunpunt/${point.slug}/afspraak`
  const slot = state.start ? findSlot({ ...point, booked: new Map(), now }, state.start) : null
  let problem: BookFormProps['problem']
  // A time that is not offered (any more) is treated like a taken one: offer others.
  const kind = state.problem ?? (slot ? undefined : 'unavailable')
  if (kind) {
    const alternatives = await alternativesTo(db, point, state.start ?? now, now)
    problem = {
      title: kind === 'full' ? view.t.slotTakenTitle : view.t.slotUnavailableTitle,
      text: kind === 'full' ? view.t.slotTakenText : view.t.slotUnavailableText,
      alternatives: alternatives.map((s) => toAlternativeOption(s, view, point.zone)),
    }
  }
  const dayParam = slot ? `?dag=${slot.start.setZone(point.zone).toISODate()}` : ''
  return render(c, {
    title: view.t.bookTitle(point.name),
    description: view.t.metaBook(point.name),
    status: state.status ?? (kind ? 409 : 200),
    page: (
      <BookFormPage
        ctx={view}
        pointName={point.name}
        action={basePath}
        changeTimeHref={`${basePath}${dayParam}`}
        start={slot && !problem ? slot.start.toISO({ suppressMilliseconds: true }) : null}
        whenLabel={slot ? describeSlot(slot, point.zone, view) : null}
        values={state.values}
        errors={state.errors}
        problem={problem}
        retentionDays={config.retentionDays}
      />
    ),
  })
}
