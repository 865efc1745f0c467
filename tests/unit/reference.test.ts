import { describe, test, expect } from 'vitest'
import { REFERENCE_ALPHABET, newReference, normalizeReference } from '../../src/domain/reference.js'

/** A deterministic byte source that hands out `stream` in order, then repeats `then` forever. */
function byteSource(stream: number[], then: (i: number) => number = () => 0) {
  let position = 0
  return (n: number) =>
    Uint8Array.from({ length: n }, () => {
      const i = position++
      return i < stream.length ? stream[i]! : then(i)
    })
}

describe('reference alphabet', () => {
  test('has 31 distinct characters and none that look alike', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31)
    expect(new Set(REFERENCE_ALPHABET).size).toBe(31)
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) {
      expect(REFERENCE_ALPHABET).not.toContain(lookAlike)
    }
  })
})

describe('new references', () => {
  test('are 8 characters from the alphabet', () => {
    const next = byteSource([], (i) => (i * 97 + 13) % 256)
    for (let draw = 0; draw < 500; draw++) {
      expect(newReference(next)).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/)
    }
  })

  test('use every character equally often when the bytes are evenly spread', () => {
    // Bytes 0..255 in a cycle: without rejection, A..H would come up 9 times per cycle, the rest 8.
    const next = byteSource([], (i) => i % 256)
    const counts = new Map<string, number>()
    for (let draw = 0; draw < 31 * 40; draw++) {
      for (const char of newReference(next)) counts.set(char, (counts.get(char) ?? 0) + 1)
    }
    expect([...counts.keys()].sort()).toEqual([...REFERENCE_ALPHABET].sort())
    expect(new Set(counts.values())).toEqual(new Set([320]))
  })

  test('skip bytes of 248 and above instead of folding them in', () => {
    const next = byteSource([248, 249, 250, 251, 252, 253, 254, 255], () => 30)
    expect(newReference(next)).toBe('99999999')
  })

  test('accept 247, the highest byte that maps without bias', () => {
    const next = byteSource([247, 248, 0, 1, 2, 3, 4, 5, 6])
    expect(newReference(next)).toBe('9ABCDEFG')
  })

  test('give up with an error on a byte source that never yields usable bytes', () => {
    expect(() => newReference(byteSource([], () => 255))).toThrow(/random byte source/)
  })
})

describe('normalizing a typed reference', () => {
  test('forgives case, spaces and dashes', () => {
    expect(normalizeReference(' k7qw-d3ma ')).toBe('K7QWD3MA')
    expect(normalizeReference('K7QW D3MA')).toBe('K7QWD3MA')
  })

  test('rejects look-alikes and characters outside the alphabet', () => {
    expect(normalizeReference('K7QWD3M0')).toBeNull()
    expect(normalizeReference('K7QWD3MO')).toBeNull()
    expect(normalizeReference('K7QWD3M1')).toBeNull()
    expect(normalizeReference('K7QWD3MI')).toBeNull()
    expect(normalizeReference('K7QWD3ML')).toBeNull()
    expect(normalizeReference('K7QW_D3MA')).toBeNull()
  })

  test('rejects the wrong length', () => {
    expect(normalizeReference('K7QWD3M')).toBeNull()
    expect(normalizeReference('K7QWD3MAB')).toBeNull()
    expect(normalizeReference('')).toBeNull()
  })

  test('does not let upper-casing grow a 7-character input into a valid one', () => {
    // 'ß'.toUpperCase() is 'SS'
    expect(normalizeReference('ABCDEFß')).toBeNull()
  })
})
