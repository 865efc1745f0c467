/**
 * The invariants a booking burst on several server processes must leave true, checked
 * from what the database and the SMTP sink hold afterwards. Pure: `bench/cluster-harness.ts`
 * gathers the facts, this judges them, so a unit test can hand it a fabricated failure.
 */

/** One slot after the burst: places the schedule gives, active bookings, the counter. */
export interface SlotLedger {
  start: string
  capacity: number
  active: number
  counter: number
}

/** A message as the sink received it. */
export interface ReceivedMail {
  messageId: string | null
  recipients: string[]
  subject: string
}

export interface ClusterFacts {
  slots: SlotLedger[]
  /** References of the point's active bookings in the database. */
  stored: string[]
  /** References the HTTP answers confirmed (201). */
  confirmed: string[]
  /** Answers that were neither 201 nor 409 slot_full, and requests that got no answer. */
  errors: number
  /** Counselors of the point: each must get every booking's invitation once. */
  counselors: string[]
  mail: ReceivedMail[]
  /** Outbox rows not sent when the wait ended. */
  undelivered: number
}

export interface ClusterVerdict {
  overbookedSlots: number
  counterMismatches: number
  invitations: {
    expected: number
    received: number
    duplicates: number
    missing: number
    unexpected: number
  }
  /** One line per broken invariant; empty when the cluster behaved. */
  problems: string[]
}

const REFERENCE = /\b[A-Z2-9]{8}\b/g

/**
 * Judges a burst. Invitations are keyed by booking reference (from the subject) and
 * recipient, so a second copy counts as a duplicate whatever its Message-ID says.
 *
 * @example const { problems } = checkCluster(facts); if (problems.length) process.exitCode = 1
 */
export function checkCluster(facts: ClusterFacts): ClusterVerdict {
  const problems: string[] = []
  const overbooked = facts.slots.filter((slot) => slot.active > slot.capacity)
  for (const slot of overbooked) {
    problems.push(`slot ${slot.start}: ${slot.active} active bookings, capacity ${slot.capacity}`)
  }
  const mismatched = facts.slots.filter((slot) => slot.counter !== slot.active)
  for (const slot of mismatched) {
    problems.push(`slot ${slot.start}: counter ${slot.counter}, active bookings ${slot.active}`)
  }

  const stored = new Set(facts.stored)
  const confirmed = new Set(facts.confirmed)
  if (confirmed.size !== facts.confirmed.length) problems.push('a reference was confirmed twice')
  const lost = facts.confirmed.filter((reference) => !stored.has(reference))
  if (lost.length > 0) problems.push(`${lost.length} confirmed bookings are not in the database`)
  const unconfirmed = facts.stored.filter((reference) => !confirmed.has(reference))
  if (unconfirmed.length > 0) {
    problems.push(`${unconfirmed.length} bookings in the database got no 201`)
  }
  if (facts.errors > 0) problems.push(`${facts.errors} requests failed (not 201 or 409 slot_full)`)

  const counselors = new Set(facts.counselors.map((email) => email.toLowerCase()))
  const copies = new Map<string, number>()
  for (const reference of stored) {
    for (const counselor of counselors) copies.set(`${reference} ${counselor}`, 0)
  }
  let received = 0
  let unexpected = 0
  for (const mail of facts.mail) {
    const reference = mail.subject.match(REFERENCE)?.find((candidate) => stored.has(candidate))
    for (const recipient of mail.recipients) {
      received += 1
      const key = `${reference} ${recipient.toLowerCase()}`
      const seen = reference ? copies.get(key) : undefined
      if (seen === undefined) unexpected += 1
      else copies.set(key, seen + 1)
    }
  }
  let duplicates = 0
  let missing = 0
  for (const count of copies.values()) {
    if (count === 0) missing += 1
    else duplicates += count - 1
  }
  if (duplicates > 0) problems.push(`${duplicates} invitations arrived more than once`)
  if (missing > 0) problems.push(`${missing} invitations never arrived`)
  if (unexpected > 0) problems.push(`${unexpected} messages match no booking and counselor`)
  if (facts.undelivered > 0) problems.push(`${facts.undelivered} outbox messages still unsent`)

  return {
    overbookedSlots: overbooked.length,
    counterMismatches: mismatched.length,
    invitations: { expected: copies.size, received, duplicates, missing, unexpected },
    problems,
  }
}
