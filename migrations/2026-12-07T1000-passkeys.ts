import { sql, type Kysely } from 'kysely'

/**
 * Passkeys (WebAuthn) as a second kind of second factor next to TOTP
 * (docs/decisions/0035-passkeys.md).
 *
 * - `passkeys`: one row per registered credential. `credential_id` and `public_key` (COSE) are
 *   base64url text, the form the browser and @simplewebauthn/server speak; `sign_count` is the
 *   authenticator's counter, which must rise at every use when it is not zero.
 * - `passkey_registrations`: the challenge of a registration shown on the two-factor page, one
 *   per account, with its end; spent when the passkey is stored.
 * - `login_challenges.passkey_challenge`: the WebAuthn challenge of a sign-in whose password
 *   was right, so it lives and dies with that login challenge.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n(?=\S)/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
create table passkeys (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references staff (id) on delete cascade,
  credential_id text not null unique,
  public_key text not null,
  sign_count bigint not null default 0,
  transports text not null default '',
  name text not null,
  created_at timestamptz not null,
  last_used_at timestamptz
);
create index passkeys_staff_idx on passkeys (staff_id);
create table passkey_registrations (
  staff_id uuid primary key references staff (id) on delete cascade,
  challenge text not null,
  expires_at timestamptz not null
);
alter table login_challenges add column passkey_challenge text;
`
