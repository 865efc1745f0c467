import type { Db } from '../db/database.js'
import { deleteOrphanReceipts } from '../db/messages.js'

/** A cancelled booking keeps its personal data only this long: nobody needs it after. */
export const CANCELLED_RETENTION_MS = 24 * 3600 * 1000

const PERSONAL_FIELDS = {
  name: null,
  email: null,
  phone: null,
  note: null,
  manage_token_hash: null,
} as const

/**
 * Erases the personal fields (name, email, phone, note, manage token) of bookings whose
 * appointment ended more than `retentionDays` ago, and of cancelled bookings a day after
 * cancellation. What reports need stays: location, time, language, topic, status.
 * Client messages about erased bookings go too (their recipient is the client's address).
 * Idempotent; safe in several workers at once.
 *
 * @example const { bookings } = await erasePersonalData(db, { now, retentionDays: 30 })
 */
export async function erasePersonalData(
  db: Db,
  options: { now: Date; retentionDays: number },
): Promise<{ bookings: number; messages: number }> {
  const endedBefore = new Date(options.now.getTime() - options.retentionDays * 86_400_000)
  const cancelledBefore = new Date(options.now.getTime() - CANCELLED_RETENTION_MS)
  return db.transaction().execute(async (trx) => {
    const erased = await trx
      .updateTable('bookings')
      .set({ ...PERSONAL_FIELDS, erased_at: options.now })
      .where('erased_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('ends_at', '<', endedBefore),
          eb.and([eb('status', '=', 'cancelled'), eb('cancelled_at', '<', cancelledBefore)]),
        ]),
      )
      .returning('id')
      .execute()
    const messages = await deleteClientMessages(
      trx,
      erased.map((row) => row.id),
    )
    await trx.deleteFrom('rate_limits').where('window_start', '<', cancelledBefore).execute()
    await trx.deleteFrom('dev_mail').where('created_at', '<', endedBefore).execute()
    await deleteOrphanReceipts(trx, options.now)
    return { bookings: erased.length, messages }
  })
}

/**
 * The client asks to be forgotten now (a button behind their manage link). The booking
 * must already be cancelled or over; the caller cancels a future one first.
 */
export async function eraseBookingNow(db: Db, bookingId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('bookings')
      .set({ ...PERSONAL_FIELDS, erased_at: now })
      .where('id', '=', bookingId)
      .execute()
    await deleteClientMessages(trx, [bookingId])
  })
}

async function deleteClientMessages(db: Db, bookingIds: string[]): Promise<number> {
  if (bookingIds.length === 0) return 0
  const result = await db
    .deleteFrom('outbox')
    .where('booking_id', 'in', bookingIds)
    .where('kind', 'like', 'client-%')
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** The retention job as the worker runs it: every hour, so nothing outlives its day. */
export function retentionJob(db: Db, clock: () => Date, retentionDays: number) {
  return {
    everyMs: 3600_000,
    run: () => erasePersonalData(db, { now: clock(), retentionDays }),
  }
}
