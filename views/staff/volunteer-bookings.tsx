import type { VolunteerMessages } from '../../src/i18n/staff/volunteer.js'
import type { ViewContext } from '../context.js'
import {
  BookingStateNotice,
  BookingSummary,
  type BookingState,
  type BookingSummaryView,
} from '../partials/booking-summary.js'
import { MoveCancelLinks } from '../partials/move-cancel-links.js'
import { ScrollingTable } from '../partials/data-table.js'
import { ConfirmForm } from '../partials/confirm-form.js'
import { Notice } from '../partials/notice.js'
import { spacedReference } from '../partials/reference-box.js'

export type { BookingState }

export interface BookingListItem {
  reference: string
  whenLabel: string
  pointName: string
  clientName: string | null
  state: BookingState
  href: string
}

/** "My bookings": what this staff member booked for clients, upcoming first. */
export function MyBookingsPage(props: {
  tv: VolunteerMessages
  upcoming: BookingListItem[]
  past: BookingListItem[]
}) {
  const { tv } = props
  return (
    <>
      <h1>{tv.listTitle}</h1>
      <p>{tv.listIntro}</p>
      <p>
        <a class="button" href="/staff/boeken">
          {tv.newBooking}
        </a>
      </p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{tv.upcoming}</h2>
        {props.upcoming.length === 0 ? (
          <p>{tv.noUpcoming}</p>
        ) : (
          <BookingTable tv={tv} items={props.upcoming} />
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{tv.past}</h2>
        {props.past.length === 0 ? <p>{tv.noPast}</p> : <BookingTable tv={tv} items={props.past} />}
      </section>
    </>
  )
}

function BookingTable(props: { tv: VolunteerMessages; items: BookingListItem[] }) {
  const { tv } = props
  return (
    <ScrollingTable
      columns={[
        tv.columnReference,
        tv.columnWhen,
        tv.columnWhere,
        tv.columnClient,
        tv.columnStatus,
      ]}
    >
      {props.items.map((item) => (
        <tr>
          <td>
            <a href={item.href} dir="ltr" translate="no">
              {spacedReference(item.reference)}
            </a>
          </td>
          <td>{item.whenLabel}</td>
          <td>{item.pointName}</td>
          <td dir="auto">{item.clientName ?? tv.erasedName}</td>
          <td>{tv.statusNames[item.state]}</td>
        </tr>
      ))}
    </ScrollingTable>
  )
}

export interface VolunteerBookingView extends BookingSummaryView {
  clientName: string | null
  languageLabel: string
  interpreter: boolean
  messagesTo: { who: 'client' | 'you'; email: string } | null
}

/**
 * One booking this staff member made. Right after booking it is the confirmation to
 * print for the client: the code large, when and where; the staff actions do not print.
 */
export function VolunteerBookingPage(props: {
  ctx: ViewContext
  tv: VolunteerMessages
  booking: VolunteerBookingView
  notice: string | null
  isNew: boolean
}) {
  const { ctx, tv, booking } = props
  const { t } = ctx
  return (
    <article class="booking">
      <p class="breadcrumb no-print">
        <a href="/staff/mijn-afspraken">{tv.backToList}</a>
      </p>
      <h1 tabindex={-1} data-focus-after-swap>
        {props.isNew ? tv.createdTitle : tv.detailTitle(booking.reference)}
      </h1>
      <Notice text={props.notice} />
      <BookingStateNotice ctx={ctx} state={booking.state} cancelReason={booking.cancelReason} />
      {props.isNew ? <p class="no-print">{tv.createdText}</p> : null}

      <BookingSummary
        ctx={ctx}
        booking={booking}
        referenceLabel={tv.referenceLabel}
        linkPoint={false}
      />
      {booking.state === 'active' ? <p>{t.walkInStillOpen}</p> : null}

      <dl class="facts no-print">
        <dt>{tv.client}</dt>
        <dd dir="auto">{booking.clientName ?? tv.erasedName}</dd>
        <dt>{tv.language}</dt>
        <dd>{booking.languageLabel}</dd>
        <dt>{tv.interpreter}</dt>
        <dd>{booking.interpreter ? t.yes : t.no}</dd>
        <dt>{tv.status}</dt>
        <dd>{tv.statusNames[booking.state]}</dd>
        {booking.messagesTo ? (
          <>
            <dt>{tv.messagesTo}</dt>
            <dd>
              {booking.messagesTo.who === 'client'
                ? tv.messagesToClient(booking.messagesTo.email)
                : tv.messagesToYou(booking.messagesTo.email)}
            </dd>
          </>
        ) : null}
      </dl>

      {booking.state === 'active' ? (
        <p class="actions no-print">
          <MoveCancelLinks t={t} basePath={booking.basePath} />
          <a class="button" href={`${booking.basePath}/kaart`}>
            {tv.cardLink}
          </a>
        </p>
      ) : null}
      <p class="muted no-print">{tv.print}</p>
    </article>
  )
}

/** The step before cancelling: a real form, so a link or a prefetch never cancels. */
export function VolunteerCancelPage(props: {
  tv: VolunteerMessages
  booking: VolunteerBookingView
}) {
  const { tv, booking } = props
  return (
    <>
      <h1>{tv.cancelTitle}</h1>
      <p>
        <strong>{booking.whenLabel}</strong>, {booking.pointName} (
        <span dir="ltr" translate="no">
          {spacedReference(booking.reference)}
        </span>
        )
      </p>
      <p>{tv.cancelText}</p>
      <ConfirmForm
        action={`${booking.basePath}/annuleren`}
        yes={tv.cancelYes}
        back={booking.basePath}
        no={tv.cancelNo}
      />
    </>
  )
}
