import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { LONGEST_FIRST } from '../support/sequencer.js'

const root = resolve(import.meta.dirname, '../..')

describe('the files started first', () => {
  test('are test files that exist, each named once: a renamed one would silently start last', () => {
    const missing = LONGEST_FIRST.filter((file) => !existsSync(resolve(root, file)))
    expect(missing).toEqual([])
    expect(LONGEST_FIRST.every((file) => file.endsWith('.test.ts'))).toBe(true)
    expect(new Set(LONGEST_FIRST).size).toBe(LONGEST_FIRST.length)
  })
})
