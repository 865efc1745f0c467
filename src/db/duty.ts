import type { Db } from './database.js'
import type { InvitationPreference } from './schema.js'

/** A weekly session row or an extra session, of one support point. */
export type DutySession = { kind: 'hours' | 'extra'; id: string; locationId: string }

/** Whether the session exists and belongs to the point. */
export async function sessionOfPoint(db: Db, session: DutySession): Promise<boolean> {
  const table = session.kind === 'hours' ? 'walk_in_hours' : 'extra_sessions'
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', session.id)
    .where('location_id', '=', session.locationId)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The point's active counselors, with their invitation choice and whether they are marked
 * on duty for the session.
 *
 * @example const rows = await dutyRoster(db, { kind: 'hours', id, locationId })
 */
export async function dutyRoster(
  db: Db,
  session: DutySession,
): Promise<
  Array<{ id: string; name: string; invitations: InvitationPreference; onDuty: boolean }>
> {
  const [counselors, marked] = await Promise.all([
    db
      .selectFrom('staff as s')
      .innerJoin('staff_locations as sl', 'sl.staff_id', 's.id')
      .select(['s.id', 's.name', 's.invitations'])
      .where('sl.location_id', '=', session.locationId)
      .where('s.role', '=', 'counselor')
      .where('s.active', '=', true)
      .orderBy('s.name')
      .execute(),
    session.kind === 'hours'
      ? db
          .selectFrom('hours_duty')
          .select('staff_id')
          .where('walk_in_hours_id', '=', session.id)
          .execute()
      : db
          .selectFrom('session_duty')
          .select('staff_id')
          .where('extra_session_id', '=', session.id)
          .execute(),
  ])
  const duty = new Set(marked.map((r) => r.staff_id))
  return counselors.map((c) => ({ ...c, onDuty: duty.has(c.id) }))
}

/** Replaces who is on duty for the session by `staffIds` (already checked to be its counselors). */
export async function replaceDuty(db: Db, session: DutySession, staffIds: string[]): Promise<void> {
  if (session.kind === 'hours') {
    await db.deleteFrom('hours_duty').where('walk_in_hours_id', '=', session.id).execute()
    if (staffIds.length > 0) {
      await db
        .insertInto('hours_duty')
        .values(staffIds.map((staff_id) => ({ walk_in_hours_id: session.id, staff_id })))
        .execute()
    }
    return
  }
  await db.deleteFrom('session_duty').where('extra_session_id', '=', session.id).execute()
  if (staffIds.length > 0) {
    await db
      .insertInto('session_duty')
      .values(staffIds.map((staff_id) => ({ extra_session_id: session.id, staff_id })))
      .execute()
  }
}

/** A weekly row split by a dated change keeps its duty list in every part (issue 19). */
export async function copyHoursDuty(db: Db, fromHoursId: string, toHoursId: string) {
  const rows = await db
    .selectFrom('hours_duty')
    .select('staff_id')
    .where('walk_in_hours_id', '=', fromHoursId)
    .execute()
  if (rows.length === 0) return
  await db
    .insertInto('hours_duty')
    .values(rows.map((r) => ({ walk_in_hours_id: toHoursId, staff_id: r.staff_id })))
    .execute()
}

/** The staff member's invitation choice. */
export async function invitationChoice(db: Db, staffId: string) {
  const row = await db
    .selectFrom('staff')
    .select('invitations')
    .where('id', '=', staffId)
    .executeTakeFirst()
  return row?.invitations
}

export async function setInvitationChoice(
  db: Db,
  staffId: string,
  invitations: InvitationPreference,
): Promise<void> {
  await db.updateTable('staff').set({ invitations }).where('id', '=', staffId).execute()
}
