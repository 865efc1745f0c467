import type { AgendaPoint } from '../../src/db/agenda.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'

/**
 * The agenda's GET filter, for the day list and the week alike: a support point (or, for the
 * week of a counselor, all of them), a date, and the button.
 */
export function AgendaFilterForm(props: {
  t: AgendaMessages
  points: AgendaPoint[]
  /** The point chosen; null for all of them. */
  point: AgendaPoint | null
  /** Counselors may look at all their points at once (the week only). */
  offerAll: boolean
  date: DateFilter
}) {
  const { t } = props
  return (
    <form method="get" action="/staff/agenda" class="filter no-print">
      <div class="field">
        <label for="steunpunt">{t.pointField}</label>
        <select id="steunpunt" name="steunpunt">
          {props.offerAll ? (
            <option value="" selected={props.point === null}>
              {t.allPoints}
            </option>
          ) : null}
          {props.points.map((p) => (
            <option value={p.slug} selected={p.id === props.point?.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <DateFilterField {...props.date} />
      <button type="submit">{t.show}</button>
    </form>
  )
}

interface DateFilter {
  name: string
  label: string
  value: string
  /** The message when the date could not be read; null when it was. */
  error: string | null
}

/**
 * A date in the agenda's GET filter (the day of the day list, the week's first day): when
 * the typed date could not be read, the field says so and points at its message.
 */
function DateFilterField(props: DateFilter) {
  const errorId = `${props.name}-error`
  return (
    <div class={`field${props.error === null ? '' : ' has-error'}`}>
      <label for={props.name}>{props.label}</label>
      {props.error === null ? null : (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type="date"
        value={props.value}
        aria-invalid={props.error === null ? undefined : 'true'}
        aria-describedby={props.error === null ? undefined : errorId}
      />
    </div>
  )
}
