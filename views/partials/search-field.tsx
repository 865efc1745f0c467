/**
 * What a real GET search form asks (the public directory, the agenda's reference, the desk's
 * name or code): its label, an optional hint, the search input and its button. With `row`,
 * input and button sit side by side in a `filter-row`.
 */
export function SearchField(props: {
  id: string
  name: string
  label: string
  hint?: string
  value: string
  maxlength: number
  button: string
  row: boolean
  /** What one form's input asks beyond the rest: enterkeyhint, spellcheck, dir. */
  input?: Record<string, string | boolean>
}) {
  const hintId = `${props.id}-hint`
  const field = (
    <>
      <input
        id={props.id}
        name={props.name}
        type="search"
        value={props.value}
        maxlength={props.maxlength}
        autocomplete="off"
        {...props.input}
        aria-describedby={props.hint ? hintId : undefined}
      />
      <button type="submit">{props.button}</button>
    </>
  )
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.row ? <div class="filter-row">{field}</div> : field}
    </>
  )
}
