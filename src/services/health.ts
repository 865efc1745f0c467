import { sql } from 'kysely'
import type { Db } from '../db/database.js'

/**
 * Whether the database answers a trivial query within `timeoutMs`. A lost network makes
 * a query hang until the driver's own timeout; a health check must not wait that long.
 */
export async function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const answer = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  )
  try {
    return await Promise.race([answer, late])
  } finally {
    clearTimeout(timer)
  }
}
