import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assetUrl } from '../../src/assets.js'
import type { Db } from '../../src/db/database.js'
import { cachedSupportPoints, scheduleVersion } from '../../src/db/schedule-cache.js'
import { acceptsGzip } from '../../src/http/gzip.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * What this process keeps in memory (ADR 11) must never show something the database no
 * longer says: every kind of change is written straight to the tables here, the way a
 * second server process or a script would, and the very next request must see it.
 */
const NOW = new Date('2026-12-01T09:00:00Z')
const TODAY = '2026-12-01'

let db: Db
let point: Awaited<ReturnType<typeof createSupportPoint>>

beforeAll(async () => {
  db = await openTestDatabase()
  point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
  })
})

afterAll(async () => {
  await db.destroy()
})

describe('the schedule version', () => {
  // Each change goes through a different table the public pages read.
  const changes: Array<[string, (db: Db) => Promise<unknown>]> = [
    [
      'a closure',
      (db) =>
        db
          .insertInto('closures')
          .values({
            location_id: point.id,
            start_date: '2026-12-24',
            end_date: '2026-12-24',
            reason: 'x',
          })
          .execute(),
    ],
    [
      'weekly hours',
      (db) =>
        db
          .updateTable('walk_in_hours')
          .set({ counselors: 3 })
          .where('location_id', '=', point.id)
          .execute(),
    ],
    [
      'an extra session',
      (db) =>
        db
          .insertInto('extra_sessions')
          .values({
            location_id: point.id,
            date: '2026-12-05',
            start_time: '10:00',
            end_time: '11:00',
            counselors: 1,
            note: null,
          })
          .execute(),
    ],
    [
      'the point itself',
      (db) =>
        db
          .updateTable('locations')
          .set({ address: 'Nieuw 2' })
          .where('id', '=', point.id)
          .execute(),
    ],
    [
      'its region',
      (db) =>
        db
          .updateTable('regions')
          .set({ name: 'Regio X' })
          .where('id', '=', point.region.id)
          .execute(),
    ],
    [
      "the project leader's phone",
      (db) =>
        db
          .updateTable('staff')
          .set({ phone: '06 00000 001' })
          .where('email', '=', `${point.region.slug}@example.org`)
          .execute(),
    ],
  ]

  for (const [what, change] of changes) {
    test(`moves when ${what} changes`, async () => {
      expect(await versionStepOf(change)).toBe(1)
    })
  }

  test('stays when only bookings or sessions change', async () => {
    const step = await versionStepOf(async (trx) => {
      await trx
        .updateTable('staff')
        .set({ locale: 'en' })
        .where('email', '=', `${point.region.slug}@example.org`)
        .execute()
      await trx.deleteFrom('rate_limits').where('key', '=', 'none').execute()
    })
    expect(step).toBe(0)
  })
})

/**
 * How far `change` moves the version, seen from inside its own transaction: other test
 * files share the database and move it too. Repeatable read fixes the snapshot; a
 * concurrent bump makes ours fail to serialize, and then it is tried again.
 */
async function versionStepOf(change: (db: Db) => Promise<unknown>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const before = await scheduleVersion(trx)
          await change(trx)
          return (await scheduleVersion(trx)) - before
        })
    } catch (error) {
      if ((error as { code?: string }).code !== '40001' || attempt >= 10) throw error
    }
  }
}

describe('cached support points', () => {
  test('are shared while the version holds, and reloaded after a change', async () => {
    // Other test files may move the version between two reads; try until one pair agrees.
    let first = await cachedSupportPoints(db, { today: TODAY, slug: point.slug })
    let second = await cachedSupportPoints(db, { today: TODAY, slug: point.slug })
    for (let i = 0; i < 20 && second.version !== first.version; i++) {
      first = second
      second = await cachedSupportPoints(db, { today: TODAY, slug: point.slug })
    }
    expect(second.version).toBe(first.version)
    expect(second.value).toBe(first.value)
    await db
      .insertInto('closures')
      .values({ location_id: point.id, start_date: TODAY, end_date: TODAY, reason: 'Staking' })
      .execute()
    const third = await cachedSupportPoints(db, { today: TODAY, slug: point.slug })
    expect(third.value).not.toBe(first.value)
    expect(third.value[0]?.closures.map((c) => c.reason)).toContain('Staking')
  })
})

describe('the support point page', () => {
  test("shows another process's change within a second", async () => {
    const { get } = testApp(db, { now: NOW })
    const before = await (await get(`/steunpunt/${point.slug}`)).text()
    expect(before).not.toContain('Verbouwing')
    // Written straight to the tables, as a second server process or a script would; from a
    // Tuesday, when the point is open (closures on days it is closed anyway are not listed).
    await db
      .insertInto('closures')
      .values({
        location_id: point.id,
        start_date: '2026-12-08',
        end_date: '2026-12-09',
        reason: 'Verbouwing',
      })
      .execute()
    const started = performance.now()
    let page = await (await get(`/steunpunt/${point.slug}`)).text()
    while (!page.includes('Verbouwing') && performance.now() - started < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      page = await (await get(`/steunpunt/${point.slug}`)).text()
    }
    expect(page).toContain('Verbouwing')
    // Within the promised second (plus the polling step and a slow machine's slack).
    expect(performance.now() - started).toBeLessThan(1000 + 100 + 500)
  })

  test("shows this process's own change at once, and a changed page gets a new ETag", async () => {
    const own = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
    })
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [own.region.id] })
    const { get, post } = testApp(db, { now: NOW })
    const first = await get(`/steunpunt/${own.slug}`)
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^W\/"/)
    const again = await get(`/steunpunt/${own.slug}`, { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const closed = await post(
      `/staff/steunpunten/${own.slug}/sluitingen`,
      { startDate: '2026-12-08', endDate: '2026-12-09', reason: 'Verbouwing' },
      await signIn(db, coordinator.id, NOW),
    )
    expect(closed.status).toBeLessThan(400)
    const changed = await get(`/steunpunt/${own.slug}`, { 'If-None-Match': etag! })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('Verbouwing')
    expect(changed.headers.get('ETag')).not.toBe(etag)
  })

  test('is kept per language, and never replays a cookie', async () => {
    const { get } = testApp(db, { now: NOW })
    const dutch = await get(`/steunpunt/${point.slug}`)
    const arabic = await get(`/steunpunt/${point.slug}?lang=ar`)
    expect(arabic.headers.get('Set-Cookie')).toMatch(/^lang=ar/)
    const arabicHtml = await arabic.text()
    expect(arabicHtml).toContain('<html lang="ar" dir="rtl">')
    expect(await dutch.text()).toContain('<html lang="nl" dir="ltr">')
    // The same Arabic page again, from memory: the language cookie is this visitor's alone.
    const again = await get(`/steunpunt/${point.slug}?lang=ar`)
    expect(await again.text()).toBe(arabicHtml)
    expect(again.headers.get('Set-Cookie')).toMatch(/^lang=ar/)
    const byCookie = await get(`/steunpunt/${point.slug}`, { Cookie: 'lang=fa' })
    expect(byCookie.headers.get('Set-Cookie')).toBeNull()
    expect(await byCookie.text()).toContain('<html lang="fa" dir="rtl">')
  })

  test('goes out gzipped with the security headers, and plain to who asks for that', async () => {
    const { get } = testApp(db, { now: NOW })
    for (let visit = 0; visit < 2; visit++) {
      const zipped = await get(`/steunpunt/${point.slug}`, { 'Accept-Encoding': 'gzip, br' })
      expect(zipped.headers.get('Content-Encoding')).toBe('gzip')
      expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/)
      expect(zipped.headers.get('Content-Security-Policy')).toContain("default-src 'self'")
      const html = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')
      expect(html).toContain(point.name)
      const plain = await get(`/steunpunt/${point.slug}`, { 'Accept-Encoding': 'gzip;q=0' })
      expect(plain.headers.get('Content-Encoding')).toBeNull()
      expect(await plain.text()).toBe(html)
    }
  })

  test('an unknown point is still a 404, and nothing is kept for it', async () => {
    const { get } = testApp(db, { now: NOW })
    expect((await get('/steunpunt/bestaat-niet')).status).toBe(404)
    expect((await get('/steunpunt/bestaat-niet')).status).toBe(404)
  })
})

describe('compression', () => {
  test('reads Accept-Encoding as RFC 9110 says', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })

  test('static files are gzipped once at start, each encoding with its own ETag', async () => {
    const { get } = testApp(db, { now: NOW })
    const url = assetUrl('style.css')
    const zipped = await get(url, { 'Accept-Encoding': 'gzip' })
    const plain = await get(url)
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip')
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    const css = await plain.text()
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(css)
    expect(zipped.headers.get('ETag')).not.toBe(plain.headers.get('ETag'))
    const revalidated = await get(url, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': zipped.headers.get('ETag')!,
    })
    expect(revalidated.status).toBe(304)
  })

  test('a JSON answer is gzipped too', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/api/v1/locations/${point.slug}/slots?from=2026-12-01&to=2027-01-10`, {
      'Accept-Encoding': 'gzip',
    })
    expect(res.headers.get('Content-Encoding')).toBe('gzip')
    const slots = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'))
    expect(slots.length).toBeGreaterThan(10)
  })

  test('a small answer goes out as it is', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/healthz', { 'Accept-Encoding': 'gzip' })
    expect(res.headers.get('Content-Encoding')).toBeNull()
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})

describe('free places (kept at most a second, ADR 11)', () => {
  const slotsPath = (slug: string) =>
    `/api/v1/locations/${slug}/slots?from=2026-12-01&to=2026-12-01`
  const remainingAt13 = async (
    get: (path: string) => Response | Promise<Response>,
    slug: string,
  ) => {
    const slots = (await (await get(slotsPath(slug))).json()) as Array<{
      start: string
      remaining: number
    }>
    return slots.find((s) => s.start === '2026-12-01T13:00:00+01:00')?.remaining
  }

  test("this process's own booking shows at once", async () => {
    const own = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
    })
    const { get, app } = testApp(db, { now: NOW })
    expect(await remainingAt13(get, own.slug)).toBe(2)
    const res = await app.request('http://spreekuur.test/api/v1/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        location: own.slug,
        start: '2026-12-01T13:00:00+01:00',
        name: 'A',
        language: 'ar',
      }),
    })
    expect(res.status).toBe(201)
    expect(await remainingAt13(get, own.slug)).toBe(1)
  })

  test("another process's booking shows within the second", async () => {
    const other = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
    })
    const { get } = testApp(db, { now: NOW })
    expect(await remainingAt13(get, other.slug)).toBe(2)
    // Written straight to the tables, as a second server process would.
    await db
      .insertInto('slot_counters')
      .values({
        location_id: other.id,
        starts_at: new Date('2026-12-01T12:00:00Z'),
        booked: 1,
      })
      .execute()
    const started = performance.now()
    let remaining = await remainingAt13(get, other.slug)
    while (remaining === 2 && performance.now() - started < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      remaining = await remainingAt13(get, other.slug)
    }
    expect(remaining).toBe(1)
    // Within the promised second (plus the polling step and a slow machine's slack).
    expect(performance.now() - started).toBeLessThan(1000 + 100 + 500)
  })

  test('the day picker drops its copy when a place is taken here', async () => {
    const point3 = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '13:30', counselors: 1 }],
      minNoticeMinutes: 0,
    })
    const { get, post } = testApp(db, { now: NOW })
    const picker = `/steunpunt/${point3.slug}/afspraak?dag=2026-12-01`
    const free = /href="[^"]*gegevens\?start=2026-12-01T13%3A00/
    expect(await (await get(picker)).text()).toMatch(free)
    const booked = await post(`/steunpunt/${point3.slug}/afspraak`, {
      name: 'B',
      language: 'fa',
      interpreter: 'no',
      topic: 'orientation',
      start: '2026-12-01T13:00+01:00',
    })
    expect(booked.status).toBe(303)
    const after = await (await get(picker)).text()
    expect(after).not.toMatch(free)
  })
})
