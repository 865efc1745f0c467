import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { BASE_URL, testApp } from '../support/app.js'
import { apiBooked, apiCall, type TestApp } from '../support/api-client.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'

// Monday 30 November 2026, 09:00 in Amsterdam: with two hours' notice, 11:00 is the first slot.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUE_13 = '2026-12-01T13:00:00+01:00'
const TUE_1330 = '2026-12-01T13:30:00+01:00'
const TUE_14 = '2026-12-01T14:00:00+01:00'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** Mondays 10:00–12:00 with one counselor, Tuesdays 13:00–15:00 with `counselors`; 8 Dec closed. */
function newPoint(counselors = 2) {
  return createSupportPoint(db, {
    hours: [
      { weekday: 1, start: '10:00', end: '12:00', counselors: 1 },
      { weekday: 2, start: '13:00', end: '15:00', counselors },
    ],
    closures: [{ startDate: '2026-12-08', endDate: '2026-12-08', reason: 'Teamdag' }],
  })
}

const CLIENT = { name: 'A. K.', language: 'ti', interpreter: true, topic: 'orientation' }

async function book(app: TestApp, location: string, start: string, extra: object = {}) {
  const res = await apiCall(app, 'POST', '/bookings', {
    body: { location, start, ...CLIENT, ...extra },
  })
  return { res, body: (await res.json()) as Record<string, unknown> }
}

/** Books and returns what the client needs to manage the booking. */
const booked = (app: TestApp, location: string, start: string) =>
  apiBooked(app, { location, start, ...CLIENT })

function bookingRows(locationId: string) {
  return db.selectFrom('bookings').selectAll().where('location_id', '=', locationId).execute()
}

async function remainingAt(app: TestApp, slug: string, start: string): Promise<number | undefined> {
  const date = start.slice(0, 10)
  const res = await apiCall(app, 'GET', `/locations/${slug}/slots?from=${date}&to=${date}`)
  const slots = (await res.json()) as Array<{ start: string; remaining: number }>
  return slots.find((slot) => slot.start === start)?.remaining
}

describe('GET /api/v1/locations/:slug/slots', () => {
  test('by default lists four weeks from today in the window, full and closed days as they are', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const res = await apiCall(app, 'GET', `/locations/${point.slug}/slots`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('application/json')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    const slots = (await res.json()) as Array<{ start: string; end: string; remaining: number }>
    // Today only 11:00 and 11:30 (notice); Mondays 7, 14, 21 Dec; Tuesdays 1, 15, 22 Dec
    // (8 Dec is closed); nothing after Sunday 27 Dec.
    expect(slots).toHaveLength(2 + 3 * 4 + 3 * 4)
    expect(slots[0]).toEqual({
      start: '2026-11-30T11:00:00+01:00',
      end: '2026-11-30T11:30:00+01:00',
      remaining: 1,
    })
    expect(slots.at(-1)?.start).toBe('2026-12-22T14:30:00+01:00')
    expect(slots.some((slot) => slot.start.startsWith('2026-12-08'))).toBe(false)
  })

  test('an explicit range gives that range, with booked places counted', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    await booked(app, point.slug, TUE_13)
    await booked(app, point.slug, TUE_13)
    await booked(app, point.slug, TUE_1330)
    const res = await apiCall(
      app,
      'GET',
      `/locations/${point.slug}/slots?from=2026-12-01&to=2026-12-01`,
    )
    expect(await res.json()).toEqual([
      { start: TUE_13, end: TUE_1330, remaining: 0 },
      { start: TUE_1330, end: TUE_14, remaining: 1 },
      { start: TUE_14, end: '2026-12-01T14:30:00+01:00', remaining: 2 },
      { start: '2026-12-01T14:30:00+01:00', end: '2026-12-01T15:00:00+01:00', remaining: 2 },
    ])
  })

  test('slots before the notice or beyond the horizon are not listed', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const past = await apiCall(
      app,
      'GET',
      `/locations/${point.slug}/slots?from=2026-11-01&to=2026-11-30`,
    )
    expect(((await past.json()) as Array<{ start: string }>).map((s) => s.start)).toEqual([
      '2026-11-30T11:00:00+01:00',
      '2026-11-30T11:30:00+01:00',
    ])
    // The horizon of 42 days ends on Monday 11 January 2027.
    const edge = await apiCall(
      app,
      'GET',
      `/locations/${point.slug}/slots?from=2027-01-04&to=2027-01-31`,
    )
    const edgeSlots = (await edge.json()) as Array<{ start: string }>
    expect(edgeSlots).toHaveLength(12)
    expect(edgeSlots.at(-1)?.start).toBe('2027-01-11T11:30:00+01:00')
    const beyond = await apiCall(
      app,
      'GET',
      `/locations/${point.slug}/slots?from=2027-01-12&to=2027-02-01`,
    )
    expect(beyond.status).toBe(200)
    expect(await beyond.json()).toEqual([])
    for (const query of ['from=9999-12-31', 'from=0001-01-01&to=0001-01-31']) {
      const absurd = await apiCall(app, 'GET', `/locations/${point.slug}/slots?${query}`)
      expect(absurd.status, query).toBe(200)
      expect(await absurd.json()).toEqual([])
    }
  })

  test('malformed dates, a reversed range and one longer than 92 days are 400', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const cases: Array<[string, string]> = [
      ['from=2026-13-01', 'from'],
      ['from=2026-02-30', 'from'],
      ['from=tomorrow', 'from'],
      ['from=2026-12-01&to=2026-12-1', 'to'],
      ['from=2026-12-01T00:00', 'from'],
      ['from=2026-12-10&to=2026-12-09', 'to'],
      ['from=2026-12-01&to=2027-03-03', 'to'],
      ['from=0001-01-01&to=9999-12-31', 'to'],
    ]
    for (const [query, field] of cases) {
      const res = await apiCall(app, 'GET', `/locations/${point.slug}/slots?${query}`)
      expect(res.status, query).toBe(400)
      const body = (await res.json()) as { error: string; message: string; fields: object }
      expect(body.error).toBe('bad_request')
      expect(body.message).toEqual(expect.any(String))
      expect(body.fields, query).toHaveProperty(field)
    }
    // 92 days, both ends included, is still fine.
    const longest = await apiCall(
      app,
      'GET',
      `/locations/${point.slug}/slots?from=2026-12-01&to=2027-03-02`,
    )
    expect(longest.status).toBe(200)
  })

  test('an unknown or malformed slug is 404', async () => {
    const { app } = testApp(db, { now: NOW })
    for (const slug of ['bestaat-niet', 'Hoofdletters', 'a--b', '%00', '..%2F..%2Fetc']) {
      const res = await apiCall(app, 'GET', `/locations/${slug}/slots`)
      expect(res.status, slug).toBe(404)
      expect(await res.json()).toEqual({ error: 'not_found', message: 'Not found.' })
    }
  })
})

describe('POST /api/v1/bookings', () => {
  test('books a place: 201 with the manage token, stored hashed, never logged', async () => {
    const point = await newPoint()
    const { app, logs } = testApp(db, { now: NOW })
    const { res, body } = await book(app, point.slug, '2026-12-01T12:00:00Z', {
      email: 'ak@example.org',
      phone: '+31 6 12345678',
      note: 'Graag een vrouwelijke tolk',
      unknownField: 'ignored',
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    const token = body.manageToken as string
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(body).toEqual({
      reference: expect.stringMatching(/^[A-Z2-9]{8}$/),
      location: point.slug,
      start: TUE_13,
      end: TUE_1330,
      manageToken: token,
      manageUrl: `${BASE_URL}/b/${token}`,
    })
    expect(res.headers.get('Location')).toBe(`/api/v1/bookings/${body.reference as string}`)

    const rows = await bookingRows(point.id)
    expect(rows).toHaveLength(1)
    const row = rows[0]!
    expect(row).toMatchObject({
      reference: body.reference,
      status: 'active',
      source: 'api',
      name: 'A. K.',
      language: 'ti',
      interpreter: true,
      topic: 'orientation',
      email: 'ak@example.org',
      // Stored as E.164 (issue 16).
      phone: '+31612345678',
      note: 'Graag een vrouwelijke tolk',
      sequence: 0,
    })
    expect(row.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')
    expect(row.manage_token_hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(token)
    expect(JSON.stringify(logs)).not.toContain(token)
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(1)
  })

  test('the booking answer is the same JSON with or without gzip, and says it varies by it', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const answers = []
    for (const start of ['2026-12-01T12:00:00Z', '2026-12-01T12:30:00Z']) {
      const headers: Record<string, string> = start.endsWith('12:00:00Z')
        ? { 'Accept-Encoding': 'gzip' }
        : {}
      const res = await apiCall(app, 'POST', '/bookings', {
        body: { location: point.slug, start, ...CLIENT },
        headers,
      })
      expect(res.status).toBe(201)
      answers.push(res)
    }
    for (const res of answers) {
      expect(res.headers.get('Content-Type')).toBe('application/json')
      expect(res.headers.get('Vary')).toBe('Accept-Encoding')
      // A few hundred bytes: not worth a gzip header and trailer.
      expect(res.headers.get('Content-Encoding')).toBeNull()
      expect(await res.json()).toMatchObject({ location: point.slug })
    }
    expect([...answers[0]!.headers.keys()]).toEqual([...answers[1]!.headers.keys()])
  })

  test('invalid details are 422 with a message per field, and nothing is written', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const cases: Array<[object, string[]]> = [
      [{ name: '' }, ['name']],
      [{ name: 'x'.repeat(81) }, ['name']],
      [{ name: 'A\u202EK' }, ['name']],
      [{ email: 'not-an-email' }, ['email']],
      [{ language: 'klingon' }, ['language']],
      [{ language: undefined }, ['language']],
      [{ topic: 'asylum-number' }, ['topic']],
      [{ name: 5, interpreter: 'yes' }, ['name', 'interpreter']],
      [{ phone: 'call me', email: 'a@b' }, ['phone', 'email']],
      [{ location: 'bestaat-niet' }, ['location']],
      [{ location: 42 }, ['location']],
      [{ start: '2026-12-01T13:00' }, ['start']],
      [{ start: '1 December 2026 13:00' }, ['start']],
      [{ start: '2026-12-01T25:00:00Z' }, ['start']],
    ]
    for (const [override, fields] of cases) {
      const body = { location: point.slug, start: TUE_13, ...CLIENT, ...override }
      const res = await apiCall(app, 'POST', '/bookings', { body })
      expect(res.status, JSON.stringify(override)).toBe(422)
      const answer = (await res.json()) as { error: string; fields: Record<string, string> }
      expect(answer.error).toBe('validation')
      expect(Object.keys(answer.fields).sort()).toEqual([...fields].sort())
      for (const message of Object.values(answer.fields)) expect(message).toMatch(/^[A-Z].+\.$/)
    }
    const missing = await apiCall(app, 'POST', '/bookings', { body: {} })
    const missingFields = ((await missing.json()) as { fields: object }).fields
    expect(Object.keys(missingFields).sort()).toEqual(['language', 'location', 'name', 'start'])
    expect(await bookingRows(point.id)).toHaveLength(0)
  })

  test('the language list is named in its error message', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const { res, body } = await book(app, point.slug, TUE_13, { language: 'xx' })
    expect(res.status).toBe(422)
    expect((body.fields as Record<string, string>).language).toContain('ti, fa')
  })

  test('locale chooses the language of the client’s emails; an unknown one is 422', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const bad = await book(app, point.slug, TUE_13, { locale: 'xx' })
    expect(bad.res.status).toBe(422)
    expect((bad.body.fields as Record<string, string>).locale).toContain('nl, en')
    expect(await bookingRows(point.id)).toHaveLength(0)
    const good = await book(app, point.slug, TUE_13, { locale: 'en', email: 'k@example.org' })
    expect(good.res.status).toBe(201)
    const [row] = await bookingRows(point.id)
    expect(row?.locale).toBe('en')
  })

  test('a time that is not offered is 409 slot_unavailable, and nothing is written', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const starts = {
      offGrid: '2026-12-01T13:10:00+01:00',
      closedDay: '2026-12-08T13:00:00+01:00',
      noHours: '2026-12-02T13:00:00+01:00',
      withinNotice: '2026-11-30T10:30:00+01:00',
      past: '2026-11-24T13:00:00+01:00',
      beyondHorizon: '2027-01-12T13:00:00+01:00',
    }
    for (const [label, start] of Object.entries(starts)) {
      const { res, body } = await book(app, point.slug, start)
      expect(res.status, label).toBe(409)
      expect(body.error, label).toBe('slot_unavailable')
      expect(body.message).toEqual(expect.any(String))
    }
    expect(await bookingRows(point.id)).toHaveLength(0)
  })

  test('a full slot is 409 slot_full with the nearest free slots', async () => {
    const point = await newPoint(1)
    const { app } = testApp(db, { now: NOW })
    await booked(app, point.slug, TUE_1330)
    const { res, body } = await book(app, point.slug, TUE_1330)
    expect(res.status).toBe(409)
    expect(body.error).toBe('slot_full')
    const alternatives = body.alternatives as Array<{ start: string; remaining: number }>
    expect(alternatives.length).toBeGreaterThan(0)
    expect(alternatives.map((slot) => slot.start)).toContain(TUE_13)
    expect(alternatives.map((slot) => slot.start)).not.toContain(TUE_1330)
    expect(alternatives.every((slot) => slot.remaining > 0)).toBe(true)
    expect(await bookingRows(point.id)).toHaveLength(1)
  })

  test('a body that is not a JSON object is 400, never 500', async () => {
    const point = await newPoint()
    const { app, logs } = testApp(db, { now: NOW })
    for (const raw of ['{', '', 'null', '[]', '"text"', '42', '{"name": "A", }', '\u0000']) {
      const res = await apiCall(app, 'POST', '/bookings', { raw })
      expect(res.status, JSON.stringify(raw)).toBe(400)
      expect(await res.json()).toEqual({
        error: 'bad_request',
        message: 'The body must be a JSON object.',
      })
    }
    const proto = await apiCall(app, 'POST', '/bookings', {
      raw: `{"__proto__": {"name": "x"}, "location": "${point.slug}", "start": "${TUE_13}"}`,
    })
    expect(proto.status).toBe(422)
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([])
    expect(await bookingRows(point.id)).toHaveLength(0)
  })

  test('too many bookings from one address get 429 with Retry-After', async () => {
    const point = await newPoint()
    const { app } = testApp(db, {
      now: NOW,
      env: { RATE_LIMIT_BOOKINGS: '2/10m', TRUST_PROXY: 'true' },
    })
    // An address of this test alone: the count lives in the shared database.
    const address = `198.51.100.${randomBytes(1)[0]}, 10.0.0.1`
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } })
    const body = { location: point.slug, start: TUE_13, ...CLIENT }
    for (let i = 0; i < 2; i++) {
      expect((await apiCall(app, 'POST', '/bookings', { body, ...from(address) })).status).toBe(201)
    }
    const limited = await apiCall(app, 'POST', '/bookings', { body, ...from(address) })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('600')
    expect(await limited.json()).toEqual({ error: 'rate_limited', message: expect.any(String) })
    expect(await bookingRows(point.id)).toHaveLength(2)
    const other = await apiCall(app, 'POST', '/bookings', {
      body: { ...body, start: TUE_1330 },
      ...from(`2001:db8::${randomBytes(2).toString('hex')}`),
    })
    expect(other.status).toBe(201)
  })
})

describe('GET /api/v1/bookings/:reference', () => {
  test('the right token opens the booking; anything else is the same 404', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    const theirs = await booked(app, point.slug, TUE_1330)

    const res = await apiCall(app, 'GET', `/bookings/${mine.reference}`, { token: mine.token })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(await res.json()).toEqual({
      reference: mine.reference,
      status: 'active',
      location: point.slug,
      start: TUE_13,
      end: TUE_1330,
      name: 'A. K.',
      language: 'ti',
    })
    const lower = await apiCall(app, 'GET', `/bookings/${mine.reference.toLowerCase()}`, {
      token: mine.token,
    })
    expect(lower.status).toBe(200)

    const attempts = [
      {
        label: 'wrong token',
        reference: mine.reference,
        token: randomBytes(32).toString('base64url'),
      },
      { label: "another booking's token", reference: mine.reference, token: theirs.token },
      { label: "another booking's reference", reference: theirs.reference, token: mine.token },
      { label: 'unknown reference', reference: 'ZZZZZZZZ', token: mine.token },
      { label: 'malformed token', reference: mine.reference, token: 'x' },
      { label: 'no header', reference: mine.reference, token: undefined },
    ]
    const bodies = new Set<string>()
    for (const attempt of attempts) {
      const denied = await apiCall(app, 'GET', `/bookings/${attempt.reference}`, {
        ...(attempt.token === undefined ? {} : { token: attempt.token }),
      })
      expect(denied.status, attempt.label).toBe(404)
      bodies.add(await denied.text())
    }
    const basic = await apiCall(app, 'GET', `/bookings/${mine.reference}`, {
      headers: { Authorization: `Basic ${mine.token}` },
    })
    expect(basic.status).toBe(404)
    bodies.add(await basic.text())
    expect([...bodies]).toEqual([JSON.stringify({ error: 'not_found', message: 'Not found.' })])
  })
})

describe('POST /api/v1/bookings/:reference/cancel', () => {
  test('cancels, gives the place back, and a repeat changes nothing', async () => {
    const point = await newPoint(1)
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(0)

    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/cancel`, {
      token: mine.token,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'cancelled' })
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(1)
    const [row] = await bookingRows(point.id)
    expect(row).toMatchObject({ status: 'cancelled', cancelled_by: 'client', sequence: 1 })

    const again = await apiCall(app, 'POST', `/bookings/${mine.reference}/cancel`, {
      token: mine.token,
    })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ status: 'cancelled' })
    const [after] = await bookingRows(point.id)
    expect(after).toMatchObject({ status: 'cancelled', sequence: 1 })
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(1)
    const counter = await db
      .selectFrom('slot_counters')
      .select('booked')
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(counter.booked).toBe(0)

    const shown = await apiCall(app, 'GET', `/bookings/${mine.reference}`, { token: mine.token })
    expect(((await shown.json()) as { status: string }).status).toBe('cancelled')
  })

  test('after the start it is 409 not_changeable and the booking stays', async () => {
    const point = await newPoint()
    const { app, setNow } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    setNow(new Date('2026-12-01T12:05:00Z'))
    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/cancel`, {
      token: mine.token,
    })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({ error: 'not_changeable', message: expect.any(String) })
    const [row] = await bookingRows(point.id)
    expect(row?.status).toBe('active')
  })

  test('works with curl’s defaults: no content type, no Origin, only the Bearer token', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    const res = await app.request(`${BASE_URL}/api/v1/bookings/${mine.reference}/cancel`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${mine.token}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: '',
    })
    expect(res.status).toBe(200)
    const [row] = await bookingRows(point.id)
    expect(row?.status).toBe('cancelled')
  })

  test('needs the token', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/cancel`)
    expect(res.status).toBe(404)
    const [row] = await bookingRows(point.id)
    expect(row?.status).toBe('active')
  })
})

describe('POST /api/v1/bookings/:reference/reschedule', () => {
  test('moves the booking, frees the old place and raises the sequence', async () => {
    const point = await newPoint(1)
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
      token: mine.token,
      body: { start: '2026-12-01T13:00:00Z' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({
      reference: mine.reference,
      status: 'active',
      location: point.slug,
      start: TUE_14,
      end: '2026-12-01T14:30:00+01:00',
      name: 'A. K.',
      language: 'ti',
    })
    const [row] = await bookingRows(point.id)
    expect(row?.starts_at.toISOString()).toBe('2026-12-01T13:00:00.000Z')
    expect(row?.sequence).toBe(1)
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(1)
    expect(await remainingAt(app, point.slug, TUE_14)).toBe(0)
  })

  test('into a full slot is 409 slot_full and the booking stays where it was', async () => {
    const point = await newPoint(1)
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    await booked(app, point.slug, TUE_1330)
    const before = (await bookingRows(point.id)).find((b) => b.reference === mine.reference)
    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
      token: mine.token,
      body: { start: TUE_1330 },
    })
    expect(res.status).toBe(409)
    const body = (await res.json()) as { error: string; alternatives: Array<{ start: string }> }
    expect(body.error).toBe('slot_full')
    expect(body.alternatives.map((slot) => slot.start)).toContain(TUE_14)
    const after = (await bookingRows(point.id)).find((b) => b.reference === mine.reference)
    expect(after).toEqual(before)
    expect(await remainingAt(app, point.slug, TUE_13)).toBe(0)
    expect(await remainingAt(app, point.slug, TUE_1330)).toBe(0)
  })

  test('a slot that is not offered is 409 slot_unavailable; a malformed start is 422', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    const closed = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
      token: mine.token,
      body: { start: '2026-12-08T13:00:00+01:00' },
    })
    expect(closed.status).toBe(409)
    expect(((await closed.json()) as { error: string }).error).toBe('slot_unavailable')
    for (const start of ['2026-12-01 13:30', 'soon', 7, null]) {
      const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
        token: mine.token,
        body: { start },
      })
      expect(res.status, String(start)).toBe(422)
      expect(((await res.json()) as { fields: object }).fields).toHaveProperty('start')
    }
    const notJson = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
      token: mine.token,
      raw: 'start=2026-12-01T13:30:00Z',
    })
    expect(notJson.status).toBe(400)
    const [row] = await bookingRows(point.id)
    expect(row).toMatchObject({ sequence: 0, status: 'active' })
    expect(row?.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')
  })

  test('a cancelled booking cannot be moved', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const mine = await booked(app, point.slug, TUE_13)
    await apiCall(app, 'POST', `/bookings/${mine.reference}/cancel`, { token: mine.token })
    const res = await apiCall(app, 'POST', `/bookings/${mine.reference}/reschedule`, {
      token: mine.token,
      body: { start: TUE_1330 },
    })
    expect(res.status).toBe(409)
    expect(((await res.json()) as { error: string }).error).toBe('not_changeable')
    expect(await remainingAt(app, point.slug, TUE_1330)).toBe(2)
  })
})

describe('cross-site writes (audit finding 1)', () => {
  const booking = (point: { slug: string }) =>
    JSON.stringify({ location: point.slug, start: TUE_13, ...CLIENT, email: 'victim@x.test' })

  test('a text/plain form from any site books nothing: 415', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    // What `<form enctype="text/plain">` sends: a body that happens to parse as JSON.
    const res = await app.request(`${BASE_URL}/api/v1/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: booking(point),
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toEqual({
      error: 'unsupported_media_type',
      message: expect.any(String),
    })
    expect(await bookingRows(point.id)).toHaveLength(0)
  })

  test('a body without any content type is refused as well', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const res = await app.request(`${BASE_URL}/api/v1/bookings`, {
      method: 'POST',
      body: new TextEncoder().encode(booking(point)),
    })
    expect(res.status).toBe(415)
    expect(await bookingRows(point.id)).toHaveLength(0)
  })

  test('JSON from a foreign Origin is refused; our own Origin and no Origin book', async () => {
    const point = await newPoint()
    const { app } = testApp(db, { now: NOW })
    const send = (headers: Record<string, string>) =>
      app.request(`${BASE_URL}/api/v1/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
        body: booking(point),
      })
    expect((await send({ Origin: 'https://evil.test' })).status).toBe(403)
    expect((await send({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect(await bookingRows(point.id)).toHaveLength(0)
    expect((await send({ Origin: BASE_URL })).status).toBe(201)
    expect((await send({})).status).toBe(201)
  })
})
