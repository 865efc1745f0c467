import { Icon } from '../partials/icons.js'
import { displayPhone } from '../../src/domain/phone.js'
import type { BookingRow } from '../../src/db/schema.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { languageDirection } from '../../src/i18n/languages.js'
import { spacedReference } from '../partials/reference-box.js'
import { attendanceLabel, languageLabel, topicLabel } from './agenda-labels.js'

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
  if (rows.length === 0) return <p>{props.none}</p>
  const cancelled = rows.filter((row) => row.booking.status === 'cancelled').length
  const several = rows.some((row) => row.pointName !== null)
  return (
    <>
      <p>{t.count(rows.length - cancelled, cancelled)}</p>
      {/* Its rows hold links, so the scrolling box is reachable by keyboard as it is. */}
      <div class="table-scroll">
        <table class="agenda">
          <thead>
            <tr>
              <th scope="col">{t.time}</th>
              {several ? <th scope="col">{t.point}</th> : null}
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.languageAndInterpreter}</th>
              <th scope="col">{t.topic}</th>
              <th scope="col">{t.contact}</th>
              <th scope="col">{t.source}</th>
              <th scope="col">{t.attendance}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <AgendaTableRow t={t} row={row} several={several} back={props.back} />
            ))}
          </tbody>
        </table>
      </div>
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
      <td>{t.sources[booking.source]}</td>
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
  const label = attendanceLabel(booking, t)
  if (!row.canRecord) return <>{label}</>
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
          <button type="submit" name="attendance" value="attended">
            {t.markAttended}
          </button>
          <button type="submit" name="attendance" value="no_show">
            {t.markNoShow}
          </button>
        </div>
      </form>
    </>
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
