import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  acceptLanguage,
  anyText,
  bookThroughApi,
  clientFields,
  encode,
  encodeForm,
  expectCleanBooking,
  expectConsistent,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  messagesOf,
  oddKey,
  RUNS,
  SEED,
  send,
  snapshot,
  startValue,
  TUESDAYS,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing the booking form (POST /steunpunt/:slug/afspraak). The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing the booking form (POST /steunpunt/:slug/afspraak)', () => {
  test('answers 303, 4xx or 409; writes exactly one booking on a 303 to the manage page, else nothing', async () => {
    const point = await fuzzPoint(3)
    const { app, logs, address } = fuzzApp()
    // What a clean booking writes: the set of email headers and iCalendar properties.
    const clean = await bookThroughApi(app, point.slug, `${TUESDAYS[5]}T16:30+01:00`, {
      email: 'clean@example.org',
    })
    const baseline = await messagesOf(clean.reference)

    const form = fc.record({
      fields: clientFields,
      start: fc.option(startValue, { nil: undefined }),
      website: fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: anyText },
      ),
      extra: fc.array(fc.tuple(oddKey, anyText), { maxLength: 3 }),
      encoding: fc.constantFrom(
        'urlencoded',
        'urlencoded',
        'urlencoded',
        'multipart',
        'json',
        'none',
      ),
      origin: fc.constantFrom(
        BASE_URL,
        BASE_URL,
        BASE_URL,
        BASE_URL,
        'http://evil.example',
        'null',
      ),
      slug: fc.oneof(
        { weight: 9, arbitrary: fc.constant(point.slug) },
        { weight: 1, arbitrary: anyText },
      ),
      lang: acceptLanguage,
      htmx: fc.boolean(),
    })
    let booked = 0

    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const entries: Array<[string, string]> = Object.entries(f.fields)
        if (f.start !== undefined) entries.push(['start', f.start])
        if (f.website !== undefined) entries.push(['website', f.website])
        entries.push(...f.extra)
        const headers: Record<string, string> = { Origin: f.origin, 'X-Forwarded-For': address }
        if (f.lang) headers['Accept-Language'] = f.lang
        if (f.htmx) headers['HX-Request'] = 'true'
        let body: RequestInit['body'] | undefined
        if (f.encoding === 'urlencoded') {
          headers['Content-Type'] = 'application/x-www-form-urlencoded'
          body = encodeForm(entries)
        } else if (f.encoding === 'multipart') {
          const data = new FormData()
          for (const [key, value] of entries) data.append(key, value)
          // A file where text was expected.
          data.append('name', new Blob(['not a name']), 'name.txt')
          body = data
        } else if (f.encoding === 'json') {
          headers['Content-Type'] = 'application/json'
          body = JSON.stringify(Object.fromEntries(entries))
        } else {
          body = encodeForm(entries)
        }
        const path = `/steunpunt/${encode(f.slug)}/afspraak`

        const before = await snapshot(point.id)
        const answer = await send(app, { method: 'POST', path, headers, body })
        const after = await snapshot(point.id)
        expectSafe(answer)
        expectConsistent(after, answer.label)

        const crossSite = f.origin !== BASE_URL && f.encoding !== 'json'
        if (crossSite) expect(answer.status, answer.label).toBe(403)
        const location = answer.headers.get('Location') ?? ''
        if (answer.status === 303 && location.startsWith('/b/')) {
          booked += 1
          expect(after.bookings, answer.label).toBe(before.bookings + 1)
          expect(after.active, answer.label).toBe(before.active + 1)
          expect(after.places, answer.label).toBe(before.places + 1)
          expect(after.messages, answer.label).toBeGreaterThan(before.messages)
          await expectCleanBooking(app, location, baseline)
        } else {
          expect(after, answer.label).toEqual(before)
        }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    )

    // The generators must let some bookings through, or the write checks never ran.
    expect(booked).toBeGreaterThan(0)
    expectNoErrorLogged(logs)
  }, 60_000)
})
