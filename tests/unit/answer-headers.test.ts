import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { setAnswerHeaders } from '../../src/http/headers.js'

describe('setAnswerHeaders', () => {
  const app = new Hono()
  app.use(async (c, next) => {
    await next()
    setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
  })
  app.get('/text', (c) => c.text('hallo'))
  app.get('/bytes', (c) => c.body(new Uint8Array([1, 2, 3]), 201))
  // A web-standard redirect has immutable headers: setting them throws, so the helper
  // must fall back to Hono's own (slower) way.
  app.get('/immutable', () => Response.redirect('http://example.org/elders', 302))

  it('adds headers to an answer a handler already made, keeping status and body', async () => {
    const res = await app.request('/text')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('X-Robots-Tag')).toBe('noindex')
    expect(await res.text()).toBe('hallo')
    const bytes = await app.request('/bytes')
    expect(bytes.status).toBe(201)
    expect(bytes.headers.get('Cache-Control')).toBe('no-store')
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([1, 2, 3])
  })

  it('with keepExisting, leaves a header the answer already has', async () => {
    const keeping = new Hono()
    keeping.use(async (c, next) => {
      await next()
      setAnswerHeaders(
        c,
        { 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'DENY' },
        { keepExisting: true },
      )
    })
    keeping.get('/', (c) => c.text('geheim', 200, { 'Referrer-Policy': 'no-referrer' }))
    const res = await keeping.request('/')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
  })

  it('falls back when the answer’s headers cannot be changed', async () => {
    const res = await app.request('/immutable')
    expect(res.status).toBe(302)
    expect(res.headers.get('Location')).toBe('http://example.org/elders')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('X-Robots-Tag')).toBe('noindex')
  })
})
