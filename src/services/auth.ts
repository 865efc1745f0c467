import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import { findStaffByEmail } from '../db/staff.js'
import { inTransaction } from '../db/transaction.js'
import { authMessages } from '../i18n/staff/auth.js'
import { staffAccountMessage } from '../notifications/compose.js'
import type { Role } from '../db/schema.js'
import { hashToken, isWellFormedToken, newToken } from './tokens.js'
import { secondFactorRequired } from './two-factor.js'

/** A session ends after two idle hours, and after twelve hours in any case. */
export const SESSION_IDLE_MS = 2 * 3600_000
export const SESSION_MAX_MS = 12 * 3600_000
/** Invite and reset links work once, for seven days. */
export const STAFF_TOKEN_MS = 7 * 24 * 3600_000

/** The signed-in staff member with the scope of what they may see. */
export interface StaffPrincipal {
  id: string
  name: string
  email: string
  role: Role
  locale: 'nl' | 'en'
  /** Regions a coordinator manages (admins: all, so the list is not used). */
  regionIds: string[]
  /** Support points this person works at or manages. Admins: every one. */
  locationIds: string[]
  /**
   * The second factor: 'passed' (this session was opened with it), 'set-up-needed' (the role
   * requires one and there is none yet: only the setup page opens), or 'not-required'.
   */
  secondFactor: 'passed' | 'set-up-needed' | 'not-required'
  /** Has this person an authenticator app set up? */
  hasTotp: boolean
  /** Has this person a passkey? (The app, a passkey or both make the second factor.) */
  hasPasskey: boolean
}

/**
 * Starts a session and returns its id for the cookie. Only the id's hash is stored;
 * a new id at every login makes a planted (fixated) session id useless.
 */
export async function createSession(
  db: Db,
  staffId: string,
  now: Date,
  options: { secondFactor?: boolean } = {},
): Promise<string> {
  const { token, hash } = newToken()
  await db
    .insertInto('sessions')
    .values({
      id_hash: hash,
      staff_id: staffId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_MAX_MS),
      second_factor: options.secondFactor ?? false,
    })
    .execute()
  return token
}

/**
 * The staff member behind a session cookie, or undefined when the session is unknown,
 * idle too long, past its end, or its account deactivated. Touches `last_seen_at`.
 */
export async function loadSession(
  db: Db,
  sessionId: string | undefined,
  now: Date,
): Promise<StaffPrincipal | undefined> {
  if (!sessionId || !isWellFormedToken(sessionId)) return undefined
  const hash = hashToken(sessionId)
  const row = await db
    .selectFrom('sessions as se')
    .innerJoin('staff as s', 's.id', 'se.staff_id')
    .select([
      's.id',
      's.name',
      's.email',
      's.role',
      's.locale',
      's.active',
      'se.last_seen_at',
      'se.expires_at',
      'se.second_factor',
      's.totp_secret',
      sql<boolean>`exists (select 1 from passkeys p where p.staff_id = s.id)`.as('has_passkey'),
    ])
    .where('se.id_hash', '=', hash)
    .executeTakeFirst()
  if (!row || !row.active) return undefined
  if (row.expires_at.getTime() <= now.getTime()) return undefined
  if (now.getTime() - row.last_seen_at.getTime() > SESSION_IDLE_MS) return undefined
  // Touch at most once a minute: a page with partials would otherwise write per request.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id_hash', '=', hash)
      .execute()
  }
  const hasTotp = row.totp_secret !== null
  const hasPasskey = row.has_passkey
  // An account with a factor whose session was opened without it (one from before the
  // factor was set up, which setting it up ends) is no session.
  if ((hasTotp || hasPasskey) && !row.second_factor) return undefined
  const secondFactor = row.second_factor
    ? 'passed'
    : secondFactorRequired(row.role, hasTotp || hasPasskey)
      ? 'set-up-needed'
      : 'not-required'
  return { ...(await principalFor(db, row)), secondFactor, hasTotp, hasPasskey }
}

/** Scope of a staff member, from their role and assignments. */
async function principalFor(
  db: Db,
  staff: { id: string; name: string; email: string; role: Role; locale: string },
): Promise<Omit<StaffPrincipal, 'secondFactor' | 'hasTotp' | 'hasPasskey'>> {
  let regionIds: string[] = []
  let locationIds: string[] = []
  if (staff.role === 'admin') {
    regionIds = (await db.selectFrom('regions').select('id').execute()).map((r) => r.id)
    locationIds = (await db.selectFrom('locations').select('id').execute()).map((l) => l.id)
  } else if (staff.role === 'coordinator') {
    regionIds = (
      await db
        .selectFrom('staff_regions')
        .select('region_id')
        .where('staff_id', '=', staff.id)
        .execute()
    ).map((r) => r.region_id)
    locationIds =
      regionIds.length === 0
        ? []
        : (
            await db
              .selectFrom('locations')
              .select('id')
              .where('region_id', 'in', regionIds)
              .execute()
          ).map((l) => l.id)
  } else if (staff.role === 'counselor') {
    locationIds = (
      await db
        .selectFrom('staff_locations')
        .select('location_id')
        .where('staff_id', '=', staff.id)
        .execute()
    ).map((l) => l.location_id)
  }
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    role: staff.role,
    locale: staff.locale === 'en' ? 'en' : 'nl',
    regionIds,
    locationIds,
  }
}

export async function endSession(db: Db, sessionId: string | undefined): Promise<void> {
  if (!sessionId || !isWellFormedToken(sessionId)) return
  await db.deleteFrom('sessions').where('id_hash', '=', hashToken(sessionId)).execute()
}

/**
 * "Log out everywhere", and what a password change or deactivation does: every session ends,
 * and so does the calendar feed link (whoever copied it loses it too; a new one is made on
 * the staff home page).
 */
export async function endAllSessions(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('sessions').where('staff_id', '=', staffId).execute()
  await db
    .updateTable('staff')
    .set({ calendar_token_hash: null })
    .where('id', '=', staffId)
    .execute()
}

/**
 * A single-use link to set a password (invite) or choose a new one (reset). Issuing a
 * new one voids earlier unused links of the same purpose.
 */
export async function issueStaffToken(
  db: Db,
  staffId: string,
  purpose: 'invite' | 'reset',
  now: Date,
): Promise<string> {
  const { token, hash } = newToken()
  await db
    .deleteFrom('staff_tokens')
    .where('staff_id', '=', staffId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute()
  await db
    .insertInto('staff_tokens')
    .values({
      token_hash: hash,
      staff_id: staffId,
      purpose,
      created_at: now,
      expires_at: new Date(now.getTime() + STAFF_TOKEN_MS),
      used_at: null,
    })
    .execute()
  return token
}

/** The staff member a valid, unused, unexpired link belongs to. */
export async function findStaffToken(db: Db, token: string, now: Date) {
  if (!isWellFormedToken(token)) return undefined
  return db
    .selectFrom('staff_tokens as t')
    .innerJoin('staff as s', 's.id', 't.staff_id')
    .select(['t.token_hash', 't.purpose', 's.id as staff_id', 's.email', 's.name'])
    .where('t.token_hash', '=', hashToken(token))
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('s.active', '=', true)
    .executeTakeFirst()
}

/**
 * Sets the password behind a link and spends the link, in one transaction; every
 * existing session of the account ends. False when the link is no longer valid.
 */
export async function redeemStaffToken(
  db: Db,
  token: string,
  passwordHash: string,
  now: Date,
): Promise<{ staffId: string } | undefined> {
  return db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('staff_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('staff_id')
      .executeTakeFirst()
    if (!spent) return undefined
    await trx
      .updateTable('staff')
      .set({ password_hash: passwordHash })
      .where('id', '=', spent.staff_id)
      .execute()
    await endAllSessions(trx, spent.staff_id)
    return { staffId: spent.staff_id }
  })
}

/** No staff member has this id: statements for an unknown address match no row. */
const NO_ONE = '00000000-0000-0000-0000-000000000000'

/**
 * "Forgot my password": a reset link by email when the address has an active account.
 * Whether or not it has one, the same work is done, statement for statement: the link and
 * the message are made, and the token and outbox inserts run, matching no row for an unknown
 * address. So the time of the answer does not tell which addresses have an account (finding
 * 7 of the audit; `tests/integration/security-audit.test.ts` compares the statements).
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; baseUrl: string },
  now: Date,
): Promise<void> {
  const account = await findStaffByEmail(db, input.email)
  const staff = account?.active ? account : undefined
  const staffId = staff?.id ?? NO_ONE
  const { token, hash } = newToken()
  const t = authMessages[staff?.locale === 'en' ? 'en' : 'nl']
  const entry = staffAccountMessage({
    to: staff?.email ?? 'no-one@example.invalid',
    subject: t.resetSubject,
    text: t.resetText(`${input.baseUrl}/wachtwoord/${token}`),
    baseUrl: input.baseUrl,
  })
  await inTransaction(db, async (trx) => {
    await trx
      .deleteFrom('staff_tokens')
      .where('staff_id', '=', staffId)
      .where('purpose', '=', 'reset')
      .where('used_at', 'is', null)
      .execute()
    await sql`
      insert into staff_tokens (token_hash, staff_id, purpose, created_at, expires_at, used_at)
      select ${hash}, id, 'reset', ${now}, ${new Date(now.getTime() + STAFF_TOKEN_MS)}, null
      from staff where id = ${staffId}`.execute(trx)
    await sql`
      insert into outbox (kind, booking_id, location_id, recipient, message_id, message,
                          next_attempt_at, created_at)
      select ${entry.kind}, null, null, ${entry.recipient}, ${entry.messageId},
             ${JSON.stringify(entry.message)}::jsonb, ${now}, ${now}
      from staff where id = ${staffId}
      on conflict (message_id) do nothing`.execute(trx)
  })
}
