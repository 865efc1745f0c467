import type { Context } from 'hono'
import { DateTime } from 'luxon'
import type { AgendaRow, DayStateView } from '../../../views/staff/agenda-table.js'
import type { AppEnv } from '../../app-env.js'
import type { BookingRow } from '../../db/schema.js'
import { formatTimeRange } from '../../i18n/format.js'
import { agendaMessages } from '../../i18n/staff/agenda.js'
import type { AgendaPoint, DayState, RowFacts } from '../../services/agenda.js'

/** What the agenda's routes share: the request's words, days and the rows of a list. */
export type C = Context<AppEnv>

export function messages(c: C) {
  return agendaMessages[c.get('staff').locale]
}

/** The chosen support point among those in scope; the first when none was chosen. */
export function choosePoint<P extends AgendaPoint>(points: P[], slug: string | undefined) {
  return slug ? points.find((point) => point.slug === slug) : points[0]
}

export function localToday(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!
}

/** [start of `from`, start of the day after `to`) in the point's zone; DST days included. */
export function dayBounds(zone: string, from: string, to = from): [Date, Date] {
  return [
    DateTime.fromISO(from, { zone }).startOf('day').toJSDate(),
    DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  ]
}

/** This page without its one-off notice: where the forms in the list come back to. */
export function currentView(c: C): string {
  const url = new URL(c.req.url)
  url.searchParams.delete('klaar')
  const query = url.searchParams.toString()
  return `${url.pathname}${query ? `?${query}` : ''}`
}

export function savedNotice(c: C): string | null {
  return c.req.query('klaar') === 'opgeslagen' ? messages(c).saved : null
}

/** The day has come: attendance and outcome can be recorded (active bookings only). */
export function canRecord(booking: BookingRow, point: AgendaPoint, now: Date): boolean {
  const day = DateTime.fromJSDate(booking.starts_at, { zone: point.zone }).toISODate()!
  return booking.status === 'active' && day <= localToday(point.zone, now)
}

/** One line of the agenda, with its time in the point's zone and who booked it. */
export function agendaRow(
  c: C,
  booking: BookingRow,
  point: AgendaPoint,
  pointName: string | null,
  found: RowFacts,
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
    overbooked: found.overbooked(booking),
    bookedBy: booking.booked_by ? (found.bookers.get(booking.booked_by) ?? null) : null,
  }
}

/** A day's state as the agenda says it, its sessions' times in the point's own words. */
export function dayStateView(c: C, state: DayState | undefined): DayStateView {
  if (!state || state.kind === 'no-hours') return { kind: 'no-hours' }
  if (state.kind === 'closed') return state
  const locale = c.get('staff').locale
  return {
    kind: 'open',
    times: state.sessions.map((session) => formatTimeRange(session.start, session.end, locale)),
  }
}
