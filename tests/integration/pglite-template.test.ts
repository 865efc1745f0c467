import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { extractCluster, openPgliteInstance, tarEntries } from '../../src/db/pglite.js'

// A folder without a database gets the files of a template made once by initdb (ADR 30),
// and every embedded database keeps 8 MB of shared buffers (ADR 43) instead of 128 MB.

/** A ustar archive of these entries (a name ending in / is a folder). */
function tarOf(entries: Array<[string, string]>): Uint8Array {
  const blocks: Uint8Array[] = []
  for (const [name, content] of entries) {
    const header = new Uint8Array(512)
    const data = new TextEncoder().encode(content)
    const put = (offset: number, text: string) => header.set(new TextEncoder().encode(text), offset)
    put(0, name.replace(/\/$/, ''))
    put(100, '0000600\0')
    put(124, data.length.toString(8).padStart(11, '0') + '\0')
    put(156, name.endsWith('/') ? '5' : '0')
    put(257, 'ustar\u000000')
    blocks.push(header)
    const padded = new Uint8Array(Math.ceil(data.length / 512) * 512)
    padded.set(data)
    blocks.push(padded)
  }
  blocks.push(new Uint8Array(1024))
  const tar = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0))
  let offset = 0
  for (const block of blocks) {
    tar.set(block, offset)
    offset += block.length
  }
  return tar
}

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'spreekuur-template-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('the cluster of a template tar', () => {
  test('is read entry by entry, leading slashes dropped, folders told from files', () => {
    const tar = tarOf([
      ['/base/', ''],
      ['/base/1/PG_VERSION', '17\n'],
      ['/PG_VERSION', '17\n'],
      ['/postgresql.conf', 'x'.repeat(700)],
    ])
    expect([...tarEntries(tar)].map((e) => [e.name, e.type, e.data.length])).toEqual([
      ['base', 'directory', 0],
      ['base/1/PG_VERSION', 'file', 3],
      ['PG_VERSION', 'file', 3],
      ['postgresql.conf', 'file', 700],
    ])
  })

  test('is written with the top-level PG_VERSION last, so a kill half-way leaves none', async () => {
    const dir = join(root, 'order')
    const tar = tarOf([
      ['/PG_VERSION', '17\n'],
      ['/global/', ''],
      ['/global/1262', 'catalog'],
    ])
    // A file that cannot be written stops the extraction before PG_VERSION is there.
    await mkdir(join(dir, 'global', '1262'), { recursive: true })
    await expect(extractCluster(tar, dir)).rejects.toThrow()
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false)
    await rm(join(dir, 'global', '1262'), { recursive: true })
    await extractCluster(tar, dir)
    expect(await readFile(join(dir, 'PG_VERSION'), 'utf8')).toBe('17\n')
    expect(await readFile(join(dir, 'global', '1262'), 'utf8')).toBe('catalog')
  })
})

describe('an embedded database opened in a folder without one', () => {
  const template = () => join(root, 'template', 'pglite.tar')

  test('makes the template once and opens on its files, with 8 MB of shared buffers', async () => {
    const first = join(root, 'first')
    const pglite = await openPgliteInstance(PGlite, first, {}, template())
    try {
      expect(existsSync(template())).toBe(true)
      const { rows } = await pglite.query<{ shared_buffers: string }>('show shared_buffers')
      expect(rows[0]!.shared_buffers).toBe('8MB')
      await pglite.exec('create table kept (n int); insert into kept values (7)')
    } finally {
      await pglite.close()
    }
    // Reopened, it is the same database, not a fresh copy of the template.
    const again = await openPgliteInstance(PGlite, first, {}, template())
    try {
      expect((await again.query<{ n: number }>('select n from kept')).rows).toEqual([{ n: 7 }])
    } finally {
      await again.close()
    }
  })

  test('a folder a killed start left half-filled (no PG_VERSION) is filled again and opens', async () => {
    const half = join(root, 'half')
    await mkdir(join(half, 'global'), { recursive: true })
    await writeFile(join(half, 'global', 'pg_control'), 'torn')
    const pglite = await openPgliteInstance(PGlite, half, {}, template())
    try {
      expect((await pglite.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }])
    } finally {
      await pglite.close()
    }
  })

  test('in memory, it starts from the same template', async () => {
    const pglite = await openPgliteInstance(PGlite, 'memory://', {}, template())
    try {
      const { rows } = await pglite.query<{ shared_buffers: string }>('show shared_buffers')
      expect(rows[0]!.shared_buffers).toBe('8MB')
    } finally {
      await pglite.close()
    }
  })
})
