import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'

// Tuesday 1 December 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-12-01T09:00:00Z')

let db: Db
let point: Awaited<ReturnType<typeof createSupportPoint>>
let town: string

beforeAll(async () => {
  db = await openTestDatabase()
  town = `Zandvoort ${uniqueSlug('x')}`
  point = await createSupportPoint(db, {
    municipality: town,
    hours: [
      { weekday: 2, start: '13:00', end: '15:00', counselors: 2 },
      { weekday: 4, start: '09:30', end: '12:00', counselors: 1 },
    ],
    closures: [
      // A Friday: the point is not open on Fridays, so clients need not hear of it.
      { startDate: '2026-12-25', endDate: '2026-12-25', reason: 'Eerste Kerstdag' },
      { startDate: '2026-12-24', endDate: '2026-12-24', reason: 'Teamdag' },
      // Ascension Day is always a Thursday.
      { startDate: '2027-05-06', endDate: '2027-05-06', reason: 'Hemelvaartsdag' },
    ],
  })
})

afterAll(async () => {
  await db.destroy()
})

describe('home page', () => {
  test('is a complete page with the support point and its next session today', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<html lang="nl" dir="ltr">')
    expect(html).toContain(`Steunpunt ${town}`)
    expect(html).toMatch(/vandaag 13:00–15:00/)
    expect(res.headers.get('Vary')).toContain('HX-Request')
  })

  test('names the weekday of a later session and says "tomorrow" for the next day', async () => {
    const { get } = testApp(db, { now: new Date('2026-12-01T15:00:00Z') }) // after today's session
    const html = await (await get(`/?q=${encodeURIComponent(town)}`)).text()
    expect(html).toContain('donderdag 3 december 09:30–12:00')
    const wednesday = testApp(db, { now: new Date('2026-12-02T09:00:00Z') })
    const html2 = await (await wednesday.get(`/?q=${encodeURIComponent(town)}`)).text()
    expect(html2).toContain('morgen 09:30–12:00')
  })

  test('the place filter narrows the list and works as a plain GET form', async () => {
    const { get } = testApp(db, { now: NOW })
    const html = await (await get(`/?q=${encodeURIComponent(town.toUpperCase())}`)).text()
    expect(html).toContain(`Steunpunt ${town}`)
    expect(html).toContain('1 steunpunt')
    const none = await (await get('/?q=Atlantis')).text()
    expect(none).toContain('Geen steunpunt gevonden voor &quot;Atlantis&quot;.')
    expect(none).not.toContain(`Steunpunt ${town}`)
  })

  test('htmx gets only the list fragment', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/?q=${encodeURIComponent(town)}`, { 'HX-Request': 'true' })
    const html = await res.text()
    expect(html.startsWith('<div id="results">')).toBe(true)
    expect(html).not.toContain('<html')
    expect(html).toContain(`Steunpunt ${town}`)
  })

  test('an over-long or undecodable query gets the 400 page, not a 500', async () => {
    const { get } = testApp(db, { now: NOW })
    const long = await get(`/?q=${'a'.repeat(500)}`)
    expect(long.status).toBe(400)
    expect(await long.text()).toContain('Dat begrijpen we niet')
    const broken = await get('/?q=%E0%A4%A')
    expect(broken.status).toBe(400)
  })
})

describe('support point page', () => {
  test('shows weekly hours, closures, address and the regional project leader', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/steunpunt/${point.slug}`)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('<h1><bdi>Steunpunt')
    expect(html).toMatch(/dinsdag<\/th><td><span dir="ltr">13:00–15:00/)
    expect(html).toContain('donderdag 24 december 2026: <bdi>Teamdag</bdi>')
    expect(html).toContain('donderdag 6 mei 2027: Hemelvaartsdag')
    expect(html).not.toContain('Eerste Kerstdag')
    expect(html).toContain('Testa Leider')
    expect(html).toContain(`href="/steunpunt/${point.slug}/afspraak"`)
  })

  test('an unknown or malformed slug gets the 404 page', async () => {
    const { get } = testApp(db, { now: NOW })
    for (const path of ['/steunpunt/bestaat-niet', '/steunpunt/..%2Fetc', '/steunpunt/%00']) {
      const res = await get(path)
      expect(res.status).toBe(404)
      const html = await res.text()
      expect(html).toContain('Pagina niet gevonden')
      expect(html).not.toMatch(/at .*\.ts:\d+/)
    }
  })
})

describe('region page', () => {
  test('lists the project leader and the support points of the region', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/regio/${point.region.slug}`)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('Testa Leider')
    expect(html).toContain(`/steunpunt/${point.slug}`)
    expect((await get('/regio/nergens')).status).toBe(404)
  })
})

describe('language', () => {
  test('?lang=en answers in English and remembers the choice in a cookie', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/?lang=en')
    expect(await res.text()).toContain('<html lang="en" dir="ltr">')
    const cookie = res.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/lang=en/)
    const again = await get('/', { Cookie: 'lang=en' })
    expect(await again.text()).toContain('Walk-in hours near you')
  })

  test('Accept-Language is used when nothing was chosen, Dutch otherwise', async () => {
    const { get } = testApp(db, { now: NOW })
    const en = await get('/', { 'Accept-Language': 'so;q=0.9, en-GB;q=0.8' })
    expect(await en.text()).toContain('lang="en"')
    const xx = await get('/', { 'Accept-Language': 'xx' })
    expect(await xx.text()).toContain('lang="nl"')
  })
})

describe('JSON API and health', () => {
  test('GET /api/v1/locations lists support points with walk-in hours and region', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/api/v1/locations')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Array<Record<string, any>>
    const ours = body.find((l) => l.slug === point.slug)
    expect(ours).toMatchObject({
      slug: point.slug,
      region: { slug: point.region.slug },
      municipality: town,
      timezone: 'Europe/Amsterdam',
      walkInHours: [
        { weekday: 2, start: '13:00', end: '15:00' },
        { weekday: 4, start: '09:30', end: '12:00' },
      ],
    })
  })

  test('an unknown API path answers JSON 404', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/api/v1/nope')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: 'not_found' })
  })

  test('/healthz answers ok while the database does', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})

describe('security headers', () => {
  test('every answer carries CSP without inline script, nosniff, frame-ancestors none', async () => {
    const { get } = testApp(db, { now: NOW })
    for (const path of ['/', `/steunpunt/${point.slug}`, '/bestaat-niet', '/api/v1/locations']) {
      const res = await get(path)
      const csp = res.headers.get('Content-Security-Policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Referrer-Policy')).toBeTruthy()
    }
  })

  test('each header has the value that protects: frames, sniffing, features, opener, transport', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/')
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
    const permissions = res.headers.get('Permissions-Policy') ?? ''
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) {
      expect(permissions).toContain(feature)
    }
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    for (const directive of [
      "default-src 'self'",
      "style-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(res.headers.get('Strict-Transport-Security')).toBeNull()
    const production = testApp(db, {
      now: NOW,
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9' },
    })
    expect((await production.get('/')).headers.get('Strict-Transport-Security')).toContain(
      'max-age=31536000',
    )
  })

  test('a cross-site form POST is refused', async () => {
    const { app } = testApp(db, { now: NOW })
    const res = await app.request('http://spreekuur.test/', {
      method: 'POST',
      headers: {
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'q=x',
    })
    expect(res.status).toBe(403)
  })
})

describe('static files', () => {
  test('htmx is served from the npm package with a long cache and a content hash', async () => {
    const { get } = testApp(db, { now: NOW })
    const html = await (await get('/')).text()
    const src = /<script src="(\/static\/[0-9a-f]{12}\/htmx\.min\.js)"/.exec(html)?.[1]
    expect(src).toBeDefined()
    const res = await get(src!)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toContain('immutable')
    expect(await res.text()).toContain('htmx')
  })
})

describe('meta description', () => {
  const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1]

  test('every public page describes itself in the page language', async () => {
    const { get } = testApp(db, { now: NOW })
    const pages = [
      '/',
      `/regio/${point.region.slug}`,
      `/steunpunt/${point.slug}`,
      `/steunpunt/${point.slug}/afspraak`,
      '/privacy',
    ]
    for (const path of pages) {
      const nl = description(await (await get(path)).text())
      const ar = description(await (await get(`${path}?lang=ar`)).text())
      expect(nl, path).toBeTruthy()
      expect(ar, path).toBeTruthy()
      expect(ar, path).not.toBe(nl)
      expect(ar, path).toMatch(/[\u0600-\u06ff]/)
    }
  })

  test('names the point, and pages behind a private link have none', async () => {
    const { get } = testApp(db, { now: NOW })
    const html = await (await get(`/steunpunt/${point.slug}?lang=en`)).text()
    expect(description(html)).toContain(point.name)
    expect(description(html)).toMatch(/^Walk-in hours/)
    const manage = await (await get('/b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).text()
    expect(description(manage)).toBeUndefined()
  })
})

describe('search from any town', () => {
  let island: Awaited<ReturnType<typeof createSupportPoint>>

  beforeAll(async () => {
    island = await createSupportPoint(db, {
      municipality: 'Schiermonnikoog',
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 1 }],
    })
  })

  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

  test('a village without a point lists the nearest points with their distance', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/?q=Holwerd')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(text(html)).toContain(
      'Geen steunpunt in \u2068Holwerd\u2069. Dit zijn de dichtstbijzijnde:',
    )
    expect(html).toContain(`href="/steunpunt/${island.slug}"`)
    // Holwerd–Schiermonnikoog village is 21 km as the crow flies.
    expect(text(html)).toMatch(/ongeveer 21 km/)
    const kms = [...text(html).matchAll(/ongeveer (\d+) km/g)].map((m) => Number(m[1]))
    expect(kms.length).toBeGreaterThan(0)
    expect(kms.length).toBeLessThanOrEqual(3)
    expect(kms).toEqual([...kms].sort((a, b) => a - b))
  })

  test('a known place is not taken for part of a longer name: Ede is not Enschede', async () => {
    const twente = await createSupportPoint(db, {
      municipality: 'Enschede',
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 1 }],
    })
    const { get } = testApp(db, { now: NOW })
    const html = await (await get('/?q=Ede')).text()
    expect(text(html)).toContain('Geen steunpunt in \u2068Ede\u2069. Dit zijn de dichtstbijzijnde:')
    // Enschede may be among the nearest, with its distance, not as a match for "Ede".
    const at = html.indexOf(`href="/steunpunt/${twente.slug}"`)
    if (at > -1) expect(text(html.slice(at))).toMatch(/ongeveer \d+ km/)
    // Its own name still finds it, and so does the start of it while typing.
    for (const q of ['Enschede', 'Ensch']) {
      const found = await (await get(`/?q=${q}`)).text()
      expect(found, q).toContain(`href="/steunpunt/${twente.slug}"`)
      expect(found, q).not.toContain('dichtstbijzijnde')
    }
  })

  test('a spelling one letter off or with other hyphens finds the point itself', async () => {
    const { get } = testApp(db, { now: NOW })
    for (const q of ['Schiermonikoog', 'schier-monnikoog', 'SCHIERMONNIKOOG']) {
      const html = await (await get(`/?q=${encodeURIComponent(q)}`)).text()
      expect(html, q).toContain(`href="/steunpunt/${island.slug}"`)
      expect(html, q).not.toContain('dichtstbijzijnde')
    }
  })

  test('a postcode lists the points near its area, in the page language', async () => {
    const { get } = testApp(db, { now: NOW })
    const html = await (await get('/?q=9166%20AA&lang=ar')).text()
    expect(html).toContain(`href="/steunpunt/${island.slug}"`)
    expect(text(html)).toContain('الرمز البريدي \u20689166 AA\u2069')
    expect(text(html)).toMatch(/حوالي \d+ كم/)
  })

  test('the htmx fragment answers the same search', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/?q=Holwerd', { 'HX-Request': 'true' })
    const html = await res.text()
    expect(html.startsWith('<div id="results">')).toBe(true)
    expect(html).toContain(`href="/steunpunt/${island.slug}"`)
  })
})

describe('support point page in another language', () => {
  test('names public holidays in the page language and marks typed Dutch text as Dutch', async () => {
    const { get } = testApp(db, { now: NOW })
    const html = await (await get(`/steunpunt/${point.slug}?lang=en`)).text()
    expect(html).toContain('Thursday, May 6, 2027: Ascension Day')
    expect(html).not.toContain('Hemelvaartsdag')
    expect(html).toContain('<bdi lang="nl">Teamdag</bdi>')
    expect(html).toMatch(/<address><bdi lang="nl">[^<]+<\/bdi><br\/><bdi lang="nl">/)
    expect(html).toContain('href="https://www.openstreetmap.org/search?query=')
    expect(html).toContain('Conversations at a time')
  })

  test('in Arabic the point, its region and its address are isolated Dutch, in the list too', async () => {
    const { get } = testApp(db, { now: NOW })
    const page = await (await get(`/steunpunt/${point.slug}?lang=ar`)).text()
    expect(page).toContain(`<h1><bdi lang="nl">${point.name}</bdi></h1>`)
    expect(page).toMatch(/<a href="\/regio\/[^"]+">[^<]+ <bdi lang="nl">[^<]+<\/bdi><\/a>/)
    // The title cannot hold markup: the name is isolated with control characters.
    expect(page).toContain(`\u2068${point.name}\u2069`)
    const list = await (await get(`/?q=${encodeURIComponent(town)}&lang=ar`)).text()
    expect(list).toContain(`<bdi lang="nl">${point.name}</bdi>`)
    // The Dutch page says nothing it need not say.
    const nl = await (await get(`/steunpunt/${point.slug}`)).text()
    expect(nl).toContain(`<h1><bdi>${point.name}</bdi></h1>`)
    expect(nl).not.toContain('\u2068')
  })
})
