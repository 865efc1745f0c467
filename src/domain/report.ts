import type { Period } from './report-period.js'
import type { Count } from './report-suppression.js'

/**
 * What a report is (docs/decisions/0009-reports.md): its figures, breakdowns and columns,
 * each count already through small-number suppression. services/reports.ts builds one; the
 * page, the chart and the CSV (views/staff/reports-*) show it.
 */

/** The counts of people's bookings; each may be suppressed. */
export const COUNT_FIGURES = [
  'made',
  'cancelledByClient',
  'cancelledByStaff',
  'active',
  'attended',
  'noShow',
  'attendanceOpen',
  'withOutcome',
  'choseReturn',
] as const
export type CountFigure = (typeof COUNT_FIGURES)[number]

/** The figures of a report column, in the order pages and CSV show them. */
export const MAIN_FIGURES = [
  'made',
  'cancelledByClient',
  'cancelledByStaff',
  'active',
  'attended',
  'noShow',
  'attendanceOpen',
  'places',
  'capacityUsed',
  'withOutcome',
  'choseReturn',
  'returnShare',
] as const
export type MainFigure = (typeof MAIN_FIGURES)[number]

export type ReportCell =
  | ({ kind: 'count' } & Count)
  /** Bookable places come from the schedule, not from people: never suppressed. */
  | { kind: 'places'; value: number }
  /** 0..1; null when it would rest on a suppressed count or a zero base. */
  | { kind: 'share'; value: number | null }

export type FigureSet = Record<MainFigure, ReportCell>

export const BREAKDOWNS = [
  'source',
  'language',
  'interpreter',
  'topic',
  'leadTime',
  'outcome',
  'arrival',
] as const
export type BreakdownName = (typeof BREAKDOWNS)[number]

export interface Breakdown {
  name: BreakdownName
  /** What the items add up to: not-cancelled bookings, or attended sessions for outcomes. */
  base: Count
  items: Array<{ key: string; count: Count; share: number | null }>
}

/**
 * Waiting at the desk in a month (or 'total'): how many were taken in, and the median and
 * 90th percentile of their wait in minutes; both null when fewer than five waited (a
 * median of two is nearly a person's own figure).
 */
export interface WaitingFigures {
  month: string
  count: Count
  medianMinutes: number | null
  p90Minutes: number | null
}

export interface Report {
  period: Period
  waiting: WaitingFigures[]
  total: FigureSet
  months: Array<{ month: string; figures: FigureSet }>
  breakdowns: Breakdown[]
  /** The regions, or the support points of one region, side by side; null for one point. */
  comparison: {
    by: 'region' | 'point'
    columns: Array<{ id: string; name: string; figures: FigureSet }>
  } | null
}
