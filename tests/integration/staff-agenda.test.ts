import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import type { Role } from '../../src/db/schema.js'
import { csvCell } from '../../views/staff/agenda-csv.js'
import { testApp } from '../support/app.js'
import { openTestDatabase, sentOutboxOf } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'
import { bookThroughForm } from '../support/booking.js'

// Clients book on Monday 30 November 2026, 09:00 in Amsterdam, for Tuesday afternoon.
const BOOKING_TIME = new Date('2026-11-30T08:00:00Z')
// Staff look on the Tuesday morning: the bookings are today's and still to come.
const TUESDAY_MORNING = new Date('2026-12-01T08:00:00Z')
// And on Tuesday evening, when the appointments have passed.
const TUESDAY_EVENING = new Date('2026-12-01T18:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'
const TUESDAY_14 = '2026-12-01T14:00+01:00'
const EVIL = 'https://evil.example'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

async function newPoint() {
  return createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
  })
}

/** Books through the public form, as a client does, and returns the stored row. */
async function book(
  point: { id: string; slug: string },
  start: string,
  details: Partial<Record<string, string>> = {},
) {
  const name = details.name ?? `Client ${start}`
  const fields = { name, interpreter: 'yes', topic: 'return', ...details } as Record<string, string>
  return (await bookThroughForm(db, { slug: point.slug, start, now: BOOKING_TIME, fields })).booking
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

function reload(bookingId: string) {
  return db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirstOrThrow()
}

describe('the day agenda', () => {
  test("a counselor sees today's bookings of their location, by time, with what the client shared", async () => {
    const point = await newPoint()
    const later = await book(point, TUESDAY_1330, {
      name: 'Selam H.',
      language: 'ar',
      email: 'selam@example.org',
      phone: '06 1234 5678',
      note: 'Komt met haar zus',
    })
    const earlier = await book(point, TUESDAY_13, { name: 'Amanuel T.' })
    const { staff, cookie, get } = await signedIn('counselor', { locationIds: [point.id] })

    // A point without a day is that point's agenda of today (plain /staff/agenda is a
    // counselor's seven days, in staff-counselor-agenda.test.ts).
    const res = await get(`/staff/agenda?steunpunt=${point.slug}`, cookie)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(html).toContain('dinsdag 1 december 2026')
    expect(html).toContain('Amanuel T.')
    expect(html).toContain('Selam H.')
    expect(html.indexOf('Amanuel T.')).toBeLessThan(html.indexOf('Selam H.'))
    expect(html).toContain('13:00–13:30')
    expect(html).toContain('العربية')
    expect(html).toContain('ትግርኛ')
    expect(html).toContain('selam@example.org')
    expect(html).toContain('06 12345678') // stored as +31612345678, shown the Dutch way
    expect(html).toContain('Komt met haar zus')
    expect(html).toContain(`href="/staff/agenda/afspraak/${earlier.reference}"`)
    expect(html).toContain(`href="/staff/agenda/afspraak/${later.reference}"`)
    expect(html).toContain(`dag=2026-11-30`)
    expect(html).toContain(`dag=2026-12-02`)
    expect(await auditOf(staff.id)).toEqual([
      { action: 'agenda.view', booking_id: null, location_id: point.id, detail: '2026-12-01' },
    ])
  })

  test('another day is chosen with a plain GET form, and a typed non-date is answered', async () => {
    const point = await newPoint()
    await book(point, TUESDAY_13, { name: 'Dawit K.' })
    const { cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const monday = await (await get('/staff/agenda?dag=2026-11-30', cookie)).text()
    expect(monday).toContain('Geen afspraken op deze dag.')
    expect(monday).not.toContain('Dawit K.')
    expect(monday).toContain('<form method="get" action="/staff/agenda"')

    const bad = await get('/staff/agenda?dag=1-12-2026', cookie)
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Vul een datum in als JJJJ-MM-DD')
    expect(badHtml).toContain('value="1-12-2026"')
  })

  test('cancelled bookings are listed as cancelled', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_14, { name: 'Hawa M.' })
    const { cookie, get, post } = await signedIn('counselor', { locationIds: [point.id] })
    await post(`/staff/agenda/afspraak/${booking.reference}/afzeggen`, { reason: 'Ziek' }, cookie)
    const html = await (await get(`/staff/agenda?steunpunt=${point.slug}`, cookie)).text()
    expect(html).toContain('Hawa M.')
    expect(html).toContain('afgezegd')
  })
})

describe('who sees which agenda', () => {
  test("a counselor of another location gets 404 for that location's agenda, booking and export", async () => {
    const mine = await newPoint()
    const theirs = await newPoint()
    const booking = await book(theirs, TUESDAY_13, { name: 'Yonas B.' })
    const { cookie, get, post } = await signedIn('counselor', { locationIds: [mine.id] })

    expect((await get(`/staff/agenda?steunpunt=${theirs.slug}`, cookie)).status).toBe(404)
    expect((await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)).status).toBe(404)
    const range = 'van=2026-12-01&tot=2026-12-31'
    expect(
      (await get(`/staff/agenda/export.csv?steunpunt=${theirs.slug}&${range}`, cookie)).status,
    ).toBe(404)
    const search = await get(`/staff/agenda/zoek?referentie=${booking.reference}`, cookie)
    expect(search.status).toBe(404)
    expect(await search.text()).toContain('Geen afspraak gevonden')
    const attended = await post(
      `/staff/agenda/afspraak/${booking.reference}/aanwezigheid`,
      { attendance: 'attended' },
      cookie,
    )
    expect(attended.status).toBe(404)
    const cancel = await post(
      `/staff/agenda/afspraak/${booking.reference}/afzeggen`,
      { reason: 'Niet van mij' },
      cookie,
    )
    expect(cancel.status).toBe(404)
    expect(await reload(booking.id)).toMatchObject({ status: 'active', attendance: null })
  })

  test('a volunteer gets 404 on the agenda', async () => {
    const point = await newPoint()
    const { cookie, get } = await signedIn('volunteer', { locationIds: [point.id] })
    expect((await get('/staff/agenda', cookie)).status).toBe(404)
    expect((await get(`/staff/agenda?steunpunt=${point.slug}`, cookie)).status).toBe(404)
  })

  test('without a session the agenda asks to sign in', async () => {
    const { get } = testApp(db, { now: TUESDAY_MORNING })
    const res = await get('/staff/agenda')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/login?next=%2Fstaff%2Fagenda')
  })

  test("a coordinator sees the locations of their region, not another region's", async () => {
    const mine = await newPoint()
    const theirs = await newPoint()
    const booking = await book(theirs, TUESDAY_13, { name: 'Meron G.' })
    const { cookie, get } = await signedIn('coordinator', { regionIds: [mine.region.id] })

    const html = await (await get('/staff/agenda', cookie)).text()
    expect(html).toContain(`value="${mine.slug}"`)
    expect(html).not.toContain(`value="${theirs.slug}"`)
    expect((await get(`/staff/agenda?steunpunt=${mine.slug}`, cookie)).status).toBe(200)
    expect((await get(`/staff/agenda?steunpunt=${theirs.slug}`, cookie)).status).toBe(404)
    expect((await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)).status).toBe(404)
  })

  test('the admin sees every location', async () => {
    const one = await newPoint()
    const other = await newPoint()
    const booking = await book(other, TUESDAY_13, { name: 'Ruth A.' })
    const { cookie, get } = await signedIn('admin')
    const html = await (await get(`/staff/agenda?steunpunt=${other.slug}`, cookie)).text()
    expect(html).toContain('Ruth A.')
    expect(html).toContain(`value="${one.slug}"`)
    expect((await get(`/staff/agenda?steunpunt=${one.slug}`, cookie)).status).toBe(200)
    expect((await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)).status).toBe(200)
  })

  test('a counselor without a location sees an explanation', async () => {
    const { cookie, get } = await signedIn('counselor')
    const res = await get('/staff/agenda', cookie)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('aan geen steunpunt gekoppeld')
  })
})

describe('one booking', () => {
  test('the detail page shows what the client shared and logs the view', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, {
      name: 'Saba W.',
      email: 'saba@example.org',
      note: 'Liever een vrouw',
    })
    const { staff, cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const res = await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('Saba W.')
    expect(html).toContain('saba@example.org')
    expect(html).toContain('Liever een vrouw')
    expect(html).toContain('dinsdag 1 december 2026, 13:00–13:30')
    expect(html).toContain(`action="/staff/agenda/afspraak/${booking.reference}/aanwezigheid"`)
    expect(html).toContain(`action="/staff/agenda/afspraak/${booking.reference}/afzeggen"`)
    expect(await auditOf(staff.id)).toEqual([
      { action: 'booking.view', booking_id: booking.id, location_id: point.id, detail: null },
    ])
    expect((await get('/staff/agenda/afspraak/ABCDEFGH', cookie)).status).toBe(404)
  })

  test('attended, no-show and the outcome are stored and audited', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Tesfay N.' })
    const { staff, cookie, post, get } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      TUESDAY_EVENING,
    )
    const path = `/staff/agenda/afspraak/${booking.reference}`

    const attended = await post(`${path}/aanwezigheid`, { attendance: 'attended' }, cookie)
    expect(attended.status).toBe(303)
    expect(attended.headers.get('Location')).toBe(`${path}?klaar=opgeslagen`)
    expect(await reload(booking.id)).toMatchObject({ attendance: 'attended' })

    const noShow = await post(`${path}/aanwezigheid`, { attendance: 'no_show' }, cookie)
    expect(noShow.status).toBe(303)
    expect(await reload(booking.id)).toMatchObject({ attendance: 'no_show' })

    const outcome = await post(`${path}/uitkomst`, { outcome: 'referred' }, cookie)
    expect(outcome.status).toBe(303)
    expect(await reload(booking.id)).toMatchObject({ outcome: 'referred' })

    const page = await (await get(`${path}?klaar=opgeslagen`, cookie)).text()
    expect(page).toContain('Opgeslagen.')
    expect(page).toContain('doorverwezen')

    expect((await auditOf(staff.id)).slice(0, 3)).toEqual([
      {
        action: 'booking.attendance',
        booking_id: booking.id,
        location_id: point.id,
        detail: 'attended',
      },
      {
        action: 'booking.attendance',
        booking_id: booking.id,
        location_id: point.id,
        detail: 'no_show',
      },
      {
        action: 'booking.outcome',
        booking_id: booking.id,
        location_id: point.id,
        detail: 'referred',
      },
    ])
  })

  test('a choice outside the lists is refused with 422 and changes nothing', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Kidane F.' })
    const { staff, cookie, post } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      TUESDAY_EVENING,
    )
    const path = `/staff/agenda/afspraak/${booking.reference}`
    const bad = await post(`${path}/aanwezigheid`, { attendance: 'maybe' }, cookie)
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kies aanwezig of niet gekomen.')
    const badOutcome = await post(`${path}/uitkomst`, { outcome: 'deported' }, cookie)
    expect(badOutcome.status).toBe(422)
    expect(await badOutcome.text()).toContain('Kies een van de uitkomsten.')
    expect(await reload(booking.id)).toMatchObject({ attendance: null, outcome: null })
    expect(await auditOf(staff.id)).toEqual([])
  })

  test('attendance waits for the day of the appointment', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Feven L.' })
    const { cookie, post, get } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      BOOKING_TIME,
    )
    const path = `/staff/agenda/afspraak/${booking.reference}`
    expect(await (await get(path, cookie)).text()).not.toContain(`${path}/aanwezigheid`)
    const early = await post(`${path}/aanwezigheid`, { attendance: 'attended' }, cookie)
    expect(early.status).toBe(409)
    expect(await reload(booking.id)).toMatchObject({ attendance: null })
  })
})

describe('cancelling by staff', () => {
  test('with a reason it cancels, keeps the reason, and sends the counselors a CANCEL', async () => {
    const point = await newPoint()
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const booking = await book(point, TUESDAY_13, { name: 'Asmeret D.' })
    const cookie = await signIn(db, counselor.id, TUESDAY_MORNING)
    const { post, get } = testApp(db, { now: TUESDAY_MORNING })
    const path = `/staff/agenda/afspraak/${booking.reference}`

    const res = await post(
      `${path}/afzeggen`,
      { reason: 'Counselor ziek, nieuwe afspraak volgt' },
      cookie,
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${path}?klaar=afgezegd`)
    expect(await reload(booking.id)).toMatchObject({
      status: 'cancelled',
      cancelled_by: 'staff',
      cancel_reason: 'Counselor ziek, nieuwe afspraak volgt',
    })
    const cancels = await sentOutboxOf(db, booking.id, 'counselor-invitation')
    const cancel = cancels.find((row) => row.message.icalEvent?.method === 'CANCEL')
    expect(cancel?.recipient).toBe(counselor.email)
    expect(cancel?.message.icalEvent?.content).toContain('METHOD:CANCEL')
    expect((await auditOf(counselor.id)).map((row) => row.action)).toEqual(['booking.cancel'])

    const page = await (await get(`${path}?klaar=afgezegd`, cookie)).text()
    expect(page).toContain('De afspraak is afgezegd.')
    expect(page).toContain('Counselor ziek, nieuwe afspraak volgt')
    expect(page).not.toContain(`${path}/afzeggen`)
  })

  test('without a reason it is refused with 422 and nothing changes', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Lemlem O.' })
    const { staff, cookie, post } = await signedIn('counselor', { locationIds: [point.id] })
    const path = `/staff/agenda/afspraak/${booking.reference}`

    const empty = await post(`${path}/afzeggen`, { reason: '   ' }, cookie)
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Kies een reden of schrijf er een.')

    const tooLong = 'Omdat '.repeat(60)
    const long = await post(`${path}/afzeggen`, { reason: tooLong }, cookie)
    expect(long.status).toBe(422)
    const longHtml = await long.text()
    expect(longHtml).toContain('hooguit 300 tekens')
    expect(longHtml).toContain(tooLong.trim())

    expect(await reload(booking.id)).toMatchObject({
      status: 'active',
      cancelled_by: null,
      cancel_reason: null,
    })
    const outbox = await sentOutboxOf(db, booking.id)
    expect(outbox.filter((row) => row.message.icalEvent?.method === 'CANCEL')).toEqual([])
    expect(await auditOf(staff.id)).toEqual([])
  })

  test('a booking that has started cannot be cancelled', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Aklilu P.' })
    const { cookie, post } = await signedIn(
      'counselor',
      { locationIds: [point.id] },
      TUESDAY_EVENING,
    )
    const res = await post(
      `/staff/agenda/afspraak/${booking.reference}/afzeggen`,
      { reason: 'Te laat' },
      cookie,
    )
    expect(res.status).toBe(409)
    expect(await reload(booking.id)).toMatchObject({ status: 'active' })
  })

  test('a cross-origin POST is refused with 403', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Mehari S.' })
    const { cookie, post } = await signedIn('counselor', { locationIds: [point.id] })
    const path = `/staff/agenda/afspraak/${booking.reference}`
    for (const [action, form] of [
      ['afzeggen', { reason: 'Vervalst' }],
      ['aanwezigheid', { attendance: 'no_show' }],
      ['uitkomst', { outcome: 'other' }],
    ] as const) {
      const res = await post(`${path}/${action}`, form, { ...cookie, Origin: EVIL })
      expect(res.status).toBe(403)
    }
    expect(await reload(booking.id)).toMatchObject({
      status: 'active',
      attendance: null,
      outcome: null,
    })
  })
})

describe('search by reference', () => {
  test('finds a booking however the reference is typed', async () => {
    const point = await newPoint()
    const booking = await book(point, TUESDAY_13, { name: 'Haben R.' })
    const { cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const typed = `${booking.reference.slice(0, 4)}-${booking.reference.slice(4)}`.toLowerCase()
    const res = await get(
      `/staff/agenda/zoek?referentie=${encodeURIComponent(` ${typed} `)}`,
      cookie,
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/agenda/afspraak/${booking.reference}`)

    const missing = await get('/staff/agenda/zoek?referentie=ABCD-EFGH', cookie)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Geen afspraak gevonden met referentie “ABCD-EFGH”.')
    const invalid = await get('/staff/agenda/zoek?referentie=K7QW-D3M0', cookie)
    expect(invalid.status).toBe(422)
    expect(await invalid.text()).toContain('acht letters en cijfers')
  })
})

describe('CSV export', () => {
  test('has the BOM, the header, one row per booking, no names, and neutralized formulas', async () => {
    const point = await newPoint()
    const first = await book(point, TUESDAY_13, {
      name: 'Senait Q.',
      email: 'senait@example.org',
      phone: '06 9876 5432',
    })
    const second = await book(point, TUESDAY_1330, { name: '=Naam als formule' })
    // Data from before validation tightened, or from an import: it must not run in Excel.
    await db
      .updateTable('bookings')
      .set({ language: '=HYPERLINK("http://evil.example";"klik")' })
      .where('id', '=', second.id)
      .execute()
    const { staff, cookie, get } = await signedIn('coordinator', { regionIds: [point.region.id] })

    const res = await get(
      `/staff/agenda/export.csv?steunpunt=${point.slug}&van=2026-12-01&tot=2026-12-31`,
      cookie,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toContain('attachment')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.split('\r\n').slice(0, -1)
    expect(lines).toEqual([
      'datum;tijd;referentie;status;taal;tolk;onderwerp;aanwezigheid;uitkomst;bron',
      `2026-12-01;13:00;${first.reference};gepland;ti;ja;terugkeer;;;website`,
      `2026-12-01;13:30;${second.reference};gepland;"'=HYPERLINK(""http://evil.example"";""klik"")";ja;terugkeer;;;website`,
    ])
    expect(text).not.toContain('Senait')
    expect(text).not.toContain('Naam als formule')
    expect(text).not.toContain('senait@example.org')
    expect(text).not.toContain('9876')
    expect(await auditOf(staff.id)).toEqual([
      {
        action: 'bookings.export',
        booking_id: null,
        location_id: point.id,
        detail: '2026-12-01..2026-12-31',
      },
    ])
  })

  test('refuses more than 92 days and an end before the start', async () => {
    const point = await newPoint()
    const { staff, cookie, get } = await signedIn('counselor', { locationIds: [point.id] })
    const base = `/staff/agenda/export.csv?steunpunt=${point.slug}`
    const ninetyTwo = await get(`${base}&van=2026-12-01&tot=2027-03-02`, cookie)
    expect(ninetyTwo.status).toBe(200)
    const tooLong = await get(`${base}&van=2026-12-01&tot=2027-03-03`, cookie)
    expect(tooLong.status).toBe(400)
    expect(await tooLong.text()).toContain('hooguit 92 dagen')
    expect((await get(`${base}&van=2026-12-02&tot=2026-12-01`, cookie)).status).toBe(400)
    expect((await get(`${base}&van=morgen&tot=2026-12-01`, cookie)).status).toBe(400)
    expect((await auditOf(staff.id)).map((row) => row.action)).toEqual(['bookings.export'])
  })

  test('cells are quoted and formula-safe', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"')
  })
})
