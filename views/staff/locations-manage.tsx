import { CLOSURE_REASONS } from '../../src/domain/closure-reasons.js'
import type { TranslatedDirections } from '../../src/domain/point-details.js'
import type { Closure } from '../../src/domain/slots.js'
import { formatClock, formatIsoDate, weekdayName } from '../../src/i18n/format.js'
import { catalogs, type Locale } from '../../src/i18n/locales.js'
import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import type { Schedule } from '../../src/services/schedule.js'
import { BookingLines, type BookingLine } from './locations-conflict.js'
import { DetailsSection } from './locations-details.js'
import { DirectionsInLanguagesSection } from './locations-directions.js'
import { ErrorSummary, FormFields } from '../partials/form-fields.js'
import {
  formFor,
  sessionFields,
  weekdayField,
  type FormState,
  type FormValues,
} from './locations-fields.js'
import { ScrollingTable } from '../partials/data-table.js'
import { Notice } from '../partials/notice.js'

export interface ManageProps {
  t: LocationsMessages
  locale: Locale
  point: { slug: string; name: string }
  schedule: Schedule
  /** The stored details, as the details form shows them. */
  details: FormValues
  /** The coordinator's directions in other languages, by language. */
  translatedDirections: TranslatedDirections
  overbooked: BookingLine[]
  notices: string[]
  state: FormState | null
}

export const DETAIL_FIELDS = [
  'address',
  'postalCode',
  'directions',
  'phone',
  'slotMinutes',
  'minNoticeMinutes',
  'horizonDays',
  'walkInSeats',
] as const

/** One support point: bookings kept overbooked, hours, closures, extra sessions, details. */
export function ManageLocationPage(props: ManageProps) {
  const { t, point } = props
  return (
    <>
      <p class="breadcrumb">
        <a href="/staff/steunpunten">{t.backToList}</a> ·{' '}
        <a href={`/steunpunt/${point.slug}`}>{t.publicPage}</a>
      </p>
      <h1>{t.manageTitle(point.name)}</h1>
      {props.notices.map((notice) => (
        <Notice text={notice} />
      ))}
      {props.overbooked.length > 0 ? (
        <section aria-labelledby="overbooked-heading">
          <h2 id="overbooked-heading">{t.overbookedTitle}</h2>
          <p class="notice warning">{t.overbookedIntro}</p>
          <BookingLines t={t} lines={props.overbooked} told />
        </section>
      ) : null}
      <HoursSection {...props} />
      <ClosuresSection {...props} />
      <SessionsSection {...props} />
      <DetailsSection {...props} />
      <DirectionsInLanguagesSection
        t={t}
        action={`${base(props)}/routebeschrijving`}
        stored={props.translatedDirections}
        state={props.state}
      />
    </>
  )
}

function base(props: ManageProps): string {
  return `/staff/steunpunten/${props.point.slug}`
}

function HoursSection(props: ManageProps) {
  const { t, locale, schedule } = props
  const form = formFor(props.state, 'hours', { counselors: '1' })
  const date = (value: string) => formatIsoDate(value, locale)
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t.hoursTitle}</h2>
      {schedule.hours.length === 0 ? (
        <p>{t.noHours}</p>
      ) : (
        <ScrollingTable
          columns={[t.weekday, t.time, t.counselors, t.valid, { hidden: t.changeHours }]}
        >
          {schedule.hours.map((h) => (
            <tr>
              <th scope="row">{weekdayName(h.weekday, locale)}</th>
              <td dir="ltr">
                {formatClock(h.start)}–{formatClock(h.end)}
              </td>
              <td>{h.counselors}</td>
              <td>
                {t.validRange(
                  h.validFrom ? date(h.validFrom) : t.always,
                  h.validUntil ? date(h.validUntil) : t.untilFurtherNotice,
                )}
              </td>
              <td>
                <a href={`${base(props)}/uren/${h.id}`}>{t.changeHours}</a> ·{' '}
                <a href={`${base(props)}/dienst/uren/${h.id}`}>{t.dutyLink}</a>
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      <h3 id="add-hours-heading">{t.addHoursTitle}</h3>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form
        method="post"
        action={`${base(props)}/uren`}
        class="booking-form"
        aria-labelledby="add-hours-heading"
        novalidate
      >
        <FormFields
          prefix="hours"
          form={form}
          fields={[
            weekdayField(t, locale),
            ...sessionFields(t),
            { name: 'validFrom', label: t.validFrom, type: 'date' },
            { name: 'validUntil', label: t.validUntil, type: 'date' },
          ]}
        />
        <button type="submit">{t.addHoursButton}</button>
      </form>
    </section>
  )
}

/** A row's remove button, in a form of its own, named for what it removes. */
function RemoveButton(props: { t: LocationsMessages; action: string; what: string }) {
  return (
    <form method="post" action={props.action}>
      <button type="submit" aria-label={props.t.removeLabel(props.what)}>
        {props.t.remove}
      </button>
    </form>
  )
}

/** A closure's reason as staff read it: the chosen kind, then what was typed. */
function closureLine(closure: Closure, locale: Locale): string {
  const kind = closure.reasonCode ? catalogs[locale].closureReasons[closure.reasonCode] : null
  return [kind, closure.reason].filter(Boolean).join(': ')
}

function ClosuresSection(props: ManageProps) {
  const { t, locale, schedule } = props
  const form = formFor(props.state, 'closure', {})
  return (
    <section aria-labelledby="closures-heading">
      <h2 id="closures-heading">{t.closuresTitle}</h2>
      <p class="hint">{t.closuresIntro}</p>
      {schedule.closures.length === 0 ? (
        <p>{t.noClosures}</p>
      ) : (
        <ScrollingTable columns={[t.closureFrom, t.closureTo, t.reason, { hidden: t.remove }]}>
          {schedule.closures.map((c) => (
            <tr>
              <td>{formatIsoDate(c.startDate, locale)}</td>
              <td>{formatIsoDate(c.endDate, locale)}</td>
              <td dir="auto">{closureLine(c, locale)}</td>
              <td>
                <RemoveButton
                  t={t}
                  action={`${base(props)}/sluitingen/${c.id}/verwijderen`}
                  what={closureLine(c, locale)}
                />
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      <h3 id="add-closure-heading">{t.addClosureTitle}</h3>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form
        method="post"
        action={`${base(props)}/sluitingen`}
        class="booking-form"
        aria-labelledby="add-closure-heading"
        novalidate
      >
        <FormFields
          prefix="closure"
          form={form}
          fields={[
            { name: 'startDate', label: t.closureFrom, type: 'date', required: true },
            { name: 'endDate', label: t.closureTo, type: 'date', required: true },
            {
              kind: 'select',
              name: 'reasonKind',
              label: t.reasonKind,
              hint: t.reasonKindHint,
              empty: t.reasonKindNone,
              // The words clients read in Dutch, so staff choose what they will see.
              choices: CLOSURE_REASONS.map((code) => ({
                value: code,
                label: catalogs[locale].closureReasons[code],
              })),
            },
            { name: 'reason', label: t.reason, hint: t.reasonHint, maxlength: 200 },
          ]}
        />
        <button type="submit">{t.addClosureButton}</button>
      </form>
    </section>
  )
}

function SessionsSection(props: ManageProps) {
  const { t, locale, schedule } = props
  const form = formFor(props.state, 'session', { counselors: '1' })
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t.sessionsTitle}</h2>
      {schedule.extraSessions.length === 0 ? (
        <p>{t.noSessions}</p>
      ) : (
        <ScrollingTable
          columns={[
            t.date,
            t.time,
            t.counselors,
            t.note,
            { hidden: t.dutyLink },
            { hidden: t.remove },
          ]}
        >
          {schedule.extraSessions.map((e) => (
            <tr>
              <td>{formatIsoDate(e.date, locale)}</td>
              <td dir="ltr">
                {formatClock(e.start)}–{formatClock(e.end)}
              </td>
              <td>{e.counselors}</td>
              <td dir="auto">{e.note ?? ''}</td>
              <td>
                <a href={`${base(props)}/dienst/extra/${e.id}`}>{t.dutyLink}</a>
              </td>
              <td>
                <RemoveButton
                  t={t}
                  action={`${base(props)}/extra/${e.id}/verwijderen`}
                  what={`${formatIsoDate(e.date, locale)} ${formatClock(e.start)}`}
                />
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      <h3 id="add-session-heading">{t.addSessionTitle}</h3>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form
        method="post"
        action={`${base(props)}/extra`}
        class="booking-form"
        aria-labelledby="add-session-heading"
        novalidate
      >
        <FormFields
          prefix="session"
          form={form}
          fields={[
            { name: 'date', label: t.date, type: 'date', required: true },
            ...sessionFields(t),
            { name: 'note', label: t.note, hint: t.noteHint, maxlength: 200 },
          ]}
        />
        <button type="submit">{t.addSessionButton}</button>
      </form>
    </section>
  )
}
