import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { cancelBooking } from '../../src/services/booking.js'
import { BASE_URL, testApp } from '../support/app.js'
import { bookDirect, NOTIFY } from '../support/booking.js'
import { openTestDatabase, sentOutboxOf } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// Monday 30 November 2026, 09:00 in Amsterdam.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const THURSDAY_10 = '2026-12-03T10:00+01:00'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** A signed-in POST of a form whose fields may repeat, as a browser sends checkboxes. */
async function postAs(staffId: string, path: string, fields: Array<[string, string]>) {
  const cookie = await signIn(db, staffId, NOW)
  return testApp(db, { now: NOW }).app.request(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: {
      Origin: BASE_URL,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...cookie,
    },
    body: new URLSearchParams(fields).toString(),
  })
}

async function invited(bookingId: string, method: 'REQUEST' | 'CANCEL'): Promise<string[]> {
  return (await sentOutboxOf(db, bookingId, 'counselor-invitation'))
    .filter((r) => r.message.icalEvent?.method === method)
    .map((r) => r.recipient)
    .sort()
}

async function setup() {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 4 }],
    extraSessions: [{ date: '2026-12-03', start: '10:00', end: '11:00', counselors: 4 }],
  })
  const at = { locationIds: [point.id] }
  const every = await createStaff(db, { role: 'counselor', ...at })
  const duty = await createStaff(db, { role: 'counselor', ...at })
  const notOnDuty = await createStaff(db, { role: 'counselor', ...at })
  const feedOnly = await createStaff(db, { role: 'counselor', ...at })
  const elsewhere = await createStaff(db, { role: 'counselor' })
  const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
  const hours = await db
    .selectFrom('walk_in_hours')
    .select('id')
    .where('location_id', '=', point.id)
    .executeTakeFirstOrThrow()
  return { point, every, duty, notOnDuty, feedOnly, elsewhere, coordinator, hoursId: hours.id }
}

describe('each counselor chooses which invitations they receive (issue 19)', () => {
  test('every booking, only their duty sessions, or none; invitations follow the duty list', async () => {
    const s = await setup()
    for (const [who, choice] of [
      [s.duty, 'on-duty'],
      [s.notOnDuty, 'on-duty'],
      [s.feedOnly, 'none'],
    ] as const) {
      const res = await postAs(who.id, '/staff/uitnodigingen', [['invitations', choice]])
      expect(res.status).toBe(303)
    }
    const page = await testApp(db, { now: NOW }).get(
      '/staff/uitnodigingen?opgeslagen=1',
      await signIn(db, s.feedOnly.id, NOW),
    )
    const html = await page.text()
    expect(html).toContain('Uw keuze is opgeslagen.')
    expect(html).toMatch(/value="none"[^>]*checked|checked[^>]*value="none"/)

    // The coordinator marks who runs Tuesday; a counselor of another point is ignored.
    const path = `/staff/steunpunten/${s.point.slug}/dienst/uren/${s.hoursId}`
    const marked = await postAs(s.coordinator.id, path, [
      ['onDuty', s.duty.id],
      ['onDuty', s.elsewhere.id],
    ])
    expect(marked.status).toBe(303)
    expect(
      await db
        .selectFrom('hours_duty')
        .select('staff_id')
        .where('walk_in_hours_id', '=', s.hoursId)
        .execute(),
    ).toEqual([{ staff_id: s.duty.id }])
    const roster = await (
      await testApp(db, { now: NOW }).get(path, await signIn(db, s.coordinator.id, NOW))
    ).text()
    expect(roster).toContain('Wie heeft dienst')
    expect(roster).toMatch(
      new RegExp(`value="${s.duty.id}"[^>]*checked|checked[^>]*value="${s.duty.id}"`),
    )

    // Tuesday has a duty list: only who is on it among the 'on-duty' ones.
    const tuesday = await bookDirect(db, { locationId: s.point.id, start: TUESDAY_13, now: NOW })
    expect(await invited(tuesday.booking.id, 'REQUEST')).toEqual(
      [s.duty.email, s.every.email].sort(),
    )
    // Thursday's extra session has none: every 'on-duty' counselor, never 'none'.
    const thursday = await bookDirect(db, { locationId: s.point.id, start: THURSDAY_10, now: NOW })
    expect(await invited(thursday.booking.id, 'REQUEST')).toEqual(
      [s.duty.email, s.every.email, s.notOnDuty.email].sort(),
    )

    // Who holds the invitation hears of the cancellation, even after choosing none since.
    expect(
      (await postAs(s.every.id, '/staff/uitnodigingen', [['invitations', 'none']])).status,
    ).toBe(303)
    const cancelled = await cancelBooking(db, {
      bookingId: tuesday.booking.id,
      by: 'client',
      now: NOW,
      point: tuesday.point,
      notify: NOTIFY,
    })
    expect(cancelled.ok).toBe(true)
    expect(await invited(tuesday.booking.id, 'CANCEL')).toEqual(
      [s.duty.email, s.every.email].sort(),
    )
  })

  test('an unknown choice gets 422 and changes nothing; volunteers have no such page', async () => {
    const s = await setup()
    const res = await postAs(s.duty.id, '/staff/uitnodigingen', [['invitations', 'sometimes']])
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Kies een van de mogelijkheden.')
    const row = await db
      .selectFrom('staff')
      .select('invitations')
      .where('id', '=', s.duty.id)
      .executeTakeFirstOrThrow()
    expect(row.invitations).toBe('all')
    const volunteer = await createStaff(db, { role: 'volunteer' })
    expect(
      (await postAs(volunteer.id, '/staff/uitnodigingen', [['invitations', 'none']])).status,
    ).toBe(404)
  })

  test('a session of another point, or a coordinator of another region, gets 404', async () => {
    const s = await setup()
    const other = await setup()
    const foreign = `/staff/steunpunten/${s.point.slug}/dienst/uren/${other.hoursId}`
    expect((await postAs(s.coordinator.id, foreign, [['onDuty', s.duty.id]])).status).toBe(404)
    const own = `/staff/steunpunten/${s.point.slug}/dienst/uren/${s.hoursId}`
    expect((await postAs(other.coordinator.id, own, [['onDuty', s.duty.id]])).status).toBe(404)
    expect(
      await db
        .selectFrom('hours_duty')
        .select('staff_id')
        .where('walk_in_hours_id', 'in', [s.hoursId, other.hoursId])
        .execute(),
    ).toEqual([])
  })
})
