import { Hono, type Context } from 'hono'
import { BookDaysPage } from '../../../views/pages/book-days.js'
import { BookFormPage, type BookFormProps } from '../../../views/pages/book-form.js'
import { PickerFragment, type SlotAction } from '../../../views/partials/slot-picker.js'
import {
  MyBookingsPage,
  VolunteerBookingPage,
  VolunteerCancelPage,
  type BookingListItem,
  type BookingState,
  type VolunteerBookingView,
} from '../../../views/staff/volunteer-bookings.js'
import { groupByRegion, PointsByRegionPage } from '../../../views/staff/points-by-region.js'
import type { AppEnv } from '../../app-env.js'
import { loadSupportPoints, type SupportPoint } from '../../db/locations.js'
import type { BookingRow, Role } from '../../db/schema.js'
import { validateClientDetails, type RawClientDetails } from '../../domain/booking-form.js'
import { normalizeReference } from '../../domain/reference.js'
import { findSlot } from '../../domain/slots.js'
import { LANGUAGE_ENDONYMS } from '../../i18n/languages.js'
import { isLocale } from '../../i18n/locales.js'
import { volunteerMessages } from '../../i18n/staff/volunteer.js'
import { audit } from '../../services/audit.js'
import {
  alternativesTo,
  bookSlot,
  cancelBooking,
  isChangeable,
  notifySettings,
  rescheduleBooking,
} from '../../services/booking.js'
import { localToday } from '../../services/directory.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { describeSlot, loadPicker, parseStart, toAlternativeOption } from '../slot-picker.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'

/**
 * Volunteers (and coordinators and admins) book for a client through the public flow's
 * steps, and see, move and cancel the bookings they made themselves, and only those:
 * someone else's reference is as unknown as a made-up one.
 */
export const volunteerRoutes = new Hono<AppEnv>()

const BOOKERS: Role[] = ['volunteer', 'coordinator', 'admin']
// Mounted at the root of /staff: guard only our own paths, never the whole staff area.
// ('/boeken/*' also matches '/boeken' itself.)
volunteerRoutes.use('/boeken/*', requireStaff(BOOKERS))
volunteerRoutes.use('/mijn-afspraken/*', requireStaff(BOOKERS))

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const FIELDS = ['name', 'language', 'interpreter', 'topic', 'email', 'phone', 'note'] as const
const LIST_LIMIT = 200

function messages(c: Context<AppEnv>) {
  return volunteerMessages[c.get('staff').locale]
}

async function findPoint(c: Context<AppEnv>): Promise<SupportPoint | undefined> {
  const slug = c.req.param('slug')
  if (!slug || !SLUG.test(slug)) return undefined
  const { db, clock } = c.get('deps')
  const [point] = await loadSupportPoints(db, { today: localToday(clock()), slug })
  return point
}

volunteerRoutes.get('/boeken', async (c) => {
  const { db, clock } = c.get('deps')
  const tv = messages(c)
  const points = await loadSupportPoints(db, { today: localToday(clock()) })
  const groups = groupByRegion(
    points,
    (point) => point.region.name,
    (point) => `/staff/boeken/${point.slug}`,
  )
  return render(c, {
    title: tv.chooseTitle,
    noindex: true,
    nav: staffNav(c, '/staff/boeken'),
    page: (
      <PointsByRegionPage
        title={tv.chooseTitle}
        intro={tv.chooseIntro}
        empty={tv.noPoints}
        groups={groups}
      />
    ),
  })
})

volunteerRoutes.get('/boeken/:slug', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const view = c.get('view')
  const basePath = `/staff/boeken/${point.slug}`
  const picker = await loadPicker(c, point, basePath)
  const action: SlotAction = {
    kind: 'link',
    href: (slot) => `${basePath}/gegevens?start=${encodeURIComponent(slot.start)}`,
  }
  return render(c, {
    title: view.t.bookTitle(point.name),
    noindex: true,
    nav: staffNav(c, '/staff/boeken'),
    page: (
      <BookDaysPage
        ctx={view}
        title={view.t.bookTitle(point.name)}
        backHref="/staff/boeken"
        backLabel={messages(c).backToPoints}
        showSteps
        action={action}
        {...picker}
      />
    ),
    fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps />,
  })
})

volunteerRoutes.get('/boeken/:slug/gegevens', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const start = parseStart(c.req.query('start'))
  if (!start) return errorResponse(c, 400)
  return showForm(c, point, { start, values: {}, errors: {} })
})

volunteerRoutes.post('/boeken/:slug', async (c) => {
  const point = await findPoint(c)
  if (!point) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const staff = c.get('staff')
  const now = clock()
  const form = await c.req.parseBody().catch(() => null)
  if (!form) return errorResponse(c, 400)
  const values: RawClientDetails = {}
  for (const name of FIELDS) {
    const value = form[name]
    if (typeof value === 'string') values[name] = value.slice(0, 2000)
  }
  const start = parseStart(typeof form.start === 'string' ? form.start : undefined)
  const validation = validateClientDetails(values)
  if (!start) {
    const errors = validation.ok ? {} : validation.errors
    return showForm(c, point, { start: null, values, errors, problem: 'unavailable', status: 409 })
  }
  if (!validation.ok) {
    return showForm(c, point, { start, values, errors: validation.errors, status: 422 })
  }
  const details = validation.value
  const outcome = await bookSlot(db, {
    point,
    start,
    details,
    source: 'volunteer',
    bookedBy: staff.id,
    // Messages go to the client in their language when they gave an email; otherwise the
    // booking service sends them to this staff member, who reads their own language.
    locale: details.email && isLocale(details.language) ? details.language : staff.locale,
    now,
    notify: notifySettings(config),
  })
  if (!outcome.ok) {
    const problem = outcome.error === 'slot_full' ? 'full' : 'unavailable'
    return showForm(c, point, { start, values, errors: {}, problem, status: 409 })
  }
  await audit(
    db,
    {
      staffId: staff.id,
      action: 'booking.create',
      bookingId: outcome.booking.id,
      locationId: point.id,
      detail: `booked for a client (${staff.role})`,
    },
    now,
  )
  return c.redirect(`/staff/mijn-afspraken/${outcome.booking.reference}?nieuw=1`, 303)
})

/** The public details form, posting to the staff route, with a word on optional contact. */
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
  const basePath = `/staff/boeken/${point.slug}`
  const slot = state.start ? findSlot({ ...point, booked: new Map(), now }, state.start) : null
  // A time that is not offered (any more) is treated like a taken one: offer others.
  const kind = state.problem ?? (slot ? undefined : 'unavailable')
  let problem: BookFormProps['problem']
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
    noindex: true,
    status: state.status ?? (kind ? 409 : 200),
    nav: staffNav(c, '/staff/boeken'),
    page: (
      <>
        <p class="notice">{messages(c).contactIntro(c.get('staff').email)}</p>
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
      </>
    ),
  })
}

volunteerRoutes.get('/mijn-afspraken', async (c) => {
  const { db, clock } = c.get('deps')
  const staff = c.get('staff')
  const view = c.get('view')
  const tv = messages(c)
  const now = clock()
  const query = db
    .selectFrom('bookings as b')
    .innerJoin('locations as l', 'l.id', 'b.location_id')
    .select(['b.reference', 'b.starts_at', 'b.ends_at', 'b.status', 'b.name'])
    .select(['l.name as point_name', 'l.timezone'])
    .where('b.booked_by', '=', staff.id)
  const upcomingRows = await query
    .where('b.status', '=', 'active')
    .where('b.ends_at', '>', now)
    .orderBy('b.starts_at', 'asc')
    .limit(LIST_LIMIT)
    .execute()
  const pastRows = await query
    .where((eb) => eb.or([eb('b.status', '=', 'cancelled'), eb('b.ends_at', '<=', now)]))
    .orderBy('b.starts_at', 'desc')
    .limit(LIST_LIMIT)
    .execute()
  const toItem = (row: (typeof upcomingRows)[number]): BookingListItem => ({
    reference: row.reference,
    whenLabel: describeSlot({ start: row.starts_at, end: row.ends_at }, row.timezone, view),
    pointName: row.point_name,
    clientName: row.name,
    state: stateOf(row, now),
    href: `/staff/mijn-afspraken/${row.reference}`,
  })
  return render(c, {
    title: tv.listTitle,
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <MyBookingsPage tv={tv} upcoming={upcomingRows.map(toItem)} past={pastRows.map(toItem)} />
    ),
  })
})

function stateOf(booking: Pick<BookingRow, 'status' | 'ends_at'>, now: Date): BookingState {
  if (booking.status === 'cancelled') return 'cancelled'
  return booking.ends_at.getTime() <= now.getTime() ? 'past' : 'active'
}

/** A booking this staff member made, by its reference; anyone else's does not exist. */
async function loadOwn(c: Context<AppEnv>) {
  const reference = normalizeReference(c.req.param('reference') ?? '')
  if (!reference) return null
  const { db, clock } = c.get('deps')
  const staff = c.get('staff')
  const booking = await db
    .selectFrom('bookings')
    .selectAll()
    .where('reference', '=', reference)
    .where('booked_by', '=', staff.id)
    .executeTakeFirst()
  if (!booking) return null
  const [point] = await loadSupportPoints(db, {
    today: localToday(clock()),
    locationId: booking.location_id,
  })
  if (!point) return null
  return { booking, point, basePath: `/staff/mijn-afspraken/${booking.reference}` }
}

type Own = NonNullable<Awaited<ReturnType<typeof loadOwn>>>

function bookingView(c: Context<AppEnv>, own: Own): VolunteerBookingView {
  const { booking, point } = own
  const view = c.get('view')
  const state = stateOf(booking, c.get('deps').clock())
  const language = booking.language as keyof typeof LANGUAGE_ENDONYMS
  return {
    reference: booking.reference,
    whenLabel: describeSlot({ start: booking.starts_at, end: booking.ends_at }, point.zone, view),
    pointName: point.name,
    pointSlug: point.slug,
    address: point.address,
    postalCode: point.postalCode,
    municipality: point.municipality,
    directions: point.directions,
    state,
    clientName: booking.name,
    languageLabel: LANGUAGE_ENDONYMS[language] ?? view.t.languageOther,
    interpreter: booking.interpreter,
    messagesTo:
      state !== 'active'
        ? null
        : booking.email
          ? { who: 'client', email: booking.email }
          : { who: 'you', email: c.get('staff').email },
    basePath: own.basePath,
  }
}

volunteerRoutes.get('/mijn-afspraken/:reference', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const tv = messages(c)
  const staff = c.get('staff')
  await audit(
    db,
    {
      staffId: staff.id,
      action: 'booking.view',
      bookingId: own.booking.id,
      locationId: own.point.id,
    },
    clock(),
  )
  const notice =
    c.req.query('verzet') === '1' ? tv.moved : c.req.query('afgezegd') === '1' ? tv.cancelled : null
  const isNew = c.req.query('nieuw') === '1' && own.booking.status === 'active'
  return render(c, {
    title: tv.detailTitle(own.booking.reference),
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <VolunteerBookingPage
        ctx={c.get('view')}
        tv={tv}
        booking={bookingView(c, own)}
        notice={notice}
        isNew={isNew}
      />
    ),
  })
})

volunteerRoutes.get('/mijn-afspraken/:reference/annuleren', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  if (!isChangeable(own.booking, c.get('deps').clock())) return c.redirect(own.basePath, 303)
  const tv = messages(c)
  return render(c, {
    title: tv.cancelTitle,
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: <VolunteerCancelPage tv={tv} booking={bookingView(c, own)} />,
  })
})

volunteerRoutes.post('/mijn-afspraken/:reference/annuleren', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const now = clock()
  // The volunteer acts for the client: to the counselors it is the client who cancels.
  const outcome = await cancelBooking(db, {
    bookingId: own.booking.id,
    by: 'client',
    now,
    point: own.point,
    notify: notifySettings(config),
  })
  if (!outcome.ok || !outcome.changed) return c.redirect(own.basePath, 303)
  await audit(
    db,
    {
      staffId: c.get('staff').id,
      action: 'booking.cancel',
      bookingId: own.booking.id,
      locationId: own.point.id,
      detail: 'cancelled for the client',
    },
    now,
  )
  return c.redirect(`${own.basePath}?afgezegd=1`, 303)
})

volunteerRoutes.get('/mijn-afspraken/:reference/verzetten', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  if (!isChangeable(own.booking, c.get('deps').clock())) return c.redirect(own.basePath, 303)
  return showMovePicker(c, own)
})

volunteerRoutes.post('/mijn-afspraken/:reference/verzetten', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const form = await c.req.parseBody().catch(() => null)
  const start = parseStart(typeof form?.start === 'string' ? form.start : undefined)
  if (!start) return errorResponse(c, 400)
  const outcome = await rescheduleBooking(db, {
    bookingId: own.booking.id,
    point: own.point,
    start,
    now: clock(),
    token: null,
    notify: notifySettings(config),
  })
  if (outcome.ok) {
    await audit(
      db,
      {
        staffId: c.get('staff').id,
        action: 'booking.move',
        bookingId: own.booking.id,
        locationId: own.point.id,
      },
      clock(),
    )
    return c.redirect(`${own.basePath}?verzet=1`, 303)
  }
  if (outcome.error === 'not_changeable') return c.redirect(own.basePath, 303)
  const view = c.get('view')
  const notice = outcome.error === 'slot_full' ? view.t.slotTakenTitle : view.t.slotUnavailableTitle
  return showMovePicker(c, own, notice)
})

async function showMovePicker(c: Context<AppEnv>, own: Own, problem?: string) {
  const view = c.get('view')
  const movePath = `${own.basePath}/verzetten`
  const picker = await loadPicker(c, own.point, movePath)
  const action: SlotAction = {
    kind: 'post',
    action: movePath,
    buttonLabel: (slot) => view.t.moveTo(slot.label),
  }
  const current = view.t.moveCurrent(
    describeSlot({ start: own.booking.starts_at, end: own.booking.ends_at }, own.point.zone, view),
  )
  return render(c, {
    title: view.t.moveTitle,
    noindex: true,
    status: problem ? 409 : 200,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <BookDaysPage
        ctx={view}
        title={view.t.moveTitle}
        intro={problem ? `${problem}. ${current}` : current}
        backHref={own.basePath}
        backLabel={messages(c).detailTitle(own.booking.reference)}
        showSteps={false}
        action={action}
        {...picker}
      />
    ),
    fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps={false} />,
  })
}
