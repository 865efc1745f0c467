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
 * Why a point is closed: a public holiday by its name in the reader's language, anything
 * else as the coordinator typed it, in Dutch.
 *
 * @example <ClosureReason ctx={ctx} closure={{ startDate: '2026-12-25', endDate: '2026-12-25', reason: 'Eerste Kerstdag' }} /> // 'Christmas Day'
 */
export function ClosureReason(props: { ctx: ViewContext; closure: Closure }) {
  const holiday = holidayOf(props.closure)
  if (holiday) return <>{props.ctx.t.holidays[holiday]}</>
  return <Dutch ctx={props.ctx}>{props.closure.reason}</Dutch>
}
