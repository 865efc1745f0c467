import type { Db } from '../db/database.js'
import {
  bookingCounts,
  countsBy,
  reportPoints,
  reportRegions,
  waitingTimes,
  type BookingCounts,
  type WaitingTimes,
  type ReportPoint,
} from '../db/reports.js'
import { reportSchedules } from '../db/report-schedules.js'
import { bookablePlacesByMonth } from '../domain/report-capacity.js'
import { monthsOf, type Period } from '../domain/report-period.js'
import {
  COUNT_FIGURES,
  type BreakdownName,
  type CountFigure,
  type FigureSet,
  type Report,
  type ReportCell,
  type WaitingFigures,
} from '../domain/report.js'
import {
  isSmall,
  shareOf,
  suppress,
  type Count,
  type SumLine,
} from '../domain/report-suppression.js'

/**
 * Aggregate reports for coordinators and the admin (docs/decisions/0009-reports.md):
 * counts of bookings by appointment date, bookable places from the schedule, and every
 * count passed through small-number suppression before anyone sees it.
 */

/** What the queries return, for the pure assembly. */
export interface ReportInput {
  period: Period
  points: ReportPoint[]
  counts: BookingCounts[]
  languages: Array<{ locationId: string; value: string; count: number }>
  topics: Array<{ locationId: string; value: string; count: number }>
  /** location id → month → bookable places */
  places: Map<string, Map<string, number>>
  waits: WaitingTimes[]
}

export type { ReportPoint }

/** What a reader's reports may cover: their regions and their support points (open or closed). */
export interface ReportScope {
  regions: Array<{ id: string; slug: string; name: string }>
  points: ReportPoint[]
}

/**
 * The regions and support points this reader may report on, each sorted by name; both
 * empty for a coordinator without a region.
 *
 * @example const { regions, points } = await reportScope(db, staff)
 */
export async function reportScope(
  db: Db,
  reader: { regionIds: string[]; locationIds: string[] },
): Promise<ReportScope> {
  const [regions, points] = await Promise.all([
    reportRegions(db, reader.regionIds),
    reportPoints(db, reader.locationIds),
  ])
  return { regions, points }
}

/**
 * The report for `points` (already limited to what the reader may see) over `period`.
 * Three grouped booking queries and five schedule queries, whatever the size.
 *
 * @example const report = await buildReport(db, points, { from: '2026-01-01', to: '2026-12-31' })
 */
export async function buildReport(db: Db, points: ReportPoint[], period: Period): Promise<Report> {
  const ids = points.map((point) => point.id)
  const [counts, languages, topics, schedules, waits] = await Promise.all([
    bookingCounts(db, ids, period),
    countsBy(db, 'language', ids, period),
    countsBy(db, 'topic', ids, period),
    reportSchedules(db, ids, period),
    waitingTimes(db, ids, period),
  ])
  const places = new Map<string, Map<string, number>>()
  for (const [id, schedule] of schedules) places.set(id, bookablePlacesByMonth(schedule, period))
  return assembleReport({ period, points, counts, languages, topics, places, waits })
}

const TOPIC_ORDER = ['orientation', 'return', 'other', 'unspecified']
const ARRIVAL_ITEMS: Array<[string, keyof BookingCounts]> = [
  ['walkIn', 'arrivalWalkIn'],
  ['desk', 'arrivalDesk'],
  ['agenda', 'arrivalAgenda'],
]
const SOURCE_ITEMS: Array<[string, keyof BookingCounts]> = [
  ['online', 'sourceOnline'],
  ['api', 'sourceApi'],
  ['volunteer', 'sourceVolunteer'],
  ['staff', 'sourceStaff'],
]
const INTERPRETER_ITEMS: Array<[string, keyof BookingCounts]> = [
  ['yes', 'interpreterYes'],
  ['no', 'interpreterNo'],
]
const LEAD_ITEMS: Array<[string, keyof BookingCounts]> = [
  ['under1', 'leadUnder1'],
  ['1to3', 'lead1to3'],
  ['4to7', 'lead4to7'],
  ['8to14', 'lead8to14'],
  ['over14', 'leadOver14'],
]
const OUTCOME_ITEMS: Array<[string, keyof BookingCounts]> = [
  ['orienting', 'outcomeOrienting'],
  ['return', 'outcomeReturn'],
  ['referred', 'outcomeReferred'],
  ['other', 'outcomeOther'],
  ['open', 'outcomeOpen'],
]

/**
 * Sums the counts into the columns a report shows (the whole period, each month, each
 * region or point compared), declares every sum a reader can see, suppresses, and
 * derives the shares from what stays visible. Pure.
 */
export function assembleReport(input: ReportInput): Report {
  const months = monthsOf(input.period)
  const compareBy = comparisonLevel(input.points)
  const children = compareBy ? childrenOf(input.points, compareBy) : []

  const values = new Map<string, number>()
  const lines: SumLine[] = []
  const places = new Map<string, number>()
  const key = (figure: string, unit: string) => `${figure}|${unit}`

  const addUnit = (unit: string, rows: BookingCounts[], placeCount: number) => {
    const sum = (field: keyof BookingCounts) =>
      rows.reduce((total, row) => total + (row[field] as number), 0)
    const figures: Record<CountFigure, number> = {
      made: sum('made'),
      cancelledByClient: sum('cancelledByClient'),
      cancelledByStaff: sum('cancelledByStaff'),
      active: sum('active'),
      attended: sum('attended'),
      noShow: sum('noShow'),
      attendanceOpen: sum('attendanceOpen'),
      withOutcome:
        sum('outcomeOrienting') +
        sum('outcomeReturn') +
        sum('outcomeReferred') +
        sum('outcomeOther'),
      choseReturn: sum('outcomeReturn'),
    }
    for (const figure of COUNT_FIGURES) values.set(key(figure, unit), figures[figure])
    places.set(unit, placeCount)
    lines.push(
      {
        total: key('made', unit),
        parts: ['active', 'cancelledByClient', 'cancelledByStaff'].map((f) => key(f, unit)),
      },
      {
        total: key('active', unit),
        parts: ['attended', 'noShow', 'attendanceOpen'].map((f) => key(f, unit)),
      },
    )
  }

  const placesOf = (ids: Set<string>, month?: string) => {
    let total = 0
    for (const id of ids) {
      for (const [m, count] of input.places.get(id) ?? []) if (!month || m === month) total += count
    }
    return total
  }
  const allIds = new Set(input.points.map((point) => point.id))
  addUnit('total', input.counts, placesOf(allIds))
  for (const month of months) {
    addUnit(
      month,
      input.counts.filter((row) => row.month === month),
      placesOf(allIds, month),
    )
  }
  for (const child of children) {
    addUnit(
      child.id,
      input.counts.filter((row) => child.ids.has(row.locationId)),
      placesOf(child.ids),
    )
  }
  const sumLinesOver = (units: string[]) => {
    if (units.length < 2) return
    for (const figure of COUNT_FIGURES) {
      lines.push({ total: key(figure, 'total'), parts: units.map((unit) => key(figure, unit)) })
    }
  }
  sumLinesOver(months)
  sumLinesOver(children.map((child) => child.id))

  // Breakdowns of the whole period; each adds up to its base.
  const breakdownSpecs: Array<{
    name: BreakdownName
    base: string
    items: Array<[string, number]>
  }> = [
    { name: 'source', base: 'active', items: fixedItems(input.counts, SOURCE_ITEMS) },
    { name: 'language', base: 'active', items: openItems(input.languages, []) },
    { name: 'interpreter', base: 'active', items: fixedItems(input.counts, INTERPRETER_ITEMS) },
    { name: 'topic', base: 'active', items: openItems(input.topics, TOPIC_ORDER) },
    { name: 'leadTime', base: 'active', items: fixedItems(input.counts, LEAD_ITEMS) },
    { name: 'outcome', base: 'attended', items: fixedItems(input.counts, OUTCOME_ITEMS) },
    { name: 'arrival', base: 'attended', items: fixedItems(input.counts, ARRIVAL_ITEMS) },
  ]
  const itemKey = (name: BreakdownName, item: string) =>
    name === 'outcome' && item === 'return'
      ? key('choseReturn', 'total')
      : key(`${name}:${item}`, 'total')
  for (const spec of breakdownSpecs) {
    for (const [item, count] of spec.items) values.set(itemKey(spec.name, item), count)
    lines.push({
      total: key(spec.base, 'total'),
      parts: spec.items.map(([item]) => itemKey(spec.name, item)),
    })
  }
  lines.push({
    total: key('withOutcome', 'total'),
    parts: ['orienting', 'return', 'referred', 'other'].map((item) => itemKey('outcome', item)),
  })
  // Attended = with an outcome + none recorded: both totals are shown, so "none recorded"
  // is their difference and must be protected as a part of that sum too (found in review).
  lines.push({
    total: key('attended', 'total'),
    parts: [key('withOutcome', 'total'), itemKey('outcome', 'open')],
  })

  const visibility = suppress(values, lines, complementRank)
  const count = (k: string): Count => ({ value: values.get(k)!, visibility: visibility.get(k)! })
  const figureSet = (unit: string): FigureSet => {
    const cell = (figure: CountFigure): ReportCell => ({
      kind: 'count',
      ...count(key(figure, unit)),
    })
    const placeCount = places.get(unit)!
    return {
      made: cell('made'),
      cancelledByClient: cell('cancelledByClient'),
      cancelledByStaff: cell('cancelledByStaff'),
      active: cell('active'),
      attended: cell('attended'),
      noShow: cell('noShow'),
      attendanceOpen: cell('attendanceOpen'),
      places: { kind: 'places', value: placeCount },
      capacityUsed: { kind: 'share', value: shareOf(count(key('active', unit)), placeCount) },
      withOutcome: cell('withOutcome'),
      choseReturn: cell('choseReturn'),
      returnShare: {
        kind: 'share',
        value: shareOf(count(key('choseReturn', unit)), count(key('withOutcome', unit))),
      },
    }
  }

  return {
    period: input.period,
    waiting: waitingFigures(input.waits, months),
    total: figureSet('total'),
    months: months.map((month) => ({ month, figures: figureSet(month) })),
    breakdowns: breakdownSpecs.map((spec) => {
      const base = count(key(spec.base, 'total'))
      return {
        name: spec.name,
        base,
        items: spec.items.map(([item]) => {
          const itemCount = count(itemKey(spec.name, item))
          return { key: item, count: itemCount, share: shareOf(itemCount, base) }
        }),
      }
    }),
    comparison: compareBy
      ? {
          by: compareBy,
          columns: children.map((child) => ({
            id: child.id,
            name: child.name,
            figures: figureSet(child.id),
          })),
        }
      : null,
  }
}

/**
 * The waiting figures per month and for the whole period, in month order. A month where
 * fewer than five waited shows "< 5" and no times; the months are not a sum line of
 * anything else shown, so nothing can be worked back from the others.
 */
function waitingFigures(waits: WaitingTimes[], months: string[]): WaitingFigures[] {
  const byMonth = new Map(waits.map((w) => [w.month, w]))
  return [...months, 'total'].map((month) => {
    const w = byMonth.get(month)
    const n = w?.count ?? 0
    const small = isSmall(n)
    return {
      month,
      count: { value: n, visibility: small ? 'small' : 'exact' },
      medianMinutes: small ? null : (w?.medianMinutes ?? null),
      p90Minutes: small ? null : (w?.p90Minutes ?? null),
    }
  })
}

const FIGURE_RANK: Record<string, number> = {
  active: 1,
  withOutcome: 1,
  choseReturn: 1,
  attended: 2,
  made: 3,
}

/**
 * Which counts to sacrifice first when a small one needs company: details before the
 * headline figures, a month or a region before the whole period.
 */
function complementRank(key: string): number {
  const [figure, unit] = key.split('|')
  return (FIGURE_RANK[figure!] ?? 0) + (unit === 'total' ? 4 : 0)
}

/** Regions side by side when the points span several; else the points of the one region. */
export function comparisonLevel(points: ReportPoint[]): 'region' | 'point' | null {
  if (new Set(points.map((point) => point.region.id)).size > 1) return 'region'
  return points.length > 1 ? 'point' : null
}

function childrenOf(points: ReportPoint[], by: 'region' | 'point') {
  const children = new Map<string, { id: string; name: string; ids: Set<string> }>()
  for (const point of points) {
    const [id, name] =
      by === 'region' ? [point.region.id, point.region.name] : [point.id, point.name]
    let child = children.get(id)
    if (!child) children.set(id, (child = { id: `${by}:${id}`, name, ids: new Set() }))
    child.ids.add(point.id)
  }
  return [...children.values()]
}

function fixedItems(
  rows: BookingCounts[],
  items: Array<[string, keyof BookingCounts]>,
): Array<[string, number]> {
  return items.map(([item, field]) => [
    item,
    rows.reduce((sum, row) => sum + (row[field] as number), 0),
  ])
}

/** Values that occur, summed over the points; `order` first, then the largest. */
function openItems(
  rows: Array<{ value: string; count: number }>,
  order: string[],
): Array<[string, number]> {
  const totals = new Map<string, number>(order.map((value) => [value, 0]))
  for (const row of rows) totals.set(row.value, (totals.get(row.value) ?? 0) + row.count)
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length)
  return [...totals].sort(
    ([a, countA], [b, countB]) => rank(a) - rank(b) || countB - countA || a.localeCompare(b),
  )
}
