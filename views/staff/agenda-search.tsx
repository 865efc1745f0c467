import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { SearchForm } from './agenda.js'

/** Search by reference; shown again with a message when nothing in scope matched. */
export function AgendaSearchPage(props: {
  t: AgendaMessages
  value: string
  problem: string | null
}) {
  const { t } = props
  return (
    <>
      <p>
        <a href="/staff/agenda">{t.back}</a>
      </p>
      <h1>{t.searchTitle}</h1>
      {props.problem ? (
        <p class="notice warning" role="status">
          {props.problem}
        </p>
      ) : null}
      <SearchForm t={t} value={props.value} />
    </>
  )
}

/** An export that cannot be made: why, and the way back. */
export function ExportProblemPage(props: { t: AgendaMessages; problem: string; back: string }) {
  const { t } = props
  return (
    <>
      <h1>{t.exportProblemTitle}</h1>
      <p class="notice warning" role="alert">
        {props.problem}
      </p>
      <p>
        <a href={props.back}>{t.back}</a>
      </p>
    </>
  )
}
