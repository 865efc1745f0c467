import { sql, type Kysely } from 'kysely'

/**
 * Staff accounts: sessions, single-use invite and reset links, an audit log of staff
 * access to bookings, and what a counselor records after a session.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
  -- Only the SHA-256 of a session id is stored: a database leak hands out no sessions.
  create table sessions (
    id_hash text primary key,
    staff_id uuid not null references staff (id) on delete cascade,
    created_at timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at timestamptz not null
  );
  create index sessions_staff_idx on sessions (staff_id);

  create table staff_tokens (
    token_hash text primary key,
    staff_id uuid not null references staff (id) on delete cascade,
    purpose text not null check (purpose in ('invite', 'reset')),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
  );
  create index staff_tokens_staff_idx on staff_tokens (staff_id);

  alter table staff add column locale text not null default 'nl';

  alter table bookings add column attendance text
    check (attendance in ('attended', 'no_show'));
  alter table bookings add column outcome text
    check (outcome in ('orienting', 'return', 'referred', 'other'));
  alter table bookings add column cancel_reason text;

  create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    staff_id uuid references staff (id) on delete set null,
    action text not null,
    booking_id uuid references bookings (id) on delete set null,
    location_id uuid references locations (id) on delete set null,
    detail text
  );
  create index audit_log_at_idx on audit_log (at);
`

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table audit_log, staff_tokens, sessions`.execute(db)
  await sql`alter table staff drop column locale`.execute(db)
  await sql`alter table bookings drop column attendance, drop column outcome, drop column cancel_reason`.execute(
    db,
  )
}
