import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Kysely } from 'kysely'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { openPgliteInstance, pgliteTemplatePath } from '../src/db/pglite.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A freshly created, migrated PostgreSQL database for this run; null: use PGlite. */
    databaseUrl: string | null
    /**
     * PostgreSQL: the migrated database of this run that a file's own database is copied
     * from (CREATE DATABASE … TEMPLATE); nobody connects to it. PGlite: the file of a
     * migrated cluster that every test file's in-memory database starts from.
     */
    databaseTemplate: string | null
  }
}

/**
 * Made once per run, so that no test file pays for it (ADR 48): a migrated database, on
 * PostgreSQL with TEST_DATABASE_URL, else a PGlite cluster dumped to a file.
 *
 * With TEST_DATABASE_URL (a server we may create databases on), every run gets its own
 * databases, dropped afterwards: a template, migrated once, and the run's database copied
 * from it that the files share. Without it, each test file opens an in-memory PGlite
 * loaded from the migrated dump.
 */
export default async function setup(project: TestProject) {
  const database = await prepareDatabase(project.config.root)
  project.provide('databaseUrl', database.url)
  project.provide('databaseTemplate', database.template)
  return database.teardown
}

async function prepareDatabase(root: string) {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return preparePgliteTemplate(root)

  const name = `spreekuur_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const template = `${name}_template`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${template}`)
  const templateUrl = new URL(serverUrl)
  templateUrl.pathname = `/${template}`
  const db = await openDatabase({ databaseUrl: templateUrl.toString() })
  await migrateToLatest(db)
  // No connection may stay open on a template while it is copied.
  await db.destroy()
  await admin.query(`create database ${name} template ${template}`)
  await admin.end()

  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    template,
    teardown: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      // Test files that asked for a database of their own (tests/support/database.ts).
      const own = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${name}\\_own\\_%`],
      )
      for (const { datname } of own.rows) {
        await client.query(`drop database if exists ${datname} with (force)`)
      }
      await client.query(`drop database if exists ${name} with (force)`)
      await client.query(`drop database if exists ${template} with (force)`)
      await client.end()
    },
  }
}

/**
 * The initdb template (ADR 30) loaded, migrated and dumped: a file loads it in the time the
 * empty template takes, and runs no migration (ADR 48). Kept beside the initdb template,
 * named after the PGlite release and a digest of the migrations, so it is made once and
 * made again the day a migration is added or changed (the migrations import nothing but
 * Kysely and each other).
 */
async function preparePgliteTemplate(root: string) {
  const initdb = pgliteTemplatePath(root)
  const migrations = join(root, 'migrations')
  const digest = createHash('sha256')
  for (const file of readdirSync(migrations).sort()) {
    digest.update(file).update(readFileSync(join(migrations, file)))
  }
  const stem = `${basename(initdb, '.tar')}-migrated-`
  const path = join(dirname(initdb), `${stem}${digest.digest('hex').slice(0, 16)}.tar`)
  if (!existsSync(path)) await writeMigratedTemplate(path, stem)
  return { url: null, template: path, teardown: async () => {} }
}

async function writeMigratedTemplate(path: string, stem: string) {
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ])
  const pglite = await openPgliteInstance(PGlite, 'memory://', {})
  let bytes: Uint8Array
  try {
    await migrateToLatest(new Kysely({ dialect: new PGliteDialect(pglite) }))
    bytes = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer())
  } finally {
    await pglite.close()
  }
  await mkdir(dirname(path), { recursive: true })
  // Older migrated templates are of migrations that have changed since.
  for (const file of await readdir(dirname(path))) {
    if (file.startsWith(stem)) await rm(join(dirname(path), file), { force: true })
  }
  // Written aside and renamed: a run killed half-way, or one beside it, never sees half a file.
  const partial = `${path}.${process.pid}.partial`
  await writeFile(partial, bytes)
  await rename(partial, path)
}
