import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'

/** `npm run migrate`: bring the configured database up to date and say what ran. */
const config = loadConfig(process.env)
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir })
try {
  const { results = [] } = await migrateToLatest(db)
  for (const result of results) console.log(`${result.status}: ${result.migrationName}`)
  if (results.length === 0) console.log('Already up to date.')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await db.destroy()
}
