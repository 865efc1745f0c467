import type { Child } from 'hono/jsx'
import type { NoticeChannel } from '../../src/domain/notice-channels.js'
import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import { LANGUAGE_ENDONYMS, languageDirection } from '../../src/i18n/languages.js'
import { FormField, type FieldSpec } from '../partials/form-fields.js'
import type { FormValues } from './locations-fields.js'
import { ScrollingTable } from '../partials/data-table.js'
import { spacedReference } from '../partials/reference-box.js'

/** A booking as the coordinator screens list it: no name, only what tells bookings apart. */
export interface BookingLine {
  when: string
  reference: string
  language: string
  /** How the client hears of a cancellation; empty: nobody can tell them. */
  toldBy: NoticeChannel[]
  /** Shown only when nobody can tell them: the number to call, as staff read it. */
  phoneToCall: string | null
}

function ToldBy(props: { t: LocationsMessages; line: BookingLine }) {
  const { t, line } = props
  if (line.toldBy.length > 0) return <>{line.toldBy.map((c) => t.toldChannels[c]).join(', ')}</>
  if (!line.phoneToCall) return <strong>{t.toldNobodyNoPhone}</strong>
  return (
    <strong>
      {t.toldNobody}{' '}
      <a href={`tel:${line.phoneToCall.replace(/\s/g, '')}`} dir="ltr">
        {line.phoneToCall}
      </a>
    </strong>
  )
}

function languageLabel(code: string, t: LocationsMessages): string {
  return (LANGUAGE_ENDONYMS as Record<string, string | undefined>)[code] ?? t.languageOther
}

/** `told`: with a column saying who will tell each client (the lists about to be cancelled). */
export function BookingLines(props: {
  t: LocationsMessages
  lines: BookingLine[]
  told?: boolean
}) {
  const { t } = props
  return (
    // No link in its rows: the scrolling box itself takes focus, so keys can scroll it.
    <ScrollingTable
      columns={[t.when, t.reference, t.language, props.told ? t.toldBy : null]}
      label={t.reference}
    >
      {props.lines.map((line) => (
        <tr>
          <td>{line.when}</td>
          <td dir="ltr">{spacedReference(line.reference)}</td>
          <td lang={line.language} dir={languageDirection(line.language)}>
            {languageLabel(line.language, t)}
          </td>
          {props.told ? (
            <td>
              <ToldBy t={t} line={line} />
            </td>
          ) : null}
        </tr>
      ))}
    </ScrollingTable>
  )
}

/**
 * "This change takes places away": the affected bookings and the three ways on. All
 * buttons send the same form again with `conflict` and the ids the coordinator saw, so
 * the choice only counts for exactly this list.
 */
/**
 * The head of a page that stops a change because bookings stand in its way: the title takes
 * the focus, a warning when the bookings changed since, and the bookings (no names). `words`
 * are the page's own (the coordinator's or the admin's), `t` the lines'.
 */
export function ConflictHead(props: {
  words: Pick<LocationsMessages, 'conflictTitle' | 'conflictStale' | 'conflictIntro'>
  t: LocationsMessages
  lines: BookingLine[]
  stale: boolean
}) {
  const { words } = props
  return (
    <>
      <h1 tabindex={-1} data-focus-after-swap>
        {words.conflictTitle}
      </h1>
      {props.stale ? (
        <p class="notice warning" role="alert">
          {words.conflictStale}
        </p>
      ) : null}
      <p>{words.conflictIntro(props.lines.length)}</p>
      <BookingLines t={props.t} lines={props.lines} told />
    </>
  )
}

/** The words to the clients whose bookings a change cancels (the routes keep 300 characters). */
export function messageField(t: LocationsMessages): FieldSpec {
  return { kind: 'textarea', name: 'message', label: t.messageLabel, maxlength: 300 }
}

/** One way on from a conflict: what it does, what it asks, and the button that chooses it. */
function ConflictChoice(props: {
  choice: 'keep' | 'move' | 'cancel'
  title: string
  text: string
  button: string
  children?: Child
}) {
  const headingId = `${props.choice}-heading`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <p>{props.text}</p>
      {props.children}
      <p class="actions">
        <button
          type="submit"
          name="conflict"
          value={props.choice}
          class={props.choice === 'cancel' ? 'danger' : undefined}
        >
          {props.button}
        </button>
      </p>
    </section>
  )
}

export function ConflictPage(props: {
  t: LocationsMessages
  action: string
  backHref: string
  /** The change's own form values, sent again unchanged. */
  values: FormValues
  affectedIds: string[]
  lines: BookingLine[]
  stale: boolean
  reason: string
}) {
  const { t } = props
  return (
    <>
      <ConflictHead words={t} t={t} lines={props.lines} stale={props.stale} />
      <p class="hint">{t.conflictOrder}</p>
      <form method="post" action={props.action} class="booking-form" novalidate>
        {Object.entries(props.values).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="affected" value={props.affectedIds.join(',')} />
        <ConflictChoice choice="keep" title={t.keepTitle} text={t.keepText} button={t.keepButton} />
        <ConflictChoice choice="move" title={t.moveTitle} text={t.moveText} button={t.moveButton} />
        <ConflictChoice
          choice="cancel"
          title={t.cancelTitle}
          text={t.cancelText}
          button={t.cancelButton}
        >
          <FormField
            prefix="conflict"
            form={{ values: { message: props.reason }, errors: {} }}
            field={messageField(t)}
          />
        </ConflictChoice>
      </form>
      <p>
        <a href={props.backHref}>{t.backWithoutChange}</a>
      </p>
    </>
  )
}
