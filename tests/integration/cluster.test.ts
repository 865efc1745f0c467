import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { checkCluster } from '../../bench/cluster-check.js'
import {
  bookingBurst,
  gatherFacts,
  startCluster,
  type Cluster,
} from '../../bench/cluster-harness.js'
import { usingPostgres } from '../support/database.js'

// The scale-out proof of `npm run bench:cluster`, small: two real server processes, each
// with its outbox worker, on one PostgreSQL database of their own (the run's shared one
// has other files' outbox rows, which these workers would otherwise send), mailing to one
// SMTP sink. PGlite is one process by design, so this runs only against PostgreSQL.

const SLOTS = 4
const CAPACITY = 3
const COUNSELORS = 2
const REQUESTS = 40

describe.skipIf(!usingPostgres)('several server processes on one database', () => {
  let cluster: Cluster | undefined

  beforeAll(async () => {
    cluster = await startCluster({
      serverUrl: inject('databaseUrl')!,
      processes: 2,
      slots: SLOTS,
      capacity: CAPACITY,
      counselors: COUNSELORS,
      // Within the hook's timeout, so a hung start is cleaned up by startCluster itself.
      startTimeoutMs: 40_000,
    })
  })

  afterAll(async () => {
    await cluster?.stop()
  })

  // Generous limits for a loaded CI machine; alone it takes well under ten seconds.
  test(
    'a booking burst over both overbooks no slot and sends every invitation exactly once',
    { timeout: 60_000 },
    async () => {
      const burst = await bookingBurst(cluster!, { requests: REQUESTS, concurrency: REQUESTS })
      const facts = await gatherFacts(cluster!, burst, { timeoutMs: 30_000 })
      const verdict = checkCluster(facts)

      expect(burst.examples).toEqual([])
      expect(verdict.problems).toEqual([])
      // Ten requests per slot for three places: every place is taken, by one request each.
      const places = SLOTS * CAPACITY
      expect({ created: burst.created.length, full: burst.full, errors: burst.errors }).toEqual({
        created: places,
        full: REQUESTS - places,
        errors: 0,
      })
      expect(burst.answered).toEqual([REQUESTS / 2, REQUESTS / 2])
      expect(facts.slots.map(({ active, counter }) => ({ active, counter }))).toEqual(
        Array.from({ length: SLOTS }, () => ({ active: CAPACITY, counter: CAPACITY })),
      )
      expect(verdict.invitations).toEqual({
        expected: places * COUNSELORS,
        received: places * COUNSELORS,
        duplicates: 0,
        missing: 0,
        unexpected: 0,
      })
      const messageIds = facts.mail.map((mail) => mail.messageId)
      expect(new Set(messageIds).size).toBe(places * COUNSELORS)
    },
  )
})
