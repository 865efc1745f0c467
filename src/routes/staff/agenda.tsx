import { Hono, type Context } from 'hono'
import { DateTime } from 'luxon'
import { AgendaDayPage, AgendaEmptyPage } from '../../../views/staff/agenda.js'
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
  bookingsBetween,
  findAgendaPoint,
  findBookingInScope,
  setAttendance,
  setOutcome,
  type AgendaPoint,
} from '../../db/agenda.js'
import { loadSupportPoints } from '../../db/locations.js'
import type { BookingRow } from '../../db/schema.js'
import { inTransaction } from '../../db/transaction.js'
import { normalizeReference } from '../../domain/reference.js'
import { assertIsoDate } from '../../domain/time.js'
import { formatDate, formatTimeRange } from '../../i18n/format.js'
import { agendaMessages } from '../../i18n/staff/agenda.js'
import { audit } from '../../services/audit.js'
import { cancelBooking, isChangeable, notifySettings } from '../../services/booking.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'

/**
 * The agenda of the support points in the staff member's scope: a day per location with
 * what clients chose to share, one booking with attendance, outcome and cancelling,
 * search by reference, and a CSV export without personal data.
 */
export const agendaRoutes = new Hono<AppEnv>()

agendaRoutes.use('*', requireStaff(['admin', 'coordinator', 'counselor']))

const MAX_EXPORT_DAYS = 92
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

agendaRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const nav = staffNav(c, '/staff/agenda')
  const points = await agendaPoints(db, staff.locationIds)
  if (points.length === 0) {
    return render(c, { title: t.title, noindex: true, nav, page: <AgendaEmptyPage t={t} /> })
  }
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
  const common = { t, points, point, dayValue, today, exportRange }

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
  const date = DateTime.fromISO(dayValue, { zone: point.zone })
  const label = formatDate(date, staff.locale, true)
  const day = {
    label,
    previous: date.minus({ days: 1 }).toISODate()!,
    next: date.plus({ days: 1 }).toISODate()!,
    rows: bookings.map((booking) => ({
      booking,
      time: formatTimeRange(
        DateTime.fromJSDate(booking.starts_at, { zone: point.zone }),
        DateTime.fromJSDate(booking.ends_at, { zone: point.zone }),
        staff.locale,
      ),
    })),
  }
  return render(c, {
    title: t.dayTitle(point.name, label),
    noindex: true,
    nav,
    page: <AgendaDayPage {...common} day={day} />,
  })
})

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
  const body = await c.req.parseBody()
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
  return c.redirect(`${detailPath(loaded.booking)}?klaar=opgeslagen`, 303)
})

agendaRoutes.post('/afspraak/:reference/uitkomst', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const now = clock()
  const body = await c.req.parseBody()
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
  const body = await c.req.parseBody()
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
