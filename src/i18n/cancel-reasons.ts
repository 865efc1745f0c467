import { isCancelReason } from '../domain/cancel-reasons.js'
import { adminMessages } from './staff/admin.js'
import { locationsMessages } from './staff/locations.js'
import type { Messages } from './nl.js'

/** What a cancelled booking keeps of why: the picked reason's code and the typed text. */
export type CancelReasonFields = {
  cancel_reason: string | null
  cancel_reason_code?: string | null
}

/** Why staff cancelled, as the client reads it. */
export type ClientCancelReason = {
  /** In the client's own language: the reason staff picked, or the form's own text. */
  chosen: string | null
  /** What staff typed beside it, as written (Dutch or English): the caller marks it. */
  typed: string | null
}

/**
 * The reason a client reads for a cancellation by staff. The reason staff picked from the
 * short list (src/domain/cancel-reasons.ts) and the texts the schedule and closing forms offer
 * reach the client in their own language instead of Dutch inside an Arabic email or page.
 * Anything a staff member typed themselves is passed on as written, for the caller to mark
 * (`lang="nl"`, `<bdi>`).
 *
 * @example clientCancelReason(catalogs.ar, { cancel_reason: '', cancel_reason_code: 'pointClosed' }) // { chosen: 'المركز …', typed: null }
 */
export function clientCancelReason(
  t: Messages,
  booking: CancelReasonFields,
): ClientCancelReason | null {
  const code = booking.cancel_reason_code
  const typed = booking.cancel_reason?.trim() || null
  const picked = isCancelReason(code) ? t.cancelReasons[code] : null
  if (picked) return { chosen: picked, typed }
  if (!typed) return null
  for (const staff of [locationsMessages.nl, locationsMessages.en]) {
    if (typed === staff.messageDefault) return { chosen: t.reasonScheduleChanged, typed: null }
  }
  for (const staff of [adminMessages.nl, adminMessages.en]) {
    if (typed === staff.messageDefault) return { chosen: t.reasonPointClosing, typed: null }
  }
  return { chosen: null, typed }
}
