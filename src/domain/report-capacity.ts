import {
  computeSlots,
  type Closure,
  type ExtraSession,
  type SlotRules,
  type WeeklyHours,
} from './slots.js'
import { localDateTime } from './time.js'
import { daysIn, type Period } from './report-period.js'

/** A stretch in which the admin had closed the support point; `reopenedAt` null: still closed. */
export interface ClosedPeriod {
  closedAt: Date
  reopenedAt: Date | null
}

/** A support point's schedule as stored: what the slot computation needs. */
export interface ReportSchedule {
  hours: WeeklyHours[]
  extraSessions: ExtraSession[]
  closures: Closure[]
  closedPeriods: ClosedPeriod[]
  rules: SlotRules
  zone: string
}

/**
 * Bookable places per month (YYYY-MM) in the period: the capacity of every slot the
 * schedule holds on those days (counselors minus the seats kept for walk-ins), exactly as
 * the booking pages compute it, closures and extra sessions included. The booking window
 * ("now", minimum notice, horizon) is opened over the whole period, so past and future
 * days count alike. A slot starting while the point was closed offers no place: its hours
 * stay stored for a reopening, but nobody could book them.
 *
 * @example bookablePlacesByMonth(schedule, { from: '2026-03-01', to: '2026-04-30' }) // Map { '2026-03' → 24, '2026-04' → 26 }
 */
export function bookablePlacesByMonth(
  schedule: ReportSchedule,
  period: Period,
): Map<string, number> {
  const slots = computeSlots({
    ...schedule,
    booked: new Map(),
    rules: { ...schedule.rules, minNoticeMinutes: 0, horizonDays: daysIn(period) },
    now: localDateTime(period.from, '00:00', schedule.zone),
    from: period.from,
    to: period.to,
  })
  const closed = schedule.closedPeriods.map((p) => ({
    from: p.closedAt.getTime(),
    until: p.reopenedAt?.getTime() ?? Infinity,
  }))
  const places = new Map<string, number>()
  for (const slot of slots) {
    if (closed.some((p) => p.from <= slot.startMs && slot.startMs < p.until)) continue
    const month = slot.start.toFormat('yyyy-MM')
    places.set(month, (places.get(month) ?? 0) + slot.capacity)
  }
  return places
}
