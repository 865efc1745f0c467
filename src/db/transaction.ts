import type { Transaction } from 'kysely'
import type { Db } from './database.js'
import type { Database } from './schema.js'

const RETRYABLE = new Set(['40001', '40P01']) // serialization failure, deadlock detected

/**
 * Runs `work` in one transaction, retrying it a few times when PostgreSQL aborted it to
 * break a deadlock (two moves that swap slots lock the same rows in opposite order).
 *
 * @example const booking = await inTransaction(db, (trx) => insertBooking(trx, values))
 */
export async function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (attempt >= attempts || typeof code !== 'string' || !RETRYABLE.has(code)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
    }
  }
}

/** True for a unique-constraint violation on the named constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown }
  return e.code === '23505' && e.constraint === constraint
}
