import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import type { Role } from '../../src/db/schema.js'
import { newReference } from '../../src/domain/reference.js'
import { WEEK_MAX_ROWS } from '../../src/routes/staff/agenda.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'
import { bookThroughForm } from '../support/booking.js'

// Clients book on Monday 30 November 2026, 09:00 in Amsterdam.
const BOOKING_TIME = new Date('2026-11-30T08:00:00Z')
// The counselor looks on Tuesday 1 December at 09:00: today and the six days after.
const TUESDAY_MORNING = new Date('2026-12-01T08:00:00Z')
// And on Tuesday evening, when Tuesday's appointments have passed.
const TUESDAY_EVENING = new Date('2026-12-01T18:00:00Z')
const TUE_13 = '2026-12-01T13:00+01:00'
const TUE_1330 = '2026-12-01T13:30+01:00'
const THU_10 = '2026-12-03T10:00+01:00'
const MON_10 = '2026-12-07T10:00+01:00'
const NEXT_TUE_13 = '2026-12-08T13:00+01:00'
// Tuesday 13:00–14:00, Thursday and Monday 10:00–12:00, two counselors each.
const HOURS = [
  { weekday: 2, start: '13:00', end: '14:00', counselors: 2 },
  { weekday: 4, start: '10:00', end: '12:00', counselors: 2 },
  { weekday: 1, start: '10:00', end: '12:00', counselors: 2 },
]

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

function newPoint() {
  return createSupportPoint(db, { hours: HOURS })
}

/** Books through the public form, as a client does, and returns the stored row. */
async function book(
  point: { id: string; slug: string },
  start: string,
  name: string,
  details: Record<string, string> = {},
  at = BOOKING_TIME,
) {
  const fields = { name, interpreter: 'yes', topic: 'return', ...details }
  return (await bookThroughForm(db, { slug: point.slug, start, now: at, fields })).booking
}

async function signedIn(
  role: Role,
  scope: { regionIds?: string[]; locationIds?: string[] } = {},
  now = TUESDAY_MORNING,
) {
  const staff = await createStaff(db, { role, ...scope })
  const cookie = await signIn(db, staff.id, now)
  return { staff, cookie, ...testApp(db, { now }) }
}

function auditOf(staffId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'booking_id', 'location_id', 'detail'])
    .where('staff_id', '=', staffId)
    .orderBy('id')
    .execute()
}

/** The table row of one booking, from its opening tag to its end. */
function rowOf(html: string, reference: string): string {
  const start = html.indexOf(`<tr id="afspraak-${reference}"`)
  expect(start, `row of ${reference}`).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</tr>', start))
}

function daySections(html: string): string[] {
  return [...html.matchAll(/<section aria-labelledby="dag-(\d{4}-\d{2}-\d{2})">/g)].map(
    (m) => m[1]!,
  )
}

describe("a counselor's agenda: today and the coming days", () => {
  test('shows the bookings of both their support points by day and time, not those of a third', async () => {
    const [a, b, c] = [await newPoint(), await newPoint(), await newPoint()]
    const almaz = await book(a, TUE_1330, 'Almaz A.', {
      language: 'ar',
      note: 'Komt met haar zus',
      phone: '06 1234 5678',
    })
    const berhane = await book(b, TUE_13, 'Berhane B.', { interpreter: 'no' })
    const biniam = await book(b, THU_10, 'Biniam B.')
    await book(c, TUE_13, 'Cala C.')
    await book(a, NEXT_TUE_13, 'Later L.')
    const { staff, cookie, get } = await signedIn('counselor', { locationIds: [a.id, b.id] })

    const res = await get('/staff/agenda', cookie)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(html).toContain('Agenda van dinsdag 1 december tot en met maandag 7 december 2026')
    expect(daySections(html)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ])
    // By day, then time, whichever point.
    const order = ['Berhane B.', 'Almaz A.', 'donderdag 3 december 2026', 'Biniam B.']
    const positions = order.map((text) => html.indexOf(text))
    expect(positions.every((p) => p > -1)).toBe(true)
    expect(positions).toEqual([...positions].sort((x, y) => x - y))
    expect(html).not.toContain('Cala C.')
    expect(html).not.toContain(c.slug)
    expect(html).not.toContain('Later L.')

    const almazRow = rowOf(html, almaz.reference)
    expect(almazRow).toContain(a.name)
    expect(almazRow).toContain('13:30–14:00')
    expect(almazRow).toContain('العربية')
    expect(almazRow).toContain('Komt met haar zus')
    expect(almazRow).toContain('06 12345678')
    expect(almazRow).toContain('met tolk')
    expect(almazRow).toContain('terugkeer')
    expect(almazRow).toContain('website')
    expect(almazRow).toContain(`href="/staff/agenda/afspraak/${almaz.reference}"`)
    expect(rowOf(html, berhane.reference)).toContain(b.name)
    expect(rowOf(html, berhane.reference)).toContain('zonder tolk')
    expect(rowOf(html, biniam.reference)).toContain(b.name)
    expect(html).toContain('href="/staff/agenda?van=2026-11-24"')
    expect(html).toContain('href="/staff/agenda?van=2026-12-08"')
    expect(html).toContain(`href="/staff/agenda?steunpunt=${a.slug}&amp;dag=2026-12-01"`)

    // One row per support point shown, not one per booking.
    const logged = await auditOf(staff.id)
    expect(logged).toHaveLength(2)
    expect(logged).toEqual(
      expect.arrayContaining([
        {
          action: 'agenda.view',
          booking_id: null,
          location_id: a.id,
          detail: '2026-12-01..2026-12-07',
        },
        {
          action: 'agenda.view',
          booking_id: null,
          location_id: b.id,
          detail: '2026-12-01..2026-12-07',
        },
      ]),
    )
  })

  test('the next week is a plain link; one point can be chosen; a point not theirs is 404', async () => {
    const [a, b, c] = [await newPoint(), await newPoint(), await newPoint()]
    await book(a, TUE_13, 'Dawit D.')
    await book(b, TUE_1330, 'Eden E.')
    await book(a, NEXT_TUE_13, 'Fiori F.')
    await book(c, NEXT_TUE_13, 'Goitom G.')
    const { cookie, get } = await signedIn('counselor', { locationIds: [a.id, b.id] })

    const next = await (await get('/staff/agenda?van=2026-12-08', cookie)).text()
    expect(next).toContain('Fiori F.')
    expect(next).not.toContain('Dawit D.')
    expect(next).not.toContain('Goitom G.')
    expect(daySections(next)[0]).toBe('2026-12-08')
    expect(daySections(next)).toHaveLength(7)

    const onlyA = await (
      await get(`/staff/agenda?van=2026-12-01&steunpunt=${a.slug}`, cookie)
    ).text()
    expect(onlyA).toContain('Dawit D.')
    expect(onlyA).not.toContain('Eden E.')
    expect(onlyA).toContain(`<option value="${a.slug}" selected="">`)
    expect(onlyA).toContain(`href="/staff/agenda?van=2026-12-08&amp;steunpunt=${a.slug}"`)

    const all = await (await get('/staff/agenda?van=2026-12-01&steunpunt=', cookie)).text()
    expect(all).toContain('Dawit D.')
    expect(all).toContain('Eden E.')

    const theirs = await get(`/staff/agenda?van=2026-12-08&steunpunt=${c.slug}`, cookie)
    expect(theirs.status).toBe(404)
    expect(await theirs.text()).not.toContain('Goitom G.')
  })

  test('a counselor without support points sees a kind, empty page', async () => {
    const { staff, cookie, get } = await signedIn('counselor')
    for (const path of ['/staff/agenda', '/staff/agenda?van=2026-12-01']) {
      const res = await get(path, cookie)
      const html = await res.text()
      expect(res.status).toBe(200)
      expect(html).toContain('U bent nog aan geen steunpunt gekoppeld.')
      expect(html).toContain('Vraag uw regiocoördinator')
      expect(html).not.toContain('<table')
    }
    expect(await auditOf(staff.id)).toEqual([])
  })

  test('the range is seven days: the seventh day is in, the eighth is not; far or bad dates are refused', async () => {
    const point = await newPoint()
    await book(point, MON_10, 'Hagos H.')
    await book(point, NEXT_TUE_13, 'Idris I.')
    const { staff, cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const html = await (await get('/staff/agenda', cookie)).text()
    expect(html).toContain('Hagos H.')
    expect(html).not.toContain('Idris I.')

    for (const van of ['2029-01-01', '2024-11-01', 'gisteren', '2026-02-30']) {
      const res = await get(`/staff/agenda?van=${van}`, cookie)
      expect(res.status, van).toBe(400)
      const page = await res.text()
      expect(page).toContain('hooguit twee jaar van vandaag')
      expect(page).toContain(`value="${van}"`)
      expect(page).not.toContain('Hagos H.')
    }
    // Only the one page that showed a booking was logged.
    expect((await auditOf(staff.id)).map((row) => row.detail)).toEqual(['2026-12-01..2026-12-07'])
  })

  test('more bookings than a page holds: whole days only, and a link to the rest', async () => {
    const point = await newPoint()
    const base = {
      location_id: point.id,
      source: 'staff' as const,
      language: 'nl',
      name: null,
    }
    const on = (day: string, count: number) =>
      Array.from({ length: count }, () => ({
        ...base,
        reference: newReference(randomBytes),
        starts_at: new Date(`${day}T12:00:00Z`),
        ends_at: new Date(`${day}T12:30:00Z`),
      }))
    const tuesday = WEEK_MAX_ROWS - 50
    await db
      .insertInto('bookings')
      .values([...on('2026-12-01', tuesday), ...on('2026-12-02', 100)])
      .execute()
    const { cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const html = await (await get('/staff/agenda', cookie)).text()
    expect(html.match(/<tr id="afspraak-/g)).toHaveLength(tuesday)
    expect(daySections(html)).toEqual(['2026-12-01'])
    expect(html).toContain('Er zijn meer afspraken dan op één pagina passen.')
    expect(html).toContain('href="/staff/agenda?van=2026-12-02"')

    const rest = await (await get('/staff/agenda?van=2026-12-02', cookie)).text()
    expect(rest.match(/<tr id="afspraak-/g)).toHaveLength(100)
    expect(rest).not.toContain('meer afspraken dan op één pagina')
  })
})

describe('bookings kept overbooked on purpose', () => {
  test('are marked with words and an icon, only in the slot that is overbooked', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
    })
    const calm = await newPoint()
    const first = await book(point, TUE_13, 'Jemal J.')
    const second = await book(point, TUE_13, 'Kahsay K.')
    const other = await book(point, TUE_1330, 'Lula L.')
    const elsewhere = await book(calm, TUE_13, 'Mebrat M.')
    const elsewhere2 = await book(calm, TUE_13, 'Nardos N.')

    // The coordinator goes down to one counselor and keeps both 13:00 bookings (ADR 8).
    const coordinator = await signedIn('coordinator', { regionIds: [point.region.id] })
    const hours = await db
      .selectFrom('walk_in_hours')
      .select('id')
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    const path = `/staff/steunpunten/${point.slug}/uren/${hours.id}`
    const change = { start: '13:00', end: '14:00', counselors: '1' }
    const asked = await coordinator.post(path, change, coordinator.cookie)
    expect(asked.status).toBe(409)
    const affected = /name="affected" value="([^"]*)"/.exec(await asked.text())?.[1] ?? ''
    const kept = await coordinator.post(
      path,
      { ...change, conflict: 'keep', affected },
      coordinator.cookie,
    )
    expect(kept.status).toBe(303)
    expect(
      await db
        .selectFrom('bookings')
        .select('status')
        .where('id', 'in', [first.id, second.id])
        .execute(),
    ).toEqual([{ status: 'active' }, { status: 'active' }])

    const { cookie, get } = await signedIn('counselor', { locationIds: [point.id, calm.id] })
    const week = await (await get('/staff/agenda', cookie)).text()
    for (const booking of [first, second]) {
      const row = rowOf(week, booking.reference)
      expect(row).toContain('Overboekt: 2 afspraken voor 1 plaats')
      expect(row).toMatch(/<strong class="overbooked"><svg[^>]*aria-hidden="true"/)
    }
    for (const booking of [other, elsewhere, elsewhere2]) {
      expect(rowOf(week, booking.reference)).not.toContain('Overboekt')
    }
    expect(week).toContain('sommige tijden zijn bewust overboekt')

    // The printable day agenda of the point says it too; the calm point's does not.
    const day = await (
      await get(`/staff/agenda?steunpunt=${point.slug}&dag=2026-12-01`, cookie)
    ).text()
    expect(rowOf(day, second.reference)).toContain('Overboekt: 2 afspraken voor 1 plaats')
    expect(rowOf(day, other.reference)).not.toContain('Overboekt')
    const calmDay = await (
      await get(`/staff/agenda?steunpunt=${calm.slug}&dag=2026-12-01`, cookie)
    ).text()
    expect(calmDay).toContain('Mebrat M.')
    expect(calmDay).not.toContain('Overboekt')
    expect(calmDay).not.toContain('bewust overboekt')
  })

  test('a booking kept on a day that closed has no place at all, and says so', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 4, start: '10:00', end: '12:00', counselors: 2 }],
    })
    const booking = await book(point, THU_10, 'Okbay O.')
    const coordinator = await signedIn('coordinator', { regionIds: [point.region.id] })
    const path = `/staff/steunpunten/${point.slug}/sluitingen`
    const closure = { startDate: '2026-12-03', endDate: '2026-12-03', reason: 'Teamdag' }
    const asked = await coordinator.post(path, closure, coordinator.cookie)
    expect(asked.status).toBe(409)
    const affected = /name="affected" value="([^"]*)"/.exec(await asked.text())?.[1] ?? ''
    expect(affected).toBe(booking.id)
    const kept = await coordinator.post(
      path,
      { ...closure, conflict: 'keep', affected },
      coordinator.cookie,
    )
    expect(kept.status).toBe(303)

    const { cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const html = await (await get('/staff/agenda', cookie)).text()
    expect(rowOf(html, booking.reference)).toContain(
      'Overboekt: 1 afspraak, geen plaats meer in het spreekuur',
    )
  })
})

describe('attendance from the agenda of several days', () => {
  test('is recorded with the same action and returns to the view it came from', async () => {
    const [a, b] = [await newPoint(), await newPoint()]
    const today = await book(a, TUE_13, 'Petros P.')
    const thursday = await book(b, THU_10, 'Qedus Q.')
    const { staff, cookie, get, post } = await signedIn(
      'counselor',
      { locationIds: [a.id, b.id] },
      TUESDAY_EVENING,
    )
    const html = await (await get('/staff/agenda', cookie)).text()
    const action = `/staff/agenda/afspraak/${today.reference}/aanwezigheid`
    const row = rowOf(html, today.reference)
    expect(row).toContain(`action="${action}"`)
    expect(row).toContain('name="terug" value="/staff/agenda"')
    // Thursday has not come yet: no buttons.
    expect(rowOf(html, thursday.reference)).not.toContain('/aanwezigheid')

    const back = '/staff/agenda?van=2026-11-30&steunpunt='
    const res = await post(action, { attendance: 'no_show', terug: back }, cookie)
    expect(res.status).toBe(303)
    const location = res.headers.get('Location')!
    expect(location).toBe(
      `/staff/agenda?steunpunt=&van=2026-11-30&klaar=opgeslagen#afspraak-${today.reference}`,
    )
    const stored = await db
      .selectFrom('bookings')
      .select('attendance')
      .where('id', '=', today.id)
      .executeTakeFirstOrThrow()
    expect(stored.attendance).toBe('no_show')
    expect((await auditOf(staff.id)).map((r) => [r.action, r.booking_id, r.detail])).toContainEqual(
      ['booking.attendance', today.id, 'no_show'],
    )

    const after = await get(location.split('#')[0]!, cookie)
    const page = await after.text()
    expect(after.status).toBe(200)
    expect(page).toContain('Opgeslagen.')
    expect(daySections(page)[0]).toBe('2026-11-30')
    expect(rowOf(page, today.reference)).toContain('niet gekomen')
  })

  test('a return address outside the agenda is ignored: the booking page follows', async () => {
    const point = await newPoint()
    const booking = await book(point, TUE_13, 'Rahel R.')
    const { cookie, post } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      TUESDAY_EVENING,
    )
    const action = `/staff/agenda/afspraak/${booking.reference}/aanwezigheid`
    for (const terug of [
      'https://evil.example/staff/agenda',
      '//evil.example/staff/agenda',
      '/staff/agenda/../../logout',
      '/staff/agendax',
      '/staff/agenda/afspraak/ABCDEFGH',
    ]) {
      const res = await post(action, { attendance: 'attended', terug }, cookie)
      expect(res.status, terug).toBe(303)
      expect(res.headers.get('Location'), terug).toBe(
        `/staff/agenda/afspraak/${booking.reference}?klaar=opgeslagen`,
      )
    }
    // Unknown parameters are dropped, known ones kept.
    const res = await post(
      action,
      { attendance: 'attended', terug: '/staff/agenda?steunpunt=x&dag=2026-12-01&next=//evil' },
      cookie,
    )
    expect(res.headers.get('Location')).toBe(
      `/staff/agenda?steunpunt=x&dag=2026-12-01&klaar=opgeslagen#afspraak-${booking.reference}`,
    )
  })

  test('the day agenda offers the same buttons and comes back to the day', async () => {
    const point = await newPoint()
    const booking = await book(point, TUE_13, 'Semhar S.')
    const { cookie, get, post } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      TUESDAY_EVENING,
    )
    const dayPath = `/staff/agenda?steunpunt=${point.slug}&dag=2026-12-01`
    const html = await (await get(dayPath, cookie)).text()
    expect(rowOf(html, booking.reference)).toContain(
      `name="terug" value="${dayPath.replace(/&/g, '&amp;')}"`,
    )
    const res = await post(
      `/staff/agenda/afspraak/${booking.reference}/aanwezigheid`,
      { attendance: 'attended', terug: dayPath },
      cookie,
    )
    expect(res.headers.get('Location')).toBe(
      `${dayPath}&klaar=opgeslagen#afspraak-${booking.reference}`,
    )
    const page = await (await get(`${dayPath}&klaar=opgeslagen`, cookie)).text()
    expect(page).toContain('Opgeslagen.')
    expect(rowOf(page, booking.reference)).toContain('aanwezig')
  })
})

describe('coordinators and the admin', () => {
  test('keep the day agenda of one point, and may see seven days of one point', async () => {
    const mine = await newPoint()
    const theirs = await newPoint()
    await book(mine, THU_10, 'Tekle T.')
    await book(theirs, THU_10, 'Yordanos Y.')
    const { cookie, get } = await signedIn('coordinator', { regionIds: [mine.region.id] })

    const day = await (await get('/staff/agenda', cookie)).text()
    expect(day).toContain(`${mine.name}: dinsdag 1 december 2026`)
    expect(day).toContain('name="dag"')
    expect(day).toContain(`href="/staff/agenda?van=2026-12-01&amp;steunpunt=${mine.slug}"`)
    expect(daySections(day)).toEqual([])

    const week = await (
      await get(`/staff/agenda?van=2026-12-01&steunpunt=${mine.slug}`, cookie)
    ).text()
    expect(week).toContain('Tekle T.')
    expect(week).not.toContain('Alle steunpunten')
    expect(daySections(week)).toHaveLength(7)
    // Without a point: the first one of their region, never all of them at once.
    const first = await (await get('/staff/agenda?van=2026-12-01', cookie)).text()
    expect(first).toContain('Tekle T.')
    expect(first).not.toContain('Yordanos Y.')
    expect(
      (await get(`/staff/agenda?van=2026-12-01&steunpunt=${theirs.slug}`, cookie)).status,
    ).toBe(404)
  })
})
