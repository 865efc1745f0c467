import type { Context } from 'hono'
import { AuditLogPage, auditQuery, type AuditFilterValues } from '../../../views/staff/audit-log.js'
import { auditCsv } from '../../../views/staff/audit-csv.js'
import type { AppEnv } from '../../app-env.js'
import { isProductDate } from '../../domain/time.js'
import { isUuid } from '../../domain/uuid.js'
import { isSlug } from '../../domain/text-rules.js'
import { auditLogMessages } from '../../i18n/staff/audit-log.js'
import { auditSentence } from '../../i18n/staff/audit-sentence.js'
import {
  auditChoices,
  auditLogPage,
  exportAuditLog,
  EXPORT_MAX_ROWS,
  type AuditEntry,
} from '../../services/audit-log.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/**
 * The admin's audit log: every entry as a sentence, newest first, 100 a page (keyset-paged
 * on the id), filtered by person, support point, action and dates, and as a CSV file.
 * Only the admin: the log names every region's staff and bookings.
 */
export const auditLogRoutes = staffArea(['admin'])

type C = Context<AppEnv>

/** The filter as the query string gives it; a part that cannot be what it claims is dropped. */
function readFilter(c: C): { filter: AuditFilterValues; dateProblem: boolean } {
  const text = (name: string, max: number) => (c.req.query(name) ?? '').trim().slice(0, max)
  const staffId = text('medewerker', 36)
  const point = text('steunpunt', 60)
  const from = text('van', 10)
  const to = text('tot', 10)
  const badFrom = from !== '' && !isProductDate(from)
  const badTo = to !== '' && !isProductDate(to)
  return {
    filter: {
      action: text('actie', 60),
      staffId: isUuid(staffId) ? staffId : '',
      point: isSlug(point) ? point : '',
      from,
      to,
    },
    dateProblem: badFrom || badTo || (from !== '' && to !== '' && to < from),
  }
}

function sentenceOf(c: C, entry: AuditEntry): string {
  return auditSentence(entry, c.get('staff').locale)
}

auditLogRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = auditLogMessages[staff.locale]
  const { filter, dateProblem } = readFilter(c)
  const before = Number(c.req.query('voor'))
  const cursor = Number.isSafeInteger(before) && before > 0 ? before : null
  const choices = await auditChoices(db)
  const page = dateProblem
    ? { entries: [], nextBefore: null }
    : await auditLogPage(db, filter, cursor, choices)
  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/audit'),
    status: dateProblem ? 400 : 200,
    page: (
      <AuditLogPage
        t={t}
        lines={page.entries.map((entry) => ({
          id: entry.id,
          at: entry.at.toFormat('yyyy-MM-dd HH:mm:ss'),
          iso: entry.at.toISO()!,
          sentence: sentenceOf(c, entry),
        }))}
        actions={choices.actions}
        staff={choices.staff}
        points={choices.points}
        filter={filter}
        dateProblem={dateProblem}
        nextBefore={page.nextBefore}
        isFirstPage={cursor === null}
        exportMax={EXPORT_MAX_ROWS.toLocaleString(staff.locale)}
      />
    ),
  })
})

auditLogRoutes.get('/export.csv', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = auditLogMessages[staff.locale]
  const { filter, dateProblem } = readFilter(c)
  // Back to the page, which says what is wrong with the dates.
  if (dateProblem) return c.redirect(`/staff/beheer/audit?${auditQuery(filter)}`, 303)
  const entries = await exportAuditLog(db, staff.id, filter, clock())
  const body = auditCsv(
    entries.map((entry) => ({
      at: entry.at.toFormat('yyyy-MM-dd HH:mm:ss'),
      staffName: entry.staffName ?? t.unknownStaff,
      staffEmail: entry.staffEmail ?? '',
      action: entry.action,
      sentence: sentenceOf(c, entry),
      reference: entry.reference ?? '',
      location: entry.location ?? '',
    })),
    t,
  )
  const period = [filter.from, filter.to].filter(Boolean).join('-')
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${t.csvFile}${period ? `-${period}` : ''}.csv"`,
  })
})
