import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkCluster } from '../../bench/cluster-check.js'
import { gatherFacts, startCluster, type Cluster } from '../../bench/cluster-harness.js'
import { startPrivateCluster, waitFor, type PrivateCluster } from '../support/private-cluster.js'

// Scenario 1 of the fault suite (issue 20): the database restarts (fast shutdown) and is
// killed with kill -9 while two server processes take steady bookings. Each outage must
// look the same from outside: a clean 503 within seconds (never a hang, never internals),
// /healthz 503, and bookings again on both processes once the database is back, without
// restarting either. Afterwards every 201 is stored once, counters match their bookings,
// nothing is overbooked and every invitation arrived exactly once at the SMTP sink.

const ANSWER_WITHIN_MS = 10_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Answer {
  server: number
  status: number | 'none'
  ms: number
  at: number
  error?: string
  retryAfter?: string | null
  reference?: string
}

describe('the database goes down under steady bookings', () => {
  let pg: PrivateCluster
  let cluster: Cluster
  const answers: Answer[] = []
  let running = true
  let load: Promise<void>

  beforeAll(async () => {
    pg = await startPrivateCluster()
    cluster = await startCluster({
      serverUrl: pg.url(),
      processes: 2,
      slots: 150,
      capacity: 2,
      counselors: 2,
      startTimeoutMs: 50_000,
    })
    let next = 0
    const client = async () => {
      while (running) {
        const i = next++
        const server = i % 2
        const start = cluster.starts[i % cluster.starts.length]!
        const began = performance.now()
        const answer: Answer = { server, status: 'none', ms: 0, at: began }
        try {
          const res = await fetch(`${cluster.servers[server]!.url}/api/v1/bookings`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              location: cluster.point.slug,
              start,
              name: 'C.',
              language: 'fa',
            }),
            signal: AbortSignal.timeout(ANSWER_WITHIN_MS * 2),
          })
          const text = await res.text()
          answer.status = res.status
          answer.retryAfter = res.headers.get('Retry-After')
          const body = JSON.parse(text) as { reference?: string; error?: string }
          answer.reference = body.reference
          answer.error = body.error
          if (/\bat .+:\d+:\d+|Error:/.test(text)) answer.error = `internals: ${text.slice(0, 200)}`
        } catch (error) {
          answer.error = error instanceof Error ? error.message : String(error)
        }
        answer.ms = performance.now() - began
        answers.push(answer)
        await sleep(120)
      }
    }
    load = Promise.all([client(), client()]).then(() => {})
  }, 120_000)

  afterAll(async () => {
    running = false
    await load
    await cluster?.stop()
    await pg?.destroy()
  })

  const health = async (server: number) =>
    (
      await fetch(`${cluster.servers[server]!.url}/healthz`, {
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      })
    ).status

  /** Until both processes have booked again after `since`. */
  const bookingAgain = (since: number) =>
    waitFor(
      'a 201 from both processes',
      () =>
        [0, 1].every((server) =>
          answers.some((a) => a.server === server && a.status === 201 && a.at > since),
        ),
      40_000,
    )

  for (const [how, down] of [
    ['a fast shutdown and start', (c: PrivateCluster) => c.stop()],
    ['kill -9 and start', (c: PrivateCluster) => c.kill()],
  ] as const) {
    test(`${how}: 503 while it is away, bookings again after`, { timeout: 120_000 }, async () => {
      await bookingAgain(performance.now() - 60_000)
      const downAt = performance.now()
      await down(pg)
      await waitFor(
        '/healthz 503 on both',
        async () => (await health(0)) === 503 && (await health(1)) === 503,
        20_000,
      )
      // Requests that arrive while it is away, not only those caught by the stop.
      await waitFor(
        'a 503 for a request sent during the outage on each process',
        () =>
          [0, 1].every((server) =>
            answers.some((a) => a.server === server && a.status === 503 && a.at > downAt + 500),
          ),
        20_000,
      )
      // Away for a few seconds, as a restart by an operator or a crash recovery takes.
      await sleep(3_000)
      const upAt = performance.now()
      await pg.start()
      await bookingAgain(upAt)
      await sleep(2_000)
      expect([await health(0), await health(1)]).toEqual([200, 200])

      const during = answers.filter((a) => a.at >= downAt && a.at < upAt)
      expect(during.length).toBeGreaterThan(4)
      for (const a of during) {
        expect(a.status === 'none' ? a.error : a.status, JSON.stringify(a)).toSatisfy(
          (status) => status === 503 || status === 201 || status === 409,
        )
        expect(a.ms, JSON.stringify(a)).toBeLessThan(ANSWER_WITHIN_MS)
        if (a.status === 503) {
          expect(a.error).toBe('unavailable')
          expect(a.retryAfter).toMatch(/^\d+$/)
        }
      }
    })
  }

  test(
    'afterwards: every 201 stored once, no overbooking, every invitation once',
    { timeout: 120_000 },
    async () => {
      running = false
      await load
      const strange = answers.filter(
        (a) =>
          !(a.status === 201 || a.status === 503 || (a.status === 409 && a.error === 'slot_full')),
      )
      expect(strange).toEqual([])
      const created = answers.filter((a) => a.status === 201).map((a) => a.reference!)
      expect(created.length).toBeGreaterThan(10)
      const facts = await gatherFacts(cluster, { created, errors: 0 })
      const verdict = checkCluster(facts)
      // A commit whose answer the kill cut off is stored and got a 503: at most the two
      // requests in flight at each outage. Every other invariant holds without exception.
      const unconfirmed = facts.stored.filter((reference) => !created.includes(reference))
      expect(unconfirmed.length).toBeLessThanOrEqual(4)
      expect(
        verdict.problems.filter((line) => !line.endsWith('bookings in the database got no 201')),
      ).toEqual([])
      expect(verdict.invitations.expected).toBe(facts.stored.length * 2)
      expect(verdict.invitations.received).toBe(verdict.invitations.expected)
    },
  )
})
