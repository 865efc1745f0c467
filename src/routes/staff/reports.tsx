import type { Context } from 'hono'
import { DateTime } from 'luxon'
import {
  ReportsPage,
  type ReportForm,
  type ReportProblemField,
  type ReportsPageProps,
} from '../../../views/staff/reports.js'
import { reportCsv } from '../../../views/staff/reports-csv.js'
import { dayLabel, reportView, type ReportView } from '../../../views/staff/reports-tables.js'
import type { AppEnv } from '../../app-env.js'
import { parsePeriod, type Period } from '../../domain/report-period.js'
import { reportsMessages, type ReportsMessages } from '../../i18n/staff/reports.js'
import { buildReport, reportScope, type ReportPoint } from '../../services/reports.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/**
 * Aggregate reports (issue 9, docs/decisions/0009-reports.md): coordinators see their
 * regions, the admin the whole country with the regions side by side. Filters are a GET
 * form; the CSV holds exactly the figures of the page.
 */
export const reportRoutes = staffArea(['admin', 'coordinator'])

type C = Context<AppEnv>

// Periods are calendar days where the support points are; all of them are in this zone today.
const ZONE = 'Europe/Amsterdam'
const FIELD_MAX = 40

type Prepared =
  | { ok: false; props: ReportsPageProps; status: 200 | 400 }
  | {
      ok: true
      props: ReportsPageProps
      view: ReportView
      period: Period
      heading: string[]
    }

/** Reads the filter, checks it against the reader's scope, and builds the report. */
async function prepare(c: C): Promise<Prepared> {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = reportsMessages[staff.locale]
  const form: ReportForm = {
    van: query(c, 'van'),
    tot: query(c, 'tot'),
    maand: query(c, 'maand'),
    regio: query(c, 'regio'),
    steunpunt: query(c, 'steunpunt'),
  }
  const { regions, points } = await reportScope(db, staff)
  const base = { t, dir: c.get('view').dir, regions, points, form, result: null }
  if (regions.length === 0 && points.length === 0) {
    return { ok: false, status: 200, props: { ...base, problem: null } }
  }
  const refuse = (field: ReportProblemField, message: string): Prepared => ({
    ok: false,
    status: 400,
    props: { ...base, problem: { field, message } },
  })

  const today = DateTime.fromJSDate(clock(), { zone: ZONE }).toISODate()!
  const parsed = parsePeriod(form, today)
  if (!parsed.ok)
    return refuse(parsed.error === 'badMonth' ? 'maand' : 'van', t.errors[parsed.error])
  const period = parsed.period
  // Unknown and outside the scope read the same.
  const region = form.regio ? regions.find((r) => r.slug === form.regio) : undefined
  if (form.regio && !region) return refuse('regio', t.errors.unknownRegion)
  const point = form.steunpunt ? points.find((p) => p.slug === form.steunpunt) : undefined
  if (form.steunpunt && !point) return refuse('steunpunt', t.errors.unknownPoint)
  if (point && region && point.region.id !== region.id) {
    return refuse('steunpunt', t.errors.pointNotInRegion)
  }

  const selected = point
    ? [point]
    : region
      ? points.filter((p) => p.region.id === region.id)
      : points
  const report = await buildReport(db, selected, period)
  const view = reportView(report, t, staff.locale)
  const heading = [
    t.periodLine(dayLabel(period.from, staff.locale), dayLabel(period.to, staff.locale)),
    t.scopeLine(scopeName(t, staff.role, regions, point, region)),
  ]
  const shownForm = { ...form, van: period.from, tot: period.to, maand: '' }
  const csvQuery = new URLSearchParams({ van: period.from, tot: period.to })
  if (region) csvQuery.set('regio', region.slug)
  if (point) csvQuery.set('steunpunt', point.slug)
  return {
    ok: true,
    view,
    period,
    heading,
    props: {
      ...base,
      form: shownForm,
      problem: null,
      result: {
        view,
        periodLine: heading[0]!,
        scopeLine: heading[1]!,
        csvHref: `/staff/rapportage/export.csv?${csvQuery}`,
      },
    },
  }
}

function query(c: C, name: string): string {
  return (c.req.query(name) ?? '').trim().slice(0, FIELD_MAX)
}

function scopeName(
  t: ReportsMessages,
  role: string,
  regions: Array<{ name: string }>,
  point: ReportPoint | undefined,
  region: { name: string } | undefined,
): string {
  if (point) return `${point.name} (${point.region.name})`
  if (region) return region.name
  return role === 'admin' ? t.scopeNational : regions.map((r) => r.name).join(', ')
}

function page(c: C, props: ReportsPageProps, status: 200 | 400) {
  const t = props.t
  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/rapportage'),
    status,
    page: <ReportsPage {...props} />,
  })
}

/** A coordinator without a region: say so instead of showing an empty form. */
function noScopePage(c: C, t: ReportsMessages) {
  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/rapportage'),
    page: (
      <>
        <h1>{t.title}</h1>
        <p class="notice">{t.noScope}</p>
      </>
    ),
  })
}

reportRoutes.get('/', async (c) => {
  const prepared = await prepare(c)
  if (!prepared.ok) {
    return prepared.status === 200
      ? noScopePage(c, prepared.props.t)
      : page(c, prepared.props, prepared.status)
  }
  return page(c, prepared.props, 200)
})

reportRoutes.get('/export.csv', async (c) => {
  const prepared = await prepare(c)
  if (!prepared.ok) {
    return prepared.status === 200
      ? noScopePage(c, prepared.props.t)
      : page(c, prepared.props, prepared.status)
  }
  const { period } = prepared
  return c.body(reportCsv(prepared.view, prepared.props.t, prepared.heading), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="spreekuur-rapportage-${period.from}-${period.to}.csv"`,
  })
})
