import { isOneOf } from './one-of.js'

/**
 * The reasons a coordinator picks from when a point closes (issue 17). Clients read the
 * chosen one in their own language (the catalogs' `closureReasons`); anything typed beside
 * it stays the coordinator's Dutch. Public holidays need no code: their date and Dutch
 * name already say which one it is (holidays.ts).
 */
export const CLOSURE_REASONS = [
  'teamDay',
  'training',
  'noCounselors',
  'buildingClosed',
  'holidayPeriod',
] as const

export type ClosureReasonCode = (typeof CLOSURE_REASONS)[number]

/** @example isClosureReason('teamDay') // true */
export function isClosureReason(value: unknown): value is ClosureReasonCode {
  return isOneOf(CLOSURE_REASONS, value)
}
