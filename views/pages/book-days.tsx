import type { ViewContext } from '../context.js'
import {
  DayList,
  SlotList,
  type DayOption,
  type SlotAction,
  type SlotOption,
} from '../partials/slot-picker.js'
import { Steps } from '../partials/steps.js'

/** Steps 1 and 2: a day, then a time. Also the "move" page behind the manage link. */
export function BookDaysPage(props: {
  ctx: ViewContext
  title: string
  intro?: string
  backHref: string
  backLabel: string
  days: DayOption[]
  selected: string | null
  selectedLabel: string | null
  slots: SlotOption[]
  action: SlotAction
  showSteps: boolean
  /** Someone books or moves for the client (a volunteer): no "you can also walk in". */
  forSomeoneElse?: boolean
}) {
  const { ctx } = props
  return (
    <>
      <p class="breadcrumb">
        <a href={props.backHref}>{props.backLabel}</a>
      </p>
      {props.showSteps ? (
        <Steps
          ctx={ctx}
          step={props.selected ? 2 : 1}
          total={4}
          label={props.selected ? ctx.t.chooseTime : ctx.t.chooseDay}
        />
      ) : null}
      <h1>{props.title}</h1>
      {props.intro ? <p>{props.intro}</p> : null}
      {props.forSomeoneElse ? null : <p class="muted">{ctx.t.walkInNote}</p>}
      <div class="picker">
        {/* The times come first, so on a phone they appear where the eye is. */}
        <SlotList
          ctx={ctx}
          dayLabel={props.selectedLabel}
          slots={props.slots}
          action={props.action}
        />
        <section aria-labelledby="days-heading" class="picker-days">
          <h2 id="days-heading">{ctx.t.chooseDay}</h2>
          <DayList ctx={ctx} days={props.days} selected={props.selected} />
        </section>
      </div>
    </>
  )
}
