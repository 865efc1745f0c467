import type { ViewContext } from '../context.js'
import {
  BookingStateNotice,
  BookingSummary,
  type BookingSummaryView,
} from '../partials/booking-summary.js'
import { ConfirmForm } from '../partials/confirm-form.js'
import { Icon } from '../partials/icons.js'
import { MoveCancelLinks } from '../partials/move-cancel-links.js'
import { Dutch } from '../partials/staff-text.js'
import { Steps } from '../partials/steps.js'
import { Notice } from '../partials/notice.js'

export interface ManageView extends BookingSummaryView {
  manageUrl: string
}

/**
 * The booking behind its private link; right after booking it is the confirmation page.
 * Large code, plain words, printable.
 */
export function ManagePage(props: {
  ctx: ViewContext
  booking: ManageView
  notice: string | null
  isNew: boolean
}) {
  const { ctx, booking } = props
  const { t } = ctx
  return (
    <article class="booking">
      {props.isNew ? <Steps ctx={ctx} step={4} total={4} label={t.bookingConfirmedTitle} /> : null}
      <h1 tabindex={-1} data-focus-after-swap>
        {props.isNew
          ? t.bookingConfirmedTitle
          : booking.state === 'cancelled'
            ? t.bookingCancelled
            : booking.state === 'past'
              ? t.bookingPast
              : t.bookingTitle}
      </h1>
      <Notice text={props.notice} />
      <BookingStateNotice
        ctx={ctx}
        state={booking.state}
        cancelReason={booking.cancelReason}
        headed={!props.isNew}
      />
      <BookingSummary ctx={ctx} booking={booking} referenceLabel={t.referenceLabel} linkPoint />
      {props.isNew && booking.textsTo ? (
        <p>
          {t.textsSentTo} <bdi dir="ltr">{booking.textsTo}</bdi>
        </p>
      ) : null}

      {booking.state === 'active' ? (
        <>
          <h2>{t.whatToBring}</h2>
          <p>{t.whatToBringText}</p>
          <p>{t.walkInStillOpen}</p>
          <p class="actions no-print">
            <a class="button" href={`${booking.basePath}/afspraak.ics`} download="afspraak.ics">
              <Icon name="calendar" /> {t.addToCalendar}
            </a>
            {booking.basePath.startsWith('/b/') ? (
              <a class="button" href={`${booking.basePath}/kaart`}>
                {t.cardLink}
              </a>
            ) : null}
            <MoveCancelLinks t={t} basePath={booking.basePath} />
          </p>
          <section class="private-link" aria-labelledby="link-heading">
            <h2 id="link-heading">{t.privateLinkTitle}</h2>
            <p>{t.privateLinkText}</p>
            <p class="link-text" dir="ltr">
              <a href={booking.manageUrl}>{booking.manageUrl}</a>
            </p>
            <p class="muted">{t.printHint}</p>
          </section>
        </>
      ) : (
        <p>
          <a class="button primary" href={`/steunpunt/${booking.pointSlug}/afspraak`}>
            {t.bookAgain}
          </a>
        </p>
      )}
      <p class="no-print">
        <a href={`${booking.basePath}/wissen`}>{t.eraseNow}</a> ·{' '}
        <a href="/privacy">{t.privacyLink}</a>
      </p>
    </article>
  )
}

export function CancelConfirmPage(props: { ctx: ViewContext; booking: ManageView }) {
  const { t } = props.ctx
  return (
    <>
      <h1>{t.cancelConfirmTitle}</h1>
      <p>
        <strong>{props.booking.whenLabel}</strong>,{' '}
        <Dutch ctx={props.ctx}>{props.booking.pointName}</Dutch>
      </p>
      <p>{t.cancelConfirmText}</p>
      <ConfirmForm
        action={`${props.booking.basePath}/annuleren`}
        yes={t.cancelConfirmYes}
        back={props.booking.basePath}
        no={t.cancelConfirmNo}
      />
    </>
  )
}

export function EraseConfirmPage(props: { ctx: ViewContext; booking: ManageView }) {
  const { t } = props.ctx
  return (
    <>
      <h1>{t.eraseConfirmTitle}</h1>
      <p>{t.eraseConfirmText}</p>
      <ConfirmForm
        action={`${props.booking.basePath}/wissen`}
        yes={t.eraseConfirmYes}
        back={props.booking.basePath}
        no={t.cancelConfirmNo}
      />
    </>
  )
}
