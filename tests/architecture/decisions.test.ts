import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The decision records (issue 14): each carries its date and status at the top, and the
// index lists every one of them, so a new record cannot be added unseen.

const dir = resolve(import.meta.dirname, '../../docs/decisions')
const records = readdirSync(dir).filter((name) => /^\d{4}-.+\.md$/.test(name))

describe('decision records', () => {
  it('there are records to check', () => {
    expect(records.length).toBeGreaterThan(30)
  })

  it('each one opens with its number, then its date and status', () => {
    const without = records.filter((name) => {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n')
      const number = Number(name.slice(0, 4))
      const top = lines.slice(1, 6).join(' ')
      return (
        !lines[0]!.startsWith(`# ${number}. `) ||
        !/Status: \w/.test(top) ||
        !/\b20\d\d-\d\d-\d\d\b/.test(top)
      )
    })
    expect(without).toEqual([])
  })

  it('the index links every record, and only records that exist', () => {
    const index = readFileSync(join(dir, 'README.md'), 'utf8')
    const linked = [...index.matchAll(/\]\((\d{4}-[^)]+\.md)\)/g)].map((match) => match[1]!)
    expect([...new Set(linked)].sort()).toEqual([...records].sort())
  })
})
