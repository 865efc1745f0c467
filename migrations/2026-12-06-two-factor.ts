import { sql, type Kysely } from 'kysely'

/**
 * Two-factor sign-in for staff (TOTP, RFC 6238) with one-time recovery codes
 * (docs/decisions/0022-two-factor-sign-in.md).
 *
 * - `staff.totp_secret` is set once a code from the app has been checked;
 *   `totp_pending_secret` holds the secret being set up until then. `totp_last_step` is the
 *   last time step a code was accepted for, so a code works once.
 * - `sessions.second_factor`: the session was opened with the second factor (or set it up).
 * - `login_challenges`: the password was right and the code is still to come. Only the hash
 *   of its token is stored; it lives five minutes and five wrong codes.
 * - `recovery_codes`: SHA-256 of each code; `used_at` once spent.
 * - `staff.deactivated_by`: who deactivated the account, so a coordinator cannot undo what
 *   the admin did (audit finding 5).
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n(?=\S)/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
alter table staff add column totp_secret text;
alter table staff add column totp_pending_secret text;
alter table staff add column totp_last_step integer;
alter table sessions add column second_factor boolean not null default false;
alter table staff add column deactivated_by uuid references staff (id) on delete set null;
create table login_challenges (
  token_hash text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  expires_at timestamptz not null,
  attempts integer not null default 0
);
create index login_challenges_staff_idx on login_challenges (staff_id);
create table recovery_codes (
  code_hash text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  used_at timestamptz
);
create index recovery_codes_staff_idx on recovery_codes (staff_id);
`
