import type { AuditLogMessages } from '../../src/i18n/staff/audit-log.js'
import { auditActionLabel } from '../../src/i18n/staff/audit-log.js'

/** One entry of the log: when, and what happened in a sentence. */
export interface AuditLine {
  id: number
  /** '2026-12-01 09:30:12', Dutch time. */
  at: string
  /** ISO 8601 with offset, for the time element. */
  iso: string
  sentence: string
}

/** The filter as typed; '' where nothing was chosen. */
export interface AuditFilterValues {
  action: string
  staffId: string
  point: string
  from: string
  to: string
}

/**
 * The admin's audit log query for a filter: the page's own links (next page, newest,
 * export) carry every part of it.
 *
 * @example auditQuery({ action: 'booking.view', staffId: '', point: '', from: '', to: '' }) // 'actie=booking.view'
 */
export function auditQuery(filter: AuditFilterValues, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams()
  const parts: Record<string, string> = {
    actie: filter.action,
    medewerker: filter.staffId,
    steunpunt: filter.point,
    van: filter.from,
    tot: filter.to,
    ...extra,
  }
  for (const [name, value] of Object.entries(parts)) if (value) query.set(name, value)
  return query.toString()
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path
}

/**
 * The period of the filter: from and to, each a date field, both pointing at the one message
 * that a date could not be read.
 */
function AuditPeriodFields(props: {
  t: AuditLogMessages
  filter: AuditFilterValues
  problem: boolean
}) {
  const { t, filter } = props
  const ends = [
    { id: 'audit-from', name: 'van', label: t.fromDate, value: filter.from },
    { id: 'audit-to', name: 'tot', label: t.toDate, value: filter.to },
  ]
  return (
    <>
      {props.problem ? (
        <p class="field-error" id="audit-date-error">
          {t.badDate}
        </p>
      ) : null}
      {ends.map((end) => (
        <div class="field">
          <label for={end.id}>{end.label}</label>
          <input
            id={end.id}
            type="date"
            name={end.name}
            value={end.value}
            aria-describedby={props.problem ? 'audit-date-error' : undefined}
          />
        </div>
      ))}
    </>
  )
}

/** The audit log: a GET filter form, the entries as sentences, paging and the CSV export. */
export function AuditLogPage(props: {
  t: AuditLogMessages
  lines: AuditLine[]
  actions: string[]
  staff: Array<{ id: string; name: string; email: string }>
  points: Array<{ slug: string; name: string }>
  filter: AuditFilterValues
  dateProblem: boolean
  nextBefore: number | null
  isFirstPage: boolean
  exportMax: string
}) {
  const { t, filter } = props
  const nextHref =
    props.nextBefore === null
      ? null
      : withQuery('/staff/beheer/audit', auditQuery(filter, { voor: String(props.nextBefore) }))
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" action="/staff/beheer/audit" class="booking-form">
        <h2>{t.filterTitle}</h2>
        <div class="field">
          <label for="audit-staff">{t.staff}</label>
          <select id="audit-staff" name="medewerker">
            <option value="">{t.all}</option>
            {props.staff.map((person) => (
              <option value={person.id} selected={filter.staffId === person.id}>
                {`${person.name} (${person.email})`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-point">{t.location}</label>
          <select id="audit-point" name="steunpunt">
            <option value="">{t.all}</option>
            {props.points.map((point) => (
              <option value={point.slug} selected={filter.point === point.slug}>
                {point.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-action">{t.action}</label>
          <select id="audit-action" name="actie">
            <option value="">{t.all}</option>
            {props.actions.map((action) => (
              <option value={action} selected={filter.action === action}>
                {auditActionLabel(t, action)}
              </option>
            ))}
          </select>
        </div>
        <AuditPeriodFields t={t} filter={filter} problem={props.dateProblem} />
        <div class="actions">
          <button type="submit" class="button">
            {t.filterButton}
          </button>{' '}
          <a href="/staff/beheer/audit">{t.clearFilter}</a>
        </div>
      </form>
      {props.lines.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol class="audit-entries" aria-label={t.title}>
          {props.lines.map((line) => (
            <li id={`audit-${line.id}`}>
              <time datetime={line.iso} dir="ltr">
                {line.at}
              </time>{' '}
              <span>{line.sentence}</span>
            </li>
          ))}
        </ol>
      )}
      <p>
        {nextHref ? <a href={nextHref}>{t.next}</a> : null}
        {nextHref && !props.isFirstPage ? ' · ' : null}
        {props.isFirstPage ? null : (
          <a href={withQuery('/staff/beheer/audit', auditQuery(filter))}>{t.first}</a>
        )}
      </p>
      {props.dateProblem ? null : (
        <section aria-labelledby="audit-export">
          <h2 id="audit-export">{t.exportTitle}</h2>
          <p>{t.exportIntro(props.exportMax)}</p>
          <p>
            <a
              class="button"
              href={withQuery('/staff/beheer/audit/export.csv', auditQuery(filter))}
              download
            >
              {t.exportButton}
            </a>
          </p>
        </section>
      )}
    </>
  )
}
