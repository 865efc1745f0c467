import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './schema.js'

export type Db = Kysely<Database>

const DATE_OID = 1082
const INT8_OID = 20

/**
 * Dates stay 'YYYY-MM-DD' strings: a `date` has no zone, and turning it into a JS Date
 * would shift it by the server's offset. Counts (int8) become numbers; ours never
 * approach 2^53.
 */
const parsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
}

/**
 * Opens PostgreSQL when `databaseUrl` is given, else the embedded PGlite in `pgliteDir`
 * (`memory://` keeps it in memory, for tests).
 *
 * @example const db = await openDatabase({ databaseUrl: 'postgres://127.0.0.1/spreekuur' })
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined
  pgliteDir?: string
  poolSize?: number
}): Promise<Db> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // No query may hold a connection (and its locks) for long; a stuck one fails instead.
      statement_timeout: 10_000,
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid in parsers
            ? parsers[oid as keyof typeof parsers]
            : pg.types.getTypeParser(oid, format as 'text'),
      },
    })
    // An idle client that loses its connection emits 'error'; without a listener
    // that would crash the process. The next query gets a fresh connection.
    pool.on('error', () => {})
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  return openPglite(options.pgliteDir ?? './data/pglite')
}

async function openPglite(dir: string): Promise<Db> {
  // Loaded lazily: production on PostgreSQL never pays for the WebAssembly build.
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ])
  if (!dir.startsWith('memory://')) {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(dir, { recursive: true })
  }
  const pglite = await PGlite.create(dir.startsWith('memory://') ? undefined : dir, {
    parsers,
  })
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
}
