import type { WeeklyHours } from './slots.js'
import { addDays } from './time.js'

/** New times and counselors for a weekly session, from a date on and optionally until one. */
export interface DatedHoursChange {
  start: string
  end: string
  counselors: number
  /** The first day the new times hold; null: at once, for every week of the row. */
  from: string | null
  /** The last day they hold; null: as long as the row runs. */
  until: string | null
}

/**
 * A weekly session after a change that holds only from `from` (and until `until`): the row
 * keeps its id and the weeks before `from`, with its old times, so this week's bookings stay
 * where they are; the changed weeks, and the old times again after `until`, become new rows.
 * Without `from`, or from the row's first day on, the row itself takes the new times.
 *
 * @example datedHours(tuesday, { start: '14:00', end: '16:00', counselors: 2, from: '2027-01-05', until: null })
 * // { row: { ...tuesday, validUntil: '2027-01-04' }, added: [{ ...14:00–16:00 from 2027-01-05 }] }
 */
export function datedHours<H extends WeeklyHours>(
  row: H,
  change: DatedHoursChange,
): { row: H; added: WeeklyHours[] } {
  const times = { start: change.start, end: change.end, counselors: change.counselors }
  const lastDay = row.validUntil
  const after: WeeklyHours[] =
    change.until && (lastDay === null || change.until < lastDay)
      ? [{ ...plain(row), validFrom: addDays(change.until, 1), validUntil: lastDay }]
      : []
  const until = change.until ?? lastDay
  if (change.from === null || (row.validFrom !== null && change.from <= row.validFrom)) {
    return { row: { ...row, ...times, validUntil: until }, added: after }
  }
  return {
    row: { ...row, validUntil: addDays(change.from, -1) },
    added: [{ ...plain(row), ...times, validFrom: change.from, validUntil: until }, ...after],
  }
}

function plain(row: WeeklyHours): WeeklyHours {
  const { weekday, start, end, counselors, validFrom, validUntil } = row
  return { weekday, start, end, counselors, validFrom, validUntil }
}
