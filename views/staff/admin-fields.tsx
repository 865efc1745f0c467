import type { Choice, FormErrors, FormValues } from './people-fields.js'

/** A form as it comes back: what was typed and what is wrong with it. */
export interface AdminForm {
  values: FormValues
  errors: FormErrors
}

/** A labelled select with an optional hint and its message; the chosen value survives a 422. */
export function AdminSelect(props: {
  prefix: string
  name: string
  label: string
  hint?: string
  choices: Choice[]
  form: AdminForm
  /** The first option, for "nobody" or "choose…"; its value is ''. */
  empty?: string
  required?: boolean
}) {
  const id = `${props.prefix}-${props.name}`
  const error = props.form.errors[props.name]
  const value = props.form.values[props.name] ?? ''
  const describedBy =
    [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
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
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
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

/** A notice after a redirect ("saved"), announced politely. */
export function Notice(props: { text: string | null }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null
}
