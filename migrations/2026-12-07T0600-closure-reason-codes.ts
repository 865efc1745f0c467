import { sql, type Kysely } from 'kysely'

/**
 * A closure may carry one of the reasons coordinators pick from (issue 17,
 * src/domain/closure-reasons.ts), which clients read in their own language; `reason` stays
 * the coordinator's own Dutch, now empty when the chosen reason says it all. Closures from
 * before have no code and read as typed. No check constraint: the list lives in one place,
 * the domain, and a code it no longer knows reads as no code.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table closures add column reason_code text`.execute(db)
}
