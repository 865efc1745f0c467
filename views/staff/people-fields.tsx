export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>
export interface Choice {
  value: string
  label: string
}

export function PeopleErrorSummary(props: { title: string; errors: FormErrors }) {
  const messages = Object.values(props.errors)
  if (messages.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-focus-after-swap>
      <h2>{props.title}</h2>
      <ul>
        {messages.map((message) => (
          <li>{message}</li>
        ))}
      </ul>
    </div>
  )
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  )
}

/** A labelled text or email input with its message; the typed value comes back on 422. */
export function PersonInput(props: {
  id: string
  name: string
  label: string
  type: 'text' | 'email'
  values: FormValues
  errors: FormErrors
  maxlength: number
  autocomplete?: string
}) {
  const error = props.errors[props.name]
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name}
        type={props.type}
        value={props.values[props.name] ?? ''}
        maxlength={props.maxlength}
        required
        autocomplete={props.autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, false, Boolean(error))}
      />
    </div>
  )
}

/** A labelled select; `empty` is the "choose…" option when the field may start unset. */
export function PersonSelect(props: {
  id: string
  name: string
  label: string
  choices: Choice[]
  values: FormValues
  errors: FormErrors
  empty?: string
  required?: boolean
}) {
  const error = props.errors[props.name]
  const value = props.values[props.name] ?? ''
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={props.id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, false, Boolean(error))}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.choices.map((choice) => (
          <option value={choice.value} selected={value === choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}
