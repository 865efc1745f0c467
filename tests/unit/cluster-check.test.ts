import { describe, expect, test } from 'vitest'
import { checkCluster, type ClusterFacts, type ReceivedMail } from '../../bench/cluster-check.js'

// The judge of `npm run bench:cluster` and tests/integration/cluster.test.ts, fed a
// fabricated burst, so each broken invariant is shown to fail the check.

const COUNSELORS = ['noor@example.org', 'sem@example.org']

function invitation(reference: string, recipient: string, copy = 0): ReceivedMail {
  return {
    messageId: `<${reference}.${recipient}.${copy}@spreekuur.test>`,
    recipients: [recipient],
    subject: `Afspraak ${reference}: dinsdag 1 december, 13:00–13:30, Steunpunt Cluster`,
  }
}

/** Two slots of two places, three bookings, every invitation delivered once. */
function healthy(): ClusterFacts {
  const stored = ['K7QWD3MA', 'PX2R9TBC', 'HN4VZ8YE']
  return {
    slots: [
      { start: '2026-12-01T12:00:00.000Z', capacity: 2, active: 2, counter: 2 },
      { start: '2026-12-01T12:30:00.000Z', capacity: 2, active: 1, counter: 1 },
    ],
    stored,
    confirmed: [...stored],
    errors: 0,
    counselors: COUNSELORS,
    mail: stored.flatMap((reference) => COUNSELORS.map((c) => invitation(reference, c))),
    undelivered: 0,
  }
}

describe('the cluster check', () => {
  test('passes a burst that kept every invariant', () => {
    expect(checkCluster(healthy())).toEqual({
      overbookedSlots: 0,
      counterMismatches: 0,
      invitations: { expected: 6, received: 6, duplicates: 0, missing: 0, unexpected: 0 },
      problems: [],
    })
  })

  test('catches an invitation delivered twice, with or without the same Message-ID', () => {
    const facts = healthy()
    facts.mail.push(invitation('PX2R9TBC', 'sem@example.org'))
    facts.mail.push(invitation('HN4VZ8YE', 'NOOR@example.org', 1))
    const verdict = checkCluster(facts)
    expect(verdict.invitations).toMatchObject({ received: 8, duplicates: 2, missing: 0 })
    expect(verdict.problems).toEqual(['2 invitations arrived more than once'])
  })

  test('catches a missing invitation, and mail for no booking', () => {
    const facts = healthy()
    facts.mail.shift()
    facts.mail.push(invitation('ZZZZ2222', 'noor@example.org'))
    facts.mail.push(invitation('K7QWD3MA', 'someone.else@example.org'))
    const verdict = checkCluster(facts)
    expect(verdict.invitations).toMatchObject({ missing: 1, unexpected: 2, duplicates: 0 })
    expect(verdict.problems).toEqual([
      '1 invitations never arrived',
      '2 messages match no booking and counselor',
    ])
  })

  test('catches an overbooked slot and a counter that lies', () => {
    const facts = healthy()
    facts.slots[0]!.active = 3
    facts.slots[1]!.counter = 2
    const verdict = checkCluster(facts)
    expect(verdict).toMatchObject({ overbookedSlots: 1, counterMismatches: 2 })
    expect(verdict.problems).toEqual([
      'slot 2026-12-01T12:00:00.000Z: 3 active bookings, capacity 2',
      'slot 2026-12-01T12:00:00.000Z: counter 2, active bookings 3',
      'slot 2026-12-01T12:30:00.000Z: counter 2, active bookings 1',
    ])
  })

  test('catches confirmations without a booking, bookings without one, failed requests and unsent mail', () => {
    const facts = healthy()
    facts.confirmed = ['K7QWD3MA', 'PX2R9TBC', 'QQQQ3333']
    facts.errors = 1
    facts.undelivered = 4
    expect(checkCluster(facts).problems).toEqual([
      '1 confirmed bookings are not in the database',
      '1 bookings in the database got no 201',
      '1 requests failed (not 201 or 409 slot_full)',
      '4 outbox messages still unsent',
    ])
  })
})
