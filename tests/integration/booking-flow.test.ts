import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { hashToken } from '../../src/services/tokens.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { bookThroughForm } from '../support/booking.js'

// Monday 30 November 2026, 09:00 in Amsterdam. Tuesday's hours are 13:00–14:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

async function newPoint(counselors = 1) {
  return createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors }],
    closures: [{ startDate: '2026-12-08', endDate: '2026-12-08', reason: 'Teamdag' }],
  })
}

function bookingsAt(locationId: string) {
  return db.selectFrom('bookings').selectAll().where('location_id', '=', locationId).execute()
}

const DETAILS = {
  name: 'A. K.',
  language: 'ti',
  interpreter: 'yes',
  topic: 'orientation',
  email: '',
  phone: '',
  note: '',
}

describe('choosing a day and a time', () => {
  test('the day list shows free days, and closed days with their reason', async () => {
    const point = await newPoint()
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/steunpunt/${point.slug}/afspraak`)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('Stap 1 van 4')
    expect(html).toContain(`href="/steunpunt/${point.slug}/afspraak?dag=2026-12-01"`)
    expect(html).toContain('nog 2 plekken vrij')
    expect(html).toContain('gesloten: <bdi>Teamdag</bdi>')
  })

  test('a closed day names a public holiday in the reader’s language, a typed reason in Dutch', async () => {
    const point = await createSupportPoint(db, {
      hours: [
        { weekday: 2, start: '13:00', end: '14:00', counselors: 1 },
        { weekday: 5, start: '13:00', end: '14:00', counselors: 1 },
      ],
      closures: [
        { startDate: '2026-12-08', endDate: '2026-12-08', reason: 'Teamdag' },
        { startDate: '2026-12-25', endDate: '2026-12-25', reason: 'Eerste Kerstdag' },
      ],
    })
    const { get } = testApp(db, { now: NOW })
    const nl = await (await get(`/steunpunt/${point.slug}/afspraak`)).text()
    expect(nl).toContain('gesloten: Eerste Kerstdag')
    const ar = await (await get(`/steunpunt/${point.slug}/afspraak?lang=ar`)).text()
    expect(ar).toContain('مغلق: عيد الميلاد<')
    expect(ar).not.toContain('Eerste Kerstdag')
    // What the coordinator typed keeps its own direction and says it is Dutch.
    expect(ar).toContain('مغلق: <bdi lang="nl">Teamdag</bdi>')
    const en = await (await get(`/steunpunt/${point.slug}/afspraak?lang=en`)).text()
    expect(en).toContain('closed: Christmas Day<')
  })

  test('a chosen day shows its times, as a page or as the htmx fragment', async () => {
    const point = await newPoint()
    const { get } = testApp(db, { now: NOW })
    const page = await (await get(`/steunpunt/${point.slug}/afspraak?dag=2026-12-01`)).text()
    expect(page).toContain('Stap 2 van 4')
    expect(page).toContain('Vrije tijden op dinsdag 1 december')
    expect(page).toContain(`gegevens?start=${encodeURIComponent(TUESDAY_13)}`)
    const fragment = await (
      await get(`/steunpunt/${point.slug}/afspraak?dag=2026-12-01`, { 'HX-Request': 'true' })
    ).text()
    expect(fragment.startsWith('<section id="slots"')).toBe(true)
    expect(fragment).toContain('13:30–14:00')
    // The step indicator and the chosen day follow along out of band.
    expect(fragment).toContain('id="steps" hx-swap-oob="true"')
    expect(fragment).toMatch(/id="day-list" hx-swap-oob="true"[\s\S]*aria-current="date"/)
  })
})

describe('booking', () => {
  test('a valid form books, redirects to the private page, and stores only what was asked', async () => {
    const point = await newPoint()
    const { get, post } = testApp(db, { now: NOW })
    const form = await get(
      `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(TUESDAY_13)}`,
    )
    const formHtml = await form.text()
    expect(formHtml).toContain('dinsdag 1 december, 13:00–13:30')
    expect(formHtml).toContain('30 dagen na de afspraak wissen we')

    const res = await post(`/steunpunt/${point.slug}/afspraak`, { ...DETAILS, start: TUESDAY_13 })
    expect(res.status).toBe(303)
    const location = res.headers.get('Location') ?? ''
    expect(location).toMatch(/^\/b\/[A-Za-z0-9_-]{43}\?nieuw=1$/)
    const token = location.slice(3, 46)

    const [row] = await bookingsAt(point.id)
    expect(row).toMatchObject({
      status: 'active',
      name: 'A. K.',
      language: 'ti',
      interpreter: true,
      topic: 'orientation',
      email: null,
      phone: null,
      source: 'online',
      manage_token_hash: hashToken(token),
    })
    expect(row!.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')
    expect(row!.reference).toMatch(/^[A-HJ-KMNP-Z2-9]{8}$/)

    const page = await get(location)
    const html = await page.text()
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(page.headers.get('Cache-Control')).toBe('no-store')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(html).toContain('Uw afspraak staat')
    expect(html).toContain(`${row!.reference.slice(0, 4)} ${row!.reference.slice(4)}`)
    expect(html).toContain('dinsdag 1 december, 13:00–13:30')
    expect(html).toContain(`http://spreekuur.test/b/${token}`)
  })

  test('bad input gets messages next to the fields, keeps what was typed, and saves nothing', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    const res = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      name: '',
      email: 'niet-een-adres',
      phone: '<script>',
      note: 'Mijn notitie <b>vet</b>',
      start: TUESDAY_13,
    })
    const html = await res.text()
    expect(res.status).toBe(422)
    expect(html).toContain('Er is iets niet goed ingevuld')
    expect(html).toContain('id="name-error"')
    expect(html).toContain('aria-describedby="name-hint name-error"')
    expect(html).toContain('value="niet-een-adres"')
    expect(html).toContain('Mijn notitie &lt;b&gt;vet&lt;/b&gt;')
    expect(html).not.toContain('<b>vet</b>')
    expect(html).toContain('value="&lt;script&gt;"')
    expect(await bookingsAt(point.id)).toHaveLength(0)
  })

  test('a time that was taken meanwhile offers the nearest free times and keeps the form', async () => {
    const point = await newPoint(1)
    const { post } = testApp(db, { now: NOW })
    const first = await post(`/steunpunt/${point.slug}/afspraak`, { ...DETAILS, start: TUESDAY_13 })
    expect(first.status).toBe(303)
    const second = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      name: 'Tweede persoon',
      start: TUESDAY_13,
    })
    const html = await second.text()
    expect(second.status).toBe(409)
    expect(html).toContain('Deze tijd is net bezet')
    expect(html).toContain('value="Tweede persoon"')
    expect(html).toContain(`value="${TUESDAY_1330}"`)
    expect(await bookingsAt(point.id)).toHaveLength(1)
  })

  test('times off the grid, in the past, on a closed day or beyond the horizon are refused', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    for (const start of [
      '2026-12-01T13:10+01:00', // not on the grid
      '2026-11-24T13:00+01:00', // past
      '2026-12-08T13:00+01:00', // closed: Teamdag
      '2027-03-02T13:00+01:00', // beyond six weeks
      'morgen',
      '2026-12-01T13:00', // no offset
    ]) {
      const res = await post(`/steunpunt/${point.slug}/afspraak`, { ...DETAILS, start })
      expect(res.status, start).toBe(409)
      expect(await res.text()).toContain('Deze tijd kan niet meer')
    }
    expect(await bookingsAt(point.id)).toHaveLength(0)
  })

  test('the honeypot drops a bot silently', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    const res = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      start: TUESDAY_13,
      website: 'http://spam.example',
    })
    expect(res.status).toBe(303)
    expect(await bookingsAt(point.id)).toHaveLength(0)
  })

  test('too many bookings from one address get 429 with Retry-After', async () => {
    const point = await newPoint(3)
    const { post } = testApp(db, {
      now: NOW,
      env: { RATE_LIMIT_BOOKINGS: '2/10m', TRUST_PROXY: 'true' },
    })
    // An address of its own, so no other test shares this window.
    const ip = { 'X-Forwarded-For': `10.0.0.1, 198.51.100.${Math.floor(Math.random() * 250) + 1}` }
    for (let i = 0; i < 2; i++) {
      const ok = await post(
        `/steunpunt/${point.slug}/afspraak`,
        { ...DETAILS, start: TUESDAY_13 },
        ip,
      )
      expect(ok.status).toBe(303)
    }
    const limited = await post(
      `/steunpunt/${point.slug}/afspraak`,
      { ...DETAILS, start: TUESDAY_13 },
      ip,
    )
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(await limited.text()).toContain('Even wachten')
    expect(await bookingsAt(point.id)).toHaveLength(2)
  })

  test('a refused try keeps the form as typed, and tries with a typo are not counted', async () => {
    const point = await newPoint(3)
    const { post } = testApp(db, {
      now: NOW,
      env: { RATE_LIMIT_BOOKINGS: '1/10m', TRUST_PROXY: 'true' },
    })
    const ip = { 'X-Forwarded-For': `10.0.0.2, 198.18.0.${Math.floor(Math.random() * 250) + 1}` }
    const path = `/steunpunt/${point.slug}/afspraak`
    // People who share an address (a reception centre) correct their typing freely.
    for (let i = 0; i < 3; i++) {
      const typo = await post(path, { ...DETAILS, email: 'not-an-address', start: TUESDAY_13 }, ip)
      expect(typo.status).toBe(422)
    }
    expect((await post(path, { ...DETAILS, start: TUESDAY_13 }, ip)).status).toBe(303)
    const limited = await post(
      path,
      { ...DETAILS, name: 'Saba Tesfay', note: 'met mijn zus', start: TUESDAY_13 },
      ip,
    )
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    const html = await limited.text()
    expect(html).toContain('Even wachten')
    expect(html).toContain('value="Saba Tesfay"')
    expect(html).toContain('met mijn zus')
    // The chosen time stays chosen: the client only has to send it again later.
    expect(html).toMatch(/<input type="hidden" name="start" value="[^"]+"/)
    expect(await bookingsAt(point.id)).toHaveLength(1)
  })
})

describe('rate limits behind a proxy', () => {
  test('a client cannot dodge the limit by writing its own X-Forwarded-For entries', async () => {
    const point = await newPoint(3)
    const { post } = testApp(db, {
      now: NOW,
      env: { RATE_LIMIT_BOOKINGS: '2/10m', TRUST_PROXY: 'true' },
    })
    // The proxy appends the address it saw; what comes before is the client's own writing.
    const seen = `203.0.113.${Math.floor(Math.random() * 250) + 1}`
    const statuses = []
    for (let i = 0; i < 3; i++) {
      const headers = { 'X-Forwarded-For': `192.0.2.${i}, ${seen}` }
      const res = await post(
        `/steunpunt/${point.slug}/afspraak`,
        { ...DETAILS, start: TUESDAY_13 },
        headers,
      )
      statuses.push(res.status)
    }
    expect(statuses).toEqual([303, 303, 429])
  })
})

describe('changing a booking is limited too', () => {
  test('more than three times the booking limit of manage-link posts from one address get 429', async () => {
    const point = await newPoint(3)
    const booking = await testApp(db, { now: NOW }).post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      start: TUESDAY_13,
    })
    const path = (booking.headers.get('Location') ?? '').split('?')[0]!
    const { post } = testApp(db, {
      now: NOW,
      env: { RATE_LIMIT_BOOKINGS: '1/10m', TRUST_PROXY: 'true' },
    })
    const ip = { 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250) + 1}` }
    const statuses = []
    for (const start of [TUESDAY_1330, TUESDAY_13, TUESDAY_1330, TUESDAY_13]) {
      statuses.push((await post(`${path}/verzetten`, { start }, ip)).status)
    }
    expect(statuses).toEqual([303, 303, 303, 429])
  })
})

describe('the private manage link', () => {
  async function book(point: { id: string; slug: string }, start = TUESDAY_13) {
    return (await bookThroughForm(db, { slug: point.slug, start, now: NOW, fields: DETAILS })).path
  }

  test('a wrong or malformed token is a plain 404', async () => {
    const { get } = testApp(db, { now: NOW })
    for (const path of ['/b/' + 'x'.repeat(43), '/b/kort', '/b/' + 'A'.repeat(43) + '/annuleren']) {
      const res = await get(path)
      expect(res.status).toBe(404)
    }
  })

  test('cancelling asks first, then frees the place; a second cancel changes nothing', async () => {
    const point = await newPoint(1)
    const path = await book(point)
    const { get, post } = testApp(db, { now: NOW })
    const confirm = await (await get(`${path}/annuleren`)).text()
    expect(confirm).toContain('Wilt u de afspraak afzeggen?')
    expect((await bookingsAt(point.id))[0]!.status).toBe('active')

    const res = await post(`${path}/annuleren`, {})
    expect(res.status).toBe(303)
    const [row] = await bookingsAt(point.id)
    expect(row!.status).toBe('cancelled')
    expect(row!.cancelled_by).toBe('client')
    expect(row!.sequence).toBe(1)
    expect(await (await get(path)).text()).toContain('Deze afspraak is afgezegd.')

    await post(`${path}/annuleren`, {})
    expect((await bookingsAt(point.id))[0]!.sequence).toBe(1)
    // The place is free again.
    const again = await post(`/steunpunt/${point.slug}/afspraak`, { ...DETAILS, start: TUESDAY_13 })
    expect(again.status).toBe(303)
  })

  test('a cancelled page leads with the cancellation and its reason, with no code to show', async () => {
    const point = await newPoint(1)
    const path = await book(point)
    await db
      .updateTable('bookings')
      .set({ status: 'cancelled', cancelled_by: 'staff', cancel_reason: 'Spreekuur vervalt' })
      .where('location_id', '=', point.id)
      .execute()
    const { get } = testApp(db, { now: NOW })
    const nl = await (await get(path)).text()
    expect(nl).toMatch(/<h1[^>]*>Deze afspraak is afgezegd.<\/h1>/)
    expect(nl).toContain('Reden: <bdi>Spreekuur vervalt</bdi>')
    expect(nl).toContain('Kom niet voor deze afspraak.')
    expect(nl).not.toContain('Laat deze code zien bij de balie.')
    expect(nl).toContain(`href="/steunpunt/${point.slug}/afspraak"`)
    const ar = await (await get(`${path}?lang=ar`)).text()
    expect(ar).toContain('السبب: <bdi lang="nl">Spreekuur vervalt</bdi>')
    expect(ar).not.toContain('يرجى إظهار هذا الرمز')
  })

  test('a past appointment says it is past and shows no code to show', async () => {
    const point = await newPoint(1)
    const path = await book(point)
    const { get } = testApp(db, { now: new Date('2026-12-02T08:00:00Z') })
    const html = await (await get(path)).text()
    expect(html).toMatch(/<h1[^>]*>Deze afspraak is voorbij.<\/h1>/)
    expect(html).not.toContain('Laat deze code zien bij de balie.')
    expect(html).not.toContain('/annuleren')
  })

  test('moving takes the new place and frees the old one in one step', async () => {
    const point = await newPoint(1)
    const path = await book(point)
    const { get, post } = testApp(db, { now: NOW })
    const picker = await (await get(`${path}/verzetten?dag=2026-12-01`)).text()
    expect(picker).toContain('Nu: dinsdag 1 december, 13:00–13:30')
    expect(picker).toContain(`value="${TUESDAY_1330}"`)

    const res = await post(`${path}/verzetten`, { start: TUESDAY_1330 })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${path}?verzet=1`)
    const [row] = await bookingsAt(point.id)
    expect(row!.starts_at.toISOString()).toBe('2026-12-01T12:30:00.000Z')
    expect(row!.sequence).toBe(1)
    const counters = await db
      .selectFrom('slot_counters')
      .select(['starts_at', 'booked'])
      .where('location_id', '=', point.id)
      .orderBy('starts_at')
      .execute()
    expect(counters.map((c) => c.booked)).toEqual([0, 1])
  })

  test('moving into a full time is refused and the booking stays where it was', async () => {
    const point = await newPoint(1)
    const path = await book(point, TUESDAY_13)
    await book(point, TUESDAY_1330)
    const { post } = testApp(db, { now: NOW })
    const res = await post(`${path}/verzetten`, { start: TUESDAY_1330 })
    expect(res.status).toBe(409)
    const rows = await bookingsAt(point.id)
    expect(rows.map((r) => r.starts_at.toISOString()).sort()).toEqual([
      '2026-12-01T12:00:00.000Z',
      '2026-12-01T12:30:00.000Z',
    ])
  })

  test('the calendar file carries the reference, never the name', async () => {
    const point = await newPoint()
    const path = await book(point)
    const { get } = testApp(db, { now: NOW })
    const res = await get(`${path}/afspraak.ics`)
    const body = await res.text()
    expect(res.headers.get('Content-Type')).toContain('text/calendar')
    const [row] = await bookingsAt(point.id)
    expect(body).toContain(`UID:${row!.id}@spreekuur.test`)
    expect(body).toContain(row!.reference)
    expect(body).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T130000')
    expect(body).toContain('BEGIN:VTIMEZONE')
    expect(body).not.toContain('A. K.')
  })

  test('after the appointment the page says it is over and offers to book again', async () => {
    const point = await newPoint()
    const path = await book(point)
    const { get } = testApp(db, { now: new Date('2026-12-02T08:00:00Z') })
    const html = await (await get(path)).text()
    expect(html).toContain('Deze afspraak is voorbij.')
    expect(html).toContain(`/steunpunt/${point.slug}/afspraak`)
    const move = await get(`${path}/verzetten`)
    expect(move.status).toBe(303)
  })
})

describe('abuse', () => {
  test('an oversized body is refused before it is read, and nothing is saved', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    const res = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      start: TUESDAY_13,
      note: 'x'.repeat(100_000),
    })
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('Dat begrijpen we niet')
    expect(await bookingsAt(point.id)).toHaveLength(0)
  })
})

describe('the details form, before anything is typed', () => {
  test("preselects the page's language for a client, and says the server's lengths", async () => {
    const point = await newPoint()
    const { get } = testApp(db, { now: NOW })
    const path = `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(TUESDAY_13)}`
    const ar = await (await get(`${path}&lang=ar`)).text()
    expect(ar).toMatch(/<option value="ar" selected=""/)
    const nl = await (await get(path)).text()
    expect(nl).toMatch(/<option value="nl" selected=""/)
    expect(nl).toContain('maxlength="80"')
    expect(nl).toContain('maxlength="500"')
    expect(nl).toContain('Hoogstens 80 tekens.')
    expect(nl).toContain('Hoogstens 500 tekens.')
  })

  test('a full time opened directly says so, offering the later times first', async () => {
    const point = await newPoint(1)
    const { get, post } = testApp(db, { now: NOW })
    const taken = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...DETAILS,
      start: TUESDAY_1330,
    })
    expect(taken.status).toBe(303)
    const res = await get(
      `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(TUESDAY_1330)}`,
    )
    const html = await res.text()
    expect(res.status).toBe(409)
    expect(html).toContain('Deze tijd is net bezet')
    // 13:00 is earlier than the wanted 13:30; a later time (next Tuesday is closed, so the
    // 15th) comes first.
    const offered = [...html.matchAll(/<input type="radio" name="start" value="([^"]+)"/g)].map(
      (m) => m[1]!,
    )
    expect(offered.length).toBeGreaterThan(1)
    expect(offered[0]! > TUESDAY_1330).toBe(true)
    expect(offered).toContain(TUESDAY_13)
    expect(offered.indexOf(TUESDAY_13)).toBeGreaterThan(0)
  })
})
