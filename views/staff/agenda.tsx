import type { AgendaPoint } from '../../src/db/agenda.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import {
  AgendaTable,
  DayStateLine,
  noBookingsText,
  type AgendaRow,
  type DayStateView,
} from './agenda-table.js'
import { AgendaFilterForm } from './agenda-filter.js'
import { SearchField } from '../partials/search-field.js'

export interface AgendaDayProps {
  t: AgendaMessages
  points: AgendaPoint[]
  point: AgendaPoint
  /** What the day field holds: the date shown, or what was typed when it was no date. */
  dayValue: string
  /** Null when the typed day was no date: the form comes back with the message. */
  day: {
    label: string
    previous: string
    next: string
    rows: AgendaRow[]
    state: DayStateView
  } | null
  today: string
  exportRange: { from: string; to: string }
  /** This page, for the forms in the list to come back to. */
  back: string
  notice: string | null
}

export function agendaHref(slug: string, day: string): string {
  return `/staff/agenda?steunpunt=${encodeURIComponent(slug)}&dag=${day}`
}

/** Seven days from `from`, at one support point or (slug null) at all of the person's. */
export function weekHref(slug: string | null, from: string): string {
  return `/staff/agenda?van=${from}${slug ? `&steunpunt=${encodeURIComponent(slug)}` : ''}`
}

/**
 * One day at one support point: a plain table that prints on one A4 page (the layout
 * hides header and footer in print, and the forms here carry `no-print`).
 */
export function AgendaDayPage(props: AgendaDayProps) {
  const { t, point, day } = props
  return (
    <>
      <h1>{day ? t.dayTitle(point.name, day.label) : t.title}</h1>
      {props.notice ? (
        <p class="notice no-print" role="status">
          {props.notice}
        </p>
      ) : null}
      <AgendaFilterForm
        t={t}
        points={props.points}
        point={point}
        offerAll={false}
        date={{
          name: 'dag',
          label: t.dayField,
          value: props.dayValue,
          error: day ? null : t.badDate,
        }}
      />

      {day ? (
        <>
          <p class="actions no-print">
            <a class="button" href={agendaHref(point.slug, day.previous)} rel="prev">
              {t.previousDay}
            </a>
            <a class="button" href={agendaHref(point.slug, props.today)}>
              {t.today}
            </a>
            <a class="button" href={agendaHref(point.slug, day.next)} rel="next">
              {t.nextDay}
            </a>
            <a href={weekHref(point.slug, props.dayValue)}>{t.weekLink}</a>
          </p>
          {day.rows.some((row) => row.overbooked) ? (
            <p class="notice warning">{t.overbookedNotice}</p>
          ) : null}
          <DayStateLine t={t} state={day.state} />
          <AgendaTable
            t={t}
            rows={day.rows}
            back={props.back}
            none={noBookingsText(t, day.state, t.none)}
          />
        </>
      ) : null}

      <SearchSection t={t} />

      <section class="no-print" aria-labelledby="export-heading">
        <h2 id="export-heading">{t.exportTitle}</h2>
        <ExportForm t={t} point={point} from={props.exportRange.from} to={props.exportRange.to} />
      </section>
    </>
  )
}

/** The search by reference under the day list and the week, for those who know the code. */
export function SearchSection(props: { t: AgendaMessages }) {
  return (
    <section class="no-print" aria-labelledby="search-heading">
      <h2 id="search-heading">{props.t.searchTitle}</h2>
      <SearchForm t={props.t} value="" />
    </section>
  )
}

/** A real GET form: search works with or without JavaScript. */
export function SearchForm(props: { t: AgendaMessages; value: string }) {
  const { t } = props
  return (
    <form method="get" action="/staff/agenda/zoek" class="filter">
      <SearchField
        id="referentie"
        name="referentie"
        label={t.searchField}
        hint={t.searchHint}
        value={props.value}
        maxlength={40}
        button={t.searchButton}
        row
        input={{ spellcheck: false }}
      />
    </form>
  )
}

export function ExportForm(props: {
  t: AgendaMessages
  point: AgendaPoint
  from: string
  to: string
}) {
  const { t } = props
  return (
    <form method="get" action="/staff/agenda/export.csv" class="filter">
      <p class="hint">{t.exportIntro}</p>
      <input type="hidden" name="steunpunt" value={props.point.slug} />
      <div class="field">
        <label for="van">{t.exportFrom}</label>
        <input id="van" name="van" type="date" value={props.from} required />
      </div>
      <div class="field">
        <label for="tot">{t.exportTo}</label>
        <input id="tot" name="tot" type="date" value={props.to} required />
      </div>
      <button type="submit">{t.exportButton}</button>
    </form>
  )
}

/** No support point in scope: nothing to show, and who can help. */
export function AgendaEmptyPage(props: { t: AgendaMessages }) {
  return (
    <>
      <h1>{props.t.title}</h1>
      <p>{props.t.noPoints}</p>
    </>
  )
}
