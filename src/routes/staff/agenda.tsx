import { Hono, type Context } from 'hono'
import { DateTime } from 'luxon'
import { AgendaDayPage, AgendaEmptyPage } from '../../../views/staff/agenda.js'
import { rowId, type AgendaRow, type Overbooked } from '../../../views/staff/agenda-table.js'
import { AgendaWeekPage, type AgendaWeekDay } from '../../../views/staff/agenda-week.js'
import {
  AgendaBookingPage,
  OUTCOMES,
  REASON_MAX,
  type BookingFormErrors,
  type Outcome,
} from '../../../views/staff/agenda-booking.js'
import { bookingsCsv } from '../../../views/staff/agenda-csv.js'
import { AgendaSearchPage, ExportProblemPage } from '../../../views/staff/agenda-search.js'
import type { AppEnv } from '../../app-env.js'
import {
  agendaPoints,
  bookingsAtPointsBetween,
  bookingsBetween,
  findAgendaPoint,
  findBookingInScope,
  setAttendance,
  setOutcome,
  type AgendaPoint,
} from '../../db/agenda.js'
import { loadSupportPoints } from '../../db/locations.js'
import type { Db } from '../../db/database.js'
import type { BookingRow } from '../../db/schema.js'
import { inTransaction } from '../../db/transaction.js'
import { normalizeReference } from '../../domain/reference.js'
import { addDays, assertIsoDate } from '../../domain/time.js'
import { formatDate, formatTimeRange } from '../../i18n/format.js'
import { agendaMessages } from '../../i18n/staff/agenda.js'
import { audit } from '../../services/audit.js'
import { cancelBooking, isChangeable, notifySettings } from '../../services/booking.js'
import { bookingsWithoutPlace, loadSchedule } from '../../services/schedule.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'
import { askBeforeViewFromElsewhere } from './same-site.js'

/**
 * The agenda of the support points in the staff member's scope: a day per location with
 * what clients chose to share, one booking with attendance, outcome and cancelling,
 * search by reference, and a CSV export without personal data.
 */
export const agendaRoutes = new Hono<AppEnv>()

agendaRoutes.use('*', requireStaff(['admin', 'coordinator', 'counselor']))

agendaRoutes.use('*', askBeforeViewFromElsewhere('/staff/agenda'))

const MAX_EXPORT_DAYS = 92
/** The counselor's agenda: today and the six days after, or seven days from a chosen date. */
const WEEK_DAYS = 7
/** A week's list never loads more than this; the days that do not fit come on the next page. */
export const WEEK_MAX_ROWS = 400
/** How far from today the week may start: far enough for any schedule, never unbounded. */
const WEEK_MAX_DISTANCE_DAYS = 731
// Control characters other than line breaks, and direction overrides (as the booking form).
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

type C = Context<AppEnv>

function messages(c: C) {
  return agendaMessages[c.get('staff').locale]
}

function isIsoDate(value: string): boolean {
  try {
    assertIsoDate(value)
    return true
  } catch {
    return false
  }
}

/** The chosen support point among those in scope; the first when none was chosen. */
function choosePoint(points: AgendaPoint[], slug: string | undefined): AgendaPoint | undefined {
  return slug ? points.find((point) => point.slug === slug) : points[0]
}

function localToday(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!
}

/** [start of `from`, start of the day after `to`) in the point's zone; DST days included. */
function dayBounds(zone: string, from: string, to = from): [Date, Date] {
  return [
    DateTime.fromISO(from, { zone }).startOf('day').toJSDate(),
    DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  ]
}

/**
 * Which agenda a GET of /staff/agenda asks for: seven days when a first day (`van`) is
 * given, and for a counselor who chose neither a point nor a day; else one day at one point.
 */
function wantsWeek(c: C): boolean {
  if (c.req.query('van') !== undefined) return true
  return (
    c.get('staff').role === 'counselor' &&
    c.req.query('dag') === undefined &&
    c.req.query('steunpunt') === undefined
  )
}

/** This page without its one-off notice: where the forms in the list come back to. */
function currentView(c: C): string {
  const url = new URL(c.req.url)
  url.searchParams.delete('klaar')
  const query = url.searchParams.toString()
  return `${url.pathname}${query ? `?${query}` : ''}`
}

function savedNotice(c: C): string | null {
  return c.req.query('klaar') === 'opgeslagen' ? messages(c).saved : null
}

agendaRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const nav = staffNav(c, '/staff/agenda')
  const points = await agendaPoints(db, staff.locationIds)
  if (points.length === 0) {
    return render(c, { title: t.title, noindex: true, nav, page: <AgendaEmptyPage t={t} /> })
  }
  if (wantsWeek(c)) return renderWeek(c, points)
  const point = choosePoint(points, c.req.query('steunpunt'))
  if (!point) return errorResponse(c, 404)
  const now = clock()
  const today = localToday(point.zone, now)
  const dayValue = c.req.query('dag')?.trim() || today
  const month = DateTime.fromISO(isIsoDate(dayValue) ? dayValue : today)
  const exportRange = {
    from: month.startOf('month').toISODate()!,
    to: month.endOf('month').toISODate()!,
  }
  const back = currentView(c)
  const common = { t, points, point, dayValue, today, exportRange, back, notice: savedNotice(c) }

  if (!isIsoDate(dayValue)) {
    return render(c, {
      title: t.title,
      noindex: true,
      nav,
      status: 400,
      page: <AgendaDayPage {...common} day={null} />,
    })
  }
  const [from, to] = dayBounds(point.zone, dayValue)
  const bookings = await bookingsBetween(db, point.id, from, to)
  if (bookings.length > 0) {
    await audit(
      db,
      { staffId: staff.id, action: 'agenda.view', locationId: point.id, detail: dayValue },
      now,
    )
  }
  const overbooked = await overbookedSlots(db, [point], bookings, now)
  const date = DateTime.fromISO(dayValue, { zone: point.zone })
  const label = formatDate(date, staff.locale, true)
  const day = {
    label,
    previous: date.minus({ days: 1 }).toISODate()!,
    next: date.plus({ days: 1 }).toISODate()!,
    rows: bookings.map((booking) => agendaRow(c, booking, point, null, overbooked, now)),
  }
  return render(c, {
    title: t.dayTitle(point.name, label),
    noindex: true,
    nav,
    page: <AgendaDayPage {...common} day={day} />,
  })
})

/** One line of the agenda, with its time in the point's zone. */
function agendaRow(
  c: C,
  booking: BookingRow,
  point: AgendaPoint,
  pointName: string | null,
  overbooked: Map<string, Overbooked>,
  now: Date,
): AgendaRow {
  const locale = c.get('staff').locale
  return {
    booking,
    time: formatTimeRange(
      DateTime.fromJSDate(booking.starts_at, { zone: point.zone }),
      DateTime.fromJSDate(booking.ends_at, { zone: point.zone }),
      locale,
    ),
    pointName,
    canRecord: canRecord(booking, point, now),
    overbooked: overbooked.get(slotKey(booking)) ?? null,
  }
}

function slotKey(booking: { location_id: string; starts_at: Date }): string {
  return `${booking.location_id} ${booking.starts_at.getTime()}`
}

/**
 * The slots, from today on, that hold more active bookings than the schedule now gives
 * them places: kept overbooked on purpose when a coordinator changed the hours (ADR 8).
 * Judged by `bookingsWithoutPlace`, as on the management page; nothing is stored for it.
 * `bookings` must hold whole days, so every booking of a slot is counted.
 *
 * @example (await overbookedSlots(db, [point], rows, now)).get(slotKey(row))?.places // 2
 */
async function overbookedSlots(
  db: Db,
  points: AgendaPoint[],
  bookings: BookingRow[],
  now: Date,
): Promise<Map<string, Overbooked>> {
  const found = new Map<string, Overbooked>()
  for (const point of points) {
    const today = localToday(point.zone, now)
    // From midnight on: today's earlier slots are still today's agenda.
    const startOfToday = DateTime.fromISO(today, { zone: point.zone }).toJSDate()
    const active = bookings.filter(
      (b) => b.location_id === point.id && b.status === 'active' && b.starts_at >= startOfToday,
    )
    if (active.length === 0) continue
    // Closures and extra sessions are loaded from today on, so earlier days are not judged.
    const schedule = await loadSchedule(db, point.id, today)
    if (!schedule) continue
    const future = active.map((b) => ({
      id: b.id,
      reference: b.reference,
      startsAt: b.starts_at,
      endsAt: b.ends_at,
      language: b.language,
      createdAt: b.created_at,
    }))
    const withoutPlace = new Set(
      bookingsWithoutPlace(schedule, future, new Date(startOfToday.getTime() - 1)).map((b) => b.id),
    )
    if (withoutPlace.size === 0) continue
    const slots = new Map<string, { booked: number; without: number }>()
    for (const booking of active) {
      const slot = slots.get(slotKey(booking)) ?? { booked: 0, without: 0 }
      slot.booked += 1
      if (withoutPlace.has(booking.id)) slot.without += 1
      slots.set(slotKey(booking), slot)
    }
    for (const [key, slot] of slots) {
      if (slot.without > 0)
        found.set(key, { booked: slot.booked, places: slot.booked - slot.without })
    }
  }
  return found
}

/**
 * Seven days of bookings: counselors at all their support points or one of them,
 * coordinators and the admin at one point (the first when none was chosen). Grouped by
 * day, then time; at most WEEK_MAX_ROWS, whole days only.
 */
async function renderWeek(c: C, points: AgendaPoint[]) {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const offerAll = staff.role === 'counselor'
  const slug = c.req.query('steunpunt')?.trim() || undefined
  const point = slug || !offerAll ? choosePoint(points, slug) : null
  if (point === undefined) return errorResponse(c, 404)
  const shown = point ? [point] : points
  const today = localToday(shown[0]!.zone, now)
  const fromValue = c.req.query('van')?.trim() || today
  const props = {
    t,
    points,
    point,
    offerAll,
    fromValue,
    today,
    back: currentView(c),
    notice: savedNotice(c),
  }
  const page = (week: Parameters<typeof AgendaWeekPage>[0]['week'], status: 200 | 400 = 200) =>
    render(c, {
      title: week?.title ?? t.title,
      noindex: true,
      nav: staffNav(c, '/staff/agenda'),
      status,
      page: <AgendaWeekPage {...props} week={week} />,
    })
  if (!isIsoDate(fromValue) || Math.abs(daysBetween(today, fromValue)) > WEEK_MAX_DISTANCE_DAYS) {
    return page(null, 400)
  }
  const dates = Array.from({ length: WEEK_DAYS }, (_, i) => addDays(fromValue, i))
  const lastDate = dates[dates.length - 1]!
  // Every point's own midnight; the widest span is read and each row placed in its point's day.
  const bounds = shown.map((p) => dayBounds(p.zone, fromValue, lastDate))
  const from = new Date(Math.min(...bounds.map(([start]) => start.getTime())))
  const to = new Date(Math.max(...bounds.map(([, end]) => end.getTime())))
  const byId = new Map(shown.map((p) => [p.id, p]))
  const dateOf = (b: BookingRow) =>
    DateTime.fromJSDate(b.starts_at, { zone: byId.get(b.location_id)!.zone }).toISODate()!
  const loaded = (
    await bookingsAtPointsBetween(db, [...byId.keys()], from, to, WEEK_MAX_ROWS + 1)
  ).filter((b) => dateOf(b) >= fromValue && dateOf(b) <= lastDate)

  // More than a page: show whole days only, and offer the rest from the first day cut off.
  let rows = loaded
  let cutOffDate: string | null = null
  if (loaded.length > WEEK_MAX_ROWS) {
    const firstMissing = dateOf(loaded[WEEK_MAX_ROWS]!)
    const whole = loaded.slice(0, WEEK_MAX_ROWS).filter((b) => dateOf(b) < firstMissing)
    // One day holds more than a page: that day is shown as far as it fits.
    rows = whole.length > 0 ? whole : loaded.slice(0, WEEK_MAX_ROWS)
    cutOffDate = whole.length > 0 ? firstMissing : addDays(firstMissing, 1)
  }
  const shownDates = cutOffDate ? dates.filter((date) => date < cutOffDate!) : dates

  const counted = new Set(rows.map((b) => b.location_id))
  for (const p of shown.filter((p) => counted.has(p.id))) {
    await audit(
      db,
      {
        staffId: staff.id,
        action: 'agenda.view',
        locationId: p.id,
        detail: `${fromValue}..${shownDates[shownDates.length - 1]}`,
      },
      now,
    )
  }
  const overbooked = await overbookedSlots(db, shown, rows, now)
  const label = (date: string) =>
    formatDate(DateTime.fromISO(date, { zone: shown[0]!.zone }), staff.locale, true)
  const days: AgendaWeekDay[] = shownDates.map((date) => {
    const ofDay = rows.filter((b) => dateOf(b) === date)
    return {
      date,
      label: label(date),
      points: shown.filter((p) => ofDay.some((b) => b.location_id === p.id)),
      rows: ofDay.map((b) => {
        const at = byId.get(b.location_id)!
        return agendaRow(c, b, at, shown.length > 1 ? at.name : null, overbooked, now)
      }),
    }
  })
  const first = DateTime.fromISO(fromValue, { zone: shown[0]!.zone })
  return page({
    title: t.weekTitle(formatDate(first, staff.locale), label(lastDate)),
    previous: addDays(fromValue, -WEEK_DAYS),
    next: addDays(fromValue, WEEK_DAYS),
    days,
    cutOff: cutOffDate ? { date: cutOffDate, label: label(cutOffDate) } : null,
  })
}

function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days')
    .days
}

agendaRoutes.get('/zoek', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const input = (c.req.query('referentie') ?? '').slice(0, 40)
  const page = (problem: string | null, status: 200 | 404 | 422) =>
    render(c, {
      title: t.searchTitle,
      noindex: true,
      nav: staffNav(c, '/staff/agenda'),
      status,
      page: <AgendaSearchPage t={t} value={input} problem={problem} />,
    })
  if (input.trim() === '') return page(null, 200)
  const reference = normalizeReference(input)
  if (!reference) return page(t.searchInvalid, 422)
  const booking = await findBookingInScope(db, reference, staff.locationIds)
  // Out of scope reads exactly like unknown.
  if (!booking) return page(t.searchNotFound(input.trim()), 404)
  return c.redirect(`/staff/agenda/afspraak/${booking.reference}`, 303)
})

agendaRoutes.get('/export.csv', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const points = await agendaPoints(db, staff.locationIds)
  const point = choosePoint(points, c.req.query('steunpunt'))
  if (!point) return errorResponse(c, 404)
  const van = c.req.query('van') ?? ''
  const tot = c.req.query('tot') ?? ''
  const problem =
    !isIsoDate(van) || !isIsoDate(tot) || tot < van
      ? t.exportBadRange
      : DateTime.fromISO(tot).diff(DateTime.fromISO(van), 'days').days + 1 > MAX_EXPORT_DAYS
        ? t.exportTooLong
        : null
  if (problem) {
    return render(c, {
      title: t.exportProblemTitle,
      noindex: true,
      nav: staffNav(c, '/staff/agenda'),
      status: 400,
      page: (
        <ExportProblemPage
          t={t}
          problem={problem}
          back={`/staff/agenda?steunpunt=${encodeURIComponent(point.slug)}`}
        />
      ),
    })
  }
  const [from, to] = dayBounds(point.zone, van, tot)
  const bookings = await bookingsBetween(db, point.id, from, to)
  await audit(
    db,
    {
      staffId: staff.id,
      action: 'bookings.export',
      locationId: point.id,
      detail: `${van}..${tot}`,
    },
    clock(),
  )
  return c.body(bookingsCsv(bookings, point.zone, t), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="spreekuur-${point.slug}-${van}-${tot}.csv"`,
  })
})

/** The booking named in the path, with its support point; undefined when not in scope. */
async function loadBooking(c: C) {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const reference = normalizeReference(c.req.param('reference') ?? '')
  if (!reference) return undefined
  const booking = await findBookingInScope(db, reference, staff.locationIds)
  if (!booking) return undefined
  const point = await findAgendaPoint(db, booking.location_id)
  return point ? { booking, point } : undefined
}

type Loaded = { booking: BookingRow; point: AgendaPoint }

/** The day has come: attendance and outcome can be recorded (active bookings only). */
function canRecord(booking: BookingRow, point: AgendaPoint, now: Date): boolean {
  const day = DateTime.fromJSDate(booking.starts_at, { zone: point.zone }).toISODate()!
  return booking.status === 'active' && day <= localToday(point.zone, now)
}

function detailPath(booking: BookingRow): string {
  return `/staff/agenda/afspraak/${booking.reference}`
}

function renderBooking(
  c: C,
  { booking, point }: Loaded,
  options: {
    status?: 200 | 409 | 422
    notice?: string | null
    errors?: BookingFormErrors
    values?: { reason?: string; outcome?: string }
  } = {},
) {
  const staff = c.get('staff')
  const t = messages(c)
  const now = c.get('deps').clock()
  const start = DateTime.fromJSDate(booking.starts_at, { zone: point.zone })
  const end = DateTime.fromJSDate(booking.ends_at, { zone: point.zone })
  const whenLabel = `${formatDate(start, staff.locale, true)}, ${formatTimeRange(start, end, staff.locale)}`
  return render(c, {
    title: t.bookingTitle(booking.reference),
    noindex: true,
    nav: staffNav(c, '/staff/agenda'),
    status: options.status ?? 200,
    page: (
      <AgendaBookingPage
        t={t}
        booking={booking}
        point={point}
        whenLabel={whenLabel}
        day={start.toISODate()!}
        canRecord={canRecord(booking, point, now)}
        canCancel={isChangeable(booking, now)}
        notice={options.notice ?? null}
        errors={options.errors ?? {}}
        values={options.values ?? {}}
      />
    ),
  })
}

agendaRoutes.get('/afspraak/:reference', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const t = messages(c)
  await audit(
    db,
    {
      staffId: c.get('staff').id,
      action: 'booking.view',
      bookingId: loaded.booking.id,
      locationId: loaded.point.id,
    },
    clock(),
  )
  const done = c.req.query('klaar')
  const notice = done === 'opgeslagen' ? t.saved : done === 'afgezegd' ? t.cancelled : null
  return renderBooking(c, loaded, { notice })
})

agendaRoutes.post('/afspraak/:reference/aanwezigheid', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const attendance = body['attendance']
  if (attendance !== 'attended' && attendance !== 'no_show') {
    return renderBooking(c, loaded, {
      status: 422,
      errors: { attendance: t.errors.attendanceChoice },
    })
  }
  const refused = recordRefusal(loaded, now, t)
  if (refused) return renderBooking(c, loaded, { status: 409, errors: { attendance: refused } })
  await inTransaction(db, async (trx) => {
    if (!(await setAttendance(trx, loaded.booking.id, attendance, now))) return
    await audit(
      trx,
      {
        staffId: c.get('staff').id,
        action: 'booking.attendance',
        bookingId: loaded.booking.id,
        locationId: loaded.point.id,
        detail: attendance,
      },
      now,
    )
  })
  const back = agendaReturn(body['terug'], loaded.booking.reference)
  return c.redirect(back ?? `${detailPath(loaded.booking)}?klaar=opgeslagen`, 303)
})

const RETURN_PARAMS = ['steunpunt', 'dag', 'van'] as const

/**
 * The agenda list a form was posted from, rebuilt from its known parameters only, with
 * the notice and the booking's row to land on; null for anything else, so the field can
 * never send anyone off the agenda (no open redirect).
 *
 * @example agendaReturn('/staff/agenda?van=2026-12-01', 'K7QWD3MA') // '/staff/agenda?van=2026-12-01&klaar=opgeslagen#afspraak-K7QWD3MA'
 */
function agendaReturn(value: unknown, reference: string): string | null {
  if (typeof value !== 'string' || !value.startsWith('/staff/agenda')) return null
  let url: URL
  try {
    url = new URL(value, 'http://agenda.invalid')
  } catch {
    return null
  }
  if (url.host !== 'agenda.invalid' || url.pathname !== '/staff/agenda') return null
  const query = new URLSearchParams()
  for (const name of RETURN_PARAMS) {
    const param = url.searchParams.get(name)
    if (param !== null && /^[A-Za-z0-9-]{0,100}$/.test(param)) query.set(name, param)
  }
  query.set('klaar', 'opgeslagen')
  return `/staff/agenda?${query}#${rowId(reference)}`
}

agendaRoutes.post('/afspraak/:reference/uitkomst', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const outcome = typeof body['outcome'] === 'string' ? body['outcome'] : ''
  if (!(OUTCOMES as readonly string[]).includes(outcome)) {
    return renderBooking(c, loaded, { status: 422, errors: { outcome: t.errors.outcomeChoice } })
  }
  const refused = recordRefusal(loaded, now, t)
  if (refused) return renderBooking(c, loaded, { status: 409, errors: { outcome: refused } })
  await inTransaction(db, async (trx) => {
    if (!(await setOutcome(trx, loaded.booking.id, outcome as Outcome, now))) return
    await audit(
      trx,
      {
        staffId: c.get('staff').id,
        action: 'booking.outcome',
        bookingId: loaded.booking.id,
        locationId: loaded.point.id,
        detail: outcome,
      },
      now,
    )
  })
  return c.redirect(`${detailPath(loaded.booking)}?klaar=opgeslagen`, 303)
})

/** Why attendance or outcome cannot be recorded yet (or at all); null when it can. */
function recordRefusal(
  { booking, point }: Loaded,
  now: Date,
  t: ReturnType<typeof messages>,
): string | null {
  if (booking.status !== 'active') return t.errors.notActive
  if (!canRecord(booking, point, now)) return t.errors.tooEarly
  return null
}

agendaRoutes.post('/afspraak/:reference/afzeggen', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const { booking } = loaded
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const typed = typeof body['reason'] === 'string' ? body['reason'] : ''
  const reason = typed.normalize('NFC').trim().replace(/\r\n?/g, '\n')
  const reasonError =
    reason === ''
      ? t.errors.reasonRequired
      : reason.length > REASON_MAX
        ? t.errors.reasonTooLong
        : CONTROL.test(reason)
          ? t.errors.reasonInvalid
          : null
  if (reasonError) {
    return renderBooking(c, loaded, {
      status: 422,
      errors: { reason: reasonError },
      values: { reason: typed },
    })
  }
  // A second click after the first went through: nothing to do, the page says it is done.
  if (booking.status === 'cancelled') {
    return c.redirect(`${detailPath(booking)}?klaar=afgezegd`, 303)
  }
  const [point] = isChangeable(booking, now)
    ? await loadSupportPoints(db, {
        today: localToday(loaded.point.zone, now),
        locationId: booking.location_id,
      })
    : []
  // The reason and the audit row are written in cancelBooking's own transaction.
  const result = point
    ? await cancelBooking(db, {
        bookingId: booking.id,
        by: 'staff',
        now,
        point,
        notify: notifySettings(config),
        reason,
        staffId: c.get('staff').id,
      })
    : null
  if (!result?.ok) {
    return renderBooking(c, loaded, {
      status: 409,
      errors: { reason: t.errors.notChangeable },
      values: { reason: typed },
    })
  }
  return c.redirect(`${detailPath(booking)}?klaar=afgezegd`, 303)
})
