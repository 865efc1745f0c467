import type { Closure, DayStatus } from '../../src/domain/slots.js'
import type { ViewContext } from '../context.js'
import { ClosureReason } from './staff-text.js'
import { Steps } from './steps.js'

export interface DayOption {
  date: string
  label: string
  status: DayStatus
  remaining: number
  closure: Closure | null
  href: string
}

export interface SlotOption {
  /** ISO instant with offset. */
  start: string
  label: string
  remaining: number
}

/** How choosing a slot works: a link to the next step, or a POST that acts at once. */
export type SlotAction =
  | { kind: 'link'; href: (slot: SlotOption) => string }
  | { kind: 'post'; action: string; buttonLabel: (slot: SlotOption) => string }

/**
 * The days of the booking window. Each day is a real link; htmx loads its times into
 * #slots in place and keeps the URL, so the back button still works.
 */
export function DayList(props: {
  ctx: ViewContext
  days: DayOption[]
  selected: string | null
  /** Rides along an htmx fragment, so the chosen day is marked there too. */
  oob?: boolean
}) {
  const { t } = props.ctx
  if (props.days.length === 0) return <p class="notice">{t.noDaysAvailable}</p>
  return (
    <ul class="days" id="day-list" hx-swap-oob={props.oob ? 'true' : undefined}>
      {props.days.map((day) => {
        const current = day.date === props.selected
        if (day.status !== 'open') {
          return (
            <li class={`day day-${day.status}`}>
              <span class="day-label">{day.label}</span>
              <span class="day-state">
                {day.status === 'closed' && day.closure ? (
                  <>
                    {t.dayClosedPrefix}
                    <ClosureReason ctx={props.ctx} closure={day.closure} />
                  </>
                ) : (
                  t.dayFull
                )}
              </span>
            </li>
          )
        }
        return (
          <li class="day day-open">
            <a
              href={day.href}
              aria-current={current ? 'date' : undefined}
              hx-get={day.href}
              hx-target="#slots"
              hx-swap="outerHTML"
              hx-push-url="true"
            >
              <span class="day-label">{day.label}</span>
              <span class="day-state">{t.dayFree(day.remaining)}</span>
            </a>
          </li>
        )
      })}
    </ul>
  )
}

/** The times of one day: the swappable part (#slots) of the booking and move pages. */
export function SlotList(props: {
  ctx: ViewContext
  dayLabel: string | null
  slots: SlotOption[]
  action: SlotAction
}) {
  const { t } = props.ctx
  if (props.dayLabel === null) return <section id="slots" aria-live="polite"></section>
  const free = props.slots.filter((slot) => slot.remaining > 0)
  return (
    <section id="slots" aria-labelledby="slots-heading">
      <h2 id="slots-heading" tabindex={-1} data-focus-after-swap>
        {t.slotsFor(props.dayLabel)}
      </h2>
      {free.length === 0 ? (
        <p class="notice">{t.noSlotsThisDay}</p>
      ) : (
        <ul class="slots">
          {props.slots.map((slot) => (
            <li>
              {slot.remaining === 0 ? (
                <span class="slot slot-full">
                  <span dir="ltr">{slot.label}</span> <span class="slot-state">({t.slotFull})</span>
                </span>
              ) : props.action.kind === 'link' ? (
                <a class="slot button" href={props.action.href(slot)}>
                  <span dir="ltr">{slot.label}</span>
                  <span class="slot-state">{t.slotFree(slot.remaining)}</span>
                </a>
              ) : (
                <form method="post" action={props.action.action}>
                  <input type="hidden" name="start" value={slot.start} />
                  <button type="submit" class="slot">
                    {props.action.buttonLabel(slot)}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * What htmx gets when a day is chosen: that day's times, with the day list (and, in the
 * booking steps, the step indicator) following along out of band.
 */
export function PickerFragment(props: {
  ctx: ViewContext
  picker: {
    days: DayOption[]
    selected: string | null
    selectedLabel: string | null
    slots: SlotOption[]
  }
  action: SlotAction
  showSteps: boolean
}) {
  const { ctx, picker } = props
  return (
    <>
      <SlotList
        ctx={ctx}
        dayLabel={picker.selectedLabel}
        slots={picker.slots}
        action={props.action}
      />
      {props.showSteps ? <Steps ctx={ctx} step={2} total={4} label={ctx.t.chooseTime} oob /> : null}
      <DayList ctx={ctx} days={picker.days} selected={picker.selected} oob />
    </>
  )
}
