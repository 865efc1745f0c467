import { Migrator, type Kysely, type MigrationResultSet } from 'kysely'
import { migrations } from '../../migrations/index.js'

/**
 * Brings the schema up to date. Throws the migration's own error when one fails,
 * so the server does not start on a half-migrated database.
 *
 * @example await migrateToLatest(db)
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  })
  const result = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    const error = result.error instanceof Error ? result.error : new Error(String(result.error))
    error.message = `migration ${failed?.migrationName ?? '(unknown)'} failed: ${error.message}`
    throw error
  }
  return result
}
