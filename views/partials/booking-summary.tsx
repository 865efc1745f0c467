import { clientCancelReason, type CancelReasonFields } from '../../src/i18n/cancel-reasons.js'
import type { ViewContext } from '../context.js'
import { ReferenceBox, spacedReference } from './reference-box.js'
import { Directions, Dutch } from './staff-text.js'

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
  /** In the reader's language, or the Dutch (`directionsFor`). */
  directions: { text: string; dutch: boolean } | null
  /** The point's phone, whom to call (issue 16). */
  pointPhone: string | null
  state: BookingState
  /** Why staff cancelled it: the reason they picked and what they typed; null otherwise. */
  cancelReason: CancelReasonFields | null
  /** Where this audience manages the booking: /b/<token>, /staff/mijn-afspraken/<ref>. */
  basePath: string
  /** The masked number texts go to ('+31 6 •• •• •• 78'); null without texts. */
  textsTo: string | null
}

/**
 * "This appointment was cancelled" with the reason and what to do instead, or "has
 * passed", or nothing for an active one. A client who photographed the page may come
 * anyway, so a cancelled booking says plainly not to.
 */
export function BookingStateNotice(props: {
  ctx: ViewContext
  state: BookingState
  cancelReason?: CancelReasonFields | null
  /** The page's heading already says it is cancelled or past. */
  headed?: boolean
}) {
  const { t } = props.ctx
  const reason = props.cancelReason ? clientCancelReason(t, props.cancelReason) : null
  if (props.state === 'cancelled')
    return (
      <div class="notice warning" role="status">
        {props.headed ? null : (
          <p>
            <strong>{t.bookingCancelled}</strong>
          </p>
        )}
        {reason?.chosen ? (
          <p>
            {t.emailCancelReason}: {reason.chosen}
          </p>
        ) : null}
        {reason?.typed ? (
          <p>
            {reason.chosen ? t.emailCancelNote : t.emailCancelReason}:{' '}
            <Dutch ctx={props.ctx}>{reason.typed}</Dutch>
          </p>
        ) : null}
        <p>{t.bookingCancelledText}</p>
      </div>
    )
  if (props.state === 'past') return props.headed ? null : <p class="notice">{t.bookingPast}</p>
  return null
}

/**
 * The booking summary, the same for the client, the volunteer and the desk: the code large
 * (to show at the desk or write down) while the booking stands, then when and where.
 * Printable.
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
      {booking.state === 'active' ? (
        <ReferenceBox
          label={props.referenceLabel}
          hint={t.referenceHint}
          reference={booking.reference}
        />
      ) : null}
      <dl class="facts">
        {booking.state === 'active' ? null : (
          <>
            {/* No "show this code at the desk" for a booking that cannot be shown. */}
            <dt>{t.bookingCodeLabel}</dt>
            <dd class="reference-small" dir="ltr">
              {spacedReference(booking.reference)}
            </dd>
          </>
        )}
        <dt>{t.when}</dt>
        <dd>{booking.whenLabel}</dd>
        <dt>{t.where}</dt>
        <dd>
          {props.linkPoint ? (
            <a href={`/steunpunt/${booking.pointSlug}`}>
              <Dutch ctx={ctx}>{booking.pointName}</Dutch>
            </a>
          ) : (
            <Dutch ctx={ctx}>{booking.pointName}</Dutch>
          )}
          <br />
          {/* A Dutch address keeps its order inside an Arabic or Farsi page. */}
          <Dutch ctx={ctx}>
            {booking.address}, {booking.postalCode} {booking.municipality}
          </Dutch>
          {booking.directions ? (
            <>
              <br />
              <Directions ctx={ctx} found={booking.directions} />
            </>
          ) : null}
        </dd>
        {booking.pointPhone ? (
          <>
            <dt>{t.cardPhone}</dt>
            <dd>
              <a href={`tel:${booking.pointPhone.replace(/[^+\d]/g, '')}`} dir="ltr">
                {booking.pointPhone}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </>
  )
}
