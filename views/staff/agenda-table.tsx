import { Icon } from '../partials/icons.js'
import { displayPhone } from '../../src/domain/phone.js'
import type { BookingRow } from '../../src/db/schema.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { languageDirection } from '../../src/i18n/languages.js'
import { spacedReference } from '../partials/reference-box.js'
import { attendanceLabel, languageLabel, topicLabel } from './agenda-labels.js'
import { ScrollingTable } from '../partials/data-table.js'

/** A slot holding more active bookings than the schedule now gives it places (ADR 8). */
export interface Overbooked {
  booked: number
  places: number
}

/** One line of an agenda, prepared by the route: the view decides nothing about time. */
export interface AgendaRow {
  booking: BookingRow
  time: string
  /** The support point's name, in an agenda of several points; null in a one-point agenda. */
  pointName: string | null
  /** The day has come and the booking is active: attendance can be recorded here. */
  canRecord: boolean
  overbooked: Overbooked | null
  /** The staff member who made the booking (a volunteer, a counselor at the desk). */
  bookedBy: BookedBy | null
}

/** Who made a booking, with how to reach them. */
export interface BookedBy {
  name: string
  email: string
  phone: string | null
}

/** What a point holds on a day, bookings aside, as the agenda says it. */
export type DayStateView =
  { kind: 'closed'; reason: string } | { kind: 'open'; times: string[] } | { kind: 'no-hours' }

/**
 * Closed (with the reason), open (with its hours) or no walk-in hours: said above the day's
 * list, so an empty list is never read as a closed day, nor a closed day as a quiet one.
 */
export function DayStateLine(props: {
  t: AgendaMessages
  state: DayStateView
  /** The point's name, in an agenda of several points. */
  pointName?: string | null
}) {
  const { t, state } = props
  const words =
    state.kind === 'closed'
      ? t.closedDay(state.reason)
      : state.kind === 'open'
        ? t.openDay(state.times.join(', '))
        : t.noHoursDay
  const prefix = props.pointName ? `${props.pointName}: ` : ''
  return state.kind === 'closed' ? (
    <p class="day-state closed">
      <strong>
        <Icon name="cancel" /> {prefix}
        {words}
      </strong>
    </p>
  ) : (
    <p class={`day-state ${state.kind}`}>
      {prefix}
      {words}
    </p>
  )
}

/** What to say under a day that has no bookings: an open session is not a closed day. */
export function noBookingsText(t: AgendaMessages, state: DayStateView, none: string): string {
  return state.kind === 'open' ? t.noneOpen : none
}

/** The id of a booking's row, so a form posted from the list comes back to that row. */
export function rowId(reference: string): string {
  return `afspraak-${reference}`
}

/**
 * The bookings of one day as a plain table that prints on A4: the forms carry `no-print`,
 * the attendance as words stays. `back` is the page the attendance forms return to.
 */
export function AgendaTable(props: {
  t: AgendaMessages
  rows: AgendaRow[]
  back: string
  /** What to say when the day has no bookings. */
  none: string
}) {
  const { t, rows } = props
  if (rows.length === 0) return <p class="day-none">{props.none}</p>
  const cancelled = rows.filter((row) => row.booking.status === 'cancelled').length
  const several = rows.some((row) => row.pointName !== null)
  return (
    <>
      <p>{t.count(rows.length - cancelled, cancelled)}</p>
      {/* Its rows hold links, so the scrolling box is reachable by keyboard as it is. */}
      <ScrollingTable
        columns={[
          t.time,
          several ? t.point : null,
          t.reference,
          t.name,
          t.languageAndInterpreter,
          t.topic,
          t.contact,
          t.source,
          t.attendance,
        ]}
        class="agenda"
      >
        {rows.map((row) => (
          <AgendaTableRow t={t} row={row} several={several} back={props.back} />
        ))}
      </ScrollingTable>
    </>
  )
}

function AgendaTableRow(props: {
  t: AgendaMessages
  row: AgendaRow
  several: boolean
  back: string
}) {
  const { t, row } = props
  const { booking, time } = row
  const isCancelled = booking.status === 'cancelled'
  return (
    <tr id={rowId(booking.reference)} class={isCancelled ? 'muted' : undefined}>
      <td>
        <span dir="ltr">{isCancelled ? <del>{time}</del> : time}</span>
        {isCancelled ? (
          <>
            <br />
            {t.statuses.cancelled}
          </>
        ) : null}
        {row.overbooked && !isCancelled ? (
          <>
            <br />
            <OverbookedMark t={t} overbooked={row.overbooked} />
          </>
        ) : null}
      </td>
      {props.several ? <td>{row.pointName}</td> : null}
      <td dir="ltr" translate="no">
        <a href={`/staff/agenda/afspraak/${booking.reference}`}>
          {spacedReference(booking.reference)}
        </a>
      </td>
      <td dir="auto">{booking.name ?? (booking.erased_at ? t.nameErased : t.nameNone)}</td>
      <td>
        <span lang={booking.language} dir={languageDirection(booking.language)}>
          {languageLabel(booking.language, t)}
        </span>
        <br />
        {booking.interpreter ? t.withInterpreter : t.withoutInterpreter}
      </td>
      <td>{topicLabel(booking.topic, t)}</td>
      <td>
        {booking.email ? (
          <span dir="ltr">
            {booking.email}
            <br />
          </span>
        ) : null}
        {booking.phone ? (
          <span dir="ltr">
            {displayPhone(booking.phone)}
            <br />
          </span>
        ) : null}
        {booking.note ? <span dir="auto">{booking.note}</span> : null}
      </td>
      <td>
        {t.sources[booking.source]}
        {row.bookedBy ? (
          <>
            <br />
            <BookedByContact label={t.bookedBy(row.bookedBy.name)} bookedBy={row.bookedBy} />
          </>
        ) : null}
      </td>
      <td>{isCancelled ? '' : <AttendanceCell t={t} row={row} back={props.back} />}</td>
    </tr>
  )
}

/**
 * What was recorded, and where the day has come the two buttons of the booking page's own
 * form (the same POST action), told to come back to this list.
 */
function AttendanceCell(props: { t: AgendaMessages; row: AgendaRow; back: string }) {
  const { t, row } = props
  const { booking } = row
  const label = <AttendanceMark t={t} booking={booking} />
  if (!row.canRecord) return label
  return (
    <>
      {label}
      <form
        method="post"
        action={`/staff/agenda/afspraak/${booking.reference}/aanwezigheid`}
        class="no-print"
      >
        <input type="hidden" name="terug" value={props.back} />
        <div
          class="actions"
          role="group"
          aria-label={t.attendanceFor(spacedReference(booking.reference))}
        >
          <AttendanceButtons t={t} booking={booking} />
        </div>
      </form>
    </>
  )
}

/**
 * What was recorded, in words with a sign beside them (never colour alone): what a
 * counselor looks for after pressing a button, so it stands out from the small print.
 */
export function AttendanceMark(props: { t: AgendaMessages; booking: BookingRow }) {
  const { t, booking } = props
  const label = attendanceLabel(booking, t)
  if (!booking.attendance) return <span class="attendance-mark unknown">{label}</span>
  return (
    <strong class={`attendance-mark ${booking.attendance === 'attended' ? 'attended' : 'no-show'}`}>
      <Icon name={booking.attendance === 'attended' ? 'check' : 'cancel'} /> {label}
    </strong>
  )
}

/** The two attendance buttons; the one recorded shows as pressed. */
export function AttendanceButtons(props: { t: AgendaMessages; booking: BookingRow }) {
  const { t, booking } = props
  return (
    <>
      {(
        [
          ['attended', t.markAttended],
          ['no_show', t.markNoShow],
        ] as const
      ).map(([value, words]) => (
        <button
          type="submit"
          name="attendance"
          value={value}
          class={booking.attendance === value ? 'chosen' : undefined}
          aria-pressed={booking.attendance === value ? 'true' : 'false'}
        >
          {words}
        </button>
      ))}
    </>
  )
}

/** The staff member who booked, with their email and phone as links (when stored). */
export function BookedByContact(props: { label: string; bookedBy: BookedBy }) {
  const { bookedBy } = props
  return (
    <span class="booked-by">
      <span dir="auto">{props.label}</span>
      <br />
      <a href={`mailto:${bookedBy.email}`} dir="ltr">
        {bookedBy.email}
      </a>
      {bookedBy.phone ? (
        <>
          <br />
          <a href={`tel:${bookedBy.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
            {displayPhone(bookedBy.phone)}
          </a>
        </>
      ) : null}
    </span>
  )
}

/** Words first, with a warning sign beside them: never colour alone. */
export function OverbookedMark(props: { t: AgendaMessages; overbooked: Overbooked }) {
  return (
    <strong class="overbooked">
      <Icon name="warning" /> {props.t.overbooked(props.overbooked.booked, props.overbooked.places)}
    </strong>
  )
}
