import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  anyText,
  db,
  encode,
  encodeForm,
  expectConsistent,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  localStart,
  oddKey,
  RUNS,
  SEED,
  send,
  snapshot,
  startValue,
  TUESDAYS,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing the manage link (/b/:token): views, cancels, moves and erasures. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing the manage link (/b/:token)', () => {
  test('random sequences of views, cancels, moves and erasures keep places and bookings in step', async () => {
    const point = await fuzzPoint(4)
    const { app, logs, address } = fuzzApp()
    const formBody = fc.oneof(
      { weight: 4, arbitrary: startValue.map((start) => encodeForm([['start', start]])) },
      {
        weight: 1,
        arbitrary: fc.array(fc.tuple(oddKey, anyText), { maxLength: 3 }).map(encodeForm),
      },
      { weight: 1, arbitrary: anyText },
    )
    const action = fc.oneof(
      fc.record({
        method: fc.constant('GET'),
        suffix: fc.constantFrom('', '/annuleren', '/verzetten', '/wissen', '/afspraak.ics'),
        body: fc.constant(undefined),
      }),
      fc.record({
        method: fc.constant('POST'),
        suffix: fc.constantFrom('/annuleren', '/verzetten', '/wissen', '/verzetten', '/verzetten'),
        body: formBody,
      }),
      fc.record({
        method: fc.constant('POST'),
        suffix: fc.constantFrom('', '/afspraak.ics'),
        body: formBody,
      }),
    )
    const step = fc.record({
      action,
      token: fc.constantFrom('own', 'own', 'own', 'own', 'flipped', 'encoded'),
      origin: fc.constantFrom(BASE_URL, BASE_URL, BASE_URL, 'http://evil.example'),
      query: fc.option(fc.oneof(fc.constantFrom(...TUESDAYS), anyText).map(encode), {
        nil: undefined,
      }),
    })

    await fc.assert(
      fc.asyncProperty(
        localStart,
        fc.array(step, { minLength: 1, maxLength: 4 }),
        async (start, steps) => {
          const state = await snapshot(point.id)
          const booked = await send(app, {
            method: 'POST',
            path: '/api/v1/bookings',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
            body: JSON.stringify({
              location: point.slug,
              start,
              name: 'Hiwet',
              language: 'ti',
              email: 'h@example.org',
            }),
          })
          expectSafe(booked)
          // The slot may be full after earlier runs; then there is nothing to manage.
          if (booked.status !== 201) {
            expect(booked.status).toBe(409)
            expect(await snapshot(point.id)).toEqual(state)
            return
          }
          const { manageToken } = JSON.parse(booked.body) as { manageToken: string }
          const tokens = {
            own: manageToken,
            flipped: manageToken.slice(0, -1) + (manageToken.endsWith('A') ? 'B' : 'A'),
            encoded: encode(`${manageToken}\u0000`),
          }
          for (const s of steps) {
            const path = `/b/${tokens[s.token as keyof typeof tokens]}${s.action.suffix}${s.query ? `?dag=${s.query}` : ''}`
            const before = await snapshot(point.id)
            const answer = await send(app, {
              method: s.action.method,
              path,
              headers: {
                Origin: s.origin,
                'X-Forwarded-For': address,
                ...(s.action.body !== undefined
                  ? { 'Content-Type': 'application/x-www-form-urlencoded' }
                  : {}),
              },
              body: s.action.body,
            })
            const after = await snapshot(point.id)
            expectSafe(answer)
            expectConsistent(after, answer.label)
            expect(after.bookings, answer.label).toBe(before.bookings)
            if (s.action.method === 'POST' && s.origin !== BASE_URL) {
              expect(answer.status, answer.label).toBe(403)
            }
            if (s.token !== 'own') expect([403, 404], answer.label).toContain(answer.status)
            if (answer.status === 200) {
              expect(answer.headers.get('Referrer-Policy'), answer.label).toBe('no-referrer')
              expect(answer.headers.get('Cache-Control'), answer.label).toBe('no-store')
            }
            if (s.action.method !== 'POST' || answer.status !== 303) {
              expect(after, answer.label).toEqual(before)
            }
            if (answer.status === 303 && answer.headers.get('Location') === '/gewist') {
              // Erased: the link is dead, and the personal fields are gone.
              expect((await send(app, { path: `/b/${manageToken}` })).status).toBe(404)
            }
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    )

    const erased = await db
      .selectFrom('bookings')
      .select(['name', 'email', 'manage_token_hash', 'status'])
      .where('location_id', '=', point.id)
      .where('erased_at', 'is not', null)
      .execute()
    for (const row of erased) {
      expect(row).toMatchObject({
        name: null,
        email: null,
        manage_token_hash: null,
        status: 'cancelled',
      })
    }
    expectNoErrorLogged(logs)
  }, 60_000)
})
