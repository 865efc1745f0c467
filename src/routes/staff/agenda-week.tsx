import { DateTime } from 'luxon'
import { AgendaWeekPage, type AgendaWeekDay } from '../../../views/staff/agenda-week.js'
import type { BookingRow } from '../../db/schema.js'
import { addDays, isProductDate } from '../../domain/time.js'
import { formatDate } from '../../i18n/format.js'
import { audit } from '../../services/audit.js'
import { bookingsAtPoints, dayStates, rowFacts, type ListedPoint } from '../../services/agenda.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
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
import { staffNav } from './nav.js'

/** The counselor's agenda: today and the six days after, or seven days from a chosen date. */
const WEEK_DAYS = 7
/** A week's list never loads more than this; the days that do not fit come on the next page. */
export const WEEK_MAX_ROWS = 400
/** How far from today the week may start: far enough for any schedule, never unbounded. */
const WEEK_MAX_DISTANCE_DAYS = 731

function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days')
    .days
}

/**
 * Seven days of bookings: counselors at all their support points or one of them,
 * coordinators and the admin at one point (the first when none was chosen). Grouped by
 * day, then time; at most WEEK_MAX_ROWS, whole days only. Every day says, per point,
 * whether it is closed or open.
 */
export async function renderWeek(c: C, points: ListedPoint[]) {
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
  if (
    !isProductDate(fromValue) ||
    Math.abs(daysBetween(today, fromValue)) > WEEK_MAX_DISTANCE_DAYS
  ) {
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
  const loaded = (await bookingsAtPoints(db, [...byId.keys()], from, to, WEEK_MAX_ROWS + 1)).filter(
    (b) => dateOf(b) >= fromValue && dateOf(b) <= lastDate,
  )

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
  const found = await rowFacts(db, shown, rows, now)
  const states = await dayStates(db, shown, shownDates)
  const several = shown.length > 1
  const label = (date: string) =>
    formatDate(DateTime.fromISO(date, { zone: shown[0]!.zone }), staff.locale, true)
  const days: AgendaWeekDay[] = shownDates.map((date) => {
    const ofDay = rows.filter((b) => dateOf(b) === date)
    const pointStates = shown.map((p) => ({
      pointName: several ? p.name : null,
      state: dayStateView(c, states.get(`${p.id} ${date}`)),
    }))
    // Of several points, those without hours that day would only repeat themselves.
    const held = several ? pointStates.filter((line) => line.state.kind !== 'no-hours') : []
    return {
      date,
      label: label(date),
      points: shown.filter((p) => ofDay.some((b) => b.location_id === p.id)),
      rows: ofDay.map((b) => {
        const at = byId.get(b.location_id)!
        return agendaRow(c, b, at, several ? at.name : null, found, now)
      }),
      states: !several
        ? pointStates
        : held.length > 0
          ? held
          : [{ pointName: null, state: { kind: 'no-hours' } }],
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
