/** Characters of a booking reference: no 0/O and no 1/I/L, which are read aloud and misheard. */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

const REFERENCE_LENGTH = 8
// The largest multiple of the alphabet size that fits in a byte; bytes from here up are
// discarded, because folding them in with modulo would favour the first characters.
const ACCEPT_BELOW = Math.floor(256 / REFERENCE_ALPHABET.length) * REFERENCE_ALPHABET.length
const MAX_ROUNDS = 64
// Case-insensitive without upper-casing first: 'ß'.toUpperCase() is 'SS', which would sneak in.
const VALID_REFERENCE = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`, 'i')

/**
 * A new booking reference of 8 uniformly chosen characters. Randomness is injected so the domain
 * stays free of I/O; pass `crypto.randomBytes` (or a wrapper around `crypto.getRandomValues`).
 * @example newReference((n) => crypto.getRandomValues(new Uint8Array(n))) // 'K7QWD3MA'
 */
export function newReference(randomBytes: (n: number) => Uint8Array): string {
  let reference = ''
  for (let round = 0; round < MAX_ROUNDS && reference.length < REFERENCE_LENGTH; round++) {
    const needed = REFERENCE_LENGTH - reference.length
    // Asking for exactly what is missing wastes no randomness; the subarray guards the length.
    for (const byte of randomBytes(needed).subarray(0, needed)) {
      if (byte < ACCEPT_BELOW) reference += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]
    }
  }
  if (reference.length === REFERENCE_LENGTH) return reference
  throw new Error('The random byte source keeps returning unusable bytes')
}

/**
 * The canonical form of a reference as a person typed it, or null if it cannot be one.
 * Case, spaces and dashes are forgiven; look-alike characters are not guessed at.
 * @example normalizeReference(' k7qw-d3ma ') // 'K7QWD3MA'
 * @example normalizeReference('K7QW-D3M0') // null
 */
export function normalizeReference(input: string): string | null {
  const candidate = input.replace(/[\s-]/g, '')
  return VALID_REFERENCE.test(candidate) ? candidate.toUpperCase() : null
}

/**
 * 'ABCD EFGH': two groups of four are easier to read out at a desk than eight in a row.
 * @example spacedReference('K7QWD3MA') // 'K7QW D3MA'
 */
export function spacedReference(reference: string): string {
  return `${reference.slice(0, 4)} ${reference.slice(4)}`
}
