import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  anyText,
  encode,
  encodeForm,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  RUNS,
  SEED,
  send,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing the staff sign-in forms. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing the staff sign-in forms', () => {
  test('login, forgotten password and set-password answer without 5xx or internals', async () => {
    const { app, logs, address } = fuzzApp()
    const form = fc.array(
      fc.tuple(
        fc.constantFrom('email', 'password', 'repeat', 'next', '__proto__', 'email[]'),
        anyText,
      ),
      { maxLength: 4 },
    )
    const target = fc.oneof(
      fc.constant('/wachtwoord-vergeten'),
      fc.constant('/logout'),
      anyText.map((t) => `/wachtwoord/${encode(t)}`),
      // Failed sign-ins wait on purpose (up to 2 s): few of them.
      { weight: 1, arbitrary: anyText.map((next) => `/login?next=${encode(next)}`) },
    )

    await fc.assert(
      fc.asyncProperty(target, form, async (path, entries) => {
        const answer = await send(app, {
          method: 'POST',
          path,
          headers: {
            Origin: BASE_URL,
            'X-Forwarded-For': address,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: encodeForm(entries),
        })
        expectSafe(answer)
        if (path.startsWith('/login')) {
          expect([401, 429], answer.label).toContain(answer.status)
          expect(answer.headers.get('Location')).toBeNull()
        }
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    )

    expectNoErrorLogged(logs)
  }, 60_000)
})

// What the properties above found, pinned as examples so the failure names the bug.
