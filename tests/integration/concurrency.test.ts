import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { apiBooked, apiCall, settle, type ApiAnswer, type TestApp } from '../support/api-client.js'
import { openTestDatabase, usingPostgres } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'

// Invariant 1, "no overbooking", under real concurrency: many connections, and two app
// instances with pools of their own, on one PostgreSQL. PGlite has one connection, so it
// cannot show a race; these run only against PostgreSQL.

// Monday 30 November 2026, 09:00 in Amsterdam; the Tuesdays of December are bookable.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAYS = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']
const CLIENT = { name: 'A. K.', language: 'ti', interpreter: false }

const book = (app: TestApp, location: string, start: string) =>
  settle(apiCall(app, 'POST', '/bookings', { body: { location, start, ...CLIENT } }))

const booked = (app: TestApp, location: string, start: string) =>
  apiBooked(app, { location, start, ...CLIENT })

const at = (date: string, time: string) => `${date}T${time}:00+01:00`

function statuses(outcomes: ApiAnswer[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { status, body } of outcomes) {
    const key = `${status}${body.error ? ` ${body.error}` : ''}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

describe.skipIf(!usingPostgres)('no overbooking under concurrency', () => {
  let db: Db
  let otherDb: Db

  beforeAll(async () => {
    db = await openTestDatabase({ poolSize: 20 })
    otherDb = await openTestDatabase({ poolSize: 20 })
  })

  afterAll(async () => {
    await db?.destroy()
    await otherDb?.destroy()
  })

  /** Active bookings and the counter of every slot of a location, by start instant. */
  async function ledger(locationId: string) {
    const active = await db
      .selectFrom('bookings')
      .select(['starts_at', db.fn.countAll<number>().as('count')])
      .where('location_id', '=', locationId)
      .where('status', '=', 'active')
      .groupBy('starts_at')
      .execute()
    const counters = await db
      .selectFrom('slot_counters')
      .select(['starts_at', 'booked'])
      .where('location_id', '=', locationId)
      .execute()
    const slots = new Map<string, { active: number; counter: number }>()
    const entry = (start: Date) => {
      const key = start.toISOString()
      if (!slots.has(key)) slots.set(key, { active: 0, counter: 0 })
      return slots.get(key)!
    }
    for (const row of active) entry(row.starts_at).active = Number(row.count)
    for (const row of counters) entry(row.starts_at).counter = row.booked
    return slots
  }

  const iso = (local: string) => new Date(local).toISOString()

  test('50 requests for the last place: exactly one gets it', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '13:30', counselors: 2 }],
    })
    const { app } = testApp(db, { now: NOW })
    const start = at(TUESDAYS[0]!, '13:00')
    await booked(app, point.slug, start)

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => book(app, point.slug, start)),
    )
    expect(statuses(outcomes)).toEqual({ '201': 1, '409 slot_full': 49 })
    expect((await ledger(point.id)).get(iso(start))).toEqual({ active: 2, counter: 2 })
  })

  test('two app instances with pools of their own: still exactly one', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '13:30', counselors: 2 }],
    })
    const first = testApp(db, { now: NOW }).app
    const second = testApp(otherDb, { now: NOW }).app
    const start = at(TUESDAYS[0]!, '13:00')
    await booked(first, point.slug, start)

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book(i % 2 === 0 ? first : second, point.slug, start)),
    )
    expect(statuses(outcomes)).toEqual({ '201': 1, '409 slot_full': 49 })
    expect((await ledger(point.id)).get(iso(start))).toEqual({ active: 2, counter: 2 })
  })

  test('a move and new bookings racing for the same last place: one wins, nothing is lost', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
    })
    const apps = [testApp(db, { now: NOW }).app, testApp(otherDb, { now: NOW }).app]
    const moveWins: boolean[] = []
    for (const date of TUESDAYS) {
      const slotA = at(date, '13:00')
      const slotB = at(date, '13:30')
      const mover = await booked(apps[0]!, point.slug, slotA)
      await booked(apps[0]!, point.slug, slotB) // B has one place left

      const [move, ...bookings] = await Promise.all([
        settle(
          apiCall(apps[1]!, 'POST', `/bookings/${mover.reference}/reschedule`, {
            token: mover.token,
            body: { start: slotB },
          }),
        ),
        ...Array.from({ length: 10 }, (_, i) => book(apps[i % 2]!, point.slug, slotB)),
      ])
      const all = [move!, ...bookings]
      expect(all.filter((o) => o.status >= 500)).toEqual([])
      const winners = all.filter((o) => o.status === 200 || o.status === 201)
      expect(winners).toHaveLength(1)
      expect(all.filter((o) => o.status === 409).every((o) => o.body.error === 'slot_full')).toBe(
        true,
      )

      const slots = await ledger(point.id)
      expect(slots.get(iso(slotB))).toEqual({ active: 2, counter: 2 })
      const row = await db
        .selectFrom('bookings')
        .select(['starts_at', 'status', 'sequence'])
        .where('reference', '=', mover.reference)
        .executeTakeFirstOrThrow()
      if (move!.status === 200) {
        expect(row.starts_at.toISOString()).toBe(iso(slotB))
        expect(row.sequence).toBe(1)
        expect(slots.get(iso(slotA))).toEqual({ active: 0, counter: 0 })
      } else {
        expect(move!.body.error).toBe('slot_full')
        expect(row).toEqual({ starts_at: new Date(iso(slotA)), status: 'active', sequence: 0 })
        expect(slots.get(iso(slotA))).toEqual({ active: 1, counter: 1 })
      }
      moveWins.push(move!.status === 200)
    }
    expect(moveWins).toHaveLength(TUESDAYS.length)
  })

  test('a mixed burst of bookings, moves and cancels keeps every counter true', async () => {
    const capacity = 2
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: capacity }],
    })
    const apps = [testApp(db, { now: NOW }).app, testApp(otherDb, { now: NOW }).app]
    const starts = TUESDAYS.slice(0, 2).flatMap((date) =>
      ['13:00', '13:30', '14:00', '14:30'].map((time) => at(date, time)),
    )
    // A fixed pseudo-random sequence: the same burst every run.
    let seed = 20261130
    const pick = <T>(items: T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return items[seed % items.length]!
    }

    const existing = []
    for (const start of starts) existing.push(await booked(apps[0]!, point.slug, start))

    const requests: Array<Promise<ApiAnswer>> = []
    for (let i = 0; i < 60; i++) {
      const app = apps[i % 2]!
      const target = pick(existing)
      const kind = i % 4
      if (kind === 0) requests.push(book(app, point.slug, pick(starts)))
      else if (kind === 1) {
        requests.push(
          settle(
            apiCall(app, 'POST', `/bookings/${target.reference}/cancel`, {
              body: {},
              token: target.token,
            }),
          ),
        )
      } else {
        requests.push(
          settle(
            apiCall(app, 'POST', `/bookings/${target.reference}/reschedule`, {
              token: target.token,
              body: { start: pick(starts) },
            }),
          ),
        )
      }
    }
    const outcomes = await Promise.all(requests)
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([])
    expect(outcomes.every((o) => [200, 201, 409].includes(o.status))).toBe(true)

    const slots = await ledger(point.id)
    expect([...slots.keys()].sort()).toEqual(starts.map(iso).sort())
    for (const [start, { active, counter }] of slots) {
      expect({ start, counter }).toEqual({ start, counter: active })
      expect(active).toBeLessThanOrEqual(capacity)
    }
    // The burst did change things: some places were given back, some taken.
    const total = [...slots.values()].reduce((sum, slot) => sum + slot.active, 0)
    const booked201 = outcomes.filter((o) => o.status === 201).length
    const cancelled = await db
      .selectFrom('bookings')
      .select(db.fn.countAll<number>().as('count'))
      .where('location_id', '=', point.id)
      .where('status', '=', 'cancelled')
      .executeTakeFirstOrThrow()
    expect(total).toBe(starts.length + booked201 - Number(cancelled.count))
    expect(Number(cancelled.count)).toBeGreaterThan(0)
  })
})
