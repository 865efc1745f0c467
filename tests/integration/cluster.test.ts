import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { checkCluster } from '../../bench/cluster-check.js'
import {
  bookingBurst,
  gatherFacts,
  startCluster,
  type Cluster,
} from '../../bench/cluster-harness.js'
import { newToken } from '../../src/services/tokens.js'
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

  test(
    'a cancel on one process frees the place on the other before its cache could expire',
    { timeout: 30_000 },
    async () => {
      const c = cluster!
      const url = (i: number, start: string) =>
        `${c.servers[i]!.url}/api/v1/locations/${c.point.slug}/slots?from=${start.slice(0, 10)}&to=${start.slice(0, 10)}`
      const remainingOn = async (i: number, start: string) => {
        const slots = (await (await fetch(url(i, start))).json()) as Array<{
          start: string
          remaining: number
        }>
        const at = Date.parse(start)
        return slots.find((slot) => Date.parse(slot.start) === at)?.remaining
      }
      // Several rounds: each time process B has "full" in its cache when A cancels.
      for (const start of c.starts.slice(0, 3)) {
        expect(await remainingOn(1, start)).toBe(0)
        const row = await c.db
          .selectFrom('bookings')
          .select('reference')
          .where('location_id', '=', c.point.id)
          .where('starts_at', '=', new Date(start))
          .where('status', '=', 'active')
          .executeTakeFirstOrThrow()
        // The burst kept no manage tokens; give this booking one to cancel it with.
        const { token, hash } = newToken()
        await c.db
          .updateTable('bookings')
          .set({ manage_token_hash: hash })
          .where('reference', '=', row.reference)
          .execute()
        const cancelled = await fetch(
          `${c.servers[0]!.url}/api/v1/bookings/${row.reference}/cancel`,
          {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}` },
          },
        )
        expect(cancelled.ok).toBe(true)
        // B learns of it by NOTIFY, which arrives on its own connection a moment after A's
        // answer: read B until it shows the place, for less than its cache's one-second
        // bound, so only the notification can explain a free place here.
        let seen: number | undefined
        for (let tries = 0; tries < 10 && seen !== 1; tries++) {
          seen = await remainingOn(1, start)
          if (seen !== 1) await new Promise((resolve) => setTimeout(resolve, 30))
        }
        expect(seen).toBe(1)
      }
    },
  )
})
