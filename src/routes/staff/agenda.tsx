import { isProductDate } from '../../domain/time.js'
import { DateTime } from 'luxon'
import { AgendaDayPage, AgendaEmptyPage } from '../../../views/staff/agenda.js'
import { formatDate } from '../../i18n/format.js'
import { audit } from '../../services/audit.js'
import { bookingsAtPoint, dayStates, pointsInScope, rowFacts } from '../../services/agenda.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { agendaBookingRoutes } from './agenda-booking.js'
import { agendaExportRoutes } from './agenda-export.js'
import {
  agendaRow,
  choosePoint,
  currentView,
  dayBounds,
  dayStateView,
  localToday,
  messages,
  savedNotice,
  type C,
} from './agenda-shared.js'
import { renderWeek } from './agenda-week.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'
import { askBeforeViewFromElsewhere } from './same-site.js'

export { WEEK_MAX_ROWS } from './agenda-week.js'

/**
 * The agenda of the support points in the staff member's scope: a day per location with
 * what clients chose to share (here), seven days (agenda-week), one booking with
 * attendance, outcome and cancelling (agenda-booking), search by reference and a CSV
 * export without personal data (agenda-export).
 */
export const agendaRoutes = staffArea(['admin', 'coordinator', 'counselor'])

agendaRoutes.use('*', askBeforeViewFromElsewhere('/staff/agenda'))

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

agendaRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const nav = staffNav(c, '/staff/agenda')
  const points = await pointsInScope(db, staff.locationIds)
  if (points.length === 0) {
    return render(c, { title: t.title, noindex: true, nav, page: <AgendaEmptyPage t={t} /> })
  }
  if (wantsWeek(c)) return renderWeek(c, points)
  const point = choosePoint(points, c.req.query('steunpunt'))
  if (!point) return errorResponse(c, 404)
  const now = clock()
  const today = localToday(point.zone, now)
  const dayValue = c.req.query('dag')?.trim() || today
  const month = DateTime.fromISO(isProductDate(dayValue) ? dayValue : today)
  const exportRange = {
    from: month.startOf('month').toISODate()!,
    to: month.endOf('month').toISODate()!,
  }
  const back = currentView(c)
  const common = { t, points, point, dayValue, today, exportRange, back, notice: savedNotice(c) }

  if (!isProductDate(dayValue)) {
    return render(c, {
      title: t.title,
      noindex: true,
      nav,
      status: 400,
      page: <AgendaDayPage {...common} day={null} />,
    })
  }
  const [from, to] = dayBounds(point.zone, dayValue)
  const bookings = await bookingsAtPoint(db, point.id, from, to)
  if (bookings.length > 0) {
    await audit(
      db,
      { staffId: staff.id, action: 'agenda.view', locationId: point.id, detail: dayValue },
      now,
    )
  }
  const found = await rowFacts(db, [point], bookings, now)
  const states = await dayStates(db, [point], [dayValue])
  const date = DateTime.fromISO(dayValue, { zone: point.zone })
  const label = formatDate(date, staff.locale, true)
  const day = {
    label,
    previous: date.minus({ days: 1 }).toISODate()!,
    next: date.plus({ days: 1 }).toISODate()!,
    rows: bookings.map((booking) => agendaRow(c, booking, point, null, found, now)),
    state: dayStateView(c, states.get(`${point.id} ${dayValue}`)),
  }
  return render(c, {
    title: t.dayTitle(point.name, label),
    noindex: true,
    nav,
    page: <AgendaDayPage {...common} day={day} />,
  })
})

agendaRoutes.route('/', agendaExportRoutes)
agendaRoutes.route('/afspraak', agendaBookingRoutes)
