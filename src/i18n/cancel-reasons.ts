import { adminMessages } from './staff/admin.js'
import { locationsMessages } from './staff/locations.js'
import type { Messages } from './nl.js'

/**
 * The reason a client reads for a cancellation by staff. Staff write in Dutch or English; when
 * they left the text the form offers (a schedule change, a point closing), the client reads
 * that text in their own language instead of Dutch inside an Arabic email or page. Anything
 * a staff member typed themselves is passed on as written, marked with its language unknown
 * (the caller isolates it, `dir="auto"`/`<bdi>`).
 *
 * @example clientCancelReason(catalogs.ar, booking.cancel_reason) // { text: 'تغيّرت …', ownLanguage: true }
 */
export function clientCancelReason(
  t: Messages,
  reason: string | null,
): { text: string; ownLanguage: boolean } | null {
  if (!reason) return null
  const typed = reason.trim()
  for (const staff of [locationsMessages.nl, locationsMessages.en]) {
    if (typed === staff.messageDefault) return { text: t.reasonScheduleChanged, ownLanguage: true }
  }
  for (const staff of [adminMessages.nl, adminMessages.en]) {
    if (typed === staff.messageDefault) return { text: t.reasonPointClosing, ownLanguage: true }
  }
  return { text: typed, ownLanguage: false }
}
