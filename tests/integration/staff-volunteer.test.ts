import { nl } from '../../src/i18n/nl.js'
import { spacedReference } from '../../src/domain/reference.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// Monday 30 November 2026, 09:00 in Amsterdam. Tuesday's hours are 13:00–14:00, one counselor.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'

const NO_CONTACT = {
  name: 'A. K.',
  language: 'ti',
  interpreter: 'yes',
  topic: 'orientation',
  email: '',
  phone: '',
  note: '',
}

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

function newPoint() {
  return createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 1 }],
  })
}

async function signedIn(role: 'volunteer' | 'coordinator' | 'counselor' | 'admin') {
  const staff = await createStaff(db, { role })
  return { staff, cookie: await signIn(db, staff.id, NOW) }
}

function bookingByReference(reference: string) {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow()
}

function placesTaken(locationId: string) {
  return db
    .selectFrom('slot_counters')
    .select(['starts_at', 'booked'])
    .where('location_id', '=', locationId)
    .execute()
    .then((rows) => new Map(rows.map((r) => [r.starts_at.toISOString(), r.booked])))
}

/** Books through the staff form; returns the reference from the redirect. */
async function bookFor(
  post: ReturnType<typeof testApp>['post'],
  cookie: { Cookie: string },
  slug: string,
  start = TUESDAY_13,
) {
  const res = await post(`/staff/boeken/${slug}`, { ...NO_CONTACT, start }, cookie)
  expect(res.status).toBe(303)
  const location = res.headers.get('Location') ?? ''
  const match = /^\/staff\/mijn-afspraken\/([A-Z0-9]{8})\?nieuw=1$/.exec(location)
  expect(match, location).not.toBeNull()
  return match![1]!
}

describe('booking for a client', () => {
  test('the volunteer walks the public steps under /staff/boeken', async () => {
    const point = await newPoint()
    const { cookie } = await signedIn('volunteer')
    const { get } = testApp(db, { now: NOW })

    const points = await (await get('/staff/boeken', cookie)).text()
    expect(points).toContain(point.region.name)
    expect(points).toContain(`href="/staff/boeken/${point.slug}"`)

    const days = await get(`/staff/boeken/${point.slug}?dag=2026-12-01`, cookie)
    expect(days.status).toBe(200)
    const daysHtml = await days.text()
    expect(daysHtml).toContain('Vrije tijden op dinsdag 1 december')
    // Said to the client, not to the volunteer who books for them.
    expect(daysHtml).not.toContain(nl.walkInNote)
    const publicDays = await get(`/steunpunt/${point.slug}/afspraak?dag=2026-12-01`)
    expect(await publicDays.text()).toContain(nl.walkInNote)
    expect(daysHtml).toContain(
      `/staff/boeken/${point.slug}/gegevens?start=${encodeURIComponent(TUESDAY_13)}`,
    )

    const form = await get(
      `/staff/boeken/${point.slug}/gegevens?start=${encodeURIComponent(TUESDAY_13)}`,
      cookie,
    )
    expect(form.status).toBe(200)
    const formHtml = await form.text()
    expect(formHtml).toContain(`action="/staff/boeken/${point.slug}"`)
    expect(formHtml).toContain('E-mail en telefoon van de cliënt zijn niet verplicht')
  })

  test('a client without contact details: recorded as the volunteer’s, messages to the volunteer', async () => {
    const point = await newPoint()
    const { staff, cookie } = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })

    const reference = await bookFor(post, cookie, point.slug)
    const booking = await bookingByReference(reference)
    expect(booking).toMatchObject({
      source: 'volunteer',
      booked_by: staff.id,
      email: null,
      phone: null,
      name: 'A. K.',
      location_id: point.id,
      status: 'active',
    })
    expect(booking.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')

    const confirmation = await (
      await get(`/staff/mijn-afspraken/${reference}?nieuw=1`, cookie)
    ).text()
    expect(confirmation).toContain('De afspraak staat')
    expect(confirmation).toContain(`${reference.slice(0, 4)} ${reference.slice(4)}`)
    expect(confirmation).toContain('Proefstraat 1, 1234 AB Testdorp')
    expect(confirmation).toContain('dinsdag 1 december')
    expect(confirmation).toContain(staff.email)

    const list = await (await get('/staff/mijn-afspraken', cookie)).text()
    expect(list).toContain(`href="/staff/mijn-afspraken/${reference}"`)
    expect(list).toContain('gepland')

    const outbox = await db
      .selectFrom('outbox')
      .select(['kind', 'recipient'])
      .where('booking_id', '=', booking.id)
      .execute()
    expect(outbox).toContainEqual({ kind: 'client-confirmation', recipient: staff.email })

    const audited = await db
      .selectFrom('audit_log')
      .select(['action', 'booking_id'])
      .where('staff_id', '=', staff.id)
      .execute()
    expect(audited).toContainEqual({ action: 'booking.create', booking_id: booking.id })
  })

  test('bad input is refused with 422 and keeps what was typed', async () => {
    const point = await newPoint()
    const { staff, cookie } = await signedIn('volunteer')
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      `/staff/boeken/${point.slug}`,
      {
        ...NO_CONTACT,
        name: '',
        email: 'not-an-address',
        note: 'Komt met zijn broer',
        start: TUESDAY_13,
      },
      cookie,
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('Komt met zijn broer')
    expect(html).toContain('Dit e-mailadres klopt niet')
    const rows = await db
      .selectFrom('bookings')
      .select('id')
      .where('booked_by', '=', staff.id)
      .execute()
    expect(rows).toHaveLength(0)
  })

  test('a full time answers 409 with other free times', async () => {
    const point = await newPoint()
    const { cookie } = await signedIn('volunteer')
    const { post } = testApp(db, { now: NOW })
    await bookFor(post, cookie, point.slug)
    const res = await post(
      `/staff/boeken/${point.slug}`,
      { ...NO_CONTACT, start: TUESDAY_13 },
      cookie,
    )
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('Deze tijd is net bezet')
    expect(html).toContain(`value="${TUESDAY_1330}"`)
    expect(html).toContain('value="A. K."')
  })
})

describe('my bookings', () => {
  test('another volunteer cannot see, move or cancel it, not even by its reference', async () => {
    const point = await newPoint()
    const owner = await signedIn('volunteer')
    const other = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, owner.cookie, point.slug)

    const base = `/staff/mijn-afspraken/${reference}`
    expect((await get(base, other.cookie)).status).toBe(404)
    expect((await get(`${base}/verzetten`, other.cookie)).status).toBe(404)
    expect((await get(`${base}/annuleren`, other.cookie)).status).toBe(404)
    expect((await post(`${base}/verzetten`, { start: TUESDAY_1330 }, other.cookie)).status).toBe(
      404,
    )
    expect((await post(`${base}/annuleren`, {}, other.cookie)).status).toBe(404)
    const theirList = await (await get('/staff/mijn-afspraken', other.cookie)).text()
    expect(theirList).not.toContain(reference)
    expect(theirList).not.toContain(spacedReference(reference))

    const booking = await bookingByReference(reference)
    expect(booking.status).toBe('active')
    expect(booking.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')
  })

  test('a card to print in the client’s language; a QR code only with a new link, audited', async () => {
    const point = await newPoint()
    const owner = await signedIn('volunteer')
    const other = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, owner.cookie, point.slug)
    const base = `/staff/mijn-afspraken/${reference}`
    expect(await (await get(base, owner.cookie)).text()).toContain(`href="${base}/kaart"`)

    // Tigrinya (the client's language) with the Dutch beside it; no link yet, so no QR code.
    const card = await (await get(`${base}/kaart`, owner.cookie)).text()
    expect(card).toContain('<article class="booking-card" lang="ti" dir="ltr">')
    expect(card).toContain('ነዚ ካርድ ሒዝኩም ምጹ፣ ነቲ ኮድ ኣብ መቐበሊ ኣርእዩ።')
    expect(card).toContain('dinsdag 1 december')
    expect(card).not.toContain('class="card-qr"')
    const before = await bookingByReference(reference)

    expect((await get(`${base}/kaart`, other.cookie)).status).toBe(404)
    expect((await post(`${base}/kaart`, {}, other.cookie)).status).toBe(404)
    const withLink = await post(`${base}/kaart`, {}, owner.cookie)
    expect(withLink.status).toBe(200)
    expect(withLink.headers.get('Cache-Control')).toBe('no-store')
    expect(await withLink.text()).toContain('class="card-qr"')
    const after = await bookingByReference(reference)
    expect(after.manage_token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(after.manage_token_hash).not.toBe(before.manage_token_hash)
    const logged = await db
      .selectFrom('audit_log')
      .select('action')
      .where('booking_id', '=', after.id)
      .where('staff_id', '=', owner.staff.id)
      .where('action', '=', 'booking.card-link')
      .execute()
    expect(logged).toHaveLength(1)
  })

  test('the volunteer moves it: the new place is taken and the old one freed', async () => {
    const point = await newPoint()
    const { cookie } = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, cookie, point.slug)
    const base = `/staff/mijn-afspraken/${reference}`

    const picker = await (await get(`${base}/verzetten?dag=2026-12-01`, cookie)).text()
    expect(picker).toContain(`action="${base}/verzetten"`)
    expect(picker).toContain(`value="${TUESDAY_1330}"`)

    const res = await post(`${base}/verzetten`, { start: TUESDAY_1330 }, cookie)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${base}?verzet=1`)
    const booking = await bookingByReference(reference)
    expect(booking.starts_at.toISOString()).toBe('2026-12-01T12:30:00.000Z')
    const places = await placesTaken(point.id)
    expect(places.get('2026-12-01T12:00:00.000Z')).toBe(0)
    expect(places.get('2026-12-01T12:30:00.000Z')).toBe(1)
    expect(await (await get(`${base}?verzet=1`, cookie)).text()).toContain('De afspraak is verzet.')
  })

  test('the volunteer cancels it after a confirmation step', async () => {
    const point = await newPoint()
    const { staff, cookie } = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, cookie, point.slug)
    const base = `/staff/mijn-afspraken/${reference}`

    const confirm = await (await get(`${base}/annuleren`, cookie)).text()
    expect(confirm).toContain(`<form method="post" action="${base}/annuleren"`)
    expect((await bookingByReference(reference)).status).toBe('active')

    const res = await post(`${base}/annuleren`, {}, cookie)
    expect(res.status).toBe(303)
    const booking = await bookingByReference(reference)
    expect(booking).toMatchObject({ status: 'cancelled', cancelled_by: 'client' })
    expect((await placesTaken(point.id)).get('2026-12-01T12:00:00.000Z')).toBe(0)
    const list = await (await get('/staff/mijn-afspraken', cookie)).text()
    expect(list).toContain('afgezegd')
    const audited = await db
      .selectFrom('audit_log')
      .select('action')
      .where('booking_id', '=', booking.id)
      .where('staff_id', '=', staff.id)
      .execute()
    expect(audited.map((a) => a.action)).toContain('booking.cancel')
  })

  test('a coordinator sees the bookings they made themselves', async () => {
    const point = await newPoint()
    const { staff, cookie } = await signedIn('coordinator')
    const { get, post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, cookie, point.slug)
    expect((await bookingByReference(reference)).booked_by).toBe(staff.id)
    expect(await (await get('/staff/mijn-afspraken', cookie)).text()).toContain(reference)
  })
})

describe('access', () => {
  test('a counselor books for a client too (from the desk, for later), and sees it in my bookings', async () => {
    const point = await newPoint()
    const { staff, cookie } = await signedIn('counselor')
    const { get, post } = testApp(db, { now: NOW })
    expect((await get('/staff/boeken', cookie)).status).toBe(200)
    expect((await get(`/staff/boeken/${point.slug}`, cookie)).status).toBe(200)
    const reference = await bookFor(post, cookie, point.slug)
    const booking = await bookingByReference(reference)
    expect(booking.booked_by).toBe(staff.id)
    const list = await (await get('/staff/mijn-afspraken', cookie)).text()
    expect(list).toContain(reference)
  })

  test('an anonymous visitor is sent to the login page', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/staff/boeken')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/login?next=${encodeURIComponent('/staff/boeken')}`)
    const list = await get('/staff/mijn-afspraken')
    expect(list.headers.get('Location')).toMatch(/^\/login\?next=/)
  })

  test('a cross-origin POST is refused with 403 and changes nothing', async () => {
    const point = await newPoint()
    const { cookie } = await signedIn('volunteer')
    const { post } = testApp(db, { now: NOW })
    const reference = await bookFor(post, cookie, point.slug)
    const evil = { ...cookie, Origin: 'https://evil.example' }
    const base = `/staff/mijn-afspraken/${reference}`
    expect(
      (await post(`/staff/boeken/${point.slug}`, { ...NO_CONTACT, start: TUESDAY_1330 }, evil))
        .status,
    ).toBe(403)
    expect((await post(`${base}/verzetten`, { start: TUESDAY_1330 }, evil)).status).toBe(403)
    expect((await post(`${base}/annuleren`, {}, evil)).status).toBe(403)
    const rows = await db
      .selectFrom('bookings')
      .selectAll()
      .where('location_id', '=', point.id)
      .execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'active', reference })
    expect(rows[0]!.starts_at.toISOString()).toBe('2026-12-01T12:00:00.000Z')
  })
})

describe('the booking form speaks about the client to the volunteer (issue 19)', () => {
  const formPath = (slug: string) =>
    `/staff/boeken/${slug}/gegevens?start=${encodeURIComponent(TUESDAY_13)}`

  test('labels and the error summary say "the client", in Dutch and English; the public form still asks the client', async () => {
    const point = await newPoint()
    const { cookie } = await signedIn('volunteer')
    const { get, post } = testApp(db, { now: NOW })

    const dutch = await (await get(formPath(point.slug), cookie)).text()
    expect(dutch).toContain('<label for="language">De taal van de cliënt</label>')
    expect(dutch).toContain('Wil de cliënt een tolk?')
    expect(dutch).toContain('Waar wil de cliënt over praten?')
    expect(dutch).toContain('Naam of initialen van de cliënt')
    expect(dutch).not.toContain('Welke taal spreekt u?')
    expect(dutch).not.toContain('Wilt u een tolk?')

    const refused = await post(
      `/staff/boeken/${point.slug}`,
      { ...NO_CONTACT, language: '', start: TUESDAY_13 },
      cookie,
    )
    expect(refused.status).toBe(422)
    const summary = await refused.text()
    expect(summary).toMatch(/href="#language"[^>]*>De taal van de cliënt/)
    expect(summary).not.toContain('Welke taal spreekt u?')

    const english = await createStaff(db, { role: 'volunteer', locale: 'en' })
    const inEnglish = await (
      await get(formPath(point.slug), await signIn(db, english.id, NOW))
    ).text()
    expect(inEnglish).toContain('<label for="language">The client&#39;s language</label>')
    expect(inEnglish).toContain('Does the client want an interpreter?')

    const publicForm = await (
      await get(
        `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(TUESDAY_13)}`,
      )
    ).text()
    expect(publicForm).toContain('Welke taal spreekt u?')
    expect(publicForm).not.toContain('De taal van de cliënt')
  })
})
