import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Db } from '../db/database.js'

export type RateLimitResult =
  { allowed: true; hits: number } | { allowed: false; hits: number; retryAfterSeconds: number }

/**
 * Counts a hit for `key` in the current fixed window, in the database so every server
 * process shares the count. Refuses once more than `max` hits fall in one window.
 *
 * @example const result = await hitRateLimit(db, `book:${ip}`, { max: 10, windowSeconds: 600 }, now)
 */
export async function hitRateLimit(
  db: Db,
  rawKey: string,
  limit: { max: number; windowSeconds: number } | null,
  now: Date,
): Promise<RateLimitResult> {
  if (!limit) return { allowed: true, hits: 0 }
  const { hashedKey, windowStart, retryAfterSeconds } = windowOf(rawKey, limit, now)
  const row = await db
    .insertInto('rate_limits')
    .values({ key: hashedKey, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow()
  if (row.hits === 1) {
    // First hit of a new window: forget this key's earlier windows.
    await db
      .deleteFrom('rate_limits')
      .where('key', '=', hashedKey)
      .where('window_start', '<', windowStart)
      .execute()
  }
  if (row.hits <= limit.max) return { allowed: true, hits: row.hits }
  return { allowed: false, hits: row.hits, retryAfterSeconds }
}

/**
 * Gives back a hit counted by `hitRateLimit` in the same window: for limits that count only
 * failures, each try is counted before it is judged (so parallel tries cannot all slip
 * under the limit) and a success returns its hit.
 */
export async function returnRateLimitHit(
  db: Db,
  rawKey: string,
  limit: { windowSeconds: number },
  now: Date,
): Promise<void> {
  const { hashedKey, windowStart } = windowOf(rawKey, limit, now)
  await db
    .updateTable('rate_limits')
    .set({ hits: sql`greatest(rate_limits.hits - 1, 0)` })
    .where('key', '=', hashedKey)
    .where('window_start', '=', windowStart)
    .execute()
}

/** The stored key (a hash: no addresses in the table), its current window and what is left of it. */
function windowOf(rawKey: string, limit: { windowSeconds: number }, now: Date) {
  const hashedKey = createHash('sha256').update(rawKey).digest('base64url')
  const windowMs = limit.windowSeconds * 1000
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  )
  return { hashedKey, windowStart, retryAfterSeconds }
}

/**
 * The client's address: from X-Forwarded-For only behind a trusted proxy (else anyone
 * could pick their own), otherwise from the socket. The last entry is the one our proxy
 * added; entries before it came from the client and could say anything.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // app.request() in tests has no socket.
    return 'unknown'
  }
}
