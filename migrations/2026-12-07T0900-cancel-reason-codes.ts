import { sql, type Kysely } from 'kysely'

/**
 * A cancellation by staff may carry one of the reasons they pick from (issue 17,
 * src/domain/cancel-reasons.ts), which clients read in their own language; `cancel_reason`
 * stays what staff typed, now an addition that may be empty. Bookings cancelled before have
 * no code and read as typed. No check constraint: the list lives in one place, the domain,
 * and a code it no longer knows reads as no code.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table bookings add column cancel_reason_code text`.execute(db)
}
