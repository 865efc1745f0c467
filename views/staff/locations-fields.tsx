import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import { weekdayName } from '../../src/i18n/format.js'
import type { Locale } from '../../src/i18n/locales.js'

export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>

/** A form that came back with messages: which one, what was typed, what is wrong. */
export interface FormState {
  form: string
  values: FormValues
  errors: FormErrors
}

/** The values and errors for form `key`: what was typed when it came back, else `defaults`. */
export function formFor(
  state: FormState | null,
  key: string,
  defaults: FormValues,
): { values: FormValues; errors: FormErrors } {
  return state?.form === key
    ? { values: state.values, errors: state.errors }
    : { values: defaults, errors: {} }
}

export function ErrorSummary(props: { t: LocationsMessages; errors: FormErrors }) {
  const messages = Object.values(props.errors)
  if (messages.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-focus-after-swap>
      <h2>{props.t.errorTitle}</h2>
      <ul>
        {messages.map((message) => (
          <li>{message}</li>
        ))}
      </ul>
    </div>
  )
}

/** A labelled input with its hint and message; `prefix` keeps ids unique across forms. */
export function Field(props: {
  prefix: string
  name: string
  label: string
  hint?: string
  form: { values: FormValues; errors: FormErrors }
  type?: 'text' | 'number' | 'date' | 'time' | 'tel'
  min?: number
  max?: number
  maxlength?: number
  required?: boolean
  multiline?: boolean
  /** The language the text is written in, when it is not the page's (with its own direction). */
  lang?: string
}) {
  const id = `${props.prefix}-${props.name}`
  const error = props.form.errors[props.name]
  const value = props.form.values[props.name] ?? ''
  const describedBy =
    [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  const common = {
    id,
    name: props.name,
    required: props.required,
    maxlength: props.maxlength,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy,
    ...(props.lang ? { lang: props.lang, dir: 'auto' } : {}),
  }
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={3}>
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={value}
          min={props.min}
          max={props.max}
          inputmode={props.type === 'number' ? 'numeric' : undefined}
        />
      )}
    </div>
  )
}

export function WeekdayField(props: {
  t: LocationsMessages
  locale: Locale
  prefix: string
  form: { values: FormValues; errors: FormErrors }
}) {
  const id = `${props.prefix}-weekday`
  const error = props.form.errors.weekday
  const value = props.form.values.weekday ?? ''
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{props.t.weekday}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name="weekday"
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{props.t.chooseWeekday}</option>
        {[1, 2, 3, 4, 5, 6, 7].map((day) => (
          <option value={String(day)} selected={value === String(day)}>
            {weekdayName(day, props.locale)}
          </option>
        ))}
      </select>
    </div>
  )
}
