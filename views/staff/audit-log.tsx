import { auditActionLabel, type AuditLogMessages } from '../../src/i18n/staff/audit-log.js'

export interface AuditLine {
  at: string
  staffName: string | null
  action: string
  reference: string | null
  location: string | null
  detail: string | null
}

/** The audit log: a GET filter form, a table, and a link to the next (older) page. */
export function AuditLogPage(props: {
  t: AuditLogMessages
  lines: AuditLine[]
  actions: string[]
  staff: Array<{ id: string; name: string; email: string }>
  filter: { action: string; staffId: string }
  nextHref: string | null
  isFirstPage: boolean
}) {
  const { t, filter } = props
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" action="/staff/beheer/audit" class="booking-form">
        <h2>{t.filterTitle}</h2>
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
        <div class="actions">
          <button type="submit" class="button">
            {t.filterButton}
          </button>
        </div>
      </form>
      {props.lines.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        // No link in its rows: the scrolling box itself takes focus, so keys can scroll it.
        <div class="table-scroll" role="region" aria-label={t.title} tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.staff}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.reference}</th>
                <th scope="col">{t.location}</th>
                <th scope="col">{t.detail}</th>
              </tr>
            </thead>
            <tbody>
              {props.lines.map((line) => (
                <tr>
                  <td dir="ltr">{line.at}</td>
                  <td>{line.staffName ?? t.unknownStaff}</td>
                  <td>
                    {auditActionLabel(t, line.action)} <code dir="ltr">{line.action}</code>
                  </td>
                  <td dir="ltr">{line.reference ?? ''}</td>
                  <td>{line.location ?? ''}</td>
                  <td>{line.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {props.nextHref ? <a href={props.nextHref}>{t.next}</a> : null}
        {props.nextHref && !props.isFirstPage ? ' · ' : null}
        {props.isFirstPage ? null : (
          <a
            href={`/staff/beheer/audit?${new URLSearchParams({
              actie: filter.action,
              medewerker: filter.staffId,
            }).toString()}`}
          >
            {t.first}
          </a>
        )}
      </p>
    </>
  )
}
