import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkCluster } from '../../bench/cluster-check.js'
import { gatherFacts, startCluster, type Cluster } from '../../bench/cluster-harness.js'
import { startServer, type RunningServer } from '../../bench/setup.js'
import { startPrivateCluster, waitFor, type PrivateCluster } from '../support/private-cluster.js'

// Scenario 2 of the fault suite (issue 20): a server process is killed with kill -9 while
// its outbox worker holds claimed messages (the mail server keeps it waiting at MAIL FROM,
// before any message is handed over). Another process sends them once the lease has run
// out, each exactly once.

const LEASE_SECONDS = 10

describe('a server killed while its worker holds messages', () => {
  let pg: PrivateCluster
  let cluster: Cluster
  let second: RunningServer | undefined

  beforeAll(async () => {
    pg = await startPrivateCluster()
    cluster = await startCluster({
      serverUrl: pg.url(),
      processes: 1,
      slots: 3,
      capacity: 2,
      counselors: 2,
      startTimeoutMs: 50_000,
      env: { OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS) },
    })
  })

  afterAll(async () => {
    await second?.stop()
    await cluster?.stop()
    await pg?.destroy()
  })

  test('the other process sends them after the lease, once', { timeout: 120_000 }, async () => {
    const hold = cluster.sink.hold()
    const created: string[] = []
    for (const start of cluster.starts) {
      const res = await fetch(`${cluster.servers[0]!.url}/api/v1/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ location: cluster.point.slug, start, name: 'C.', language: 'ti' }),
      })
      expect(res.status).toBe(201)
      created.push(((await res.json()) as { reference: string }).reference)
    }
    // The worker has claimed the batch and waits on the mail server with the first one.
    await waitFor('the worker to wait at the mail server', () => hold.held() >= 1, 20_000)
    const leased = await cluster.db
      .selectFrom('outbox')
      .select(['status', 'locked_until'])
      .where('status', '!=', 'sent')
      .execute()
    expect(leased).toHaveLength(created.length * 2)
    expect(leased.filter((row) => row.locked_until !== null).length).toBeGreaterThan(1)

    const first = cluster.servers[0]!.process
    const killedAt = performance.now()
    first.kill('SIGKILL')
    await new Promise((resolve) =>
      first.exitCode !== null || first.signalCode ? resolve(null) : first.once('exit', resolve),
    )
    hold.release()
    expect(cluster.mail).toEqual([])

    second = await startServer(
      {
        DATABASE_URL: cluster.databaseUrl,
        SMTP_URL: cluster.smtpUrl,
        SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
        SEED_DEMO: 'false',
        NODE_ENV: 'production',
        OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
      },
      { timeoutMs: 50_000 },
    )
    await waitFor(
      'every invitation at the sink',
      () => cluster.mail.length >= created.length * 2,
      60_000,
    )
    // Not before the dead process's lease ran out: it might still have been sending.
    expect(performance.now() - killedAt).toBeGreaterThan(LEASE_SECONDS * 1000 - 1_000)

    const facts = await gatherFacts(cluster, { created, errors: 0 })
    const verdict = checkCluster(facts)
    expect(verdict.problems).toEqual([])
    expect(verdict.invitations).toMatchObject({ expected: 6, received: 6, duplicates: 0 })
  })
})
