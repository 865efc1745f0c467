import type { Child } from 'hono/jsx'
import { holidayOf } from '../../src/domain/holidays.js'
import type { Closure } from '../../src/domain/slots.js'
import type { ViewContext } from '../context.js'

/**
 * Text that staff typed (an address, a region's name, a closure's reason, a note) inside a
 * page in any language: marked Dutch for screen readers and translators, and isolated so an
 * Arabic or Farsi line keeps "3521 BH Utrecht" in its order and the sentence around it in its
 * own. On a Dutch page the mark would only repeat the page's language.
 *
 * @example <Dutch ctx={ctx}>{point.address}</Dutch> // <bdi lang="nl">Oudegracht 1</bdi>
 */
export function Dutch(props: { ctx: ViewContext; children: Child }) {
  return <bdi lang={props.ctx.locale === 'nl' ? undefined : 'nl'}>{props.children}</bdi>
}

/**
 * A point's directions as `directionsFor` found them: in the reader's language, or the Dutch
 * marked as Dutch and said to be so, since a client cannot tell a translation is missing.
 * `block` for a page section, else a line inside an address.
 *
 * @example <Directions ctx={ctx} found={{ text: 'Achterom', dutch: true }} block />
 */
export function Directions(props: {
  ctx: ViewContext
  found: { text: string; dutch: boolean }
  block?: boolean
}) {
  const { ctx, found } = props
  const dutch = found.dutch && ctx.locale !== 'nl'
  const lang = dutch ? 'nl' : undefined
  if (props.block)
    return (
      <>
        <p lang={lang} dir="auto">
          {found.text}
        </p>
        {dutch ? <p class="muted">{ctx.t.inDutch}</p> : null}
      </>
    )
  return (
    <>
      <span class="muted" lang={lang} dir="auto">
        {found.text}
      </span>
      {dutch ? (
        <>
          <br />
          <span class="muted">({ctx.t.inDutch})</span>
        </>
      ) : null}
    </>
  )
}

/**
 * Why a point is closed: a public holiday by its name in the reader's language, a reason
 * chosen from the list in the reader's language with what the coordinator typed beside it
 * in Dutch, or only the typed Dutch.
 *
 * @example <ClosureReason ctx={ctx} closure={{ startDate: '2026-12-25', endDate: '2026-12-25', reason: 'Eerste Kerstdag' }} /> // 'Christmas Day'
 * @example <ClosureReason ctx={ctx} closure={{ ..., reason: 'met de regio', reasonCode: 'teamDay' }} /> // 'Team day (<bdi lang="nl">met de regio</bdi>)'
 */
export function ClosureReason(props: { ctx: ViewContext; closure: Closure }) {
  const { ctx, closure } = props
  const holiday = holidayOf(closure)
  if (holiday) return <>{ctx.t.holidays[holiday]}</>
  const typed = closure.reason.trim()
  if (!closure.reasonCode) return <Dutch ctx={ctx}>{typed}</Dutch>
  return (
    <>
      {ctx.t.closureReasons[closure.reasonCode]}
      {typed ? (
        <>
          {' ('}
          <Dutch ctx={ctx}>{typed}</Dutch>)
        </>
      ) : null}
    </>
  )
}
