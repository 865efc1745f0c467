import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../migrations/index.js'

// Kysely runs migrations sorted by name, so a name must be its order (docs/architecture.md).
const NAME = /^\d{4}-\d{2}-\d{2}(T\d{4})?-[a-z0-9]+(-[a-z0-9]+)*$/

describe('migrations', () => {
  const names = Object.keys(migrations)

  it('are named YYYY-MM-DD-name or YYYY-MM-DDTHHMM-name', () => {
    expect(names.filter((name) => !NAME.test(name))).toEqual([])
  })

  it('are listed in the order they run, which is the order of their names', () => {
    expect(names).toEqual([...names].sort())
  })

  it('are all listed: every file in migrations/ is in the index, under its own name', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../migrations'))
      .filter((file) => file !== 'index.ts' && file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    expect(names).toEqual(files)
  })
})
