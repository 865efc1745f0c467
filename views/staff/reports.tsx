import type { ReportPoint } from '../../src/db/reports.js'
import type { ReportsMessages } from '../../src/i18n/staff/reports.js'
import { BarChart } from './reports-chart.js'
import { ReportTable } from './reports-table.js'
import type { ReportView } from './reports-tables.js'

/** What the filter form holds: the values as typed, so a refused choice comes back. */
export interface ReportForm {
  van: string
  tot: string
  maand: string
  regio: string
  steunpunt: string
}

export type ReportProblemField = 'van' | 'maand' | 'regio' | 'steunpunt'

export interface ReportsPageProps {
  t: ReportsMessages
  dir: 'ltr' | 'rtl'
  regions: Array<{ slug: string; name: string }>
  points: ReportPoint[]
  form: ReportForm
  problem: { field: ReportProblemField; message: string } | null
  result: {
    view: ReportView
    periodLine: string
    scopeLine: string
    csvHref: string
  } | null
}

/**
 * The report page: a plain GET form (works without script), then the figures. Every
 * table and chart comes from one ReportView, the same the CSV is written from.
 */
export function ReportsPage(props: ReportsPageProps) {
  const { t, result } = props
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {props.problem ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t.problemTitle}</h2>
          <p>
            <a href={`#${props.problem.field}`}>{props.problem.message}</a>
          </p>
        </div>
      ) : null}
      <ReportFilter {...props} />
      {result ? (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{result.periodLine}</h2>
          <p>{result.scopeLine}</p>
          <p class="no-print">
            <a class="button" href={result.csvHref} download>
              {t.downloadCsv}
            </a>
          </p>
          <ReportTable table={result.view.keyFigures} />
          {result.view.charts.length > 0 ? (
            <>
              <p class="hint">{t.partialMonths}</p>
              <h3>{t.chartsTitle}</h3>
              {result.view.charts.map((chart) => (
                <BarChart chart={chart} dir={props.dir} />
              ))}
            </>
          ) : null}
          <h3>{t.breakdownsTitle}</h3>
          {result.view.breakdowns.map((table) => (
            <ReportTable table={table} />
          ))}
          <h3>{result.view.waiting.caption}</h3>
          <p class="hint">{t.waitingIntro}</p>
          <ReportTable table={result.view.waiting} captionHidden />
          {result.view.comparison ? (
            <>
              <h3>{result.view.comparison.caption}</h3>
              <ReportTable table={result.view.comparison} captionHidden />
            </>
          ) : null}
          <h3>{t.legendTitle}</h3>
          <ul>
            {t.legend.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

function ReportFilter(props: ReportsPageProps) {
  const { t, form, problem } = props
  const fieldClass = (field: ReportProblemField) =>
    problem?.field === field ? 'field has-error' : 'field'
  const invalid = (field: ReportProblemField, hint?: string) =>
    problem?.field === field
      ? {
          'aria-invalid': 'true' as const,
          'aria-describedby': hint ? `${hint} report-problem` : 'report-problem',
        }
      : { 'aria-describedby': hint }
  const error = (field: ReportProblemField) =>
    problem?.field === field ? (
      <p class="field-error" id="report-problem">
        {problem.message}
      </p>
    ) : null
  const byRegion = new Map<string, ReportPoint[]>()
  for (const point of props.points) {
    byRegion.set(point.region.name, [...(byRegion.get(point.region.name) ?? []), point])
  }
  const pointOption = (point: ReportPoint) => (
    <option value={point.slug} selected={form.steunpunt === point.slug}>
      {point.active ? point.name : `${point.name} ${t.inactive}`}
    </option>
  )
  return (
    <form method="get" action="/staff/rapportage" class="filter no-print">
      <h2>{t.filterTitle}</h2>
      <p class="hint">{t.periodHint}</p>
      <div class={fieldClass('van')}>
        <label for="van">{t.from}</label>
        {error('van')}
        <input id="van" name="van" type="date" value={form.van} {...invalid('van')} />
      </div>
      <div class="field">
        <label for="tot">{t.to}</label>
        <input id="tot" name="tot" type="date" value={form.tot} />
      </div>
      <div class={fieldClass('maand')}>
        <label for="maand">{t.month}</label>
        <p class="hint" id="maand-hint">
          {t.monthHint}
        </p>
        {error('maand')}
        <input
          id="maand"
          name="maand"
          type="month"
          value={form.maand}
          placeholder="2026-03"
          {...invalid('maand', 'maand-hint')}
        />
      </div>
      {props.regions.length > 1 ? (
        <div class={fieldClass('regio')}>
          <label for="regio">{t.region}</label>
          {error('regio')}
          <select id="regio" name="regio" {...invalid('regio')}>
            <option value="">{t.allRegions}</option>
            {props.regions.map((region) => (
              <option value={region.slug} selected={form.regio === region.slug}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class={fieldClass('steunpunt')}>
        <label for="steunpunt">{t.point}</label>
        {error('steunpunt')}
        <select id="steunpunt" name="steunpunt" {...invalid('steunpunt')}>
          <option value="">{t.allPoints}</option>
          {byRegion.size > 1
            ? [...byRegion].map(([region, points]) => (
                <optgroup label={region}>{points.map(pointOption)}</optgroup>
              ))
            : props.points.map(pointOption)}
        </select>
      </div>
      <button type="submit">{t.show}</button>
    </form>
  )
}
