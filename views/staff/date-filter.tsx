/**
 * A date in a staff page's GET filter (the agenda's day, the week's first day): when the
 * typed date could not be read, the field says so and points at its message.
 */
export function DateFilterField(props: {
  name: string
  label: string
  value: string
  /** The message when the date could not be read; null when it was. */
  error: string | null
}) {
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
