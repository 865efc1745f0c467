import type { ViewContext } from '../context.js'

/** "Step 2 of 4 · Choose a time": where the client is in the booking. */
export function Steps(props: { ctx: ViewContext; step: number; total: number; label: string }) {
  return (
    <p class="steps">
      <span class="steps-count">{props.ctx.t.stepOf(props.step, props.total)}</span>
      <span aria-hidden="true"> · </span>
      <span>{props.label}</span>
    </p>
  )
}
