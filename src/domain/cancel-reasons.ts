import { isOneOf } from './one-of.js'

/**
 * The reasons staff pick from when they cancel an appointment (issue 17). The client reads
 * the chosen one in their own language (the catalogs' `cancelReasons`), in the email, the
 * text message and on their own page; what staff type beside it is an addition, passed on as
 * written and marked as Dutch. A schedule change and a closing point have their own texts
 * (`reasonScheduleChanged`, `reasonPointClosing`) and need no code here.
 */
export const CANCEL_REASONS = [
  'counselorUnavailable',
  'pointClosed',
  'noInterpreter',
  'clientAsked',
  'bookedTwice',
] as const

export type CancelReasonCode = (typeof CANCEL_REASONS)[number]

/** @example isCancelReason('pointClosed') // true */
export function isCancelReason(value: unknown): value is CancelReasonCode {
  return isOneOf(CANCEL_REASONS, value)
}
