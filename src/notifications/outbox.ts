import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { OutboxRow } from '../db/schema.js'
import { nextAttemptAt } from '../domain/backoff.js'
import type { OutboxEntry } from './compose.js'
import { storedMessage, type ComposedRow } from './recipes.js'

/**
 * Writes messages to send. Call it with the transaction that makes the change, so the
 * change and what must be said about it commit (or roll back) together. A message with
 * the same Message-ID is written once.
 *
 * @example await enqueue(trx, counselorInvitations(ctx, { type: 'created' }, counselors), now)
 */
export async function enqueue(db: Db, entries: OutboxEntry[], now: Date): Promise<void> {
  if (entries.length === 0) return
  await db
    .insertInto('outbox')
    .values(
      entries.map((entry) => ({
        kind: entry.kind,
        booking_id: entry.bookingId,
        location_id: entry.locationId,
        recipient: entry.recipient,
        message_id: entry.messageId,
        message: JSON.stringify(storedMessage(entry)),
        next_attempt_at: entry.notBefore ?? now,
        created_at: now,
        locked_until: null,
        last_error: null,
        sent_at: null,
      })),
    )
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute()
}

/**
 * A pending reminder is withdrawn when its booking moves or is cancelled (a moved
 * booking gets a new one).
 */
export async function withdrawReminders(db: Db, bookingId: string): Promise<void> {
  await db
    .deleteFrom('outbox')
    .where('booking_id', '=', bookingId)
    .where('kind', 'in', ['client-reminder', 'client-sms-reminder'])
    .where('status', '=', 'pending')
    .execute()
}

/**
 * Claims up to `limit` due messages for this worker. `FOR UPDATE SKIP LOCKED` lets any
 * number of workers claim side by side without taking the same message; the lease
 * (`locked_until`) returns a message to the queue when its worker dies mid-send.
 */
export async function claimDue(
  db: Db,
  options: { now: Date; limit: number; leaseMs: number },
): Promise<OutboxRow[]> {
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs)
  return db
    .updateTable('outbox')
    .set({ locked_until: leaseUntil, attempts: sql`attempts + 1` })
    .where('id', 'in', (qb) =>
      qb
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', options.now)
        .where((eb) =>
          eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', options.now)]),
        )
        .orderBy('next_attempt_at')
        .limit(options.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute()
}

/**
 * Marks messages delivered, each at its own time, in one statement (ADR 44). Their bodies
 * (which may hold a manage link and the client's details) are dropped: what stays is who
 * was told what kind of thing, and when.
 *
 * @example await markSent(db, [{ row, sentAt }])
 */
export async function markSent(
  db: Db,
  delivered: ReadonlyArray<{ row: ComposedRow; sentAt: Date }>,
): Promise<void> {
  if (delivered.length === 0) return
  const values = delivered.map(
    ({ row, sentAt }) =>
      sql`(${row.id}::uuid, ${sentAt}::timestamptz, ${JSON.stringify({ subject: row.message.subject, redacted: true })}::jsonb)`,
  )
  await sql`
    update outbox set status = 'sent', sent_at = d.sent_at, locked_until = null,
      last_error = null, message = d.message
    from (values ${sql.join(values)}) as d (id, sent_at, message)
    where outbox.id = d.id`.execute(db)
}

/**
 * Schedules the next try with backoff, or gives up after about a day. A message composed
 * from its recipe (ADR 56) is kept composed: staff see its subject, the next try sends it.
 */
export async function markFailed(
  db: Db,
  row: OutboxRow | ComposedRow,
  error: string,
  now: Date,
  random: number,
): Promise<'retry' | 'failed'> {
  const next = nextAttemptAt({ createdAt: row.created_at, attempts: row.attempts, now, random })
  await db
    .updateTable('outbox')
    .set({
      status: next ? 'pending' : 'failed',
      next_attempt_at: next ?? now,
      locked_until: null,
      last_error: error.slice(0, 1000),
      message: JSON.stringify(row.message),
    })
    .where('id', '=', row.id)
    .execute()
  return next ? 'retry' : 'failed'
}

/**
 * Takes a message out of the queue unsent: a reminder whose appointment has begun. Like a
 * withdrawn reminder it leaves no row (nothing was said).
 */
export async function withdraw(db: Db, row: OutboxRow): Promise<void> {
  await db.deleteFrom('outbox').where('id', '=', row.id).where('status', '=', 'pending').execute()
}
