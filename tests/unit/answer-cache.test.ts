import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../../src/app-env.js'
import { cachedAnswer, forgetTagged } from '../../src/http/answer-cache.js'
import { jsonWithKnownBody, withKnownBody } from '../../src/http/known-body.js'

/** A promise to resolve by hand, to hold a render open while other requests arrive. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

/**
 * An app whose one route renders `version` through the answer cache, counting renders;
 * each render waits for `hold` so a test decides when it finishes.
 */
function appWith(key: string, options: { status?: number } = {}) {
  const state = { renders: 0, version: 1, hold: gate() }
  const app = new Hono<AppEnv>()
  app.get('/', (c) =>
    cachedAnswer(
      c,
      key,
      async () => {
        state.renders += 1
        const version = state.version
        await state.hold.opened
        return c.text(`version ${version}`, (options.status ?? 200) as 200)
      },
      { maxAgeMs: 60_000, tag: () => `tag-${key}` },
    ),
  )
  return { app, state }
}

/** Lets every request started so far reach its await. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('cachedAnswer', () => {
  it('renders once for requests that arrive while the answer is being made', async () => {
    const { app, state } = appWith('flight-shared')
    const answers = Array.from({ length: 10 }, () => app.request('/'))
    await settle()
    state.hold.open()
    const texts = await Promise.all(answers.map(async (res) => (await res).text()))
    expect(texts).toEqual(Array(10).fill('version 1'))
    expect(state.renders).toBe(1)
    expect(await (await app.request('/')).text()).toBe('version 1')
    expect(state.renders).toBe(1)
  })

  it('never hands a request an answer begun before a change it came after', async () => {
    const { app, state } = appWith('flight-change')
    const before = app.request('/')
    await settle()
    // The data changes and this process announces it, while the first render is open.
    state.version = 2
    forgetTagged('tag-flight-change')
    const first = state.hold
    state.hold = gate()
    const after = app.request('/')
    await settle()
    first.open()
    state.hold.open()
    expect(await (await before).text()).toBe('version 1')
    expect(await (await after).text()).toBe('version 2')
    expect(state.renders).toBe(2)
    // What is kept is the answer made after the change, not the one made across it.
    expect(await (await app.request('/')).text()).toBe('version 2')
    expect(state.renders).toBe(2)
  })

  it('a render that fails fails only its own request; those who joined try alone', async () => {
    let renders = 0
    const hold = gate()
    const app = new Hono<AppEnv>()
    app.onError((_, c) => c.text('failed', 500))
    app.get('/', (c) =>
      cachedAnswer(c, 'flight-fails', async () => {
        const render = ++renders
        await hold.opened
        if (render === 1) throw new Error('pool timeout')
        return c.text('version 1')
      }),
    )
    const answers = Array.from({ length: 4 }, () => app.request('/'))
    await settle()
    hold.open()
    const statuses = await Promise.all(answers.map(async (res) => (await res).status))
    expect(statuses).toEqual([500, 200, 200, 200])
  })

  it('does not join a render older than the answer may be', async () => {
    let renders = 0
    const hold = gate()
    const app = new Hono<AppEnv>()
    app.get('/', (c) =>
      cachedAnswer(
        c,
        'flight-stuck',
        async () => {
          const render = ++renders
          if (render === 1) await hold.opened
          return c.text(`render ${render}`)
        },
        { maxAgeMs: 20 },
      ),
    )
    const stuck = app.request('/')
    await new Promise((resolve) => setTimeout(resolve, 40))
    // The first render is still open after twice the answer's age: this one makes its own.
    expect(await (await app.request('/')).text()).toBe('render 2')
    hold.open()
    expect(await (await stuck).text()).toBe('render 1')
  })

  it('shares no answer but a 200: the others make their own and nothing is kept', async () => {
    const { app, state } = appWith('flight-404', { status: 404 })
    const answers = Array.from({ length: 3 }, () => app.request('/'))
    await settle()
    state.hold.open()
    const results = await Promise.all(answers)
    expect(results.map((res) => res.status)).toEqual([404, 404, 404])
    expect(state.renders).toBe(3)
    expect((await app.request('/')).status).toBe(404)
    expect(state.renders).toBe(4)
  })
})

describe('an answer whose text is known (ADR 53)', () => {
  // Non-ASCII and over the gzip threshold, so both the UTF-8 bytes and the gzipped copy count.
  const value = Array.from({ length: 60 }, (_, i) => ({ start: `2026-12-${i}`, label: 'موعد ቆጸራ' }))

  /** Served through the cache under `key`, as c.json or with its text known. */
  function appServing(key: string, known: boolean) {
    const app = new Hono<AppEnv>()
    app.get('/', (c) =>
      cachedAnswer(c, key, () => (known ? jsonWithKnownBody(c, value) : c.json(value)), {
        maxAgeMs: 60_000,
      }),
    )
    return app
  }

  it('is stored and served byte for byte as the same answer read back from its body', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const headers = { 'Accept-Encoding': encoding }
      const plain = appServing(`json-read-${encoding}`, false)
      const known = appServing(`json-known-${encoding}`, true)
      for (let round = 0; round < 2; round += 1) {
        const [a, b] = [
          await plain.request('/', { headers }),
          await known.request('/', { headers }),
        ]
        expect(b.status).toBe(200)
        expect([...b.headers.entries()]).toEqual([...a.headers.entries()])
        expect(Buffer.from(await b.arrayBuffer())).toEqual(Buffer.from(await a.arrayBuffer()))
      }
    }
  })

  it('is not read back: its text is what is kept', async () => {
    const app = new Hono<AppEnv>()
    app.get('/', (c) =>
      cachedAnswer(c, 'json-unreadable', () => {
        // A body that fails when read: only the known text can make this answer.
        const failing = new ReadableStream({
          pull: (controller) => controller.error(new Error('read')),
        })
        return withKnownBody(c.body(failing, 200, { 'Content-Type': 'application/json' }), '[1]')
      }),
    )
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('[1]')
  })
})
