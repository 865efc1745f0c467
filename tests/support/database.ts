import { inject } from 'vitest'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'

/** PostgreSQL when the run has one (CI), else an in-memory PGlite for this file. */
export const usingPostgres = inject('databaseUrl') !== null

/**
 * Opens this test file's database, migrated. Call once per file (PGlite takes seconds
 * to start) and destroy it in afterAll.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<Db> {
  const databaseUrl = inject('databaseUrl')
  if (databaseUrl) return openDatabase({ databaseUrl, poolSize: options.poolSize ?? 20 })
  const db = await openDatabase({ pgliteDir: 'memory://' })
  await migrateToLatest(db)
  return db
}
