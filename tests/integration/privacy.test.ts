import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { erasePersonalData } from '../../src/services/retention.js'
import { testApp } from '../support/app.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { bookThroughForm } from '../support/booking.js'
import { asSent } from '../support/database.js'

// Monday 30 November 2026, 09:00 in Amsterdam; Tuesday's hours are 13:00–14:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'
const DAY = 86_400_000

let db: Db

// The retention job erases across the whole database, so this file keeps a database of its
// own (an in-memory PGlite) rather than the run's shared PostgreSQL, where it would erase
// other files' bookings in the middle of their tests.
beforeAll(async () => {
  db = await openDatabase({ pgliteDir: 'memory://' })
  await migrateToLatest(db)
})

afterAll(async () => {
  await db.destroy()
})

async function pointWithCounselor() {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
  })
  const staff = await db
    .insertInto('staff')
    .values({
      name: 'Noor',
      email: `${uniqueSlug('noor')}@example.org`,
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
  return point
}

function client() {
  return {
    name: `Hiwet ${uniqueSlug('n')}`,
    language: 'ti',
    interpreter: 'yes',
    topic: 'return',
    email: `${uniqueSlug('hiwet')}@example.org`,
    phone: '+31 6 00000 777',
    note: `Notitie ${uniqueSlug('x')}`,
  }
}

async function book(slug: string, start: string, details = client(), now = NOW) {
  const { path } = await bookThroughForm(db, { slug, start, now, fields: details })
  return { path, details }
}

function bookingOf(locationId: string, start: string) {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('location_id', '=', locationId)
    .where('starts_at', '=', new Date(start))
    .executeTakeFirstOrThrow()
}

describe('the retention job', () => {
  test('erases personal data 30 days after the appointment, keeps the anonymous facts', async () => {
    const point = await pointWithCounselor()
    const { path } = await book(point.slug, TUESDAY_13)
    const end = new Date('2026-12-01T12:30:00Z').getTime()

    await erasePersonalData(db, { now: new Date(end + 29 * DAY), retentionDays: 30 })
    expect((await bookingOf(point.id, TUESDAY_13)).name).not.toBeNull()

    await erasePersonalData(db, { now: new Date(end + 30 * DAY + 1000), retentionDays: 30 })
    const row = await bookingOf(point.id, TUESDAY_13)
    expect(row).toMatchObject({
      name: null,
      email: null,
      phone: null,
      note: null,
      manage_token_hash: null,
      language: 'ti',
      topic: 'return',
      interpreter: true,
      status: 'active',
    })
    expect(row.erased_at).not.toBeNull()
    // The manage link is dead, and the client's messages (with their address) are gone.
    const { get } = testApp(db, { now: new Date(end + 31 * DAY) })
    expect((await get(path)).status).toBe(404)
    const kinds = await db
      .selectFrom('outbox')
      .select(['kind', 'recipient'])
      .where('booking_id', '=', row.id)
      .execute()
    expect(kinds.map((k) => k.kind)).toEqual(['counselor-invitation'])
  })

  test('a cancelled booking is erased a day after cancelling', async () => {
    const point = await pointWithCounselor()
    const { path } = await book(point.slug, TUESDAY_1330)
    const { post } = testApp(db, { now: NOW })
    expect((await post(`${path}/annuleren`, {})).status).toBe(303)
    await erasePersonalData(db, { now: new Date(NOW.getTime() + DAY / 2), retentionDays: 30 })
    expect((await bookingOf(point.id, TUESDAY_1330)).email).not.toBeNull()
    await erasePersonalData(db, { now: new Date(NOW.getTime() + DAY + 1000), retentionDays: 30 })
    expect((await bookingOf(point.id, TUESDAY_1330)).email).toBeNull()
  })

  test('running it twice changes nothing the second time', async () => {
    const now = new Date('2027-06-01T00:00:00Z')
    await erasePersonalData(db, { now, retentionDays: 30 })
    const again = await erasePersonalData(db, { now, retentionDays: 30 })
    expect(again.bookings).toBe(0)
  })
})

describe('erasing now, from the manage link', () => {
  test('asks first, then cancels a future booking, erases it, and the link stops working', async () => {
    const point = await pointWithCounselor()
    const { path, details } = await book(point.slug, TUESDAY_13)
    const { get, post } = testApp(db, { now: NOW })
    expect(await (await get(`${path}/wissen`)).text()).toContain('Wilt u uw gegevens nu wissen?')
    expect((await bookingOf(point.id, TUESDAY_13)).name).not.toBeNull()

    const res = await post(`${path}/wissen`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/gewist')
    expect(await (await get('/gewist')).text()).toContain('Uw gegevens zijn gewist')
    const row = await bookingOf(point.id, TUESDAY_13)
    expect(row).toMatchObject({
      status: 'cancelled',
      name: null,
      email: null,
      manage_token_hash: null,
    })
    expect((await get(path)).status).toBe(404)

    // The counselor still learns the slot is free; no message to the client survives.
    const stored = await db
      .selectFrom('outbox')
      .selectAll()
      .where('booking_id', '=', row.id)
      .execute()
    expect(stored.every((m) => m.kind === 'counselor-invitation')).toBe(true)
    // What stays of the counselors' messages, recipes included (ADR 56), holds nothing of
    // the client's.
    const kept = JSON.stringify(stored)
    for (const personal of [details.name, details.email, details.note, '00000 777', '0000777'])
      expect(kept).not.toContain(personal)
    const messages = asSent(stored)
    expect(messages.some((m) => JSON.stringify(m.message).includes('METHOD:CANCEL'))).toBe(true)
  })
})

describe('the privacy page', () => {
  test('says what is stored, who sees it and when it is erased, in the visitor’s language', async () => {
    const { get } = testApp(db, { now: NOW, env: { RETENTION_DAYS: '21' } })
    const nl = await (await get('/privacy')).text()
    expect(nl).toContain('Wat we bewaren en waarom')
    expect(nl).toContain('21 dagen na de afspraak')
    const en = await (await get('/privacy?lang=en')).text()
    expect(en).toContain('21 days after the appointment')
    const home = await (await get('/')).text()
    expect(home).toContain('href="/privacy"')
  })
})

describe('logs', () => {
  test('a whole booking journey leaves no name, contact, note or token in the log', async () => {
    const point = await pointWithCounselor()
    const { app, logs, post, get } = testApp(db, { now: NOW })
    const details = client()
    const res = await post(`/steunpunt/${point.slug}/afspraak`, { ...details, start: TUESDAY_13 })
    const path = (res.headers.get('Location') ?? '').split('?')[0]!
    const token = path.slice(3)
    await get(path)
    await get(`${path}/afspraak.ics`)
    await post(`${path}/verzetten`, { start: TUESDAY_1330 })
    await post(`${path}/annuleren`, {})
    await app.request(`http://spreekuur.test/api/v1/bookings/XXXX`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(logs.length).toBeGreaterThanOrEqual(6)
    const text = JSON.stringify(logs)
    for (const secret of [details.name, details.email, details.phone, details.note, token]) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('/b/:token')
  })
})
