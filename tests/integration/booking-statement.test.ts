import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { loadSupportPoints } from '../../src/db/locations.js'
import { bookSlot } from '../../src/services/booking.js'
import { bookDirect, CLIENT, NOTIFY } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'

// The booking transaction's writes are one statement (ADR 27): the place, the booking and
// its outbox rows, or nothing at all when the slot is full; its reads are one more, the
// schedule lock with the point's counselors (ADR 28).

// Monday 30 November 2026, 09:00 in Amsterdam; Tuesday 1 December is bookable.
const NOW = new Date('2026-11-30T08:00:00Z')
const at = (time: string) => `2026-12-01T${time}:00+01:00`

/**
 * Counts the statements Kysely runs through `db`, built there or compiled before (the
 * result of each passes the plugin); BEGIN and COMMIT are not among them.
 */
function counting(db: Db) {
  const counter = { statements: 0 }
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.statements += 1
      return args.result
    },
  }
  return { db: db.withPlugin(plugin), counter }
}

describe('the booking transaction', () => {
  let db: Db

  beforeAll(async () => {
    // A database of its own: another file's schedule change would move the shared one's
    // version, and the point would be read again in the middle of the count.
    db = await openTestDatabase({ own: true })
  })

  afterAll(async () => {
    await db?.destroy()
  })

  async function pointWithCounselors(counselors: number, placesPerSlot: number) {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: placesPerSlot }],
    })
    for (let n = 0; n < counselors; n++) {
      const staff = await db
        .insertInto('staff')
        .values({
          name: `Counselor ${n}`,
          email: `${uniqueSlug('counselor')}@example.org`,
          phone: null,
          role: 'counselor',
          password_hash: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await db
        .insertInto('staff_locations')
        .values({ staff_id: staff.id, location_id: point.id })
        .execute()
    }
    return point
  }

  const outboxOf = (bookingId: string) =>
    db.selectFrom('outbox').select('kind').where('booking_id', '=', bookingId).execute()

  const counter = (locationId: string, start: string) =>
    db
      .selectFrom('slot_counters')
      .select('booked')
      .where('location_id', '=', locationId)
      .where('starts_at', '=', new Date(start))
      .executeTakeFirst()

  test('writes the place, the booking and its messages in one statement', async () => {
    const { id } = await pointWithCounselors(2, 3)
    const [point] = await loadSupportPoints(db, { today: '2026-11-30', locationId: id })
    const { db: counted, counter: sent } = counting(db)
    const book = (email: string | null) =>
      bookSlot(counted, {
        point: point!,
        start: new Date(at('13:00')),
        details: { ...CLIENT, email },
        source: 'online',
        locale: 'nl',
        now: NOW,
        notify: NOTIFY,
      })
    // The first booking fills this process's schedule cache for the point.
    await book(null)
    sent.statements = 0
    const outcome = await book('client@example.org')
    if (!outcome.ok) throw new Error(outcome.error)
    const { booking } = outcome
    // The schedule lock with the point's counselors (ADR 28), the schedule version read
    // after it (ADR 11), and the one statement that writes (ADR 27). Counted as run, so
    // statements compiled once are counted too (ADR 54).
    expect(sent.statements).toBe(3)
    expect((await outboxOf(booking.id)).map((row) => row.kind).sort()).toEqual([
      'client-confirmation',
      'client-reminder',
      'counselor-invitation',
      'counselor-invitation',
    ])
    expect(await counter(id, at('13:00'))).toEqual({ booked: 2 })
    const stored = await db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow()
    expect(stored).toEqual(booking)
    expect(stored).toMatchObject({ status: 'active', sequence: 0, email: 'client@example.org' })
  })

  test('writes nothing when the slot is full', async () => {
    const point = await pointWithCounselors(1, 1)
    const { booking } = await bookDirect(db, { locationId: point.id, start: at('14:00'), now: NOW })
    await expect(
      bookDirect(db, { locationId: point.id, start: at('14:00'), now: NOW }),
    ).rejects.toThrow('slot_full')
    const rows = await db
      .selectFrom('bookings')
      .select('id')
      .where('location_id', '=', point.id)
      .execute()
    expect(rows).toEqual([{ id: booking.id }])
    expect(
      await db
        .selectFrom('outbox')
        .select('booking_id')
        .where('location_id', '=', point.id)
        .execute(),
    ).toEqual([{ booking_id: booking.id }])
    expect(await counter(point.id, at('14:00'))).toEqual({ booked: 1 })
  })
})
