import type { ViewContext } from '../context.js'
import { ReferenceBox } from './reference-box.js'

export type BookingState = 'active' | 'cancelled' | 'past'

/** What every audience shows of one booking: its code, when and where, and its state. */
export interface BookingSummaryView {
  reference: string
  whenLabel: string
  pointName: string
  pointSlug: string
  address: string
  postalCode: string
  municipality: string
  directions: string | null
  state: BookingState
  /** Where this audience manages the booking: /b/<token>, /staff/mijn-afspraken/<ref>. */
  basePath: string
}

/** "This appointment was cancelled" / "has passed", or nothing for an active one. */
export function BookingStateNotice(props: { ctx: ViewContext; state: BookingState }) {
  const { t } = props.ctx
  if (props.state === 'cancelled') return <p class="notice warning">{t.bookingCancelled}</p>
  if (props.state === 'past') return <p class="notice">{t.bookingPast}</p>
  return null
}

/**
 * The booking summary, the same for the client, the volunteer and the desk: the code large
 * (to show at the desk or write down), then when and where. Printable.
 */
export function BookingSummary(props: {
  ctx: ViewContext
  booking: BookingSummaryView
  referenceLabel: string
  /** The client's page links the point's page; staff pages name it. */
  linkPoint: boolean
}) {
  const { ctx, booking } = props
  const { t } = ctx
  return (
    <>
      <ReferenceBox
        label={props.referenceLabel}
        hint={t.referenceHint}
        reference={booking.reference}
      />
      <dl class="facts">
        <dt>{t.when}</dt>
        <dd>{booking.whenLabel}</dd>
        <dt>{t.where}</dt>
        <dd>
          {props.linkPoint ? (
            <a href={`/steunpunt/${booking.pointSlug}`}>{booking.pointName}</a>
          ) : (
            booking.pointName
          )}
          <br />
          {booking.address}, {booking.postalCode} {booking.municipality}
          {booking.directions ? (
            <>
              <br />
              <span class="muted">{booking.directions}</span>
            </>
          ) : null}
        </dd>
      </dl>
    </>
  )
}
