import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  acceptLanguage,
  anyText,
  bookThroughApi,
  encode,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  headerText,
  RUNS,
  SEED,
  send,
  snapshot,
  startValue,
  TUESDAYS,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing the public pages (GET), whatever the path, query or headers. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing the public pages (GET)', () => {
  test('no page answers 5xx, shows internals or writes, whatever the path, query or headers', async () => {
    const point = await fuzzPoint(1)
    const { app, logs, address } = fuzzApp()
    const { manageToken } = await bookThroughApi(app, point.slug, `${TUESDAYS[0]}T13:00+01:00`)
    const rawSegment = fc.constantFrom(
      '%',
      '%zz',
      '..',
      '%2e%2e',
      '%00',
      'a%2Fb',
      '%F0%9F',
      '%C0%AF',
    )
    const segment = fc.oneof(
      { weight: 2, arbitrary: fc.constant(point.slug) },
      { weight: 3, arbitrary: anyText.map(encode) },
      { weight: 1, arbitrary: rawSegment },
    )
    const token = fc.oneof(
      fc.constant(manageToken),
      fc.constant(manageToken.slice(0, -1) + (manageToken.endsWith('A') ? 'B' : 'A')),
      fc.constant(manageToken.toLowerCase()),
      anyText.map(encode),
      rawSegment,
    )
    const value = fc.oneof(anyText.map(encode), rawSegment, startValue.map(encode))
    const path = fc.oneof(
      value.map((q) => `/?q=${q}`),
      fc.tuple(segment, value).map(([s, lang]) => `/steunpunt/${s}?lang=${lang}`),
      fc
        .tuple(fc.constantFrom(point.region.slug, 'x'), segment)
        .map(([r, s]) => `/regio/${s === point.slug ? r : s}`),
      fc
        .tuple(segment, fc.oneof(fc.constantFrom(...TUESDAYS), value))
        .map(([s, day]) => `/steunpunt/${s}/afspraak?dag=${day}`),
      fc
        .tuple(segment, fc.oneof(startValue.map(encode), value))
        .map(([s, start]) => `/steunpunt/${s}/afspraak/gegevens?start=${start}`),
      fc
        .tuple(
          token,
          fc.constantFrom('', '/annuleren', '/verzetten', '/wissen', '/afspraak.ics'),
          value,
        )
        .map(([t, suffix, q]) => `/b/${t}${suffix}?dag=${q}&nieuw=1&verzet=${q}`),
      value.map((lang) => `/privacy?lang=${lang}`),
      value.map((q) => `/login?next=${q}`),
      segment.map((s) => `/wachtwoord/${s}`),
      segment.map((s) => `/agenda/${s}.ics`),
      segment.map((s) => `/static/${s}/${s}`),
      segment.map((s) => `/staff/${s}`),
      segment.map((s) => `/dev/mail/${s}`),
    )
    const headers = fc.record({
      lang: acceptLanguage,
      htmx: fc.boolean(),
      cookie: fc.option(headerText, { nil: undefined }),
    })
    const before = await snapshot(point.id)

    await fc.assert(
      fc.asyncProperty(path, headers, async (p, h) => {
        const answer = await send(app, {
          path: p,
          headers: {
            'X-Forwarded-For': address,
            ...(h.lang ? { 'Accept-Language': h.lang } : {}),
            ...(h.htmx ? { 'HX-Request': 'true' } : {}),
            ...(h.cookie ? { Cookie: h.cookie } : {}),
          },
        })
        expectSafe(answer)
        if (new URL(`${BASE_URL}${p}`).pathname.startsWith('/b/') && answer.status === 200) {
          expect(answer.headers.get('Referrer-Policy')).toBe('no-referrer')
          expect(answer.headers.get('Cache-Control')).toBe('no-store')
        }
      }),
      { numRuns: RUNS * 3, seed: SEED },
    )

    expect(await snapshot(point.id)).toEqual(before)
    expectNoErrorLogged(logs)
  }, 60_000)
})
