import { sql, type Kysely } from 'kysely'

/**
 * Delivery receipts for texts (issue 16, ADR 19). The SMSC gives each part of a text its
 * own id when it takes it, and later reports, part by part, whether the phone got it
 * (DELIVRD, UNDELIV, EXPIRED, REJECTD…). `text_parts` keeps that id and the last state it
 * reported, beside the outbox row it belongs to; nothing personal (no number, no text).
 * A receipt may arrive before its part is written: it is kept with no outbox row and
 * joined when the part comes.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table text_parts (
      smsc_id text primary key,
      outbox_id uuid references outbox (id) on delete cascade,
      state text,
      reported_at timestamptz,
      created_at timestamptz not null default now()
    )
  `.execute(db)
  await sql`create index text_parts_outbox on text_parts (outbox_id)`.execute(db)
}
