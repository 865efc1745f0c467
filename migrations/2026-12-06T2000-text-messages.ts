import { sql, type Kysely } from 'kysely'

/**
 * Text messages (issue 16, docs/decisions/0019-text-messages.md): `bookings.sms` says the
 * client asked for texts about the appointment, sent to `bookings.phone` (then E.164).
 * Texts go through the outbox like email; their rows carry `message.channel = 'sms'`.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table bookings add column sms boolean not null default false`.execute(db)
}
