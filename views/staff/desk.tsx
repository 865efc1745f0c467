import { CLIENT_LANGUAGES, TOPICS } from '../../src/domain/booking-form.js'
import { languageDirection } from '../../src/i18n/languages.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import type { DeskMessages } from '../../src/i18n/staff/desk.js'
import { OUTCOMES } from './agenda-booking.js'
import { languageLabel, topicLabel } from './agenda-labels.js'
import { SearchField } from '../partials/search-field.js'
import { spacedReference } from '../partials/reference-box.js'

/** One of today's clients, as the desk lists them (no contact details, ever). */
export interface DeskRow {
  id: string
  reference: string
  /** Name or alias; null when none was given or it was erased. */
  name: string | null
  language: string
  interpreter: boolean
  walkIn: boolean
  /** 'HH:mm' of the booked slot */
  time: string
  arrived: string | null
  waitedMinutes: number
  state: 'expected' | 'waiting' | 'in_conversation' | 'done' | 'no_show'
  stateLabel: string
  mayNoShow: boolean
  outcome: string | null
}

export interface DeskPageProps {
  t: DeskMessages
  ta: AgendaMessages
  pointName: string
  action: string
  /** The staff booking flow at this point, for someone who would rather come back. */
  bookHref: string
  sessionLine: string
  placesLine: string | null
  running: boolean
  notice: string | null
  error: string | null
  query: string
  found: string | null
  waiting: DeskRow[]
  inConversation: DeskRow[]
  today: DeskRow[]
  walkIn: {
    values: Record<string, string>
    errors: Partial<Record<'name' | 'language' | 'interpreter' | 'topic', string>>
  }
}

/** How the desk calls someone: their name or alias, else "walk-in" or their code. */
function who(row: DeskRow, t: DeskMessages): string {
  return (
    row.name ??
    (row.walkIn ? `${t.walkIn} ${spacedReference(row.reference)}` : spacedReference(row.reference))
  )
}

function ClientCell(props: { row: DeskRow; t: DeskMessages; ta: AgendaMessages }) {
  const { row, t, ta } = props
  const label = row.name ?? (row.walkIn ? t.walkIn : null)
  return (
    <>
      {label ? (
        <>
          <strong>
            <bdi>{label}</bdi>
          </strong>{' '}
        </>
      ) : null}
      <span class={label ? 'muted' : undefined} dir="ltr">
        {spacedReference(row.reference)}
      </span>
      <br />
      <span lang={row.language} dir={languageDirection(row.language)}>
        {languageLabel(row.language, ta)}
      </span>
      {row.interpreter ? `, ${ta.withInterpreter}` : ''}
      {row.walkIn && row.name ? ` · ${t.walkIn}` : ''}
    </>
  )
}

/** The buttons for the next step of a client, each a small form that works without JS. */
function StepForms(props: { row: DeskRow; t: DeskMessages; ta: AgendaMessages; action: string }) {
  const { row, t, ta, action } = props
  const path = `${action}/${row.reference}`
  if (row.state === 'expected' || row.state === 'no_show') {
    return (
      <div class="actions">
        <form method="post" action={`${path}/aanwezig`}>
          <button type="submit" class="primary">
            {t.checkIn}
          </button>
        </form>
        {row.mayNoShow ? (
          <form method="post" action={`${path}/niet-gekomen`}>
            <button type="submit">{t.noShow}</button>
          </form>
        ) : null}
      </div>
    )
  }
  if (row.state === 'waiting') {
    return (
      <form method="post" action={`${path}/gesprek`}>
        <button type="submit" class="primary">
          {t.call}
        </button>
      </form>
    )
  }
  if (row.state === 'in_conversation') {
    return (
      <form method="post" action={`${path}/klaar`} class="desk-finish">
        <fieldset>
          <legend>{t.outcomeLabel(who(row, t))}</legend>
          {OUTCOMES.map((outcome, index) => (
            <label class="choice">
              <input type="radio" name="outcome" value={outcome} required={index === 0} />
              <span>{ta.outcomes[outcome]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary">
          {t.finish}
        </button>
      </form>
    )
  }
  return row.outcome ? (
    <span>{(ta.outcomes as Record<string, string>)[row.outcome] ?? ''}</span>
  ) : null
}

function ClientList(props: {
  rows: DeskRow[]
  t: DeskMessages
  ta: AgendaMessages
  action: string
  found: string | null
  ordered?: boolean
  /** The full list of today carries the anchors the search lands on. */
  anchors?: boolean
}) {
  const { t, ta } = props
  const Tag = props.ordered ? 'ol' : 'ul'
  return (
    <Tag class="desk-list">
      {props.rows.map((row) => (
        <li
          id={props.anchors ? `client-${row.reference}` : undefined}
          class={`desk-client state-${row.state}${props.found === row.reference ? ' found' : ''}`}
        >
          <p>
            <span class="desk-time">{row.time}</span> <ClientCell row={row} t={t} ta={ta} />
          </p>
          <p class="muted">
            {row.stateLabel}
            {row.arrived ? ` · ${t.arrivedAt(row.arrived)}` : ''}
            {row.state === 'waiting' ? ` · ${t.waitingFor(row.waitedMinutes)}` : ''}
          </p>
          <StepForms row={row} t={t} ta={ta} action={props.action} />
        </li>
      ))}
    </Tag>
  )
}

function Field(props: { id: string; label: string; error?: string; children: unknown }) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  )
}

/** "Today at <point>": the session, who waits, who is in conversation, today's list, register. */
export function DeskPage(props: DeskPageProps) {
  const { t, ta, walkIn } = props
  const value = (name: string) => walkIn.values[name] ?? ''
  const describedBy = (name: keyof DeskPageProps['walkIn']['errors']) =>
    walkIn.errors[name] ? `walk-in-${name}-error` : undefined
  return (
    <div id="desk" class="desk" {...{ 'hx-boost:inherited': 'true' }}>
      <h1>{t.dayTitle(props.pointName)}</h1>
      <p>
        {props.sessionLine}
        {props.placesLine ? ` ${props.placesLine}` : ''}
      </p>
      {props.notice ? (
        <p class="notice" role="status" tabindex={-1} data-focus-after-swap>
          {props.notice}
        </p>
      ) : null}
      {props.error ? (
        <p class="error-summary" role="alert" tabindex={-1} data-focus-after-swap>
          {props.error}
        </p>
      ) : null}
      <p class="no-print">
        <a class="button" href={props.action}>
          {t.refresh}
        </a>
      </p>

      <section aria-labelledby="find-heading">
        <h2 id="find-heading">{t.findTitle}</h2>
        <form method="get" action={props.action} class="inline-form" role="search">
          <SearchField
            id="desk-find"
            name="zoek"
            label={t.findLabel}
            value={props.query}
            maxlength={40}
            button={t.findButton}
            row={false}
            input={{ dir: 'ltr' }}
          />
        </form>
      </section>

      {/* The waiting list refreshes itself (with JavaScript): a counselor in the other room
          sees who arrived. Only this list, which has no field to lose while typing. */}
      <section
        id="waiting"
        aria-labelledby="waiting-heading"
        hx-get={props.action}
        hx-trigger="every 20s"
        hx-select="#waiting"
        hx-target="this"
        hx-swap="outerHTML"
      >
        <h2 id="waiting-heading">
          {t.waitingTitle} ({props.waiting.length})
        </h2>
        {props.waiting.length === 0 ? (
          <p>{t.waitingNone}</p>
        ) : (
          <ClientList
            rows={props.waiting}
            t={t}
            ta={ta}
            action={props.action}
            found={props.found}
            ordered
          />
        )}
      </section>

      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">{t.inConversationTitle}</h2>
        {props.inConversation.length === 0 ? (
          <p>{t.inConversationNone}</p>
        ) : (
          <ClientList
            rows={props.inConversation}
            t={t}
            ta={ta}
            action={props.action}
            found={props.found}
          />
        )}
      </section>

      <section aria-labelledby="register-heading">
        <h2 id="register-heading">{t.registerTitle}</h2>
        {props.running ? (
          <form
            method="post"
            action={`${props.action}/binnenloper`}
            class="booking-form"
            novalidate
          >
            <p>{t.registerIntro}</p>
            <Field id="walk-in-name" label={t.aliasLabel} error={walkIn.errors.name}>
              <input
                id="walk-in-name"
                name="name"
                value={value('name')}
                maxlength={80}
                autocomplete="off"
                aria-describedby={describedBy('name')}
              />
            </Field>
            <Field id="walk-in-language" label={t.languageLabel} error={walkIn.errors.language}>
              <select
                id="walk-in-language"
                name="language"
                required
                aria-describedby={describedBy('language')}
              >
                <option value="" selected={value('language') === ''}>
                  {t.chooseLanguage}
                </option>
                {CLIENT_LANGUAGES.map((code) => (
                  <option value={code} selected={value('language') === code}>
                    {languageLabel(code, ta)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="walk-in-topic" label={t.topicLabel} error={walkIn.errors.topic}>
              <select id="walk-in-topic" name="topic" aria-describedby={describedBy('topic')}>
                {TOPICS.map((topic) => (
                  <option value={topic} selected={(value('topic') || 'unspecified') === topic}>
                    {topicLabel(topic, ta)}
                  </option>
                ))}
              </select>
            </Field>
            <div class={`field${walkIn.errors.interpreter ? ' has-error' : ''}`}>
              <label class="choice">
                <input
                  type="checkbox"
                  name="interpreter"
                  value="yes"
                  checked={value('interpreter') === 'yes'}
                />
                <span>{t.interpreterLabel}</span>
              </label>
            </div>
            <button type="submit" class="primary">
              {t.registerButton}
            </button>
          </form>
        ) : (
          <p>{t.registerClosed}</p>
        )}
        <p>
          <a href={props.bookHref}>{t.bookLater}</a>
        </p>
      </section>

      <section aria-labelledby="today-heading">
        <h2 id="today-heading">{t.todayTitle}</h2>
        {props.today.length === 0 ? (
          <p>{t.todayNone}</p>
        ) : (
          <ClientList
            rows={props.today}
            t={t}
            ta={ta}
            action={props.action}
            found={props.found}
            anchors
          />
        )}
      </section>
    </div>
  )
}
