import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { gatherFacts, startCluster, type Cluster } from '../../bench/cluster-harness.js'
import { checkCluster } from '../../bench/cluster-check.js'
import { startServer, type RunningServer } from '../../bench/setup.js'
import { startPrivateCluster, waitFor, type PrivateCluster } from '../support/private-cluster.js'
import { startTcpProxy } from '../support/tcp-proxy.js'

// Scenario 4 of the fault suite (issue 20): the database answers slowly, every packet 15 s
// late through a delaying proxy (longer than the driver's 12 s query limit). A booking
// gets a clean 503 instead of waiting for good, /healthz says 503 within its own limit,
// and when the delay ends the same process books again: the pool has let go of the
// connections that timed out. Nothing is booked that was not confirmed.

const DELAY_MS = 15_000

describe('a database that answers slowly', () => {
  let pg: PrivateCluster
  let cluster: Cluster
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>
  let server: RunningServer

  beforeAll(async () => {
    pg = await startPrivateCluster()
    cluster = await startCluster({
      serverUrl: pg.url(),
      processes: 0,
      slots: 6,
      capacity: 2,
      counselors: 1,
    })
    proxy = await startTcpProxy(pg.port)
    server = await startServer(
      {
        DATABASE_URL: proxy.through(cluster.databaseUrl),
        SMTP_URL: cluster.smtpUrl,
        SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
        SEED_DEMO: 'false',
        NODE_ENV: 'production',
        RATE_LIMIT_BOOKINGS: 'off',
      },
      { timeoutMs: 50_000 },
    )
  })

  afterAll(async () => {
    await server?.stop()
    await proxy?.close()
    await cluster?.stop()
    await pg?.destroy()
  })

  const book = async (start: string) => {
    const began = performance.now()
    const res = await fetch(`${server.url}/api/v1/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ location: cluster.point.slug, start, name: 'T.', language: 'so' }),
      signal: AbortSignal.timeout(DELAY_MS + 10_000),
    })
    const body = (await res.json()) as { reference?: string; error?: string }
    return { status: res.status, ms: performance.now() - began, ...body }
  }

  test(
    'requests end with a clean 503, and the pool recovers when the delay ends',
    { timeout: 120_000 },
    async () => {
      const created: string[] = []
      const before = await book(cluster.starts[0]!)
      expect(before.status).toBe(201)
      created.push(before.reference!)

      proxy.delay(DELAY_MS)
      const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(DELAY_MS) })
      expect(health.status).toBe(503)
      const slow = await Promise.all([book(cluster.starts[1]!), book(cluster.starts[2]!)])
      for (const answer of slow) {
        expect(answer).toMatchObject({ status: 503, error: 'unavailable' })
        // The driver's own limit (12 s), not the delay, and never a hang.
        expect(answer.ms).toBeLessThan(DELAY_MS)
      }

      proxy.delay(0)
      let after: Awaited<ReturnType<typeof book>> | undefined
      await waitFor(
        'a booking after the delay ended',
        async () => {
          after = await book(cluster.starts[3]!)
          return after.status === 201
        },
        40_000,
      )
      created.push(after!.reference!)
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

      const facts = await gatherFacts(cluster, { created, errors: 0 })
      expect(checkCluster(facts).problems).toEqual([])
      expect(facts.stored.sort()).toEqual(created.sort())
    },
  )
})
