import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizeReference } from '../../src/domain/reference.js'
import {
  anyText,
  BODY_LIMIT,
  bookThroughApi,
  encode,
  expectConsistent,
  expectJsonError,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  headerText,
  mostly,
  oddKey,
  orWrong,
  prototypeKeys,
  RUNS,
  SEED,
  send,
  snapshot,
  startValue,
  TUESDAYS,
  useFuzzDatabase,
  VALID,
  wrongJson,
} from '../support/fuzz.js'

// Fuzzing the JSON API (/api/v1): slots, bookings, a booking by reference and token. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing GET /api/v1/locations', () => {
  test('slots for any slug and range are 200, 400 or 404 as JSON, and a 200 stays within 92 days', async () => {
    const point = await fuzzPoint(2)
    const { app, logs, address } = fuzzApp()
    const date = fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .date({ min: new Date('2026-06-01'), max: new Date('2027-06-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '0000-01-01',
          '9999-12-31',
          '2026-02-30',
          '2026-13-01',
          '2026-12-1',
          '+275760-09-13',
          '2026-12-01T00:00Z',
          '',
        ),
      },
      { weight: 1, arbitrary: anyText },
    )
    const query = fc.record(
      { from: date.map(encode), to: date.map(encode), junk: anyText.map(encode) },
      { requiredKeys: [] },
    )
    const slug = fc.oneof(
      { weight: 3, arbitrary: fc.constant(point.slug) },
      { weight: 1, arbitrary: anyText.map(encode) },
    )
    const before = await snapshot(point.id)

    await fc.assert(
      fc.asyncProperty(slug, query, fc.boolean(), async (s, q, list) => {
        const search = Object.entries(q)
          .map(([k, v]) => `${k}=${v}`)
          .join('&')
        const path = list ? `/api/v1/locations?${search}` : `/api/v1/locations/${s}/slots?${search}`
        const answer = await send(app, { path, headers: { 'X-Forwarded-For': address } })
        expectSafe(answer)
        expect([200, 400, 404], answer.label).toContain(answer.status)
        expect(answer.headers.get('Content-Type'), answer.label).toMatch(/^application\/json/)
        if (answer.status !== 200) return expectJsonError(answer)
        const slots = JSON.parse(answer.body) as unknown[]
        expect(Array.isArray(slots), answer.label).toBe(true)
        // At most 92 days of one 4-hour session in 30-minute slots.
        if (!list) expect(slots.length, answer.label).toBeLessThanOrEqual(92 * 8)
      }),
      { numRuns: RUNS * 2, seed: SEED },
    )

    expect(await snapshot(point.id)).toEqual(before)
    expectNoErrorLogged(logs)
  }, 60_000)
})

describe('fuzzing POST /api/v1/bookings', () => {
  test('random objects, wrong types and raw bodies get 201, 400, 409, 413, 415 or 422 as JSON, and only 201 writes', async () => {
    const point = await fuzzPoint(3)
    const { app, logs, address } = fuzzApp()
    const prototypeBefore = prototypeKeys()

    const typed = fc.record(
      {
        location: fc.oneof(
          { weight: 6, arbitrary: fc.constant(point.slug) },
          { weight: 1, arbitrary: wrongJson },
        ),
        start: fc.oneof({ weight: 4, arbitrary: startValue }, { weight: 1, arbitrary: wrongJson }),
        name: fc.oneof(
          { weight: 4, arbitrary: mostly(VALID.name) },
          { weight: 1, arbitrary: wrongJson },
        ),
        language: fc.oneof(
          { weight: 4, arbitrary: mostly(VALID.language) },
          { weight: 1, arbitrary: wrongJson },
        ),
        email: orWrong(mostly(VALID.email)),
        phone: orWrong(mostly(VALID.phone)),
        topic: orWrong(mostly(VALID.topic)),
        note: orWrong(mostly(VALID.note)),
        interpreter: orWrong(fc.boolean()),
        locale: orWrong(fc.constantFrom('nl', 'en', 'ar', 'fa')),
      },
      { requiredKeys: ['location', 'start', 'name', 'language'] },
    )
    const withExtras = fc
      .tuple(typed, fc.dictionary(oddKey, wrongJson, { maxKeys: 3 }))
      .map(([body, extra]) => JSON.stringify({ ...extra, ...body }))
    // JSON text with an own "__proto__" key: the details hide behind the prototype.
    const protoBody = fc
      .tuple(typed, fc.constantFrom('__proto__', 'constructor', 'prototype'))
      .map(([body, key]) => {
        const { name, language, ...rest } = body
        return `{"${key}":${JSON.stringify({ name, language })},${JSON.stringify(rest).slice(1)}`
      })
    const rawBody = fc.oneof(
      { weight: 6, arbitrary: withExtras },
      { weight: 1, arbitrary: protoBody },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: anyText },
      { weight: 1, arbitrary: withExtras.map((s) => s.slice(0, Math.floor(s.length / 2))) },
      { weight: 1, arbitrary: withExtras.map((s) => `\uFEFF${s}`) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 1, max: 32_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
      },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 1, max: 10_000 })
          .map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
      },
    )
    const contentType = fc.constantFrom(
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    )
    let created = 0

    await fc.assert(
      fc.asyncProperty(rawBody, contentType, async (body, type) => {
        const before = await snapshot(point.id)
        const answer = await send(app, {
          method: 'POST',
          path: '/api/v1/bookings',
          headers: { 'X-Forwarded-For': address, ...(type ? { 'Content-Type': type } : {}) },
          body,
        })
        const after = await snapshot(point.id)
        expectSafe(answer)
        expectConsistent(after, answer.label)
        expect([201, 400, 409, 413, 415, 422], answer.label).toContain(answer.status)
        expect(answer.headers.get('Cache-Control'), answer.label).toBe('no-store')
        if (answer.status === 201) {
          created += 1
          const json = JSON.parse(answer.body) as { manageToken: string; reference: string }
          expect(json.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
          expect(after.bookings, answer.label).toBe(before.bookings + 1)
          expect(after.places, answer.label).toBe(before.places + 1)
          expect(after.messages, answer.label).toBeGreaterThan(before.messages)
        } else {
          expectJsonError(answer)
          expect(after, answer.label).toEqual(before)
        }
        if (new TextEncoder().encode(body).length > BODY_LIMIT) expect(answer.status).toBe(413)
      }),
      { numRuns: RUNS * 2, seed: SEED },
    )

    expect(created).toBeGreaterThan(0)
    expect(prototypeKeys()).toEqual(prototypeBefore)
    expect(({} as Record<string, unknown>).name).toBeUndefined()
    expectNoErrorLogged(logs)
  }, 60_000)
})

describe('fuzzing /api/v1/bookings/:reference with random Authorization', () => {
  test('anything but the booking’s own token and reference is the same 404, and writes nothing', async () => {
    const point = await fuzzPoint(2)
    const { app, logs, address } = fuzzApp()
    const a = await bookThroughApi(app, point.slug, `${TUESDAYS[1]}T13:00+01:00`)
    const b = await bookThroughApi(app, point.slug, `${TUESDAYS[1]}T13:30+01:00`)
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)

    const otherToken = fc.oneof(
      fc.nat(42).map((i) => flip(a.manageToken, i)),
      fc.constant(a.manageToken.slice(1)),
      fc.constant(`${a.manageToken}A`),
      fc.constant(a.manageToken.toLowerCase()),
      fc.constant(b.manageToken),
      headerText,
      fc.constant('A'.repeat(5000)),
    )
    const scheme = fc.constantFrom(
      'Bearer ',
      'bearer   ',
      'BEARER ',
      'Bearer\t',
      'Basic ',
      'Token ',
      '',
    )
    const header = (token: fc.Arbitrary<string>) =>
      fc.oneof(
        fc.tuple(scheme, token).map(([s, t]) => `${s}${t}`),
        headerText,
        fc.constant(undefined),
      )
    const aReference = fc.constantFrom(
      a.reference,
      a.reference.toLowerCase(),
      `${a.reference.slice(0, 4)}-${a.reference.slice(4)}`,
      encode(` ${a.reference} `),
    )
    const strangerReference = fc.oneof(
      anyText.filter((s) => s.toUpperCase() !== a.reference).map(encode),
      fc.constantFrom('..', '%2e%2e', '%00', 'a%2Fb', 'A'.repeat(2000)),
    )
    const otherReference = fc.oneof(fc.constant(b.reference), strangerReference)
    // Never the one matching pair: the own token with the own reference.
    const credentials = fc.oneof(
      fc.tuple(header(otherToken), aReference),
      fc.tuple(fc.constant(`Bearer ${a.manageToken}`), otherReference),
      fc.tuple(header(otherToken), strangerReference),
    )
    const call = fc.oneof(
      fc.constant({ method: 'GET', suffix: '' }),
      fc.constant({ method: 'POST', suffix: '/cancel' }),
      startValue.map((start) => ({
        method: 'POST',
        suffix: '/reschedule',
        body: JSON.stringify({ start }),
      })),
      anyText.map((body) => ({ method: 'POST', suffix: '/reschedule', body })),
      fc.constant({ method: 'DELETE', suffix: '' }),
    )
    let notFoundBody: string | undefined
    const before = await snapshot(point.id)

    await fc.assert(
      fc.asyncProperty(credentials, call, async ([authorization, reference], c) => {
        const body = 'body' in c ? c.body : undefined
        const answer = await send(app, {
          method: c.method,
          path: `/api/v1/bookings/${reference}${c.suffix}`,
          headers: {
            'X-Forwarded-For': address,
            'Content-Type': 'application/json',
            ...(authorization !== undefined ? { Authorization: authorization } : {}),
          },
          body,
        })
        expectSafe(answer)
        expectJsonError(answer)
        expect([404, 405], answer.label).toContain(answer.status)
        let decoded: string | null
        try {
          decoded = decodeURIComponent(reference)
        } catch {
          decoded = null
        }
        if (c.method !== 'DELETE' && decoded !== null && normalizeReference(decoded)) {
          // A well-formed reference: one answer for a wrong token, an unknown reference or
          // both, so nothing tells whether a booking exists (no oracle).
          notFoundBody ??= answer.body
          expect(answer.status, answer.label).toBe(404)
          expect(answer.body, answer.label).toBe(notFoundBody)
        }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    )

    expect(await snapshot(point.id)).toEqual(before)
    expectNoErrorLogged(logs)
  }, 60_000)

  test('with the right token, fuzzed reschedules move the booking on 200 and change nothing otherwise', async () => {
    const point = await fuzzPoint(2)
    const { app, logs, address } = fuzzApp()
    const own = await bookThroughApi(app, point.slug, `${TUESDAYS[2]}T13:00+01:00`)
    const body = fc.oneof(
      { weight: 4, arbitrary: startValue.map((start) => JSON.stringify({ start })) },
      { weight: 1, arbitrary: wrongJson.map((start) => JSON.stringify({ start })) },
      { weight: 1, arbitrary: anyText },
      {
        weight: 1,
        arbitrary: startValue.map((start) => `{"__proto__":{"start":${JSON.stringify(start)}}}`),
      },
    )

    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await snapshot(point.id)
        const answer = await send(app, {
          method: 'POST',
          path: `/api/v1/bookings/${own.reference}/reschedule`,
          headers: {
            'X-Forwarded-For': address,
            'Content-Type': 'application/json',
            Authorization: `Bearer ${own.manageToken}`,
          },
          body: b,
        })
        const after = await snapshot(point.id)
        expectSafe(answer)
        expectConsistent(after, answer.label)
        expect([200, 400, 409, 422], answer.label).toContain(answer.status)
        expect(after.bookings).toBe(before.bookings)
        expect(after.active).toBe(before.active)
        if (answer.status !== 200) {
          expectJsonError(answer)
          expect(after, answer.label).toEqual(before)
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )

    const check = await send(app, {
      path: `/api/v1/bookings/${own.reference}`,
      headers: { Authorization: `Bearer ${own.manageToken}` },
    })
    expect(check.status).toBe(200)
    expectNoErrorLogged(logs)
  }, 60_000)
})
