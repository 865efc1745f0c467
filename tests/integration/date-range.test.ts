import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// Dates from the whole range JavaScript and PostgreSQL accept reach every entry point
// (issue 20): none may answer 500, none may book.
const NOW = new Date('2026-11-30T08:00:00Z')

/** Years 0 to 275760 (the end of JavaScript's Date), the edges and a spread between. */
const YEARS = [0, 1, 99, 999, 1000, 1582, 1899, 1970, 1999, 2100, 2199, 2200, 9998, 9999]
const extended = ['+010000-01-01', '+275760-09-13', '-000001-01-01', '+275760-09-14']
const DATES = [
  ...YEARS.map((year) => `${String(year).padStart(4, '0')}-01-01`),
  ...YEARS.map((year) => `${String(year).padStart(4, '0')}-12-31`),
  '9999-12-31',
  ...extended,
]
const INSTANTS = [
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59+14:00',
  '0000-01-01T00:00:00-12:00',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:00:00Z',
  '2200-01-01T12:00:00+01:00',
  '+275760-09-13T00:00:00Z',
  ...DATES.map((date) => `${date}T12:00:00Z`),
]

let db: Db
let point: Awaited<ReturnType<typeof createSupportPoint>>

beforeAll(async () => {
  db = await openTestDatabase()
  point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
  })
})

afterAll(async () => {
  await db.destroy()
})

const bookings = () =>
  db.selectFrom('bookings').select('id').where('location_id', '=', point.id).execute()

describe('dates across the whole range', () => {
  test('the JSON API answers 400 or 409, never 500, and books nothing', async () => {
    const { app } = testApp(db, { now: NOW })
    for (const start of INSTANTS) {
      const res = await app.request('http://spreekuur.test/api/v1/bookings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ location: point.slug, start, name: 'Datum', language: 'nl' }),
      })
      expect([400, 409, 422], `${start}: ${res.status}`).toContain(res.status)
    }
    for (const date of DATES) {
      const res = await app.request(
        `http://spreekuur.test/api/v1/locations/${point.slug}/slots?from=${encodeURIComponent(date)}&to=${encodeURIComponent(date)}`,
      )
      expect([200, 400], `${date}: ${res.status}`).toContain(res.status)
    }
    expect(await bookings()).toEqual([])
  })

  test('the public pages and forms answer a page, never 500, and book nothing', async () => {
    const { get, post } = testApp(db, { now: NOW })
    for (const date of DATES) {
      const res = await get(`/steunpunt/${point.slug}/afspraak?dag=${encodeURIComponent(date)}`)
      expect(res.status, date).toBe(200)
    }
    for (const start of INSTANTS) {
      const form = await get(
        `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(start)}`,
      )
      expect(form.status, `form ${start}`).toBeLessThan(500)
      const res = await post(`/steunpunt/${point.slug}/afspraak`, {
        start,
        name: 'Datum',
        language: 'nl',
        topic: 'unspecified',
      })
      expect(res.status, `post ${start}`).toBeLessThan(500)
      expect(res.status, `post ${start}`).not.toBe(303)
    }
    expect(await bookings()).toEqual([])
  })

  test('the staff agenda answers for any day, week or export range', async () => {
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const headers = await signIn(db, coordinator.id, NOW)
    const { get } = testApp(db, { now: NOW })
    for (const date of DATES) {
      const q = encodeURIComponent(date)
      for (const path of [
        `/staff/agenda?steunpunt=${point.slug}&dag=${q}`,
        `/staff/agenda?steunpunt=${point.slug}&van=${q}`,
        `/staff/agenda/export.csv?steunpunt=${point.slug}&van=${q}&tot=${q}`,
      ]) {
        const res = await get(path, headers)
        expect(res.status, path).toBeLessThan(500)
      }
    }
  })
})
