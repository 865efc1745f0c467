import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { bookDirect } from '../support/booking.js'
import { BASE_URL, postRoutes, testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * Every POST route the app has, found by asking the app itself (so a new route is covered
 * the day it is added), sent a form that cannot be read: a multipart body cut off inside
 * its first part, or one without a boundary. Signed in as the admin who may do anything,
 * each must be refused (the pages with the 400 page, the API as it answers bad bodies),
 * log no error and change nothing: several routes act on a bare POST (a cancel button),
 * and an unreadable form must not pass for a click on it.
 */
const NOW = new Date('2026-11-30T08:00:00Z')

const BODIES: Array<[label: string, contentType: string, body: string]> = [
  ['a cut-off multipart form', 'multipart/form-data; boundary=grens', '--grens\r\nContent-Disp'],
  ['a multipart form without a boundary', 'multipart/form-data', 'reason=x'],
]

let db: Db
let params: Record<string, string>
let regionSlug: string
let adminId: string
const ids: Record<string, string> = {}

beforeAll(async () => {
  // Its own database: the snapshot below compares whole tables.
  db = await openTestDatabase({ own: true })
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
    closures: [{ startDate: '2026-12-24', endDate: '2026-12-24', reason: 'Kerst' }],
    extraSessions: [{ date: '2026-12-05', start: '10:00', end: '11:00', counselors: 1 }],
  })
  regionSlug = point.region.slug
  adminId = (await createStaff(db, { role: 'admin' })).id
  ids.person = (await createStaff(db, { role: 'counselor', locationIds: [point.id] })).id
  // One row each, made with the point: their ids fill the routes' :id.
  for (const [name, table] of [
    ['hours', 'walk_in_hours'],
    ['closure', 'closures'],
    ['extra', 'extra_sessions'],
  ] as const) {
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    ids[name] = row.id
  }
  const outcome = await bookDirect(db, {
    locationId: point.id,
    start: '2026-12-01T12:00:00Z',
    details: { name: 'Leesbaar' },
    now: NOW,
    notify: { baseUrl: BASE_URL },
  })
  ids.message = (
    await db
      .selectFrom('outbox')
      .select('id')
      .where('booking_id', '=', outcome.booking.id)
      .executeTakeFirstOrThrow()
  ).id
  params = {
    reference: outcome.booking.reference,
    token: outcome.token,
    slug: point.slug,
  }
})

afterAll(async () => {
  await db.destroy()
})

/** A route pattern with real values in it, so the route gets as far as reading the body. */
function fill(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'slug' && pattern.includes('/regios/')) return regionSlug
    if (name !== 'id') return params[name] ?? 'onbekend'
    if (pattern.includes('/medewerkers/')) return ids.person!
    if (pattern.includes('/uren/')) return ids.hours!
    if (pattern.includes('/sluitingen/')) return ids.closure!
    if (pattern.includes('/extra/')) return ids.extra!
    if (pattern.includes('/berichten/')) return ids.message!
    throw new Error(`no value for :id in ${pattern}`)
  })
}

async function snapshot() {
  const [bookings, counters, points, hours, closures, extras, staff, regions, outbox] =
    await Promise.all([
      db.selectFrom('bookings').select(['id', 'status', 'starts_at', 'attendance']).execute(),
      db.selectFrom('slot_counters').selectAll().execute(),
      db.selectFrom('locations').selectAll().execute(),
      db.selectFrom('walk_in_hours').selectAll().execute(),
      db.selectFrom('closures').selectAll().execute(),
      db.selectFrom('extra_sessions').selectAll().execute(),
      db.selectFrom('staff').select(['id', 'role', 'active', 'name']).execute(),
      db.selectFrom('regions').selectAll().execute(),
      db.selectFrom('outbox').select(['id', 'status']).execute(),
    ])
  const byId = <T extends { id: unknown }>(rows: T[]) =>
    rows.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return {
    bookings: byId(bookings),
    counters: counters.map((row) => JSON.stringify(row)).sort(),
    points: byId(points),
    hours: byId(hours),
    closures: byId(closures),
    extras: byId(extras),
    staff: byId(staff),
    regions: byId(regions),
    outbox: byId(outbox),
  }
}

test('no POST route answers an unreadable body with a 500, an error or a change', async () => {
  const patterns = postRoutes(testApp(db, { now: NOW }).app)
  // The route list is the app's own: guard against it silently coming back empty.
  expect(patterns.length).toBeGreaterThan(40)
  expect(patterns).toContain('/staff/agenda/afspraak/:reference/aanwezigheid')

  const before = await snapshot()
  for (const pattern of patterns) {
    for (const [label, contentType, body] of BODIES) {
      const { app, logs } = testApp(db, { now: NOW })
      const cookie = await signIn(db, adminId, NOW)
      const res = await app.request(`${BASE_URL}${fill(pattern)}`, {
        method: 'POST',
        headers: { Origin: BASE_URL, 'Content-Type': contentType, ...cookie },
        body,
      })
      const what = `${label} to ${pattern}: ${res.status}`
      if (pattern.startsWith('/api/')) expect([400, 404, 415, 422], what).toContain(res.status)
      else expect(res.status, what).toBe(400)
      expect(
        logs.filter((entry) => entry.level === 'error'),
        what,
      ).toEqual([])
    }
  }
  expect(await snapshot()).toEqual(before)
}, 60_000)
