import { spacedReference } from '../../src/domain/reference.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { takePlace } from '../../src/db/bookings.js'
import { bookDirect } from '../support/booking.js'
import { testApp } from '../support/app.js'
import { openTestDatabase, usingPostgres } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * The walk-in desk (issue 15): walk-ins registered during the session whatever the
 * minimum notice, counted against the same places as bookings without ever overbooking,
 * and the steps of a booked client at the desk, each audited.
 */

// Monday 30 November 2026, 11:45 in Amsterdam; the session runs 10:00–13:00.
const NOW = new Date('2026-11-30T10:45:00Z')
const MONDAY = 1

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

const WALK_IN = { name: 'A.', language: 'ti', interpreter: 'yes', topic: 'return' }

async function deskOf(point: { id: string }) {
  const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
  return { counselor, cookie: await signIn(db, counselor.id, NOW) }
}

function bookingsAt(locationId: string) {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('location_id', '=', locationId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute()
}

function counters(locationId: string) {
  return db
    .selectFrom('slot_counters')
    .select(['starts_at', 'booked', 'walk_ins'])
    .where('location_id', '=', locationId)
    .orderBy('starts_at')
    .execute()
}

describe('registering a walk-in', () => {
  test('at 11:45 in a session that began at 10:00: works for staff, refused online', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 }],
      minNoticeMinutes: 120,
    })
    const { counselor, cookie } = await deskOf(point)
    const { post, get } = testApp(db, { now: NOW })

    const res = await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)
    expect(res.status).toBe(303)
    const [walkIn] = await bookingsAt(point.id)
    expect(walkIn).toMatchObject({
      walk_in: true,
      source: 'staff',
      booked_by: counselor.id,
      name: 'A.',
      language: 'ti',
      interpreter: true,
      topic: 'return',
      email: null,
      phone: null,
      attendance: 'attended',
    })
    // In the slot on now (11:30–12:00), arrived now.
    expect(walkIn!.starts_at.toISOString()).toBe('2026-11-30T10:30:00.000Z')
    expect(walkIn!.arrived_at?.toISOString()).toBe(NOW.toISOString())
    expect(res.headers.get('Location')).toContain(`code=${walkIn!.reference}`)
    // Audited in its own transaction; no invitation for a conversation happening now.
    const auditRows = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('booking_id', '=', walkIn!.id)
      .execute()
    expect(auditRows).toEqual([{ action: 'booking.create', detail: 'walk-in' }])
    const outbox = await db
      .selectFrom('outbox')
      .select('id')
      .where('booking_id', '=', walkIn!.id)
      .execute()
    expect(outbox).toEqual([])

    // The desk lists them as waiting.
    const page = await (
      await get(`/staff/balie/${point.slug}?klaar=registered&code=${walkIn!.reference}`, cookie)
    ).text()
    expect(page).toContain(`Ingeschreven met code ${spacedReference(walkIn!.reference)}`)
    expect(page).toMatch(/Wachtrij \(1\)/)

    // A client online cannot take 12:00 or 13:00 minus the two hours' notice.
    await expect(
      bookDirect(db, { locationId: point.id, start: '2026-11-30T11:00:00Z', now: NOW }),
    ).rejects.toThrow('slot_unavailable')
  })

  test('a walk-in uses the kept-free seat, so the bookable places stay', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '11:30', end: '12:30', counselors: 2 }],
      minNoticeMinutes: 0,
      walkInSeats: 1,
    })
    const { cookie } = await deskOf(point)
    const { post } = testApp(db, { now: NOW })
    // 11:30 is running: one walk-in takes its kept-free seat, a second the other seat.
    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    // 11:30 is full now; the third goes to 12:00, on its kept-free seat...
    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    expect(await counters(point.id)).toEqual([
      { starts_at: new Date('2026-11-30T10:30:00Z'), booked: 2, walk_ins: 2 },
      { starts_at: new Date('2026-11-30T11:00:00Z'), booked: 1, walk_ins: 1 },
    ])
    // ...so a client can still book the one bookable place at 12:00, and nobody else.
    await bookDirect(db, { locationId: point.id, start: '2026-11-30T11:00:00Z', now: NOW })
    await expect(
      bookDirect(db, { locationId: point.id, start: '2026-11-30T11:00:00Z', now: NOW }),
    ).rejects.toThrow('slot_full')
    const full = await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)
    expect(full.status).toBe(409)
    const body = await full.text()
    expect(body).toContain('Het spreekuur is vol')
    // What was typed is kept.
    expect(body).toContain('value="A."')
    expect(await bookingsAt(point.id)).toHaveLength(4)
  })

  test('the counter itself: a booking never takes a kept-free seat, a walk-in any seat', async () => {
    const point = await createSupportPoint(db, { walkInSeats: 1 })
    const start = new Date('2026-12-07T10:00:00Z')
    const booking = { capacity: 1, walkInSeats: 1 }
    const walkIn = { walkIn: true, counselors: 2 } as const
    expect(await takePlace(db, point.id, start, booking)).toBe(true)
    expect(await takePlace(db, point.id, start, booking)).toBe(false)
    expect(await takePlace(db, point.id, start, walkIn)).toBe(true)
    expect(await takePlace(db, point.id, start, walkIn)).toBe(false)
    const other = new Date('2026-12-07T10:30:00Z')
    expect(await takePlace(db, point.id, other, walkIn)).toBe(true)
    expect(await takePlace(db, point.id, other, booking)).toBe(true)
    expect(await takePlace(db, point.id, other, booking)).toBe(false)
    expect(await takePlace(db, point.id, other, walkIn)).toBe(false)
  })

  test('bad input changes nothing and keeps what was typed', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 }],
    })
    const { cookie } = await deskOf(point)
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      `/staff/balie/${point.slug}/binnenloper`,
      { ...WALK_IN, name: 'Karim', language: 'klingon' },
      cookie,
    )
    expect(res.status).toBe(422)
    const body = await res.text()
    expect(body).toContain('Kies een van de mogelijkheden.')
    expect(body).toContain('value="Karim"')
    const none = await post(
      `/staff/balie/${point.slug}/binnenloper`,
      { ...WALK_IN, language: '' },
      cookie,
    )
    expect(none.status).toBe(422)
    expect(await none.text()).toContain('Kies een taal: dan weet de counselor')
    expect(await bookingsAt(point.id)).toEqual([])
  })

  test('a volunteer at the desk sees codes, not the names booked clients gave', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 }],
    })
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-11-30T11:30:00Z',
      now: new Date('2026-11-28T09:00:00Z'),
      details: { name: 'Samira Geheim' },
    })
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/staff/balie/${point.slug}`, await signIn(db, volunteer.id, NOW))
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(spacedReference(booking.reference))
    expect(html).not.toContain('Samira')
  })

  test('outside the session the desk shows the next one and registers nobody', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '14:00', end: '16:00', counselors: 2 }],
    })
    const { cookie } = await deskOf(point)
    const { post, get } = testApp(db, { now: NOW })
    const page = await (await get(`/staff/balie/${point.slug}`, cookie)).text()
    expect(page).toContain('Het volgende inloopspreekuur vandaag is van 14:00 tot 16:00')
    expect(page).not.toContain('/binnenloper"')
    const res = await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Het inloopspreekuur is nu niet open.')
    expect(await bookingsAt(point.id)).toEqual([])
  })
})

describe('the desk is audited', () => {
  test('opening it writes desk.view, once per quarter hour of looking, refreshes included', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 }],
    })
    const { counselor, cookie } = await deskOf(point)
    const { get, setNow } = testApp(db, { now: NOW })
    const views = () =>
      db
        .selectFrom('audit_log')
        .select(['location_id', 'detail'])
        .where('staff_id', '=', counselor.id)
        .where('action', '=', 'desk.view')
        .execute()
    expect((await get(`/staff/balie/${point.slug}`, cookie)).status).toBe(200)
    // The waiting list's own refresh, as htmx sends it.
    await get(`/staff/balie/${point.slug}`, { ...cookie, 'HX-Request': 'true' })
    expect(await views()).toEqual([{ location_id: point.id, detail: '2026-11-30' }])
    setNow(new Date(NOW.getTime() + 16 * 60_000))
    await get(`/staff/balie/${point.slug}`, cookie)
    expect(await views()).toHaveLength(2)
    // Sent from another site, the desk first asks for a click and records nothing.
    const elsewhere = await get(`/staff/balie/${point.slug}`, {
      ...cookie,
      'Sec-Fetch-Site': 'cross-site',
    })
    expect(await elsewhere.text()).not.toContain('Wachtrij')
    expect(await views()).toHaveLength(2)
  })
})

describe.runIf(usingPostgres)('racing for the last place of the running session', () => {
  test('walk-ins and online bookings together never overbook', async () => {
    // One counselor, 11:30–12:30: 11:30 is taken, 12:00 is the last place, for both.
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '11:30', end: '12:30', counselors: 1 }],
      minNoticeMinutes: 0,
    })
    const { cookie } = await deskOf(point)
    const { post } = testApp(db, { now: NOW })
    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    const results = await Promise.allSettled([
      ...Array.from({ length: 12 }, () =>
        Promise.resolve(post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).then(
          (r) => r.status,
        ),
      ),
      ...Array.from({ length: 12 }, () =>
        bookDirect(db, { locationId: point.id, start: '2026-11-30T11:00:00Z', now: NOW }).then(
          () => 201,
        ),
      ),
    ])
    const won = results.filter(
      (r) => r.status === 'fulfilled' && (r.value === 303 || r.value === 201),
    )
    expect(won).toHaveLength(1)
    // Everyone else was told "full", nobody got an error page.
    for (const r of results) {
      if (r.status === 'fulfilled') expect([303, 201, 409]).toContain(r.value)
      else expect(String(r.reason)).toMatch(/slot_full/)
    }
    expect(await bookingsAt(point.id)).toHaveLength(2)
    const rows = await counters(point.id)
    expect(rows.map((r) => r.booked)).toEqual([1, 1])
  })
})

describe('a booked client at the desk', () => {
  test('check in, take in, done with an outcome; "did not come" only after their time', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 }],
    })
    const yesterday = new Date('2026-11-29T09:00:00Z')
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-11-30T11:00:00Z',
      now: yesterday,
      details: { name: 'Samira', phone: '06 1234 5678' },
    })
    const { booking: other } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-11-30T11:30:00Z',
      now: yesterday,
    })
    const { counselor, cookie } = await deskOf(point)
    const { post, get, setNow } = testApp(db, { now: NOW })
    const base = `/staff/balie/${point.slug}`

    // Found by the code on their card, and by their phone number.
    const byCode = await (
      await get(`${base}?zoek=${booking.reference.toLowerCase()}`, cookie)
    ).text()
    expect(byCode).toContain(`Gevonden: ${booking.reference}`)
    const byPhone = await (await get(`${base}?zoek=0612345678`, cookie)).text()
    expect(byPhone).toContain(`Gevonden: ${booking.reference}`)
    expect(byPhone).not.toContain('06 1234 5678')

    // Not yet past 12:00: "did not come" is refused.
    const early = await post(`${base}/${other.reference}/niet-gekomen`, {}, cookie)
    expect(early.status).toBe(409)

    expect((await post(`${base}/${booking.reference}/aanwezig`, {}, cookie)).status).toBe(303)
    // A second click (or a second desk) records nothing twice.
    const again = await post(`${base}/${booking.reference}/aanwezig`, {}, cookie)
    expect(again.headers.get('Location')).toContain('klaar=stale')
    expect((await post(`${base}/${booking.reference}/gesprek`, {}, cookie)).status).toBe(303)
    const noOutcome = await post(`${base}/${booking.reference}/klaar`, { outcome: 'x' }, cookie)
    expect(noOutcome.status).toBe(422)
    setNow(new Date('2026-11-30T11:20:00Z'))
    expect(
      (await post(`${base}/${booking.reference}/klaar`, { outcome: 'return' }, cookie)).status,
    ).toBe(303)
    const row = await db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ attendance: 'attended', outcome: 'return' })
    expect(row.arrived_at?.toISOString()).toBe(NOW.toISOString())
    expect(row.finished_at?.toISOString()).toBe('2026-11-30T11:20:00.000Z')

    setNow(new Date('2026-11-30T12:01:00Z'))
    expect((await post(`${base}/${other.reference}/niet-gekomen`, {}, cookie)).status).toBe(303)
    const absent = await db
      .selectFrom('bookings')
      .select('attendance')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow()
    expect(absent.attendance).toBe('no_show')

    const trail = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('staff_id', '=', counselor.id)
      .where('action', '!=', 'desk.view')
      .orderBy('id')
      .execute()
    expect(trail).toEqual([
      { action: 'desk.check-in', detail: null },
      { action: 'desk.call', detail: null },
      { action: 'desk.finish', detail: 'return' },
      { action: 'desk.no-show', detail: null },
    ])
  })

  test('a client of another day, or of another point, is not at this desk', async () => {
    const point = await createSupportPoint(db, {
      hours: [
        { weekday: MONDAY, start: '10:00', end: '13:00', counselors: 2 },
        { weekday: 2, start: '10:00', end: '13:00', counselors: 2 },
      ],
    })
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T10:00:00Z',
      now: NOW,
    })
    const { cookie } = await deskOf(point)
    const elsewhere = await createSupportPoint(db, {})
    const { cookie: otherCookie } = await deskOf(elsewhere)
    const { post, get } = testApp(db, { now: NOW })
    const base = `/staff/balie/${point.slug}`
    expect((await post(`${base}/${booking.reference}/aanwezig`, {}, cookie)).status).toBe(404)
    expect((await get(base, otherCookie)).status).toBe(404)
    expect((await post(`${base}/binnenloper`, WALK_IN, otherCookie)).status).toBe(404)
  })
})

describe('the public side: open now, and how busy as a rough figure', () => {
  test('the point page, the list and the API say the doors are open now', async () => {
    const point = await createSupportPoint(db, {
      municipality: `Opendorp${Date.now()}`,
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 1 }],
      extraSessions: [{ date: '2026-12-05', start: '10:00', end: '12:00', counselors: 1 }],
      closures: [{ startDate: '2026-12-05', endDate: '2026-12-05', reason: 'Dicht' }],
    })
    const { cookie } = await deskOf(point)
    const { get, post, setNow } = testApp(db, { now: NOW })
    const page = async () => (await get(`/steunpunt/${point.slug}`)).text()

    // Nobody at the desk yet: open, but nothing said about how busy.
    let html = await page()
    expect(html).toContain('Nu open, tot 13:00: loop binnen, of maak een afspraak.')
    expect(html).not.toContain('Nu rustig')
    // The extra session on a closed day is not held, so not shown.
    expect(html).not.toContain('Extra spreekuren')

    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    html = await page()
    expect(html).toContain('Er wachten een paar mensen.')
    // Never a name, never a count.
    expect(html).not.toContain('A.</')
    expect((await post(`/staff/balie/${point.slug}/binnenloper`, WALK_IN, cookie)).status).toBe(303)
    expect(await page()).toContain('Nu druk: reken op wachten.')

    const api = (await (await get('/api/v1/locations')).json()) as Array<{
      slug: string
      openNow: { until: string; busy: string | null } | null
    }>
    expect(api.find((p) => p.slug === point.slug)?.openNow).toEqual({
      until: '13:00',
      busy: 'busy',
    })
    const list = await (
      await get(`/?q=${encodeURIComponent(point.name)}`, { 'Accept-Language': 'en' })
    ).text()
    expect(list).toContain('Open now, until 13:00: walk in, or book a time. Busy right now')

    // After the session: no longer open.
    setNow(new Date('2026-11-30T12:00:00Z'))
    expect(await page()).not.toContain('Nu open')
    const later = (await (await get('/api/v1/locations')).json()) as typeof api
    expect(later.find((p) => p.slug === point.slug)?.openNow).toBeNull()
  })

  test('extra sessions appear on the support point page', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: MONDAY, start: '10:00', end: '13:00', counselors: 1 }],
      extraSessions: [{ date: '2026-12-05', start: '10:00', end: '12:00', counselors: 1 }],
    })
    const { get } = testApp(db, { now: NOW })
    const html = await (await get(`/steunpunt/${point.slug}`)).text()
    expect(html).toContain('Extra spreekuren')
    expect(html).toMatch(/5 december 2026[^<]*<span dir="ltr">10:00–12:00/)
  })
})
