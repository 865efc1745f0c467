import { createHash, randomBytes } from 'node:crypto'

/**
 * Capability tokens for the private manage link: 256 random bits, URL-safe. Only the
 * SHA-256 of a token is stored, so a database leak does not hand out working links.
 *
 * @example const { token, hash } = newToken()
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A token as we issue it: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}
