/** A notice after a redirect ("saved"), announced politely; nothing when there is none. */
export function Notice(props: { text: string | null | undefined }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null
}
