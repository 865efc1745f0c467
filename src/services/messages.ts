import type { Db } from '../db/database.js'
import {
  failedMessages,
  requeueFailed,
  undeliveredTexts,
  type FailedMessageRow,
  type MessageScope,
  type UndeliveredTextRow,
} from '../db/messages.js'
import { inTransaction } from '../db/transaction.js'
import { audit } from './audit.js'
import type { StaffPrincipal } from './auth.js'

type Viewer = Pick<StaffPrincipal, 'id' | 'role' | 'locationIds'>

function scopeOf(staff: Viewer): MessageScope {
  return staff.role === 'admin' ? null : staff.locationIds
}

/**
 * What did not reach the people it was for, in this staff member's points (all, for the
 * admin): messages the worker gave up on, and texts the operator reports undelivered.
 */
export async function messagesNotArrived(
  db: Db,
  staff: Viewer,
  now: Date,
): Promise<{ failed: FailedMessageRow[]; undelivered: UndeliveredTextRow[] }> {
  const scope = scopeOf(staff)
  const [failed, undelivered] = await Promise.all([
    failedMessages(db, scope),
    undeliveredTexts(db, scope, now),
  ])
  return { failed, undelivered }
}

/**
 * "Send again": a failed message of this staff member's points back in the queue, audited
 * in the same transaction. False when there is no such failed message in their scope.
 */
export async function sendAgain(
  db: Db,
  staff: Viewer,
  messageId: string,
  now: Date,
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const requeued = await requeueFailed(trx, messageId, scopeOf(staff), now)
    if (!requeued) return false
    await audit(
      trx,
      {
        staffId: staff.id,
        action: 'message.resend',
        bookingId: requeued.booking_id,
        locationId: requeued.location_id,
      },
      now,
    )
    return true
  })
}
