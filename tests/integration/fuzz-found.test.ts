import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  bookThroughApi,
  encode,
  encodeForm,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  send,
  snapshot,
  TUESDAYS,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing inputs: what the fuzzing found to answer 500, kept as regression tests. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('inputs the fuzzing found to answer 500', () => {
  test('a slot start with an expanded year (+275760-…, -000001-…) is refused, not a 500', async () => {
    const point = await fuzzPoint(1)
    const { app, logs, address } = fuzzApp()
    const own = await bookThroughApi(app, point.slug, `${TUESDAYS[0]}T13:00+01:00`)
    const before = await snapshot(point.id)
    for (const start of ['+275760-09-13T00:00:00Z', '-000001-01-01T00:00Z']) {
      const headers = {
        Origin: BASE_URL,
        'X-Forwarded-For': address,
        'Content-Type': 'application/x-www-form-urlencoded',
      }
      const answers = [
        await send(app, {
          path: `/steunpunt/${point.slug}/afspraak/gegevens?start=${encode(start)}`,
        }),
        await send(app, {
          method: 'POST',
          path: `/steunpunt/${point.slug}/afspraak`,
          headers,
          body: encodeForm([
            ['start', start],
            ['name', 'Hiwet'],
            ['language', 'ti'],
          ]),
        }),
        await send(app, {
          method: 'POST',
          path: `/b/${own.manageToken}/verzetten`,
          headers,
          body: encodeForm([['start', start]]),
        }),
      ]
      for (const answer of answers) {
        expectSafe(answer)
        expect([400, 409], answer.label).toContain(answer.status)
      }
    }
    expect(await snapshot(point.id)).toEqual(before)
    expectNoErrorLogged(logs)
  })

  test('a NUL byte in the email of the sign-in and reset forms is refused, not a 500', async () => {
    const { app, logs, address } = fuzzApp()
    for (const path of ['/login', '/wachtwoord-vergeten']) {
      const answer = await send(app, {
        method: 'POST',
        path,
        headers: {
          Origin: BASE_URL,
          'X-Forwarded-For': address,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: encodeForm([
          ['email', 'a\u0000b@example.org'],
          ['password', 'wrong password'],
        ]),
      })
      expectSafe(answer)
    }
    expectNoErrorLogged(logs)
  })
})
