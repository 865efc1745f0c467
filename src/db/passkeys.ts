import type { Db } from './database.js'

/** The passkeys of an account, oldest first, as the two-factor page lists them. */
export async function passkeysOf(db: Db, staffId: string) {
  return db
    .selectFrom('passkeys')
    .select([
      'id',
      'name',
      'credential_id',
      'public_key',
      'sign_count',
      'transports',
      'created_at',
      'last_used_at',
    ])
    .where('staff_id', '=', staffId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/**
 * The second factors of an account: whether it has the app, and how many passkeys. Locks
 * the account's row, so two changes to its factors take turns.
 */
export async function lockFactors(
  db: Db,
  staffId: string,
): Promise<{ totp: boolean; passkeys: number }> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => [
      'totp_secret',
      eb
        .selectFrom('passkeys')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('passkeys.staff_id', '=', 'staff.id')
        .as('passkeys'),
    ])
    .where('id', '=', staffId)
    .forUpdate()
    .executeTakeFirst()
  return { totp: (row?.totp_secret ?? null) !== null, passkeys: Number(row?.passkeys ?? 0) }
}

/** One passkey of this account by its credential id, locked for the counter update. */
export async function lockPasskey(db: Db, staffId: string, credentialId: string) {
  return db
    .selectFrom('passkeys')
    .select(['id', 'credential_id', 'public_key', 'sign_count', 'transports'])
    .where('staff_id', '=', staffId)
    .where('credential_id', '=', credentialId)
    .forUpdate()
    .executeTakeFirst()
}

/**
 * The counter after a use, only if nobody moved it meanwhile (the row is locked; the
 * condition keeps it right without the lock too). False: the use was not counted.
 */
export async function recordPasskeyUse(
  db: Db,
  input: { id: string; from: number; to: number; now: Date },
): Promise<boolean> {
  const updated = await db
    .updateTable('passkeys')
    .set({ sign_count: input.to, last_used_at: input.now })
    .where('id', '=', input.id)
    .where('sign_count', '=', input.from)
    .executeTakeFirst()
  return updated.numUpdatedRows === 1n
}

export async function insertPasskey(
  db: Db,
  values: {
    staff_id: string
    credential_id: string
    public_key: string
    sign_count: number
    transports: string
    name: string
    created_at: Date
  },
): Promise<{ id: string } | undefined> {
  return db
    .insertInto('passkeys')
    .values({ ...values, last_used_at: null })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .returning('id')
    .executeTakeFirst()
}

/** Removes one passkey of this account; its name when there was one. */
export async function deletePasskey(db: Db, staffId: string, passkeyId: string) {
  return db
    .deleteFrom('passkeys')
    .where('staff_id', '=', staffId)
    .where('id', '=', passkeyId)
    .returning('name')
    .executeTakeFirst()
}

export async function deletePasskeysOf(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('passkeys').where('staff_id', '=', staffId).execute()
  await db.deleteFrom('passkey_registrations').where('staff_id', '=', staffId).execute()
}

/** A new registration challenge for this account; it replaces any open one. */
export async function openPasskeyRegistration(
  db: Db,
  input: { staffId: string; challenge: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('passkey_registrations')
    .values({ staff_id: input.staffId, challenge: input.challenge, expires_at: input.expiresAt })
    .onConflict((oc) =>
      oc
        .column('staff_id')
        .doUpdateSet({ challenge: input.challenge, expires_at: input.expiresAt }),
    )
    .execute()
}

/** The open registration's challenge while it lasts; `forUpdate` to spend it. */
export async function openRegistration(
  db: Db,
  staffId: string,
  now: Date,
  options: { forUpdate: boolean } = { forUpdate: false },
): Promise<string | undefined> {
  const query = db
    .selectFrom('passkey_registrations')
    .select('challenge')
    .where('staff_id', '=', staffId)
    .where('expires_at', '>', now)
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
  return row?.challenge
}

/** The registration is done: its challenge is never signed for again. */
export async function spendRegistration(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('passkey_registrations').where('staff_id', '=', staffId).execute()
}

/**
 * The login challenge behind a token hash, still open, with its account's app secret;
 * locked for the redemption unless `{ forUpdate: false }` (to show the code page).
 */
export async function lockLoginChallenge(
  db: Db,
  tokenHash: string,
  now: Date,
  options: { forUpdate: boolean } = { forUpdate: true },
) {
  const query = db
    .selectFrom('login_challenges as c')
    .innerJoin('staff as s', 's.id', 'c.staff_id')
    .select([
      'c.token_hash',
      'c.attempts',
      'c.passkey_challenge',
      's.id',
      's.totp_secret',
      's.totp_last_step',
    ])
    .where('c.token_hash', '=', tokenHash)
    .where('c.expires_at', '>', now)
    .where('s.active', '=', true)
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
}

/** A login challenge is spent: the sign-in it was for is done. */
export async function deleteLoginChallenge(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('login_challenges').where('token_hash', '=', tokenHash).execute()
}
