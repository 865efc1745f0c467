import type { CompiledQuery } from 'kysely'
import type { Db } from './database.js'
import { loadSupportPoints, type SupportPoint } from './locations.js'

/**
 * What this process read about the support points (details, regions, hours, closures,
 * extra sessions, project leaders), kept while `schedule_version` stays the same.
 * Database triggers move that number in the transaction of every change, from any
 * process or script, so one tiny query per request replaces four and a cached answer is
 * never older than the version it was checked against (docs/decisions/0011-caching-and-compression.md).
 *
 * The version is read before the data, so cached data is at least as new as its version:
 * a change that lands in between only costs one extra reload.
 */
interface CacheState {
  version: number | null
  entries: Map<string, Promise<unknown>>
}

/** Bounds memory when many dates or filters are asked for; refilled on demand. */
const MAX_ENTRIES = 2_000

const states = new WeakMap<Db, CacheState>()

/**
 * The current schedule version, one single-row read. It runs on every public page view,
 * so the query is compiled once, not built by Kysely each time.
 */
export async function scheduleVersion(db: Db): Promise<number> {
  const result = await db.executeQuery(versionQuery(db))
  const row = result.rows[0]
  if (!row) throw new Error('schedule_version has no row: migrations not applied?')
  return Number(row.version)
}

let compiledVersionQuery: CompiledQuery<{ version: number }> | undefined

function versionQuery(db: Db): CompiledQuery<{ version: number }> {
  // The same SQL for every database we open (pg and PGlite speak PostgreSQL alike).
  compiledVersionQuery ??= db.selectFrom('schedule_version').select('version').compile()
  return compiledVersionQuery
}

/**
 * `load()` once per schedule version and `key` in this process; concurrent callers share
 * one load. Returns the version too, for ETags and answer caches built on top.
 * Callers must not mutate what they get: it is shared.
 *
 * @example const { value } = await cachedBySchedule(db, `points:${today}`, () => loadSupportPoints(db, { today }))
 */
export async function cachedBySchedule<T>(
  db: Db,
  key: string,
  load: () => Promise<T>,
): Promise<{ value: T; version: number }> {
  const version = await sharedScheduleVersion(db)
  const state = stateAt(db, version)
  let entry = state.entries.get(key) as Promise<T> | undefined
  if (!entry) {
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear()
    const entries = state.entries
    entry = load()
    entries.set(key, entry)
    // A failed load is not remembered: the next request tries again.
    entry.catch(() => {
      if (entries.get(key) === entry) entries.delete(key)
    })
  }
  return { value: await entry, version }
}

/** Version reads about to be sent, by database; each is shared by whoever asks first. */
const unsent = new WeakMap<Db, Promise<number>>()

/**
 * `scheduleVersion(db)`, one read for every request that asks in the same turn of the event
 * loop: it is sent when the turn's I/O callbacks are done (`setImmediate`), and only a read
 * not sent yet is joined, so each request gets a version at least as new as the one it
 * would have read itself (ADR 50). Under load, many requests arrive in one turn.
 */
function sharedScheduleVersion(db: Db): Promise<number> {
  let read = unsent.get(db)
  if (!read) {
    read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      unsent.delete(db)
      return scheduleVersion(db)
    })
    unsent.set(db, read)
  }
  return read
}

/** This process's cache for `db`, emptied first when it holds another version. */
function stateAt(db: Db, version: number): CacheState {
  let state = states.get(db)
  if (!state) {
    state = { version, entries: new Map() }
    states.set(db, state)
  }
  if (state.version !== version) {
    state.version = version
    state.entries = new Map()
  }
  return state
}

/**
 * The active support points as `loadSupportPoints` returns them, from this process's
 * cache while the schedule is unchanged. For pages and the read API; a booking or a
 * schedule change reads the database itself, under its locks.
 *
 * @example const { value: [point] } = await cachedSupportPoints(db, { today, slug: 'utrecht' })
 */
export function cachedSupportPoints(
  db: Db,
  options: Parameters<typeof loadSupportPoints>[1],
): Promise<{ value: SupportPoint[]; version: number }> {
  return cachedBySchedule(db, pointsKey(options), () => loadSupportPoints(db, options))
}

function pointsKey(options: Parameters<typeof loadSupportPoints>[1]): string {
  return [
    'points',
    options.today,
    options.slug ?? '',
    options.regionSlug ?? '',
    options.locationId ?? '',
    options.includeInactive ? 'all' : 'active',
  ].join(':')
}

/**
 * One support point as the schedule stands for `trx`: from this process's cache when the
 * version `trx` reads is the cached one, else loaded through `trx` (and kept for the next
 * caller). For transactions that hold the point's row lock first (ADR 8): a change that
 * committed before the lock moved the version, so a cached copy under the same version is
 * exactly what `trx` would read. One single-row query instead of four.
 * Only for transactions that have not written a schedule table before this call: their
 * own uncommitted change would be cached under a version a rollback hands out again.
 *
 * @example const point = await supportPointInTransaction(db, trx, { today, locationId })
 */
export async function supportPointInTransaction(
  db: Db,
  trx: Db,
  options: { today: string; locationId: string },
): Promise<SupportPoint | undefined> {
  const version = await scheduleVersion(trx)
  const key = pointsKey(options)
  // A process that books before any page view (a worker, a script, the benchmark) starts
  // its cache here; `trx` only reads the schedule, so what it reads is committed data.
  const state = stateAt(db, version)
  const cached = state.entries.get(key)
  if (cached) return ((await cached) as SupportPoint[])[0]
  const loaded = await loadSupportPoints(trx, options)
  // Read after the version, so at least as new as it: safe to keep under it.
  if (state.version === version && state.entries.size < MAX_ENTRIES) {
    state.entries.set(key, Promise.resolve(loaded))
  }
  return loaded[0]
}
