import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely'
import type pg from 'pg'
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

/** The server cancels a statement after this long (its locks with it). */
const STATEMENT_TIMEOUT_MS = 10_000
/** Opening a connection: a database that accepts but never answers fails in this time. */
export const CONNECT_TIMEOUT_MS = 5_000
/** Past the server's own limit: only a lost network or a frozen server gets here. */
const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 2_000

/**
 * Opens PostgreSQL when `databaseUrl` is given, else the embedded PGlite in `pgliteDir`
 * (`memory://` keeps it in memory, for tests).
 *
 * @example const db = await openDatabase({ databaseUrl: 'postgres://127.0.0.1/spreekuur' })
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined
  pgliteDir?: string
  /**
   * For a PGLITE_DIR without a database only: a finished cluster folder to copy instead
   * of the empty template (the demo data already loaded, ADR 46), or undefined.
   */
  prefilledPglite?: () => string | undefined
  poolSize?: number
  /**
   * A dump of a PGlite cluster to start an empty `pgliteDir` from, instead of the initdb
   * template (ADR 30): the tests start from one migrated once per run (ADR 48).
   */
  pgliteTemplate?: string
  /** Our side's limits, shortened by the fault tests; the defaults suit production. */
  timeouts?: { connectMs?: number; queryMs?: number }
}): Promise<Db> {
  if (options.databaseUrl) {
    // Loaded here: the embedded quick start never needs the driver (ADR 46).
    const { default: pg } = await import('pg')
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // No query may hold a connection (and its locks) for long; a stuck one fails instead.
      statement_timeout: STATEMENT_TIMEOUT_MS,
      // The server's own limit cannot fire when the network is gone: these are ours. A
      // connection that cannot be opened, or a query that gets no answer, fails in seconds
      // instead of hanging the request (and the outbox worker) for good.
      connectionTimeoutMillis: options.timeouts?.connectMs ?? CONNECT_TIMEOUT_MS,
      query_timeout: options.timeouts?.queryMs ?? QUERY_TIMEOUT_MS,
      // Dead peers are found by the kernel's probes, not by the next query.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
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
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingBroken(pool) }) })
  }
  return openPglite(options.pgliteDir ?? './data/pglite', {
    template: options.pgliteTemplate,
    prefilled: options.prefilledPglite,
  })
}

async function openPglite(
  dir: string,
  from: { template: string | undefined; prefilled: (() => string | undefined) | undefined },
): Promise<Db> {
  // Loaded lazily: production on PostgreSQL never pays for the WebAssembly build.
  const [{ PGlite }, { PGliteDialect }, { openPgliteInstance }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
    import('./pglite.js'),
  ])
  if (!dir.startsWith('memory://')) {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(dir, { recursive: true })
  }
  const pglite = await openPgliteInstance(PGlite, dir, { parsers }, from.template, from.prefilled)
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
}

/**
 * A client whose query timed out on our side, or whose connection broke, still has that
 * query in flight: returned to the pool, it would make every later query wait behind an
 * answer that may never come. Such a client is destroyed on release instead, and the
 * pool opens a fresh one.
 */
function discardingBroken(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect()
      let broken = false
      // A connection that breaks while checked out emits 'error' on its client, where
      // the pool does not listen: unheard, that would end the process. The query in
      // flight fails on its own; the client is marked for the bin.
      const onError = () => {
        broken = true
      }
      client.on('error', onError)
      return {
        // Kysely sends text and values only (no cursors are configured).
        query: ((text: string, values: readonly unknown[]) =>
          client.query(prepared(text, values)).catch((error: unknown) => {
            if (!hasSqlState(error)) broken = true
            throw error
          })) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => {
          client.off('error', onError)
          client.release(destroy || broken)
        },
      }
    },
    end: () => pool.end(),
  }
}

/** Statement texts given a name, up to `MAX_NAMED`; the rest go unnamed, as before. */
const statementNames = new Map<string, string>()
const MAX_NAMED = 500

/**
 * A statement with parameters, as a named prepared statement (ADR 55): pg parses it on a
 * connection once, and then sends only its name and values, so PostgreSQL neither parses
 * nor plans it again for each booking. Kysely writes the same text for the same query
 * whatever its values, so our hot statements are a few dozen texts. Texts past the first
 * `MAX_NAMED` (a query built with a list of varying length can make many) stay unnamed, and
 * statements without parameters (BEGIN, COMMIT) keep pg's cheaper simple protocol.
 */
function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  if (values.length === 0) return { text, values: [] }
  let name = statementNames.get(text)
  if (name === undefined && statementNames.size < MAX_NAMED) {
    name = `s${statementNames.size}`
    statementNames.set(text, name)
  }
  return name === undefined ? { text, values: [...values] } : { name, text, values: [...values] }
}

/** An error the server sent (it has a five-character SQLSTATE): the connection is fine. */
function hasSqlState(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
}

const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014'])
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'])
const NETWORK_MESSAGES =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|connection error|Connection refused/i

/**
 * Whether an error means the database is away or overloaded for now (the network, a
 * restart, a full pool, a statement that ran out of time), not that our query is wrong:
 * the request may succeed if tried again in a moment, so it earns a 503, not a 500.
 *
 * @example if (isDatabaseUnavailable(error)) return unavailable(c)
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code))
      return true
  }
  const message = error instanceof Error ? error.message : ''
  return !hasSqlState(error) && NETWORK_MESSAGES.test(message)
}
