import type { AgendaPoint } from '../../src/db/agenda.js'
import { CANCEL_REASONS, isCancelReason } from '../../src/domain/cancel-reasons.js'
import { displayPhone } from '../../src/domain/phone.js'
import type { BookingRow } from '../../src/db/schema.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { languageDirection } from '../../src/i18n/languages.js'
import { spacedReference } from '../partials/reference-box.js'
import { languageLabel, topicLabel } from './agenda-labels.js'
import {
  AttendanceButtons,
  AttendanceMark,
  BookedByContact,
  type BookedBy,
} from './agenda-table.js'
import { Notice } from '../partials/notice.js'

export const OUTCOMES = ['orienting', 'return', 'referred', 'other'] as const
export type Outcome = (typeof OUTCOMES)[number]
export const REASON_MAX = 300

export type BookingFormErrors = {
  attendance?: string
  outcome?: string
  reason?: string
  reasonKind?: string
}

export interface AgendaBookingProps {
  t: AgendaMessages
  booking: BookingRow
  point: AgendaPoint
  /** The staff member who made the booking, when one did. */
  bookedBy: BookedBy | null
  whenLabel: string
  /** The agenda day of the booking, for the way back. */
  day: string
  /** The day has come (or passed) and the booking is active. */
  canRecord: boolean
  /** Active and still to come. */
  canCancel: boolean
  notice: string | null
  errors: BookingFormErrors
  /** What was typed into a form that came back with a message. */
  values: { reason?: string; reasonKind?: string; outcome?: string }
}

/** One booking with what the client chose to share, and what staff may record or change. */
export function AgendaBookingPage(props: AgendaBookingProps) {
  const { t, booking, errors } = props
  const action = `/staff/agenda/afspraak/${booking.reference}`
  const problems = Object.values(errors).filter((message): message is string => !!message)
  return (
    <article>
      <p class="no-print">
        <a
          href={`/staff/agenda?steunpunt=${encodeURIComponent(props.point.slug)}&dag=${props.day}`}
        >
          {t.backToDay}
        </a>
      </p>
      <h1 tabindex={-1} data-focus-after-swap>
        {t.bookingTitle(spacedReference(booking.reference))}
      </h1>
      <Notice text={props.notice} />
      {problems.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t.errorTitle}</h2>
          <ul>
            {problems.map((message) => (
              <li>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>
          {booking.status === 'cancelled'
            ? booking.cancelled_by
              ? t.cancelledBy[booking.cancelled_by]
              : t.statuses.cancelled
            : t.statuses.active}
        </dd>
        {isCancelReason(booking.cancel_reason_code) ? (
          <>
            <dt>{t.cancelReasonKind}</dt>
            <dd>{t.cancelReasons[booking.cancel_reason_code]}</dd>
          </>
        ) : null}
        {booking.cancel_reason ? (
          <>
            <dt>{booking.cancel_reason_code ? t.cancelReasonTyped : t.cancelReason}</dt>
            <dd dir="auto">{booking.cancel_reason}</dd>
          </>
        ) : null}
        <dt>{t.when}</dt>
        <dd>{props.whenLabel}</dd>
        <dt>{t.where}</dt>
        <dd>{props.point.name}</dd>
        <dt>{t.name}</dt>
        <dd dir="auto">{booking.name ?? (booking.erased_at ? t.nameErased : t.nameNone)}</dd>
        <dt>{t.language}</dt>
        <dd lang={booking.language} dir={languageDirection(booking.language)}>
          {languageLabel(booking.language, t)}
        </dd>
        <dt>{t.interpreter}</dt>
        <dd>{booking.interpreter ? t.yes : t.no}</dd>
        <dt>{t.topic}</dt>
        <dd>{topicLabel(booking.topic, t)}</dd>
        {booking.email ? (
          <>
            <dt>{t.email}</dt>
            <dd dir="ltr">{booking.email}</dd>
          </>
        ) : null}
        {booking.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd dir="ltr">{displayPhone(booking.phone)}</dd>
          </>
        ) : null}
        {booking.note ? (
          <>
            <dt>{t.note}</dt>
            <dd dir="auto">{booking.note}</dd>
          </>
        ) : null}
        <dt>{t.source}</dt>
        <dd>{t.sources[booking.source]}</dd>
        {props.bookedBy ? (
          <>
            <dt>{t.bookedByTitle}</dt>
            <dd>
              <BookedByContact label={props.bookedBy.name} bookedBy={props.bookedBy} />
            </dd>
          </>
        ) : null}
        <dt>{t.attendance}</dt>
        <dd>
          <AttendanceMark t={t} booking={booking} />
        </dd>
        <dt>{t.outcome}</dt>
        <dd>{booking.outcome ? t.outcomes[booking.outcome] : t.attendances.unknown}</dd>
      </dl>

      {booking.status === 'active' ? (
        props.canRecord ? (
          <div class="no-print">
            <section aria-labelledby="attendance-heading">
              <h2 id="attendance-heading">{t.attendanceTitle}</h2>
              {errors.attendance ? <p class="field-error">{errors.attendance}</p> : null}
              <form method="post" action={`${action}/aanwezigheid`} class="actions">
                <AttendanceButtons t={t} booking={booking} />
              </form>
            </section>
            <section aria-labelledby="outcome-heading">
              <h2 id="outcome-heading">{t.outcomeTitle}</h2>
              <form method="post" action={`${action}/uitkomst`}>
                <fieldset class={`field${errors.outcome ? ' has-error' : ''}`}>
                  <legend>{t.outcome}</legend>
                  {errors.outcome ? <p class="field-error">{errors.outcome}</p> : null}
                  {OUTCOMES.map((outcome) => (
                    <label class="choice">
                      <input
                        type="radio"
                        name="outcome"
                        value={outcome}
                        checked={(props.values.outcome ?? booking.outcome) === outcome}
                      />
                      <span>{t.outcomes[outcome]}</span>
                    </label>
                  ))}
                </fieldset>
                <button type="submit">{t.outcomeButton}</button>
              </form>
            </section>
          </div>
        ) : (
          <p class="muted">{t.attendanceLater}</p>
        )
      ) : null}

      {props.canCancel ? (
        <section class="no-print" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">{t.cancelTitle}</h2>
          <p>{t.cancelIntro}</p>
          <form method="post" action={`${action}/afzeggen`} class="booking-form" novalidate>
            <fieldset class={`field${errors.reasonKind ? ' has-error' : ''}`}>
              <legend>{t.cancelReasonKind}</legend>
              <p class="hint">{t.cancelReasonKindHint}</p>
              {errors.reasonKind ? <p class="field-error">{errors.reasonKind}</p> : null}
              {[...CANCEL_REASONS, '' as const].map((code) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="reasonKind"
                    value={code}
                    checked={(props.values.reasonKind ?? '') === code}
                  />
                  <span>{code === '' ? t.cancelReasonKindOther : t.cancelReasons[code]}</span>
                </label>
              ))}
            </fieldset>
            <div class={`field${errors.reason ? ' has-error' : ''}`}>
              <label for="reason">{t.cancelReasonTyped}</label>
              <p class="hint" id="reason-hint">
                {t.cancelReasonHint}
              </p>
              {errors.reason ? (
                <p class="field-error" id="reason-error">
                  {errors.reason}
                </p>
              ) : null}
              <textarea
                id="reason"
                name="reason"
                rows={3}
                maxlength={REASON_MAX}
                aria-invalid={errors.reason ? 'true' : undefined}
                aria-describedby={errors.reason ? 'reason-hint reason-error' : 'reason-hint'}
              >
                {props.values.reason ?? ''}
              </textarea>
            </div>
            <button type="submit" class="danger">
              {t.cancelButton}
            </button>
          </form>
        </section>
      ) : booking.status === 'active' ? (
        <p class="muted no-print">{t.cancelPast}</p>
      ) : null}
    </article>
  )
}
