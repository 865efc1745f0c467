import { randomBytes } from 'node:crypto'
import type { Transaction } from 'kysely'
import { Secret, TOTP } from 'otpauth'
import { renderSVG } from 'uqr'
import type { Db } from '../db/database.js'
import { deletePasskeysOf, lockLoginChallenge } from '../db/passkeys.js'
import type { Database } from '../db/schema.js'
import type { Role } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import { audit, type AuditAction } from './audit.js'
import { isPlainSecret, openSecret, sealSecret } from './secret-box.js'
import { hashToken, isWellFormedToken, newToken } from './tokens.js'

/**
 * Two-factor sign-in for staff: a time-based code from an authenticator app (TOTP, RFC 6238:
 * SHA-1, 6 digits, 30 s, the defaults every app reads) and ten one-time recovery codes
 * (docs/decisions/0022-two-factor-sign-in.md).
 */

/** Who must have a second factor before any staff page opens. */
const REQUIRED_FOR: readonly Role[] = ['admin', 'coordinator']
const PERIOD = 30
const RECOVERY_CODES = 10
/** A sign-in between password and code lives this long, and this many wrong codes. */
export const CHALLENGE_MS = 5 * 60_000
const CHALLENGE_ATTEMPTS = 5
/** Recovery codes: 10 characters of an alphabet without look-alikes, shown as 5-5. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/**
 * Must this person pass a second factor? The admin and coordinators always; anyone else once
 * they set one up, an app or a passkey (a counselor who chose it is not let in on the
 * password alone).
 */
export function secondFactorRequired(role: Role, hasFactor: boolean): boolean {
  return hasFactor || REQUIRED_FOR.includes(role)
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Spreekuur',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  })
}

/** The time step a 6-digit code belongs to (now, or one step either side), or null. */
function acceptedStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totp(secret, '').validate({ token: code, timestamp: now.getTime(), window: 1 })
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta
}

/** What a person types: spaces, dashes and case do not matter. */
function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase()
}

function newRecoveryCode(): string {
  const bytes = randomBytes(10)
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

export interface TotpSetup {
  /** Base32, in groups of four, for typing into an app by hand. */
  secret: string
  /** The otpauth:// URI in the QR code. */
  uri: string
  /** The QR code as an SVG document (no script, no external reference). */
  svg: string
}

/**
 * The secret being set up, kept as pending until its first code is checked: the one shown
 * before (a reload shows the QR code already scanned), or a new one.
 */
export async function totpSetup(
  db: Db,
  key: Buffer,
  staff: { id: string; email: string },
): Promise<TotpSetup>
/** With `{ create: false }`: only the secret shown before; null when there is none. */
export async function totpSetup(
  db: Db,
  key: Buffer,
  staff: { id: string; email: string },
  options: { create: false },
): Promise<TotpSetup | null>
export async function totpSetup(
  db: Db,
  key: Buffer,
  staff: { id: string; email: string },
  options: { create: boolean } = { create: true },
): Promise<TotpSetup | null> {
  const row = await db
    .selectFrom('staff')
    .select('totp_pending_secret')
    .where('id', '=', staff.id)
    .executeTakeFirst()
  const stored = row?.totp_pending_secret
  let secret = stored ? openSecret(key, staff.id, stored) : undefined
  if (!secret && !options.create) return null
  if (!secret) {
    secret = new Secret({ size: 20 }).base32
    await db
      .updateTable('staff')
      .set({ totp_pending_secret: sealSecret(key, staff.id, secret) })
      .where('id', '=', staff.id)
      .execute()
  }
  const uri = totp(secret, staff.email).toString()
  return {
    secret: secret.replace(/(.{4})(?=.)/g, '$1 '),
    uri,
    svg: renderSVG(uri, { border: 2, pixelSize: 6 }),
  }
}

/**
 * Checks the first code against the pending secret. On success the secret is the account's,
 * ten recovery codes replace any earlier ones, every other session of the account ends (a
 * session someone else opened with the password alone must not outlive the new factor), and
 * the current session counts as passed. Returns the recovery codes, shown once; null for a
 * wrong code.
 */
export async function confirmTotpSetup(
  db: Db,
  key: Buffer,
  input: { staffId: string; sessionHash: string; code: string },
  now: Date,
): Promise<string[] | null> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('staff')
      .select('totp_pending_secret')
      .where('id', '=', input.staffId)
      .forUpdate()
      .executeTakeFirst()
    const pending = row?.totp_pending_secret
    if (!pending) return null
    const secret = openSecret(key, input.staffId, pending)
    const step = acceptedStep(secret, normalizeCode(input.code), now)
    if (step === null) return null
    await trx
      .updateTable('staff')
      .set({
        totp_secret: sealSecret(key, input.staffId, secret),
        totp_pending_secret: null,
        totp_last_step: step,
      })
      .where('id', '=', input.staffId)
      .execute()
    const codes = await replaceRecoveryCodes(trx, input.staffId)
    await factorChanged(trx, { ...input, action: 'staff.two-factor-on' }, now)
    return codes
  })
}

/**
 * What adding (or removing) a factor does besides: every other session of the account ends
 * (Cal.com's CVE-2023-37919 was leaving them), the current one counts as passed, open
 * sign-ins between password and code end, and the audit log says so. Inside the caller's
 * transaction.
 */
export async function factorChanged(
  trx: Transaction<Database>,
  input: { staffId: string; sessionHash: string; action: AuditAction; detail?: string },
  now: Date,
): Promise<void> {
  await trx
    .deleteFrom('sessions')
    .where('staff_id', '=', input.staffId)
    .where('id_hash', '!=', input.sessionHash)
    .execute()
  await trx
    .updateTable('sessions')
    .set({ second_factor: true })
    .where('id_hash', '=', input.sessionHash)
    .execute()
  await trx.deleteFrom('login_challenges').where('staff_id', '=', input.staffId).execute()
  await audit(
    trx,
    { staffId: input.staffId, action: input.action, detail: input.detail ?? null },
    now,
  )
}

/** Ten new recovery codes for the account (the old ones stop working), shown once. */
export async function replaceRecoveryCodes(db: Db, staffId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  await db.deleteFrom('recovery_codes').where('staff_id', '=', staffId).execute()
  await db
    .insertInto('recovery_codes')
    .values(
      codes.map((code) => ({
        code_hash: hashToken(normalizeCode(code)),
        staff_id: staffId,
        used_at: null,
      })),
    )
    .execute()
  return codes
}

/** New recovery codes for someone whose factor is set up; the old ones stop working. */
export async function renewRecoveryCodes(db: Db, staffId: string): Promise<string[]> {
  return inTransaction(db, (trx) => replaceRecoveryCodes(trx, staffId))
}

/** How many unused recovery codes are left. */
export async function recoveryCodesLeft(db: Db, staffId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('staff_id', '=', staffId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * The password was right and a code must follow: a single-use token for the code form. Only
 * its hash is stored. The password check is what creates it, so no code can stand in for the
 * password.
 */
export async function openLoginChallenge(db: Db, staffId: string, now: Date): Promise<string> {
  const { token, hash } = newToken()
  await db.deleteFrom('login_challenges').where('expires_at', '<=', now).execute()
  await db
    .insertInto('login_challenges')
    .values({
      token_hash: hash,
      staff_id: staffId,
      expires_at: new Date(+now + CHALLENGE_MS),
      // What a passkey signs for this sign-in (ADR 35): it lives and dies with the challenge.
      passkey_challenge: randomBytes(32).toString('base64url'),
    })
    .execute()
  return token
}

export type ChallengeResult =
  { ok: true; staffId: string } | { ok: false; reason: 'wrong-code' | 'expired' }

/**
 * A code (or a recovery code) for a sign-in whose password was right. A TOTP code works once
 * (its time step is remembered), a recovery code once; five wrong codes end the challenge.
 */
export async function redeemLoginChallenge(
  db: Db,
  key: Buffer,
  token: string,
  code: string,
  now: Date,
): Promise<ChallengeResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: 'expired' }
  return inTransaction(db, async (trx) => {
    const challenge = await lockLoginChallenge(trx, hashToken(token), now)
    if (!challenge) return { ok: false, reason: 'expired' }
    const stored = challenge.totp_secret
    const secret = stored ? openSecret(key, challenge.id, stored) : null
    if (stored && isPlainSecret(stored)) {
      // A secret from before encryption (ADR 36) is encrypted at its first use.
      await trx
        .updateTable('staff')
        .set({ totp_secret: sealSecret(key, challenge.id, stored) })
        .where('id', '=', challenge.id)
        .execute()
    }
    const typed = normalizeCode(code)
    // An account with passkeys only has no app: its recovery codes still work here.
    const step = secret ? acceptedStep(secret, typed, now) : null
    let passed = false
    if (step !== null && step > (challenge.totp_last_step ?? -1)) {
      await trx
        .updateTable('staff')
        .set({ totp_last_step: step })
        .where('id', '=', challenge.id)
        .execute()
      passed = true
    } else if (/^[a-z0-9]{10}$/.test(typed)) {
      const spent = await trx
        .updateTable('recovery_codes')
        .set({ used_at: now })
        .where('code_hash', '=', hashToken(typed))
        .where('staff_id', '=', challenge.id)
        .where('used_at', 'is', null)
        .returning('code_hash')
        .executeTakeFirst()
      passed = spent !== undefined
    }
    if (passed) {
      await trx
        .deleteFrom('login_challenges')
        .where('token_hash', '=', challenge.token_hash)
        .execute()
      return { ok: true, staffId: challenge.id }
    }
    return failedTry(trx, challenge)
  })
}

/** A wrong code or passkey: counted, and the fifth ends the sign-in. */
export async function failedTry(
  trx: Transaction<Database>,
  challenge: { token_hash: string; attempts: number },
): Promise<ChallengeResult> {
  if (challenge.attempts + 1 >= CHALLENGE_ATTEMPTS) {
    await trx
      .deleteFrom('login_challenges')
      .where('token_hash', '=', challenge.token_hash)
      .execute()
    return { ok: false, reason: 'expired' }
  }
  await trx
    .updateTable('login_challenges')
    .set({ attempts: challenge.attempts + 1 })
    .where('token_hash', '=', challenge.token_hash)
    .execute()
  return { ok: false, reason: 'wrong-code' }
}

/**
 * The admin removes a lost factor: the secret, the passkeys, the recovery codes and every
 * session go, and
 * it is written to the audit log. The person sets up a new factor at their next sign-in.
 */
export async function resetSecondFactor(
  db: Db,
  input: { staffId: string; byStaffId: string },
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('staff')
      .set({ totp_secret: null, totp_pending_secret: null, totp_last_step: null })
      .where('id', '=', input.staffId)
      .execute()
    await trx.deleteFrom('recovery_codes').where('staff_id', '=', input.staffId).execute()
    await deletePasskeysOf(trx, input.staffId)
    await trx.deleteFrom('login_challenges').where('staff_id', '=', input.staffId).execute()
    await trx.deleteFrom('sessions').where('staff_id', '=', input.staffId).execute()
    await audit(
      trx,
      { staffId: input.byStaffId, action: 'staff.two-factor-reset', detail: input.staffId },
      now,
    )
  })
}
