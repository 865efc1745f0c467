import type { LogEntry } from '../domain/log-entry.js'
import type { Db } from '../db/database.js'
import type { OutboxRow } from '../db/schema.js'
import type { Mailer } from './mailer.js'
import { claimDue, markFailed, markSent, withdraw } from './outbox.js'
import { composeClaimed, type ComposedRow } from './recipes.js'
import type { Texter } from './texter.js'

export interface WorkerDeps {
  db: Db
  mailer: Mailer
  /** Texts (outbox rows with `channel: 'sms'`); without one they wait and are retried. */
  texter?: Texter
  clock: () => Date
  log: (entry: LogEntry) => void
  random?: () => number
  /** Work to do now and then (the retention job), at most once per `everyMs`. */
  housekeeping?: { everyMs: number; run: () => Promise<Record<string, number>> }
  /** How long a claimed message stays this process's (OUTBOX_LEASE_SECONDS); default 120 s. */
  leaseMs?: number
}

const BATCH = 20
/** Longer than any send may take (the SMTP socket times out at 20 s). */
export const LEASE_MS = 120_000
/** Writing "sent" is retried this often, these many ms apart, before it is kept for later. */
const RECORD_RETRIES_MS = [100, 500, 2_000]

/**
 * Messages this process delivered whose "sent" the database did not take (it was gone
 * at that moment). They are written before anything new is claimed, and never sent
 * again meanwhile: a delivered message is delivered once, also across a database blip.
 */
export type DeliveryLedger = Map<OutboxRow['id'], { row: ComposedRow; sentAt: Date }>

/**
 * Delivers what is due once. Returns how many messages were sent and how many failed
 * (to be retried or given up). Safe to run in any number of processes at once.
 * `ledger` carries deliveries not yet recorded from one round to the next.
 *
 * @example const { sent } = await deliverDue({ db, mailer, clock, log })
 */
export async function deliverDue(
  deps: WorkerDeps,
  ledger: DeliveryLedger = new Map(),
): Promise<{ sent: number; failed: number }> {
  const random = deps.random ?? Math.random
  const leaseMs = deps.leaseMs ?? LEASE_MS
  // What was delivered but not recorded goes first; while the database still refuses
  // it, nothing new is claimed (this throws, and the loop waits its interval).
  if (ledger.size > 0) {
    await markSent(deps.db, [...ledger.values()])
    ledger.clear()
  }
  const claimed = await claimDue(deps.db, { now: deps.clock(), limit: BATCH, leaseMs })
  const claimedAt = performance.now()
  // Deliveries are recorded together, one statement per batch instead of one per message
  // (ADR 44): at the end of the batch, or sooner once a quarter of the lease has gone, so a
  // delivered message is written long before its lease would hand it to another worker.
  const unrecorded: Array<{ row: ComposedRow; sentAt: Date }> = []
  const record = async () => {
    const delivered = unrecorded.splice(0)
    if (delivered.length === 0) return
    // Once a write has failed this round the database is away: no more waiting on it.
    if (await recordSent(deps.db, delivered, ledger.size > 0 ? [] : RECORD_RETRIES_MS)) return
    // Sending the rest of the batch still helps its recipients; their outcomes wait here.
    for (const entry of delivered) ledger.set(entry.row.id, entry)
    deps.log({ level: 'warn', msg: 'delivered, not yet recorded', count: delivered.length })
  }
  let sent = 0
  let failed = 0
  // A booking's messages are composed here, from the recipes its change wrote (ADR 56).
  for (const { row: stored, message: composed } of composeClaimed(claimed)) {
    if (performance.now() - claimedAt > leaseMs / 4) await record()
    const row: ComposedRow | null = composed && { ...stored, message: composed }
    // A reminder is never sent once the appointment has begun (after an outage an 11:00
    // reminder went out at 11:45): it is withdrawn, as a moved booking's reminder is.
    const expiresAt = row?.message.expiresAt ? Date.parse(row.message.expiresAt) : NaN
    if (row && expiresAt <= deps.clock().getTime()) {
      await withdraw(deps.db, row).catch(() => {})
      deps.log({ level: 'info', msg: 'reminder too late, withdrawn', kind: row.kind })
      continue
    }
    try {
      if (!row) throw new Error('its recipe composed no message')
      if (row.message.channel === 'sms') {
        if (!deps.texter) throw new Error('no text transport in this process')
        await deps.texter.send(row.message, row.message_id, row.id)
      } else {
        await deps.mailer.send(row.message, row.message_id)
      }
    } catch (error) {
      failed += 1
      const message = error instanceof Error ? error.message : String(error)
      // A write that fails here loses nothing: the lease returns the message to the queue.
      // The composed message is kept, for staff to see and for the next try.
      const outcome = await markFailed(
        deps.db,
        row ?? stored,
        message,
        deps.clock(),
        random(),
      ).catch(() => 'unrecorded' as const)
      // Only the kind and attempt count: recipients are personal data.
      deps.log({
        level: outcome === 'failed' ? 'error' : 'warn',
        msg: 'delivery failed',
        kind: stored.kind,
        attempts: stored.attempts,
        outcome,
      })
      continue
    }
    sent += 1
    unrecorded.push({ row: row!, sentAt: deps.clock() })
  }
  await record()
  return { sent, failed }
}

async function recordSent(
  db: Db,
  delivered: Array<{ row: ComposedRow; sentAt: Date }>,
  retriesMs: number[],
): Promise<boolean> {
  for (const waitMs of [0, ...retriesMs]) {
    if (waitMs) await new Promise((resolve) => setTimeout(resolve, waitMs))
    try {
      await markSent(db, delivered)
      return true
    } catch {
      // The database is away for a moment; try again, then keep it in the ledger.
    }
  }
  return false
}

/**
 * A round takes seconds at most: every query and every SMTP socket has its own timeout.
 * Should one still never return (a driver bug, a timeout we did not think of), the loop
 * goes on without it instead of stopping for good, and says so.
 */
const WATCHDOG_MS = 90_000

class WorkerStalled extends Error {}

function withWatchdog<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkerStalled(`no answer in ${ms} ms`)), ms)
    timer.unref()
  })
  return Promise.race([work, stalled]).finally(() => clearTimeout(timer))
}

/**
 * Polls for due messages until stopped. A full batch is followed at once by the next;
 * an empty queue waits `intervalMs`. Errors (a database blip) are logged, not fatal.
 *
 * @example const worker = startWorker(deps); … await worker.stop()
 */
export function startWorker(
  deps: WorkerDeps,
  intervalMs = 1000,
  watchdogMs = WATCHDOG_MS,
): { stop: () => Promise<void> } {
  const ledger: DeliveryLedger = new Map()
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
        const { sent, failed } = await withWatchdog(deliverDue(deps, ledger), watchdogMs)
        busy = sent + failed >= BATCH
      } catch (error) {
        deps.log({
          level: 'error',
          msg: error instanceof WorkerStalled ? 'worker stalled' : 'worker error',
          error: error instanceof Error ? error.message : String(error),
          ...(ledger.size > 0 && { unrecorded: ledger.size }),
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
