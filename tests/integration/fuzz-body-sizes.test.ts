import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BASE_URL } from '../support/app.js'
import {
  type Answer,
  BODY_LIMIT,
  bookThroughApi,
  encode,
  expectJsonError,
  expectNoErrorLogged,
  expectSafe,
  fuzzApp,
  fuzzPoint,
  RUNS,
  SEED,
  snapshot,
  TUESDAYS,
  useFuzzDatabase,
} from '../support/fuzz.js'

// Fuzzing body sizes on every POST. The seed (FUZZ_SEED), the generators and the
// checks are in tests/support/fuzz.ts.
useFuzzDatabase()

describe('fuzzing body sizes', () => {
  test('a body over 64 KB is 413 on every POST, whether or not it says its length; under it nothing breaks', async () => {
    const point = await fuzzPoint(2)
    const { app, logs, address } = fuzzApp()
    const own = await bookThroughApi(app, point.slug, `${TUESDAYS[3]}T13:00+01:00`)
    const size = fc.oneof(
      fc.integer({ min: BODY_LIMIT - 200, max: BODY_LIMIT + 200 }),
      fc.integer({ min: 0, max: 100_000 }),
    )
    const target = fc.constantFrom(
      { path: `/steunpunt/${point.slug}/afspraak`, form: true },
      { path: `/b/${own.manageToken}/verzetten`, form: true },
      { path: '/login', form: true },
      { path: '/api/v1/bookings', form: false },
      { path: `/api/v1/bookings/${own.reference}/reschedule`, form: false },
    )
    const before = await snapshot(point.id)

    await fc.assert(
      fc.asyncProperty(size, target, fc.boolean(), fc.boolean(), async (n, t, declared, stream) => {
        const head = t.form
          ? `start=${encode(`${TUESDAYS[4]}T13:15+01:00`)}&name=Ali&language=nl&note=`
          : `{"location":"${point.slug}","start":"${TUESDAYS[4]}T13:15+01:00","name":"Ali","language":"nl","note":"`
        const tail = t.form ? '' : '"}'
        // At least 501 characters: the note is always too long, so no size ever books.
        const filler = 'a'.repeat(Math.max(501, n - head.length - tail.length))
        const text = head + filler + tail
        const bytes = new TextEncoder().encode(text)
        const headers: Record<string, string> = {
          Origin: BASE_URL,
          'X-Forwarded-For': address,
          'Content-Type': t.form ? 'application/x-www-form-urlencoded' : 'application/json',
          Authorization: `Bearer ${own.manageToken}`,
        }
        if (declared) headers['Content-Length'] = String(bytes.length)
        const res = await app.request(`${BASE_URL}${t.path}`, {
          method: 'POST',
          headers,
          body: stream
            ? new ReadableStream<Uint8Array>({
                start(controller) {
                  for (let i = 0; i < bytes.length; i += 8192)
                    controller.enqueue(bytes.slice(i, i + 8192))
                  controller.close()
                },
              })
            : text,
          ...(stream ? { duplex: 'half' } : {}),
        } as RequestInit)
        const answer: Answer = {
          status: res.status,
          body: await res.text(),
          headers: res.headers,
          label: `POST ${t.path} (${bytes.length} bytes) -> ${res.status}`,
        }
        expectSafe(answer)
        if (bytes.length > BODY_LIMIT) expect(answer.status, answer.label).toBe(413)
        else expect(answer.status, answer.label).not.toBe(413)
        if (t.path.startsWith('/api/') && answer.status >= 400) expectJsonError(answer)
      }),
      { numRuns: RUNS, seed: SEED },
    )

    // Every body here is refused (too long a note, or too big): nothing was written.
    expect(await snapshot(point.id)).toEqual(before)
    expectNoErrorLogged(logs)
  }, 60_000)
})
