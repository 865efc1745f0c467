/** The yes of a step that cannot be undone (cancel a booking, erase it) posts; the no leads back. */
export function ConfirmForm(props: { action: string; yes: string; back: string; no: string }) {
  return (
    <form method="post" action={props.action} class="actions">
      <button type="submit" class="danger">
        {props.yes}
      </button>
      <a class="button" href={props.back}>
        {props.no}
      </a>
    </form>
  )
}
