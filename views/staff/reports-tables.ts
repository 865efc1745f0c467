import { DateTime } from 'luxon'
import type { Count } from '../../src/domain/report-suppression.js'
import { LANGUAGE_ENDONYMS, languageDirection } from '../../src/i18n/languages.js'
import type { ReportsMessages } from '../../src/i18n/staff/reports.js'
import {
  MAIN_FIGURES,
  type Breakdown,
  type FigureSet,
  type MainFigure,
  type Report,
  type ReportCell,
} from '../../src/domain/report.js'

/**
 * A report as labelled tables: the one model both the page and the CSV are written from,
 * so the CSV holds exactly the figures shown, suppressed the same way.
 */

export interface TableRow {
  label: string
  /** A language's own name is marked with its language and direction. */
  labelLang?: string
  labelDir?: 'ltr' | 'rtl'
  cells: string[]
}

export interface TableModel {
  id: string
  caption: string
  head: string[]
  rows: TableRow[]
}

export interface Bar {
  label: string
  /** The year under the first bar and under each January. */
  year: string | null
  /** Bar height; null when the number is not shown (suppressed or no percentage). */
  value: number | null
  text: string
}

export interface ChartModel {
  id: string
  title: string
  description: string
  bars: Bar[]
  /** The same numbers as a table, for screen readers, print and the CSV. */
  table: TableModel
}

export interface ReportView {
  keyFigures: TableModel
  charts: ChartModel[]
  breakdowns: TableModel[]
  waiting: TableModel
  comparison: TableModel | null
}

type Locale = 'nl' | 'en'

/** @example formatCell({ kind: 'count', value: 3, visibility: 'small' }, t) // '< 5' */
export function formatCell(cell: ReportCell, t: ReportsMessages): string {
  if (cell.kind === 'share') return formatShare(cell.value, t)
  if (cell.kind === 'places') return String(cell.value)
  return formatCount(cell, t)
}

export function formatCount(count: Count, t: ReportsMessages): string {
  return count.visibility === 'small'
    ? t.small
    : count.visibility === 'hidden'
      ? t.hidden
      : String(count.value)
}

/** Whole percents: finer would add nothing but a false air of precision. */
export function formatShare(share: number | null, t: ReportsMessages): string {
  return share === null ? t.notShown : t.percent(Math.round(share * 100))
}

/** @example monthLabel('2026-03', 'nl') // 'mrt 2026' */
export function monthLabel(month: string, locale: Locale, withYear = true): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .reconfigure({ locale, outputCalendar: 'gregory', numberingSystem: 'latn' })
    .toLocaleString(withYear ? { month: 'short', year: 'numeric' } : { month: 'short' })
}

/** @example dayLabel('2026-03-01', 'nl') // '1 maart 2026' */
export function dayLabel(date: string, locale: Locale): string {
  return DateTime.fromISO(date, { zone: 'utc' })
    .reconfigure({ locale, outputCalendar: 'gregory', numberingSystem: 'latn' })
    .toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' })
}

/** Every table of the report, in page order; what the CSV writes. */
export function allTables(view: ReportView): TableModel[] {
  return [
    view.keyFigures,
    ...view.charts.map((chart) => chart.table),
    ...view.breakdowns,
    view.waiting,
    ...(view.comparison ? [view.comparison] : []),
  ]
}

/**
 * Labels a report in the reader's language.
 *
 * @example const view = reportView(report, reportsMessages.nl, 'nl')
 */
export function reportView(report: Report, t: ReportsMessages, locale: Locale): ReportView {
  const byMonth = report.months.length > 1
  const keyFigures = figureTable(
    'kerncijfers',
    byMonth ? t.keyFiguresByMonth : t.keyFiguresTitle,
    t,
    [
      [t.totalColumn, report.total],
      ...(byMonth
        ? report.months.map(({ month, figures }): [string, FigureSet] => [
            monthLabel(month, locale),
            figures,
          ])
        : []),
    ],
  )
  const charts = byMonth
    ? (['made', 'attended', 'capacityUsed'] as const).map((figure) =>
        chart(report, figure, t, locale),
      )
    : []
  return {
    keyFigures,
    charts,
    breakdowns: report.breakdowns.map((breakdown) => breakdownTable(breakdown, t)),
    waiting: waitingTable(report, t, locale),
    comparison: report.comparison
      ? figureTable(`naast-elkaar`, t.comparisonTitle[report.comparison.by], t, [
          [t.totalColumn, report.total],
          ...report.comparison.columns.map(({ name, figures }): [string, FigureSet] => [
            name,
            figures,
          ]),
        ])
      : null,
  }
}

/** Figures down, columns (the period, months, regions or points) across. */
function figureTable(
  id: string,
  caption: string,
  t: ReportsMessages,
  columns: Array<[string, FigureSet]>,
): TableModel {
  return {
    id,
    caption,
    head: [t.figureColumn, ...columns.map(([label]) => label)],
    rows: MAIN_FIGURES.map((figure: MainFigure) => ({
      label: t.figures[figure],
      cells: columns.map(([, figures]) => formatCell(figures[figure], t)),
    })),
  }
}

function chart(
  report: Report,
  figure: 'made' | 'attended' | 'capacityUsed',
  t: ReportsMessages,
  locale: Locale,
): ChartModel {
  const title = t.charts[figure]
  const bars = report.months.map(({ month, figures }, index): Bar => {
    const cell = figures[figure]
    const value =
      cell.kind === 'share'
        ? cell.value === null
          ? null
          : Math.round(cell.value * 100)
        : cell.kind === 'count' && cell.visibility !== 'exact'
          ? null
          : cell.value
    return {
      label: monthLabel(month, locale, false),
      year: index === 0 || month.endsWith('-01') ? month.slice(0, 4) : null,
      value,
      text: formatCell(cell, t),
    }
  })
  return {
    id: `grafiek-${figure}`,
    title,
    description: t.chartDescription(title),
    bars,
    table: {
      id: `grafiek-${figure}-tabel`,
      caption: title,
      head: [t.monthColumn, figure === 'capacityUsed' ? t.shareColumn : t.countColumn],
      rows: report.months.map(({ month }, index) => ({
        label: monthLabel(month, locale),
        cells: [bars[index]!.text],
      })),
    },
  }
}

function breakdownTable(breakdown: Breakdown, t: ReportsMessages): TableModel {
  const base = breakdown.name === 'outcome' || breakdown.name === 'arrival' ? 'attended' : 'active'
  return {
    id: `naar-${breakdown.name}`,
    caption: `${t.breakdowns[breakdown.name]} (${t.breakdownBase[base].toLowerCase()})`,
    head: [t.breakdowns[breakdown.name], t.countColumn, t.shareColumn],
    rows: [
      ...breakdown.items.map((item) => ({
        ...itemLabel(breakdown.name, item.key, t),
        cells: [formatCount(item.count, t), formatShare(item.share, t)],
      })),
      {
        label: t.baseRow,
        cells: [formatCount(breakdown.base, t), formatShare(shareOfBase(breakdown.base), t)],
      },
    ],
  }
}

/** The base row is 100% of itself, when it is shown at all. */
function shareOfBase(base: Count): number | null {
  return base.visibility === 'exact' && base.value > 0 ? 1 : null
}

function itemLabel(
  name: Breakdown['name'],
  key: string,
  t: ReportsMessages,
): Pick<TableRow, 'label' | 'labelLang' | 'labelDir'> {
  switch (name) {
    case 'language': {
      const endonym = (LANGUAGE_ENDONYMS as Record<string, string | undefined>)[key]
      return endonym
        ? { label: endonym, labelLang: key, labelDir: languageDirection(key) }
        : { label: key === 'other' ? t.languageOther : key }
    }
    case 'source':
      return { label: t.sources[key as keyof typeof t.sources] ?? key }
    case 'interpreter':
      return { label: t.interpreter[key as keyof typeof t.interpreter] ?? key }
    case 'topic':
      return { label: t.topics[key] ?? key }
    case 'leadTime':
      return { label: t.leadTime[key] ?? key }
    case 'outcome':
      return { label: t.outcomes[key] ?? key }
    case 'arrival':
      return { label: t.arrival[key] ?? key }
  }
}

/** Waiting at the desk per month and for the whole period (median and 90th percentile). */
function waitingTable(report: Report, t: ReportsMessages, locale: Locale): TableModel {
  const minutes = (value: number | null) => (value === null ? t.notShown : t.minutes(value))
  return {
    id: 'wachttijd',
    caption: t.waitingTitle,
    head: [t.monthColumn, t.waitingCount, t.waitingMedian, t.waitingP90],
    rows: report.waiting
      .filter((w) => w.month !== 'total' || report.months.length > 1)
      .map((w) => ({
        label: w.month === 'total' ? t.totalColumn : monthLabel(w.month, locale),
        cells: [formatCount(w.count, t), minutes(w.medianMinutes), minutes(w.p90Minutes)],
      })),
  }
}
