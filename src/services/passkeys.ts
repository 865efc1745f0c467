import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server'
import type { Db } from '../db/database.js'
import {
  deleteLoginChallenge,
  deletePasskey,
  insertPasskey,
  lockFactors,
  lockLoginChallenge,
  lockPasskey,
  openPasskeyRegistration,
  openRegistration,
  passkeysOf,
  recordPasskeyUse,
  spendRegistration,
} from '../db/passkeys.js'
import { inTransaction } from '../db/transaction.js'
import { isSingleLine } from '../domain/text-rules.js'
import { hashToken, isWellFormedToken } from './tokens.js'
import {
  failedTry,
  factorChanged,
  replaceRecoveryCodes,
  type ChallengeResult,
} from './two-factor.js'

/**
 * Passkeys (WebAuthn) as a second factor next to the authenticator app
 * (docs/decisions/0035-passkeys.md). The browser talks to the authenticator
 * (public/passkey.js); this checks what comes back with @simplewebauthn/server: the
 * challenge we stored, our origin and RP ID (from BASE_URL), the signature, and a counter
 * that rises. A passkey is a second factor only: it is asked for after the password, on the
 * same login challenge as a code.
 */

/**
 * Loaded at the first passkey step, not at start: the package and what it imports cost a
 * start 0.4 s of CPU and 20 MB that most runs never use (ADR 46). Loaded before any
 * transaction, so a first use never holds one open while it loads.
 */
const webauthn = () => import('@simplewebauthn/server')

/** Who the browser and the authenticator think they are talking to: from BASE_URL. */
export interface RelyingParty {
  /** The host name (no port): passkeys are bound to it. */
  id: string
  /** `https://spreekuur.example.org`, as the browser writes it in clientDataJSON. */
  origin: string
  name: string
}

/** @example relyingParty('https://spreekuur.example.org') // { id: 'spreekuur.example.org', … } */
export function relyingParty(baseUrl: string): RelyingParty {
  const url = new URL(baseUrl)
  return { id: url.hostname, origin: url.origin, name: 'Spreekuur' }
}

/** How long the two-factor page's registration may take. */
const REGISTRATION_MS = 5 * 60_000
/** A browser's answer is a few hundred bytes to a few kilobytes; more is not one. */
const MAX_RESPONSE = 16_000
export const MAX_PASSKEY_NAME = 60

export interface PasskeyListing {
  id: string
  name: string
  createdAt: Date
  lastUsedAt: Date | null
}

export async function listPasskeys(db: Db, staffId: string): Promise<PasskeyListing[]> {
  return (await passkeysOf(db, staffId)).map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }))
}

/** The 16 bytes of the staff id: the user handle the authenticator keeps (no name, no email). */
function userHandle(staffId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(staffId.replace(/-/g, ''), 'hex'))
}

function transportsOf(stored: string): string[] {
  return stored ? stored.split(',') : []
}

/**
 * What `navigator.credentials.create` needs to register a passkey for this account, with a
 * new challenge kept on the server for five minutes (it replaces an open one: the newest
 * page is the one that works). The account's passkeys are excluded, so one authenticator
 * is not registered twice. With `{ create: false }` (a page that answers a refusal, which
 * writes nothing) only the open challenge is used, and null comes back when there is none.
 */
export async function registrationOptions(
  db: Db,
  rp: RelyingParty,
  staff: { id: string; email: string; name: string },
  now: Date,
  options: { create: boolean } = { create: true },
): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const open = options.create ? undefined : await openRegistration(db, staff.id, now)
  if (!options.create && !open) return null
  const existing = await passkeysOf(db, staff.id)
  const { generateRegistrationOptions } = await webauthn()
  const creation = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: staff.email,
    userDisplayName: staff.name,
    userID: userHandle(staff.id),
    attestationType: 'none',
    timeout: REGISTRATION_MS,
    excludeCredentials: existing.map((p) => ({
      id: p.credential_id,
      transports: transportsOf(p.transports),
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    ...(open ? { challenge: new Uint8Array(Buffer.from(open, 'base64url')) } : {}),
  })
  if (!open) {
    await openPasskeyRegistration(db, {
      staffId: staff.id,
      challenge: creation.challenge,
      expiresAt: new Date(+now + REGISTRATION_MS),
    })
  }
  return creation
}

/** The browser's answer as JSON, or null when it is none (too long, not JSON, no id). */
function parseResponse<T extends { id: string }>(text: string): T | null {
  if (text.length === 0 || text.length > MAX_RESPONSE) return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' &&
      value !== null &&
      typeof (value as { id?: unknown }).id === 'string'
      ? (value as T)
      : null
  } catch {
    return null
  }
}

/** A name its owner gives a passkey: one line, 1 to 60 characters. */
export function passkeyName(typed: string): string | null {
  const name = typed.trim().replace(/\s+/g, ' ')
  return name.length > 0 && name.length <= MAX_PASSKEY_NAME && isSingleLine(name) ? name : null
}

export type RegisterResult =
  /** `recoveryCodes`: the account had no factor before, so it has recovery codes now. */
  | { ok: true; recoveryCodes: string[] | null }
  | { ok: false; reason: 'expired' | 'refused' | 'taken' }

/**
 * Stores a passkey from the browser's answer to the registration challenge, which it spends
 * (a refusal changes nothing; the challenge ends with its five minutes). Like setting up the
 * app it ends every other session of the account and marks this one as passed, in one
 * transaction with the passkey and an audit row; the first factor of an account also
 * brings its ten recovery codes.
 */
export async function registerPasskey(
  db: Db,
  rp: RelyingParty,
  input: { staffId: string; sessionHash: string; name: string; response: string },
  now: Date,
): Promise<RegisterResult> {
  const response = parseResponse<RegistrationResponseJSON>(input.response)
  const { verifyRegistrationResponse } = await webauthn()
  return inTransaction(db, async (trx) => {
    const challenge = await openRegistration(trx, input.staffId, now, { forUpdate: true })
    if (!challenge) return { ok: false, reason: 'expired' }
    if (!response) return { ok: false, reason: 'refused' }
    let verified
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        // A second factor after the password: the authenticator's presence is what counts.
        requireUserVerification: false,
      })
    } catch {
      return { ok: false, reason: 'refused' }
    }
    if (!verified.verified) return { ok: false, reason: 'refused' }
    const { credential } = verified.registrationInfo
    const before = await lockFactors(trx, input.staffId)
    const hadFactor = before.totp || before.passkeys > 0
    const stored = await insertPasskey(trx, {
      staff_id: input.staffId,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey).toString('base64url'),
      sign_count: credential.counter,
      transports: (credential.transports ?? []).join(','),
      name: input.name,
      created_at: now,
    })
    if (!stored) return { ok: false, reason: 'taken' }
    await spendRegistration(trx, input.staffId)
    const recoveryCodes = hadFactor ? null : await replaceRecoveryCodes(trx, input.staffId)
    await factorChanged(
      trx,
      {
        staffId: input.staffId,
        sessionHash: input.sessionHash,
        action: 'staff.passkey-add',
        detail: `passkey "${input.name}"`,
      },
      now,
    )
    return { ok: true, recoveryCodes }
  })
}

/**
 * Removes one of the account's passkeys, unless it is the last factor (the app or another
 * passkey must remain; only the admin's reset removes everything). The account's other
 * sessions end: whoever holds a lost passkey may have signed in with it.
 */
export async function removePasskey(
  db: Db,
  input: { staffId: string; sessionHash: string; passkeyId: string },
  now: Date,
): Promise<'removed' | 'last-factor' | 'unknown'> {
  return inTransaction(db, async (trx) => {
    const factors = await lockFactors(trx, input.staffId)
    const owned = (await passkeysOf(trx, input.staffId)).some((p) => p.id === input.passkeyId)
    if (!owned) return 'unknown'
    if (!factors.totp && factors.passkeys <= 1) return 'last-factor'
    const removed = await deletePasskey(trx, input.staffId, input.passkeyId)
    if (!removed) return 'unknown'
    await factorChanged(
      trx,
      {
        staffId: input.staffId,
        sessionHash: input.sessionHash,
        action: 'staff.passkey-remove',
        detail: `passkey "${removed.name}"`,
      },
      now,
    )
    return 'removed'
  })
}

/**
 * The factors a sign-in between password and code can use: the app (a code), and with a
 * passkey what `navigator.credentials.get` needs (the login challenge's own WebAuthn
 * challenge and the account's passkeys). Null when the challenge is over.
 */
export async function signInFactors(
  db: Db,
  rp: RelyingParty,
  token: string,
  now: Date,
): Promise<{ totp: boolean; passkey: PublicKeyCredentialRequestOptionsJSON | null } | null> {
  if (!isWellFormedToken(token)) return null
  const challenge = await lockLoginChallenge(db, hashToken(token), now, { forUpdate: false })
  if (!challenge) return null
  const totp = challenge.totp_secret !== null
  const passkeys = await passkeysOf(db, challenge.id)
  if (passkeys.length === 0 || !challenge.passkey_challenge) return { totp, passkey: null }
  const { generateAuthenticationOptions } = await webauthn()
  const passkey = await generateAuthenticationOptions({
    rpID: rp.id,
    challenge: new Uint8Array(Buffer.from(challenge.passkey_challenge, 'base64url')),
    allowCredentials: passkeys.map((p) => ({
      id: p.credential_id,
      transports: transportsOf(p.transports),
    })),
    userVerification: 'preferred',
    timeout: 120_000,
  })
  return { totp, passkey }
}

/**
 * A passkey's answer for a sign-in whose password was right: the login challenge names the
 * account, so only its own passkeys count; the answer must sign that challenge's WebAuthn
 * challenge, come from our origin and RP ID, and carry a counter above the stored one (or
 * zero, for authenticators that keep none). A wrong answer counts as a wrong code.
 */
export async function redeemPasskeyChallenge(
  db: Db,
  rp: RelyingParty,
  token: string,
  responseText: string,
  now: Date,
): Promise<ChallengeResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: 'expired' }
  const response = parseResponse<AuthenticationResponseJSON>(responseText)
  const { verifyAuthenticationResponse } = await webauthn()
  return inTransaction(db, async (trx) => {
    const challenge = await lockLoginChallenge(trx, hashToken(token), now)
    if (!challenge?.passkey_challenge) return { ok: false, reason: 'expired' }
    const passkey = response ? await lockPasskey(trx, challenge.id, response.id) : undefined
    if (!response || !passkey) return failedTry(trx, challenge)
    let newCounter: number
    try {
      const verified = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge.passkey_challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: passkey.credential_id,
          publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
          counter: passkey.sign_count,
          transports: transportsOf(passkey.transports),
        },
        requireUserVerification: false,
      })
      if (!verified.verified) return failedTry(trx, challenge)
      newCounter = verified.authenticationInfo.newCounter
    } catch {
      // Wrong challenge, origin or RP ID, a bad signature, or a counter that did not rise.
      return failedTry(trx, challenge)
    }
    const counted = await recordPasskeyUse(trx, {
      id: passkey.id,
      from: passkey.sign_count,
      to: newCounter,
      now,
    })
    if (!counted) return failedTry(trx, challenge)
    await deleteLoginChallenge(trx, challenge.token_hash)
    return { ok: true, staffId: challenge.id }
  })
}
