import { sql } from 'kysely'
import type { Db } from './database.js'

/**
 * The outbox as staff see it (issue 16): messages the worker gave up on, texts the
 * operator could not deliver, and the parts of texts with their delivery receipts.
 */

/** Where a coordinator may look: their points; the admin everywhere (null). */
export type MessageScope = string[] | null

export interface FailedMessageRow {
  id: string
  kind: string
  channel: 'email' | 'sms'
  recipient: string
  subject: string
  last_error: string | null
  attempts: number
  created_at: Date
}

/** Messages the worker gave up on, newest first. */
export async function failedMessages(db: Db, scope: MessageScope): Promise<FailedMessageRow[]> {
  if (scope && scope.length === 0) return []
  let query = db
    .selectFrom('outbox')
    .select(['id', 'kind', 'recipient', 'message', 'last_error', 'attempts', 'created_at'])
    .where('status', '=', 'failed')
    .orderBy('created_at', 'desc')
    .limit(200)
  if (scope) query = query.where('location_id', 'in', scope)
  const rows = await query.execute()
  return rows.map(({ message, ...row }) => ({
    ...row,
    // A message whose recipe could not be composed (ADR 56) shows its kind.
    ...('recipe' in message
      ? { channel: message.recipe.of === 'client-text' ? 'sms' : 'email', subject: row.kind }
      : { channel: message.channel === 'sms' ? 'sms' : 'email', subject: message.subject }),
  }))
}

/** The states in which an SMSC says a text will never reach the phone. */
export const UNDELIVERED_STATES = ['UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'] as const

export interface UndeliveredTextRow {
  id: string
  kind: string
  recipient: string
  reference: string | null
  state: string
  reported_at: Date
}

/**
 * Texts that left, but that the operator reports as not delivered, of bookings still to
 * come. Their body was erased on sending, so they cannot be sent again: staff call.
 */
export async function undeliveredTexts(
  db: Db,
  scope: MessageScope,
  now: Date,
): Promise<UndeliveredTextRow[]> {
  if (scope && scope.length === 0) return []
  let query = db
    .selectFrom('text_parts')
    .innerJoin('outbox', 'outbox.id', 'text_parts.outbox_id')
    .leftJoin('bookings', 'bookings.id', 'outbox.booking_id')
    .select([
      'outbox.id',
      'outbox.kind',
      'outbox.recipient',
      'bookings.reference',
      'text_parts.state',
      'text_parts.reported_at',
    ])
    .distinctOn('outbox.id')
    .where('text_parts.state', 'in', [...UNDELIVERED_STATES])
    .where((eb) => eb.or([eb('bookings.ends_at', 'is', null), eb('bookings.ends_at', '>', now)]))
    .orderBy('outbox.id')
    .orderBy('text_parts.reported_at', 'desc')
    .limit(200)
  if (scope) query = query.where('outbox.location_id', 'in', scope)
  const rows = await query.execute()
  return rows
    .map((row) => ({ ...row, state: row.state!, reported_at: row.reported_at! }))
    .sort((a, b) => b.reported_at.getTime() - a.reported_at.getTime())
}

/**
 * A failed message back in the queue with a fresh day of retries, starting now; the
 * booking and point it belongs to, or undefined when there is no such failed message in
 * scope.
 */
export async function requeueFailed(
  db: Db,
  id: string,
  scope: MessageScope,
  now: Date,
): Promise<{ booking_id: string | null; location_id: string | null } | undefined> {
  if (scope && scope.length === 0) return undefined
  let query = db
    .updateTable('outbox')
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
      locked_until: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'failed')
  if (scope) query = query.where('location_id', 'in', scope)
  return query.returning(['booking_id', 'location_id']).executeTakeFirst()
}

/** The SMSC's ids for the parts of a text just sent; joins a receipt that came first. */
export async function recordTextParts(db: Db, outboxId: string, smscIds: string[]): Promise<void> {
  if (smscIds.length === 0) return
  await db
    .insertInto('text_parts')
    .values(smscIds.map((smsc_id) => ({ smsc_id, outbox_id: outboxId })))
    .onConflict((oc) => oc.column('smsc_id').doUpdateSet({ outbox_id: outboxId }))
    .execute()
}

/** A delivery receipt: the last state the SMSC reported for one part. */
export async function recordReceipt(
  db: Db,
  receipt: { smscId: string; state: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('text_parts')
    .values({ smsc_id: receipt.smscId, state: receipt.state, reported_at: now })
    .onConflict((oc) =>
      oc.column('smsc_id').doUpdateSet({ state: receipt.state, reported_at: now }),
    )
    .execute()
}

/** Receipts that never found their part (an id from another system): gone after a day. */
export async function deleteOrphanReceipts(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('text_parts')
    .where('outbox_id', 'is', null)
    .where('created_at', '<', sql<Date>`${now}::timestamptz - interval '1 day'`)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
