import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { cancelBooking, rescheduleBooking } from '../../src/services/booking.js'
import { bookDirect, NOTIFY } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff } from '../support/staff.js'

/**
 * ADR 0018: the booking service writes the staff member's audit row in the change's own
 * transaction, for every audience; a client acting themselves leaves none.
 */
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]

let db: Db
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(async () => {
  await db.destroy()
})

function auditOf(bookingId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'staff_id', 'detail'])
    .where('booking_id', '=', bookingId)
    .orderBy('at')
    .orderBy('action')
    .execute()
}

test('booking, moving and cancelling for a client are audited with the change', async () => {
  const location = await createSupportPoint(db, { hours: HOURS })
  const volunteer = await createStaff(db, { role: 'volunteer' })
  const { booking, point } = await bookDirect(db, {
    locationId: location.id,
    start: '2026-12-01T12:00:00Z',
    bookedBy: volunteer.id,
    now: NOW,
  })
  expect(booking.booked_by).toBe(volunteer.id)
  const actor = { staffId: volunteer.id, detail: 'for the client' }
  const later = new Date(NOW.getTime() + 60_000)
  const moved = await rescheduleBooking(db, {
    bookingId: booking.id,
    point,
    start: new Date('2026-12-01T12:30:00Z'),
    now: later,
    token: null,
    notify: NOTIFY,
    actor,
  })
  expect(moved.ok).toBe(true)
  const cancelled = await cancelBooking(db, {
    bookingId: booking.id,
    by: 'client',
    now: new Date(later.getTime() + 60_000),
    point,
    notify: NOTIFY,
    actor,
  })
  expect(cancelled.ok).toBe(true)
  expect(await auditOf(booking.id)).toEqual([
    { action: 'booking.create', staff_id: volunteer.id, detail: null },
    { action: 'booking.move', staff_id: volunteer.id, detail: 'for the client' },
    { action: 'booking.cancel', staff_id: volunteer.id, detail: 'for the client' },
  ])
})

test('a client acting themselves leaves no audit row', async () => {
  const location = await createSupportPoint(db, { hours: HOURS })
  const { booking, point } = await bookDirect(db, {
    locationId: location.id,
    start: '2026-12-01T12:00:00Z',
    now: NOW,
  })
  const outcome = await cancelBooking(db, {
    bookingId: booking.id,
    by: 'client',
    now: NOW,
    point,
    notify: NOTIFY,
  })
  expect(outcome.ok).toBe(true)
  expect(await auditOf(booking.id)).toEqual([])
})
