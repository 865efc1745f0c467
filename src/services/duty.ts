import {
  dutyRoster,
  invitationChoice,
  replaceDuty,
  sessionOfPoint,
  setInvitationChoice,
  type DutySession,
} from '../db/duty.js'
import type { Db } from '../db/database.js'
import { inTransaction } from '../db/transaction.js'
import type { InvitationPreference } from '../domain/invitations.js'
import { audit } from './audit.js'

export type { DutySession }

/**
 * Who is on duty for one session of a point, as the coordinator's page lists it; undefined
 * when the session is not the point's (read as 404).
 *
 * @example const roster = await sessionDuty(db, { kind: 'extra', id, locationId })
 */
export async function sessionDuty(db: Db, session: DutySession) {
  if (!(await sessionOfPoint(db, session))) return undefined
  return dutyRoster(db, session)
}

/**
 * Marks who is on duty for the session: the ids that are counselors of the point, the
 * rest ignored; audited in the same transaction. False for a session not the point's.
 *
 * @example await markDuty(db, { session, staffIds, staffId: coordinator.id, now })
 */
export async function markDuty(
  db: Db,
  request: { session: DutySession; staffIds: string[]; staffId: string; now: Date },
): Promise<boolean> {
  const { session } = request
  return inTransaction(db, async (trx) => {
    if (!(await sessionOfPoint(trx, session))) return false
    const counselors = new Set((await dutyRoster(trx, session)).map((c) => c.id))
    const onDuty = [...new Set(request.staffIds)].filter((id) => counselors.has(id))
    await replaceDuty(trx, session, onDuty)
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: session.kind === 'hours' ? 'hours.change' : 'session.change',
        locationId: session.locationId,
        detail: `duty ${session.kind} ${session.id} x${onDuty.length}`,
      },
      request.now,
    )
    return true
  })
}

/** A counselor's invitation choice ('all' for an account that never chose). */
export async function myInvitations(db: Db, staffId: string): Promise<InvitationPreference> {
  return (await invitationChoice(db, staffId)) ?? 'all'
}

export async function chooseInvitations(
  db: Db,
  staffId: string,
  choice: InvitationPreference,
): Promise<void> {
  await setInvitationChoice(db, staffId, choice)
}
