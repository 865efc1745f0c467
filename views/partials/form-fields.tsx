/**
 * The one way a staff form shows its fields (ADR 42): each field is described as data (a
 * `FieldSpec`: name, label, hint, control and its limits) and `FormFields` renders the list.
 * Every field gets the same frame: a label, the hint and the message (each with an id the
 * control names in `aria-describedby`), `aria-invalid` when it is wrong, and the value that
 * was typed, so a refused form comes back as it was sent.
 */

export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>

/** A form as it is shown: what was typed (or is stored) and what is wrong with it. */
export interface FilledForm {
  values: FormValues
  errors: FormErrors
}

/** A form nobody has typed in yet. */
export const EMPTY_FORM: FilledForm = { values: {}, errors: {} }

export interface Choice {
  value: string
  label: string
}

interface FieldBase {
  name: string
  label: string
  hint?: string
  required?: boolean
  /** The control's id where it is not `prefix-name` (or `name` without a prefix). */
  id?: string
}

export interface InputSpec extends FieldBase {
  kind?: 'input'
  type?: 'text' | 'number' | 'date' | 'time' | 'tel' | 'email' | 'password'
  min?: number
  max?: number
  minlength?: number
  maxlength?: number
  autocomplete?: string
  /** The keyboard to offer where the type does not say it (a code of digits); numbers get 'numeric'. */
  inputmode?: 'numeric'
  /** The language the text is written in, when it is not the page's (with its own direction). */
  lang?: string
  /** A value read left to right in every language (an email address). */
  dir?: 'ltr'
}

export interface TextareaSpec extends FieldBase {
  kind: 'textarea'
  maxlength?: number
  lang?: string
}

export interface SelectSpec extends FieldBase {
  kind: 'select'
  choices: Choice[]
  /** The first option, for "nobody" or "choose…"; its value is ''. */
  empty?: string
}

export type FieldSpec = InputSpec | TextareaSpec | SelectSpec

/** Every field of `fields`, in order; `prefix` keeps ids unique across the forms of a page. */
export function FormFields(props: { prefix?: string; form: FilledForm; fields: FieldSpec[] }) {
  return (
    <>
      {props.fields.map((field) => (
        <FormField prefix={props.prefix} form={props.form} field={field} />
      ))}
    </>
  )
}

/** One field in its frame: label, hint, message, then the control. */
export function FormField(props: { prefix?: string; form: FilledForm; field: FieldSpec }) {
  const { field } = props
  const id = field.id ?? (props.prefix ? `${props.prefix}-${field.name}` : field.name)
  const error = props.form.errors[field.name]
  const value = props.form.values[field.name] ?? ''
  const describedBy =
    [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy,
  }
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{field.label}</label>
      {field.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <Control field={field} common={common} value={value} />
    </div>
  )
}

function Control(props: { field: FieldSpec; common: Record<string, unknown>; value: string }) {
  const { field, common, value } = props
  if (field.kind === 'select') {
    return (
      <select {...common}>
        {field.empty !== undefined ? <option value="">{field.empty}</option> : null}
        {field.choices.map((choice) => (
          <option value={choice.value} selected={value === choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    )
  }
  const written = field.lang ? { lang: field.lang, dir: 'auto' } : {}
  if (field.kind === 'textarea') {
    return (
      <textarea {...common} {...written} maxlength={field.maxlength} rows={3}>
        {value}
      </textarea>
    )
  }
  return (
    <input
      {...common}
      {...(field.dir ? { dir: field.dir } : written)}
      type={field.type ?? 'text'}
      // A password is never sent back to the browser, not even a refused one.
      value={field.type === 'password' ? undefined : value}
      min={field.min}
      max={field.max}
      minlength={field.minlength}
      maxlength={field.maxlength}
      autocomplete={field.autocomplete}
      inputmode={field.inputmode ?? (field.type === 'number' ? 'numeric' : undefined)}
    />
  )
}

/** The messages of a refused form, above it; it takes the focus after an htmx swap. */
export function ErrorSummary(props: { title: string; errors: FormErrors }) {
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
