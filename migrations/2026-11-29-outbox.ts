import { sql, type Kysely } from 'kysely'

/**
 * The transactional outbox: every message a change must send is written in the change's
 * own transaction, then delivered by the worker (docs/decisions/0006-outbox.md).
 * `dev_mail` keeps what would have been sent when no SMTP server is configured.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
  -- The language the client read the site in: their emails are written in it.
  alter table bookings add column locale text not null default 'nl';

  -- A counselor's private calendar subscription: only the hash of its secret is kept.
  alter table staff add column calendar_token_hash text unique;

  create table outbox (
    id uuid primary key default gen_random_uuid(),
    kind text not null,
    booking_id uuid references bookings (id) on delete set null,
    location_id uuid references locations (id) on delete set null,
    recipient text not null,
    message_id text not null unique,
    message jsonb not null,
    status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    locked_until timestamptz,
    last_error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  );
  create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';
  create index outbox_booking_idx on outbox (booking_id);
  create index outbox_failed_idx on outbox (location_id) where status = 'failed';

  create table dev_mail (
    id uuid primary key default gen_random_uuid(),
    message_id text not null,
    recipient text not null,
    subject text not null,
    raw text not null,
    created_at timestamptz not null default now()
  );
`

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table dev_mail, outbox`.execute(db)
  await sql`alter table bookings drop column locale`.execute(db)
  await sql`alter table staff drop column calendar_token_hash`.execute(db)
}
