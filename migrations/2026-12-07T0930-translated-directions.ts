import { sql, type Kysely } from 'kysely'

/**
 * Directions in other languages than Dutch (issue 17), optional and written by the
 * coordinator: `{ "ar": "…", "en": "…" }`. Clients read the one in their language, else the
 * Dutch `directions`, marked as Dutch. An object, not a table: it is read and written whole
 * with the point, and a language the interface drops is simply not read.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table locations add column directions_translated jsonb not null default '{}'::jsonb`.execute(
    db,
  )
}
