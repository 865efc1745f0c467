import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import type { OutboxRow } from '../../src/db/schema.js'
import { composeClaimed, type ComposedRow } from '../../src/notifications/recipes.js'

/** PostgreSQL when the run has one (CI), else an in-memory PGlite for this file. */
export const usingPostgres = inject('databaseUrl') !== null

/**
 * Opens this test file's database, migrated. Call once per file (PGlite takes seconds
 * to start) and destroy it in afterAll.
 *
 * On PostgreSQL the files of a run share one database; `own: true` gives this file a
 * database of its own instead (named after the run's, dropped with it by the global
 * teardown), for tests that drain the whole outbox and must not send other files' mail.
 * Both start from the run's template, migrated once by the global setup (ADR 48): the
 * migrations here find nothing left to do.
 */
export async function openTestDatabase(
  options: { poolSize?: number; own?: boolean } = {},
): Promise<Db> {
  let databaseUrl = inject('databaseUrl')
  const template = inject('databaseTemplate')
  if (databaseUrl && options.own) databaseUrl = await createOwnDatabase(databaseUrl)
  if (databaseUrl) {
    const db = await openDatabase({ databaseUrl, poolSize: options.poolSize ?? 20 })
    if (options.own) await migrateToLatest(db)
    urls.set(db, databaseUrl)
    return db
  }
  const db = await openDatabase({ pgliteDir: 'memory://', pgliteTemplate: template ?? undefined })
  await migrateToLatest(db)
  return db
}

const urls = new WeakMap<Db, string>()

/**
 * A second connection pool on the same PostgreSQL database as `db`, as another server
 * process would have. Destroy it in the test.
 */
export function openSecondPool(db: Db): Promise<Db> {
  const databaseUrl = urls.get(db)
  if (!databaseUrl) throw new Error('openSecondPool needs a PostgreSQL test database')
  return openDatabase({ databaseUrl, poolSize: 5 })
}

/** The PostgreSQL address of a database opened here (for a proxy in front of it). */
export function databaseUrlOf(db: Db): string {
  const databaseUrl = urls.get(db)
  if (!databaseUrl) throw new Error('databaseUrlOf needs a PostgreSQL test database')
  return databaseUrl
}

/** The suffix marking a file's own database; the global teardown drops them all. */
export const OWN_DATABASE_MARK = '_own_'

async function createOwnDatabase(runUrl: string): Promise<string> {
  const url = new URL(runUrl)
  const name = `${url.pathname.slice(1)}${OWN_DATABASE_MARK}${randomBytes(3).toString('hex')}`
  const template = inject('databaseTemplate')
  const admin = new pg.Client({ connectionString: runUrl })
  await admin.connect()
  // Copied from the migrated template; without one (another config) made empty, migrated below.
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`)
  await admin.end()
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Outbox rows with their messages as the worker sends them: a booking change's composed
 * from the recipes it wrote (ADR 56), any other as written. Throws when a recipe composes
 * nothing, as the worker would mark it failed.
 *
 * @example const [mail] = asSent(await db.selectFrom('outbox').selectAll().execute())
 */
export function asSent(rows: OutboxRow[]): ComposedRow[] {
  return composeClaimed(rows).map(({ row, message }) => {
    if (!message) throw new Error(`outbox row ${row.id} (${row.kind}) composes no message`)
    return { ...row, message }
  })
}

/** A booking's outbox rows (of one kind), as the worker sends them (`asSent`). */
export async function sentOutboxOf(db: Db, bookingId: string, kind?: string) {
  let query = db.selectFrom('outbox').selectAll().where('booking_id', '=', bookingId)
  if (kind) query = query.where('kind', '=', kind)
  return asSent(await query.execute())
}
