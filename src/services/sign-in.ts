import type { Db } from '../db/database.js'
import { findStaffByEmail } from '../db/staff.js'
import { DUMMY_HASH, verifyPassword } from './passwords.js'
import { hitRateLimit, returnRateLimitHit } from './rate-limit.js'

/** Longer passwords are refused before hashing: scrypt on a megabyte is a denial of service. */
export const MAX_PASSWORD = 200

const PER_ACCOUNT_AND_ADDRESS = { max: 5, windowSeconds: 15 * 60 }
const PER_ADDRESS = { max: 30, windowSeconds: 15 * 60 }
const PER_ACCOUNT = { max: 50, windowSeconds: 15 * 60 }

export type SignInCheck =
  | { result: 'locked'; retryAfterSeconds: number }
  /** `failures`: wrong tries by this account from this address in the window, this one included. */
  | { result: 'wrong'; failures: number }
  /** `hasFactor`: the app or a passkey is set up, so a code or passkey must follow. */
  | { result: 'ok'; staffId: string; hasFactor: boolean }

/**
 * The password step of staff sign-in. Only failures count (finding 6 of the audit): per
 * account and address together, so a stranger guessing elsewhere cannot keep a counselor
 * out during the walk-in hours; per address, so one address cannot guess at many accounts;
 * and per account from everywhere, higher, against guessing spread over many addresses.
 *
 * Every try first takes its place in the counts (one atomic upsert each), and a right
 * password gives it back. Reading the counts first and adding after the check let a burst
 * of parallel guesses all pass the limit before any was counted.
 *
 * @example const check = await checkPassword(db, { email, password, address, now })
 */
export async function checkPassword(
  db: Db,
  input: { email: string; password: string; address: string; now: Date },
): Promise<SignInCheck> {
  const account = input.email.toLowerCase()
  const keys = [
    { key: `login-fail:${account}|${input.address}`, limit: PER_ACCOUNT_AND_ADDRESS },
    { key: `login-fail-ip:${input.address}`, limit: PER_ADDRESS },
    { key: `login-fail-account:${account}`, limit: PER_ACCOUNT },
  ]
  const taken = []
  for (const k of keys) taken.push(await hitRateLimit(db, k.key, k.limit, input.now))
  const refused = taken.find((r) => !r.allowed)
  if (refused && !refused.allowed) {
    // A refused try is no guess: it leaves the counts where they were.
    for (const k of keys) await returnRateLimitHit(db, k.key, k.limit, input.now)
    return { result: 'locked', retryAfterSeconds: refused.retryAfterSeconds }
  }
  const staff = await findStaffByEmail(db, account)
  // Verify even without an account, so the answer takes as long either way.
  const ok =
    input.password.length <= MAX_PASSWORD &&
    (await verifyPassword(input.password, staff?.password_hash ?? DUMMY_HASH)) &&
    staff !== undefined &&
    staff.active &&
    staff.password_hash !== null
  if (!ok || !staff) return { result: 'wrong', failures: taken[0]!.hits }
  for (const k of keys) await returnRateLimitHit(db, k.key, k.limit, input.now)
  return {
    result: 'ok',
    staffId: staff.id,
    hasFactor: staff.totp_secret !== null || staff.has_passkey,
  }
}
