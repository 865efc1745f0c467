import type { ViewContext } from '../context.js'

/**
 * "Step 2 of 4 · Choose a time": where the client is in the booking. With `oob` it rides
 * along an htmx fragment and replaces the one on the page.
 */
export function Steps(props: {
  ctx: ViewContext
  step: number
  total: number
  label: string
  oob?: boolean
}) {
  return (
    <p class="steps" id="steps" hx-swap-oob={props.oob ? 'true' : undefined}>
      <span class="steps-count">{props.ctx.t.stepOf(props.step, props.total)}</span>
      <span aria-hidden="true"> · </span>
      <span>{props.label}</span>
    </p>
  )
}
