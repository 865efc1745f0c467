import type { LogEntry } from '../app-env.js'
import type { Db } from '../db/database.js'
import type { Mailer } from './mailer.js'
import { claimDue, markFailed, markSent } from './outbox.js'

export interface WorkerDeps {
  db: Db
  mailer: Mailer
  clock: () => Date
  log: (entry: LogEntry) => void
  random?: () => number
  /** Work to do now and then (the retention job), at most once per `everyMs`. */
  housekeeping?: { everyMs: number; run: () => Promise<Record<string, number>> }
}

const BATCH = 20
/** Longer than any send may take (the SMTP socket times out at 20 s). */
const LEASE_MS = 120_000

/**
 * Delivers what is due once. Returns how many messages were sent and how many failed
 * (to be retried or given up). Safe to run in any number of processes at once.
 *
 * @example const { sent } = await deliverDue({ db, mailer, clock, log })
 */
export async function deliverDue(deps: WorkerDeps): Promise<{ sent: number; failed: number }> {
  const random = deps.random ?? Math.random
  const claimed = await claimDue(deps.db, { now: deps.clock(), limit: BATCH, leaseMs: LEASE_MS })
  let sent = 0
  let failed = 0
  for (const row of claimed) {
    try {
      await deps.mailer.send(row.message, row.message_id)
      await markSent(deps.db, row, deps.clock())
      sent += 1
    } catch (error) {
      failed += 1
      const message = error instanceof Error ? error.message : String(error)
      const outcome = await markFailed(deps.db, row, message, deps.clock(), random())
      // Only the kind and attempt count: recipients are personal data.
      deps.log({
        level: outcome === 'failed' ? 'error' : 'warn',
        msg: 'delivery failed',
        kind: row.kind,
        attempts: row.attempts,
        outcome,
      })
    }
  }
  return { sent, failed }
}

/**
 * Polls for due messages until stopped. A full batch is followed at once by the next;
 * an empty queue waits `intervalMs`. Errors (a database blip) are logged, not fatal.
 *
 * @example const worker = startWorker(deps); … await worker.stop()
 */
export function startWorker(deps: WorkerDeps, intervalMs = 1000): { stop: () => Promise<void> } {
  let running = true
  let wake: (() => void) | null = null
  let lastHousekeeping = -Infinity
  const loop = (async () => {
    while (running) {
      const chores = deps.housekeeping
      if (chores && performance.now() - lastHousekeeping >= chores.everyMs) {
        lastHousekeeping = performance.now()
        try {
          deps.log({ level: 'info', msg: 'housekeeping', ...(await chores.run()) })
        } catch (error) {
          deps.log({
            level: 'error',
            msg: 'housekeeping failed',
            error: error instanceof Error ? error.message : String(error),
          })
        }
      }
      let busy = false
      try {
        const { sent, failed } = await deliverDue(deps)
        busy = sent + failed >= BATCH
      } catch (error) {
        deps.log({
          level: 'error',
          msg: 'worker error',
          error: error instanceof Error ? error.message : String(error),
        })
      }
      if (!busy && running) {
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, intervalMs).unref()
        })
      }
    }
  })()
  return {
    async stop() {
      running = false
      wake?.()
      await loop
    },
  }
}
