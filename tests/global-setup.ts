import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A freshly created, migrated PostgreSQL database for this run; null: use PGlite. */
    databaseUrl: string | null
  }
}

/**
 * With TEST_DATABASE_URL (a server we may create databases on), every run gets its own
 * database, migrated once and dropped afterwards. Without it, each test file opens an
 * in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) {
    project.provide('databaseUrl', null)
    return
  }
  const name = `spreekuur_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()

  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = await openDatabase({ databaseUrl: url.toString() })
  await migrateToLatest(db)
  await db.destroy()
  project.provide('databaseUrl', url.toString())

  return async () => {
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
    await client.end()
  }
}
