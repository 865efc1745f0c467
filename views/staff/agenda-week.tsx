import type { AgendaPoint } from '../../src/db/agenda.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { agendaHref, SearchSection, weekHref } from './agenda.js'
import { AgendaTable, DayStateLine, type AgendaRow, type DayStateView } from './agenda-table.js'
import { AgendaFilterForm } from './agenda-filter.js'

export interface AgendaWeekDay {
  /** YYYY-MM-DD */
  date: string
  label: string
  rows: AgendaRow[]
  /** The support points with bookings this day, for their printable day agenda. */
  points: AgendaPoint[]
  /**
   * What each shown point holds this day; the point's name only when several are shown,
   * and then only the points that are open or closed (not those without hours that day).
   */
  states: Array<{ pointName: string | null; state: DayStateView }>
}

export interface AgendaWeekProps {
  t: AgendaMessages
  /** The points the select offers. */
  points: AgendaPoint[]
  /** The one point shown, or null for all of `points` (counselors). */
  point: AgendaPoint | null
  /** Counselors may look at all their points at once. */
  offerAll: boolean
  /** What the date field holds: the first day shown, or what was typed when it was no date. */
  fromValue: string
  /** Null when the typed date was refused: the form comes back with the message. */
  week: {
    title: string
    previous: string
    next: string
    days: AgendaWeekDay[]
    /** Days from this date on did not fit on the page. */
    cutOff: { date: string; label: string } | null
  } | null
  today: string
  back: string
  notice: string | null
}

/**
 * Today and the coming days, across the support points of the person (or one of them),
 * grouped by day and then time. Every day is one table, as in the printable day agenda.
 */
export function AgendaWeekPage(props: AgendaWeekProps) {
  const { t, week } = props
  const slug = props.point?.slug ?? null
  const shown = props.point ? [props.point] : props.points
  const overbooked = week?.days.some((day) => day.rows.some((row) => row.overbooked)) ?? false
  return (
    <>
      <h1>{week ? week.title : t.title}</h1>
      <p>{t.weekIntro(shown.map((point) => point.name).join(', '))}</p>
      {props.notice ? (
        <p class="notice no-print" role="status">
          {props.notice}
        </p>
      ) : null}
      <WeekForm {...props} />

      {week ? (
        <>
          <p class="actions no-print">
            <a class="button" href={weekHref(slug, week.previous)} rel="prev">
              {t.previousWeek}
            </a>
            <a class="button" href={weekHref(slug, props.today)}>
              {t.today}
            </a>
            <a class="button" href={weekHref(slug, week.next)} rel="next">
              {t.nextWeek}
            </a>
          </p>
          {overbooked ? <p class="notice warning">{t.overbookedNotice}</p> : null}
          {week.days.map((day) => (
            <section aria-labelledby={`dag-${day.date}`}>
              <h2 id={`dag-${day.date}`}>{day.label}</h2>
              {day.points.length > 0 ? (
                <p class="no-print">
                  {day.points.map((point, index) => (
                    <>
                      {index > 0 ? ' · ' : null}
                      <a href={agendaHref(point.slug, day.date)}>{t.dayAgenda(point.name)}</a>
                    </>
                  ))}
                </p>
              ) : null}
              {day.states.map((line) => (
                <DayStateLine t={t} state={line.state} pointName={line.pointName} />
              ))}
              <AgendaTable
                t={t}
                rows={day.rows}
                back={props.back}
                none={
                  day.states.some((line) => line.state.kind === 'open') ? t.noneOpen : t.dayNone
                }
              />
            </section>
          ))}
          {week.cutOff ? (
            <p class="notice warning">
              {t.weekTruncated(week.cutOff.label)}{' '}
              <a href={weekHref(slug, week.cutOff.date)}>{t.continueFrom(week.cutOff.label)}</a>
            </p>
          ) : null}
        </>
      ) : null}

      <SearchSection t={t} />
    </>
  )
}

/** A plain GET form: the first day, and one support point or all of them. */
function WeekForm(props: AgendaWeekProps) {
  const { t, week } = props
  return (
    <AgendaFilterForm
      t={t}
      points={props.points}
      point={props.point}
      offerAll={props.offerAll}
      date={{
        name: 'van',
        label: t.fromField,
        value: props.fromValue,
        error: week ? null : t.badFrom,
      }}
    />
  )
}
