import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * TOTP secrets at rest (docs/decisions/0036-totp-secrets-encrypted.md): AES-256-GCM with
 * the key from SECRETS_KEY, a fresh 12-byte nonce each time, and the staff id as associated
 * data, so a secret copied into another account's row does not open. Stored as
 * `v1:` + base64url(nonce ‖ ciphertext ‖ tag). A value without the prefix is a secret from
 * before encryption, read as it is and encrypted at its next use.
 */

const PREFIX = 'v1:'

export function sealSecret(key: Buffer, staffId: string, secret: string): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(Buffer.from(staffId))
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return PREFIX + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url')
}

/** Is this stored value still in plain text (from before encryption)? */
export function isPlainSecret(stored: string): boolean {
  return !stored.startsWith(PREFIX)
}

/**
 * The secret in a stored value. Throws when it does not open: another SECRETS_KEY than the
 * one it was written with, or a value moved between accounts. That is a setup error the
 * operator must see, not a wrong code.
 */
export function openSecret(key: Buffer, staffId: string, stored: string): string {
  if (isPlainSecret(stored)) return stored
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAAD(Buffer.from(staffId))
  decipher.setAuthTag(raw.subarray(raw.length - 16))
  try {
    return Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    throw new Error('a TOTP secret does not open: is SECRETS_KEY the key it was written with?')
  }
}
