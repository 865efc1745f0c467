import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Kysely } from 'kysely'
import type { Database } from '../src/db/schema.js'

/**
 * The demo database as the first start would make it (every migration run, then the demo
 * seed), kept as a finished cluster folder beside the empty template, so that a first start
 * copies files instead of migrating and seeding (ADR 46). Its name is a hash of everything
 * its contents follow from: the PGlite release, the source of the migrations and of the
 * seed (and of what they import from us), and the holiday years the seed closes. After a
 * `git pull` that changes any of them the name changes, no folder has it, and the first
 * start migrates and seeds as before; `npm install` makes the new one.
 */
export function demoTemplateDir(templatePath: string, today: string): string {
  const hash = createHash('sha256')
  hash.update(`${templatePath}\n${holidayYearKey(today)}\n`)
  const root = projectRoot()
  for (const file of sourcesBehind([
    join(root, 'migrations', 'index.ts'),
    join(root, 'seeds', 'demo.ts'),
  ])) {
    hash.update(`${file.slice(root.length)}\n`)
    hash.update(readFileSync(file))
  }
  return join(dirname(templatePath), `demo-${hash.digest('hex').slice(0, 16)}`)
}

/** The seed closes holidays for 2026, 2027 and the year of `today` and the next. */
function holidayYearKey(today: string): string {
  return today.slice(0, 4)
}

/**
 * The template of `demoTemplateDir` made when missing (older ones removed): true when made.
 * Runs the migrations and the seed exactly as a first start does.
 */
export async function prepareDemoTemplate(templatePath: string, today: string): Promise<boolean> {
  const [{ PGlite }, { PGliteDialect }, { preparePrefilledCluster }, { migrateToLatest }, seed] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('kysely-pglite-dialect'),
      import('../src/db/pglite.js'),
      import('../src/db/migrate.js'),
      import('./demo.js'),
    ])
  const dir = demoTemplateDir(templatePath, today)
  const made = await preparePrefilledCluster(
    PGlite,
    dir,
    async (pglite) => {
      const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
      await migrateToLatest(db)
      await seed.seedDemo(db, { today })
    },
    templatePath,
  )
  for (const entry of readdirSync(dirname(dir))) {
    const path = join(dirname(dir), entry)
    if (entry.startsWith('demo-') && path !== dir) rmSync(path, { recursive: true, force: true })
  }
  return made
}

/**
 * The files of ours that `entries` import, transitively, found by their relative import
 * specifiers ('./x.js' is the source ./x.ts or ./x.tsx): packages are outside the key,
 * they change only with `npm install`, which makes the template again.
 */
function sourcesBehind(entries: string[]): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const base = resolve(dirname(file), spec!).replace(/\.js$/, '')
      const found = ['.ts', '.tsx', '.js'].map((ext) => base + ext).find((p) => existsSync(p))
      if (found) visit(found)
    }
  }
  for (const entry of entries) visit(entry)
  return [...seen].sort()
}

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`package.json not found above ${import.meta.url}`)
    dir = parent
  }
  return dir
}
