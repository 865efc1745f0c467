import { DateTime } from 'luxon'
import { isProductDate } from './time.js'

/** Longest period one report covers: a year, leap day included. Bounds the capacity computation. */
export const MAX_REPORT_DAYS = 366

export type PeriodError = 'badDate' | 'badMonth' | 'order' | 'tooLong'

export interface Period {
  /** YYYY-MM-DD, both inclusive, local dates of the support points */
  from: string
  to: string
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * The period a report asks for: a month (`maand`, YYYY-MM) wins; else `van` and `tot`
 * (both dates, `tot` not before `van`, at most 366 days); nothing at all means the last
 * twelve months up to and including the current one.
 *
 * @example parsePeriod({ maand: '2026-02' }, '2026-11-30') // { ok: true, period: { from: '2026-02-01', to: '2026-02-28' } }
 */
export function parsePeriod(
  input: { van?: string | undefined; tot?: string | undefined; maand?: string | undefined },
  today: string,
): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const month = input.maand?.trim() ?? ''
  const van = input.van?.trim() ?? ''
  const tot = input.tot?.trim() ?? ''
  if (month !== '') {
    if (!MONTH.test(month) || !isProductDate(`${month}-01`)) return { ok: false, error: 'badMonth' }
    const start = DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    return {
      ok: true,
      period: { from: start.toISODate()!, to: start.endOf('month').toISODate()! },
    }
  }
  if (van === '' && tot === '') return { ok: true, period: lastTwelveMonths(today) }
  if (!isProductDate(van) || !isProductDate(tot)) {
    return { ok: false, error: 'badDate' }
  }
  if (tot < van) return { ok: false, error: 'order' }
  if (daysIn({ from: van, to: tot }) > MAX_REPORT_DAYS) return { ok: false, error: 'tooLong' }
  return { ok: true, period: { from: van, to: tot } }
}

/** @example lastTwelveMonths('2026-11-30') // { from: '2025-12-01', to: '2026-11-30' } */
export function lastTwelveMonths(today: string): Period {
  const day = DateTime.fromISO(today, { zone: 'utc' })
  return {
    from: day.startOf('month').minus({ months: 11 }).toISODate()!,
    to: day.endOf('month').toISODate()!,
  }
}

/** @example daysIn({ from: '2026-01-01', to: '2026-12-31' }) // 365 */
export function daysIn(period: Period): number {
  const from = DateTime.fromISO(period.from, { zone: 'utc' })
  const to = DateTime.fromISO(period.to, { zone: 'utc' })
  return Math.round(to.diff(from, 'days').days) + 1
}

/**
 * Every calendar month the period touches, as YYYY-MM.
 *
 * @example monthsOf({ from: '2026-11-15', to: '2027-01-10' }) // ['2026-11', '2026-12', '2027-01']
 */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  const last = period.to.slice(0, 7)
  for (
    let month = DateTime.fromISO(`${period.from.slice(0, 7)}-01`, { zone: 'utc' });
    month.toFormat('yyyy-MM') <= last;
    month = month.plus({ months: 1 })
  ) {
    months.push(month.toFormat('yyyy-MM'))
  }
  return months
}
