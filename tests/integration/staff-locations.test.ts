import { spacedReference } from '../../src/domain/reference.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { catalogs } from '../../src/i18n/locales.js'
import { testApp } from '../support/app.js'
import { asSent, openTestDatabase, sentOutboxOf } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'
import { bookThroughForm } from '../support/booking.js'

// Monday 30 November 2026, 09:00 in Amsterdam. Tuesday's hours are 13:00–14:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

const DETAILS = {
  name: 'A. K.',
  language: 'ti',
  interpreter: 'no',
  topic: 'orientation',
  email: '',
  phone: '',
  note: '',
}

const GOOD_DETAILS = {
  address: 'Nieuwe Gracht 12',
  postalCode: '3512lk',
  directions: 'Ingang naast de bibliotheek',
  phone: '030 123 45 67',
  slotMinutes: '30',
  minNoticeMinutes: '60',
  horizonDays: '28',
  walkInSeats: '0',
}

async function newPoint(counselors = 2) {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors }],
  })
  const hours = await db
    .selectFrom('walk_in_hours')
    .select('id')
    .where('location_id', '=', point.id)
    .executeTakeFirstOrThrow()
  return { ...point, hoursId: hours.id }
}

/** A coordinator of the point's region, signed in, with the app at NOW. */
async function coordinatorOf(point: { region: { id: string } }) {
  const staff = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
  const cookie = await signIn(db, staff.id, NOW)
  const app = testApp(db, { now: NOW })
  return {
    staff,
    get: (path: string) => app.get(path, cookie),
    post: (path: string, form: Record<string, string>) => app.post(path, form, cookie),
    app,
  }
}

/** Books through the public form at `at`, as a client would. */
async function book(slug: string, start: string, at: Date, contact: Partial<typeof DETAILS> = {}) {
  const fields = { ...DETAILS, ...contact }
  return (await bookThroughForm(db, { slug, start, now: at, fields })).booking
}

function minutesAfter(minutes: number): Date {
  return new Date(NOW.getTime() - 60 * 60_000 + minutes * 60_000)
}

function hoursOf(locationId: string) {
  return db.selectFrom('walk_in_hours').selectAll().where('location_id', '=', locationId).execute()
}

function closuresOf(locationId: string) {
  return db.selectFrom('closures').selectAll().where('location_id', '=', locationId).execute()
}

function statusOf(bookingId: string) {
  return db
    .selectFrom('bookings')
    .select(['status', 'cancelled_by', 'cancel_reason'])
    .where('id', '=', bookingId)
    .executeTakeFirstOrThrow()
}

/** The ids the conflict page sends back, as a browser would. */
function affectedField(html: string): string {
  return /name="affected" value="([^"]*)"/.exec(html)?.[1] ?? ''
}

describe('details of a support point', () => {
  test('a coordinator edits them and the public page shows them', async () => {
    const point = await newPoint()
    const { staff, get, post } = await coordinatorOf(point)

    const list = await (await get('/staff/steunpunten')).text()
    expect(list).toContain(`href="/staff/steunpunten/${point.slug}"`)
    expect(list).toContain(`Regio ${point.region.slug}`)

    const res = await post(`/staff/steunpunten/${point.slug}`, GOOD_DETAILS)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/steunpunten/${point.slug}?opgeslagen=1`)
    const row = await db
      .selectFrom('locations')
      .selectAll()
      .where('id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      address: 'Nieuwe Gracht 12',
      postal_code: '3512 LK',
      directions: 'Ingang naast de bibliotheek',
      phone: '030 123 45 67',
      min_notice_minutes: 60,
      horizon_days: 28,
    })
    const manage = await (await get(`/staff/steunpunten/${point.slug}?opgeslagen=1`)).text()
    expect(manage).toContain('De wijziging is opgeslagen.')

    const publicPage = await (
      await testApp(db, { now: NOW }).get(`/steunpunt/${point.slug}`)
    ).text()
    expect(publicPage).toContain('Nieuwe Gracht 12')
    expect(publicPage).toContain('3512 LK')
    expect(publicPage).toContain('Ingang naast de bibliotheek')

    const logged = await db
      .selectFrom('audit_log')
      .select(['action', 'location_id'])
      .where('staff_id', '=', staff.id)
      .execute()
    expect(logged).toEqual([{ action: 'location.update', location_id: point.id }])
  })

  test('bad input comes back with messages and what was typed, and changes nothing', async () => {
    const point = await newPoint()
    const { post } = await coordinatorOf(point)
    const res = await post(`/staff/steunpunten/${point.slug}`, {
      ...GOOD_DETAILS,
      address: '',
      postalCode: 'ABC',
      slotMinutes: '3',
      horizonDays: '400',
      walkInSeats: '-1',
    })
    const html = await res.text()
    expect(res.status).toBe(422)
    expect(html).toContain('Er is iets niet goed ingevuld')
    expect(html).toContain('id="details-address-error"')
    expect(html).toContain('Vul een postcode in als 1234 AB.')
    expect(html).toContain('Vul een getal van 5 tot en met 240 in.')
    expect(html).toContain('Vul een getal van 1 tot en met 366 in.')
    expect(html).toContain('Vul een getal van 0 tot en met 99 in.')
    expect(html).toContain('value="ABC"')
    const row = await db
      .selectFrom('locations')
      .select(['address', 'slot_minutes'])
      .where('id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ address: 'Proefstraat 1', slot_minutes: 30 })
  })
})

describe('who may manage which support point', () => {
  test('a coordinator of another region gets 404 on every page and POST, and nothing changes', async () => {
    const mine = await newPoint()
    const theirs = await newPoint()
    const closure = await db
      .insertInto('closures')
      .values({
        location_id: theirs.id,
        start_date: '2026-12-24',
        end_date: '2026-12-26',
        reason: 'Kerst',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const { get, post } = await coordinatorOf(mine)
    const base = `/staff/steunpunten/${theirs.slug}`

    expect(await (await get('/staff/steunpunten')).text()).not.toContain(theirs.slug)
    expect((await get(base)).status).toBe(404)
    expect((await get(`${base}/uren/${theirs.hoursId}`)).status).toBe(404)
    const posts: Array<[string, Record<string, string>]> = [
      [base, GOOD_DETAILS],
      [`${base}/uren`, { weekday: '3', start: '09:00', end: '10:00', counselors: '1' }],
      [`${base}/uren/${theirs.hoursId}`, { start: '13:00', end: '14:00', counselors: '0' }],
      [`${base}/uren/${theirs.hoursId}/beeindigen`, { validUntil: '2026-11-30' }],
      [`${base}/sluitingen`, { startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Nee' }],
      [`${base}/sluitingen/${closure.id}/verwijderen`, {}],
      [`${base}/extra`, { date: '2026-12-02', start: '09:00', end: '10:00', counselors: '1' }],
      // Their hours through my point's URL: the row must belong to the point.
      [
        `/staff/steunpunten/${mine.slug}/uren/${theirs.hoursId}`,
        { start: '13:00', end: '14:00', counselors: '0' },
      ],
      [`/staff/steunpunten/${mine.slug}/sluitingen/${closure.id}/verwijderen`, {}],
    ]
    for (const [path, form] of posts) {
      expect((await post(path, form)).status, path).toBe(404)
    }
    const row = await db
      .selectFrom('locations')
      .select('address')
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow()
    expect(row.address).toBe('Proefstraat 1')
    expect(await hoursOf(theirs.id)).toMatchObject([{ counselors: 2, valid_until: null }])
    expect(await closuresOf(theirs.id)).toHaveLength(1)
    expect(
      await db
        .selectFrom('extra_sessions')
        .select('id')
        .where('location_id', '=', theirs.id)
        .execute(),
    ).toEqual([])
  })

  test('counselors and volunteers get 404', async () => {
    const point = await newPoint()
    for (const role of ['counselor', 'volunteer'] as const) {
      const staff = await createStaff(db, { role, locationIds: [point.id] })
      const cookie = await signIn(db, staff.id, NOW)
      const { get, post } = testApp(db, { now: NOW })
      expect((await get('/staff/steunpunten', cookie)).status).toBe(404)
      expect((await get(`/staff/steunpunten/${point.slug}`, cookie)).status).toBe(404)
      expect((await post(`/staff/steunpunten/${point.slug}`, GOOD_DETAILS, cookie)).status).toBe(
        404,
      )
    }
    const row = await db
      .selectFrom('locations')
      .select('address')
      .where('id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(row.address).toBe('Proefstraat 1')
  })

  test('the admin manages any support point, in their own language', async () => {
    const point = await newPoint()
    const admin = await createStaff(db, { role: 'admin', locale: 'en' })
    const cookie = await signIn(db, admin.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect(await (await get('/staff/steunpunten', cookie)).text()).toContain(point.slug)
    const page = await get(`/staff/steunpunten/${point.slug}`, cookie)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Weekly walk-in hours')
    const res = await post(`/staff/steunpunten/${point.slug}`, GOOD_DETAILS, cookie)
    expect(res.status).toBe(303)
    const row = await db
      .selectFrom('locations')
      .select('address')
      .where('id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(row.address).toBe('Nieuwe Gracht 12')
  })

  test('a cross-origin POST is refused with 403 and changes nothing', async () => {
    const point = await newPoint()
    const staff = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const cookie = await signIn(db, staff.id, NOW)
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      `/staff/steunpunten/${point.slug}/sluitingen`,
      { startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Vals' },
      { ...cookie, Origin: 'https://evil.example' },
    )
    expect(res.status).toBe(403)
    expect(await closuresOf(point.id)).toEqual([])
  })
})

describe('hours, closures and extra sessions without bookings in the way', () => {
  test('a closure shows on the public page and in the day list', async () => {
    const point = await newPoint()
    const { staff, post, get } = await coordinatorOf(point)
    const res = await post(`/staff/steunpunten/${point.slug}/sluitingen`, {
      startDate: '2026-12-08',
      endDate: '2026-12-08',
      reason: 'Studiedag',
    })
    expect(res.status).toBe(303)
    expect(await closuresOf(point.id)).toMatchObject([
      { start_date: '2026-12-08', end_date: '2026-12-08', reason: 'Studiedag' },
    ])
    const anonymous = testApp(db, { now: NOW })
    expect(await (await anonymous.get(`/steunpunt/${point.slug}`)).text()).toContain('Studiedag')
    expect(await (await anonymous.get(`/steunpunt/${point.slug}/afspraak`)).text()).toContain(
      'gesloten: <bdi>Studiedag</bdi>',
    )

    // The same closure twice is refused next to the field.
    const again = await post(`/staff/steunpunten/${point.slug}/sluitingen`, {
      startDate: '2026-12-08',
      endDate: '2026-12-08',
      reason: 'Studiedag',
    })
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('Deze sluiting bestaat al.')

    const [closure] = await closuresOf(point.id)
    expect(await (await get(`/staff/steunpunten/${point.slug}`)).text()).toContain(
      `/staff/steunpunten/${point.slug}/sluitingen/${closure!.id}/verwijderen`,
    )
    const removed = await post(
      `/staff/steunpunten/${point.slug}/sluitingen/${closure!.id}/verwijderen`,
      {},
    )
    expect(removed.status).toBe(303)
    expect(await closuresOf(point.id)).toEqual([])
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', staff.id)
      .execute()
    expect(actions.map((a) => a.action)).toEqual(['closure.change', 'closure.change'])
  })

  test('a kind of closure from the list reads in the client’s language, the typed words in Dutch beside it', async () => {
    const point = await newPoint()
    const { post, get } = await coordinatorOf(point)
    const base = `/staff/steunpunten/${point.slug}/sluitingen`
    const add = (fields: Record<string, string>) =>
      post(base, { startDate: '2026-12-08', endDate: '2026-12-08', ...fields })
    // A kind says it all; only the typed words are not needed.
    expect((await add({ reasonKind: 'teamDay', reason: '' })).status).toBe(303)
    expect(
      (
        await add({
          startDate: '2026-12-15',
          endDate: '2026-12-15',
          reasonKind: 'training',
          reason: 'met de regio',
        })
      ).status,
    ).toBe(303)
    const refused = await add({ reasonKind: '', reason: '' })
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('id="closure-reason-error"')
    const forged = await add({ reasonKind: 'vakantie', reason: 'Zomer' })
    expect(forged.status).toBe(422)
    expect(await forged.text()).toContain('Kies een soort sluiting uit de lijst.')
    expect((await closuresOf(point.id)).map((c) => [c.reason_code, c.reason]).sort()).toEqual([
      ['teamDay', ''],
      ['training', 'met de regio'],
    ])
    // Staff read the kind as clients will see it, in Dutch.
    const manage = await (await get(`/staff/steunpunten/${point.slug}`)).text()
    expect(manage).toContain('<option value="teamDay">Teamdag</option>')
    expect(manage).toContain('Scholing van de medewerkers: met de regio')

    const anonymous = testApp(db, { now: NOW })
    const ar = await (await anonymous.get(`/steunpunt/${point.slug}?lang=ar`)).text()
    expect(ar).toContain(`: ${catalogs.ar.closureReasons.teamDay}</li>`)
    expect(ar).toContain(
      `${catalogs.ar.closureReasons.training} (<bdi lang="nl">met de regio</bdi>)`,
    )
    expect(ar).not.toContain('Teamdag')
    const days = await (await anonymous.get(`/steunpunt/${point.slug}/afspraak?lang=en`)).text()
    expect(days).toContain('closed: Team day<')
    expect(days).toContain('closed: Staff training (<bdi lang="nl">met de regio</bdi>)')
  })

  test('weekly hours and extra sessions are added, changed and ended at once', async () => {
    const point = await newPoint()
    const { post } = await coordinatorOf(point)
    const base = `/staff/steunpunten/${point.slug}`
    expect(
      (
        await post(`${base}/uren`, {
          weekday: '4',
          start: '09:00',
          end: '11:00',
          counselors: '3',
          validFrom: '2026-12-01',
          validUntil: '',
        })
      ).status,
    ).toBe(303)
    expect(
      (
        await post(`${base}/uren/${point.hoursId}`, {
          start: '13:00',
          end: '15:00',
          counselors: '1',
        })
      ).status,
    ).toBe(303)
    expect(
      (await post(`${base}/uren/${point.hoursId}/beeindigen`, { validUntil: '2027-01-31' })).status,
    ).toBe(303)
    const hours = await hoursOf(point.id)
    expect(hours.find((h) => h.id === point.hoursId)).toMatchObject({
      start_time: '13:00:00',
      end_time: '15:00:00',
      counselors: 1,
      valid_until: '2027-01-31',
    })
    expect(hours.find((h) => h.id !== point.hoursId)).toMatchObject({
      weekday: 4,
      counselors: 3,
      valid_from: '2026-12-01',
    })

    const added = await post(`${base}/extra`, {
      date: '2026-12-05',
      start: '10:00',
      end: '12:00',
      counselors: '2',
      note: 'Extra door drukte',
    })
    expect(added.status).toBe(303)
    const days = await (
      await testApp(db, { now: NOW }).get(`/steunpunt/${point.slug}/afspraak`)
    ).text()
    expect(days).toContain(`href="/steunpunt/${point.slug}/afspraak?dag=2026-12-05"`)
  })

  test('bad hours (end before start, counselors -1, weekday 9) get 422 and change nothing', async () => {
    const point = await newPoint()
    const { post } = await coordinatorOf(point)
    const res = await post(`/staff/steunpunten/${point.slug}/uren`, {
      weekday: '9',
      start: '14:00',
      end: '13:00',
      counselors: '-1',
      validFrom: '',
      validUntil: '',
    })
    const html = await res.text()
    expect(res.status).toBe(422)
    expect(html).toContain('Kies een dag van de week.')
    expect(html).toContain('De eindtijd moet na de begintijd liggen.')
    expect(html).toContain('Vul een getal van 0 tot en met 99 in.')
    expect(html).toContain('value="-1"')
    expect(html).toContain('aria-invalid="true"')
    expect(await hoursOf(point.id)).toHaveLength(1)

    const update = await post(`/staff/steunpunten/${point.slug}/uren/${point.hoursId}`, {
      start: '25:00',
      end: '13:00',
      counselors: 'twee',
    })
    expect(update.status).toBe(422)
    const updateHtml = await update.text()
    expect(updateHtml).toContain('Vul een tijd in als 13:30.')
    expect(updateHtml).toContain('Vul een heel getal in.')
    expect(await hoursOf(point.id)).toMatchObject([{ start_time: '13:00:00', counselors: 2 }])

    const session = await post(`/staff/steunpunten/${point.slug}/extra`, {
      date: '2026-02-30',
      start: '10:00',
      end: '09:00',
      counselors: '1',
      note: '',
    })
    expect(session.status).toBe(422)
    expect(await session.text()).toContain('Vul een datum in als 2026-12-24.')
  })

  test('fewer counselors than before, but still room for every booking, applies at once', async () => {
    const point = await newPoint(2)
    const booking = await book(point.slug, TUESDAY_13, minutesAfter(0))
    const { post } = await coordinatorOf(point)
    const res = await post(`/staff/steunpunten/${point.slug}/uren/${point.hoursId}`, {
      start: '13:00',
      end: '14:00',
      counselors: '1',
    })
    expect(res.status).toBe(303)
    expect(await hoursOf(point.id)).toMatchObject([{ counselors: 1 }])
    expect(await statusOf(booking.id)).toMatchObject({ status: 'active' })
  })
})

describe('a change that takes places from existing bookings', () => {
  /** Two bookings at 13:00 with two counselors; the second one was made later. */
  async function fullSlot() {
    const point = await newPoint(2)
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const first = await book(point.slug, TUESDAY_13, minutesAfter(0))
    const second = await book(point.slug, TUESDAY_13, minutesAfter(5))
    const other = await book(point.slug, TUESDAY_1330, minutesAfter(10))
    return { point, counselor, first, second, other }
  }

  const oneCounselor = { start: '13:00', end: '14:00', counselors: '1' }

  test('says who will tell each client, and the number to call where nobody can', async () => {
    const point = await newPoint(3)
    const byEmail = await book(point.slug, TUESDAY_13, minutesAfter(0), {
      email: 'client@example.org',
    })
    const byText = await book(point.slug, TUESDAY_13, minutesAfter(1), {
      phone: '06 1234 5678',
      sms: 'yes',
    } as Partial<typeof DETAILS>)
    const toCall = await book(point.slug, TUESDAY_13, minutesAfter(2), { phone: '06 8765 4321' })
    const nobody = await book(point.slug, TUESDAY_1330, minutesAfter(3))
    const { post } = await coordinatorOf(point)
    // Moving the hours to the afternoon takes every place at 13:00 and 13:30.
    const html = await (
      await post(`/staff/steunpunten/${point.slug}/uren/${point.hoursId}`, {
        start: '14:00',
        end: '15:00',
        counselors: '3',
      })
    ).text()
    const row = (reference: string) => {
      const at = html.indexOf(spacedReference(reference))
      expect(at).toBeGreaterThan(-1)
      return html.slice(at, html.indexOf('</tr>', at))
    }
    expect(html).toContain('Bericht bij afzeggen')
    expect(row(byEmail.reference)).toContain('<td>e-mail</td>')
    expect(row(byText.reference)).toContain('<td>sms</td>')
    expect(row(toCall.reference)).toContain('niemand: bellen')
    expect(row(toCall.reference)).toContain('href="tel:0687654321"')
    expect(row(nobody.reference)).toContain('niemand (geen nummer)')
    // The numbers of clients who will be told are not on the page.
    expect(html).not.toContain('12345678')
  })

  test('is first shown with the bookings that lose their place, and nothing changes', async () => {
    const { point, first, second } = await fullSlot()
    const { post } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const res = await post(path, oneCounselor)
    const html = await res.text()
    expect(res.status).toBe(409)
    expect(html).toContain('Deze wijziging raakt bestaande afspraken')
    // First come, first served: the booking made last loses its place.
    expect(html).toContain(spacedReference(second.reference))
    expect(html).not.toContain(spacedReference(first.reference))
    expect(html).not.toContain('A. K.')
    expect(html).toContain('dinsdag 1 december 2026, 13:00–13:30')
    expect(html).toContain('ትግርኛ')
    expect(html).toContain('name="conflict" value="keep"')
    expect(html).toContain('name="conflict" value="cancel"')
    expect(html).toContain('name="counselors" value="1"')
    expect(affectedField(html)).toBe(second.id)
    expect(await hoursOf(point.id)).toMatchObject([{ counselors: 2 }])
    expect(await statusOf(second.id)).toMatchObject({ status: 'active' })
  })

  test('"keep" applies the change and the bookings stay, marked as overbooked', async () => {
    const { point, first, second } = await fullSlot()
    const { staff, post, get } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const affected = affectedField(await (await post(path, oneCounselor)).text())
    const res = await post(path, { ...oneCounselor, conflict: 'keep', affected })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(
      `/staff/steunpunten/${point.slug}?opgeslagen=1&bewaard=1`,
    )
    expect(await hoursOf(point.id)).toMatchObject([{ counselors: 1 }])
    expect(await statusOf(first.id)).toMatchObject({ status: 'active' })
    expect(await statusOf(second.id)).toMatchObject({ status: 'active' })

    const page = await (await get(res.headers.get('Location')!)).text()
    expect(page).toContain('1 afspraak blijft staan, bewust overboekt.')
    expect(page).toContain('Bewust overboekt')
    expect(page).toContain(spacedReference(second.reference))
    const logged = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('staff_id', '=', staff.id)
      .execute()
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ action: 'hours.change' })
    expect(logged[0]!.detail).toContain('keep 1')

    // A later, unrelated change does not ask about the booking kept on purpose again.
    const closure = await post(`/staff/steunpunten/${point.slug}/sluitingen`, {
      startDate: '2026-12-15',
      endDate: '2026-12-15',
      reason: 'Teamdag',
    })
    expect(closure.status).toBe(303)
  })

  test('"cancel" applies the change and cancels the bookings, telling the counselors', async () => {
    const { point, counselor, first, second, other } = await fullSlot()
    const { staff, post } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const affected = affectedField(await (await post(path, oneCounselor)).text())
    const res = await post(path, {
      ...oneCounselor,
      conflict: 'cancel',
      affected,
      message: 'Er is maar één counselor.',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(
      `/staff/steunpunten/${point.slug}?opgeslagen=1&geannuleerd=1`,
    )
    expect(await hoursOf(point.id)).toMatchObject([{ counselors: 1 }])
    expect(await statusOf(second.id)).toEqual({
      status: 'cancelled',
      cancelled_by: 'staff',
      cancel_reason: 'Er is maar één counselor.',
    })
    expect(await statusOf(first.id)).toMatchObject({ status: 'active' })
    expect(await statusOf(other.id)).toMatchObject({ status: 'active' })
    const cancels = await sentOutboxOf(db, second.id, 'counselor-invitation')
    const cancel = cancels.find((row) => row.message.icalEvent?.method === 'CANCEL')
    expect(cancel?.recipient).toBe(counselor.email)
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', staff.id)
      .orderBy('id')
      .execute()
    expect(actions.map((a) => a.action)).toEqual(['hours.change', 'booking.cancel'])
    const counter = await db
      .selectFrom('slot_counters')
      .select('booked')
      .where('location_id', '=', point.id)
      .where('starts_at', '=', new Date(TUESDAY_13))
      .executeTakeFirstOrThrow()
    expect(counter.booked).toBe(1)
  })

  test('a choice made on a list that has since changed is asked again', async () => {
    const { point, second } = await fullSlot()
    const { post } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const res = await post(path, { ...oneCounselor, conflict: 'cancel', affected: '' })
    const html = await res.text()
    expect(res.status).toBe(409)
    expect(html).toContain('De lijst is veranderd sinds u hem zag.')
    expect(await hoursOf(point.id)).toMatchObject([{ counselors: 2 }])
    expect(await statusOf(second.id)).toMatchObject({ status: 'active' })
  })

  test('a closure over a booked day asks first, then cancels on request', async () => {
    const point = await newPoint(2)
    await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const booking = await book(point.slug, TUESDAY_1330, minutesAfter(0))
    const { post } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/sluitingen`
    const form = { startDate: '2026-12-01', endDate: '2026-12-02', reason: 'Verbouwing' }
    const first = await post(path, form)
    const html = await first.text()
    expect(first.status).toBe(409)
    expect(html).toContain(spacedReference(booking.reference))
    expect(await closuresOf(point.id)).toEqual([])

    // The page's message field must not clash with the closure's own `reason`.
    expect(html).toContain('name="reason" value="Verbouwing"')
    const res = await post(path, { ...form, conflict: 'cancel', affected: affectedField(html) })
    expect(res.status).toBe(303)
    expect(await closuresOf(point.id)).toHaveLength(1)
    expect(await statusOf(booking.id)).toMatchObject({
      status: 'cancelled',
      cancelled_by: 'staff',
      // No message typed: the default one goes to the client.
      cancel_reason: expect.stringContaining('Het spreekuur is gewijzigd'),
    })
  })

  test('ending a weekly session, more walk-in seats or removing an extra session ask too', async () => {
    const point = await newPoint(1)
    const booking = await book(point.slug, TUESDAY_13, minutesAfter(0))
    const { post } = await coordinatorOf(point)
    const base = `/staff/steunpunten/${point.slug}`

    const end = await post(`${base}/uren/${point.hoursId}/beeindigen`, { validUntil: '2026-11-30' })
    expect(end.status).toBe(409)
    expect(await end.text()).toContain(spacedReference(booking.reference))
    expect(await hoursOf(point.id)).toMatchObject([{ valid_until: null }])

    const seats = await post(base, { ...GOOD_DETAILS, walkInSeats: '1' })
    expect(seats.status).toBe(409)
    expect(await seats.text()).toContain(spacedReference(booking.reference))

    const session = await db
      .insertInto('extra_sessions')
      .values({
        location_id: point.id,
        date: '2026-12-03',
        start_time: '10:00',
        end_time: '11:00',
        counselors: 1,
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const extra = await book(point.slug, '2026-12-03T10:00+01:00', minutesAfter(1))
    const removal = await post(`${base}/extra/${session.id}/verwijderen`, {})
    expect(removal.status).toBe(409)
    const html = await removal.text()
    expect(html).toContain(spacedReference(extra.reference))
    const kept = await post(`${base}/extra/${session.id}/verwijderen`, {
      conflict: 'keep',
      affected: affectedField(html),
    })
    expect(kept.status).toBe(303)
    expect(
      await db.selectFrom('extra_sessions').select('id').where('id', '=', session.id).execute(),
    ).toEqual([])
    expect(await statusOf(extra.id)).toMatchObject({ status: 'active' })
  })
})

describe('an hours change from a date on (issue 19)', () => {
  const TUESDAY_15_DEC = '2026-12-15T13:00+01:00'

  async function slotStarts(slug: string, from: string, to: string): Promise<string[]> {
    const res = await testApp(db, { now: NOW }).get(
      `/api/v1/locations/${slug}/slots?from=${from}&to=${to}`,
    )
    expect(res.status).toBe(200)
    return ((await res.json()) as Array<{ start: string }>).map((s) => s.start)
  }

  test('next month’s hours leave this week’s bookings alone; only later ones are asked about', async () => {
    const point = await newPoint(1)
    const thisWeek = await book(point.slug, TUESDAY_13, minutesAfter(0))
    const later = await book(point.slug, TUESDAY_15_DEC, minutesAfter(1))
    const { post, get } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`

    const form = await (await get(path)).text()
    expect(form).toContain('Geldt vanaf')
    expect(form).toMatch(/name="validFrom"[^>]*value="2026-11-30"/)

    const change = { start: '14:00', end: '15:00', counselors: '1', validFrom: '2026-12-08' }
    const res = await post(path, change)
    const html = await res.text()
    expect(res.status).toBe(409)
    expect(html).toContain(spacedReference(later.reference))
    expect(html).not.toContain(spacedReference(thisWeek.reference))
    expect(await hoursOf(point.id)).toHaveLength(1)

    const kept = await post(path, { ...change, conflict: 'keep', affected: affectedField(html) })
    expect(kept.status).toBe(303)
    const rows = await hoursOf(point.id)
    expect(rows.find((h) => h.id === point.hoursId)).toMatchObject({
      start_time: '13:00:00',
      valid_from: null,
      valid_until: '2026-12-07',
    })
    expect(rows.find((h) => h.id !== point.hoursId)).toMatchObject({
      weekday: 2,
      start_time: '14:00:00',
      end_time: '15:00:00',
      valid_from: '2026-12-08',
      valid_until: null,
    })
    // This week: the old times, the booking in its place. From the 8th: the new times.
    const starts = await slotStarts(point.slug, '2026-12-01', '2026-12-08')
    expect(starts.some((s) => s.startsWith('2026-12-01T13:30'))).toBe(true)
    expect(starts.some((s) => s.startsWith('2026-12-08T14:00'))).toBe(true)
    expect(starts.some((s) => s.startsWith('2026-12-08T13:'))).toBe(false)
    expect(await statusOf(thisWeek.id)).toMatchObject({ status: 'active' })
    const manage = await (await get(`/staff/steunpunten/${point.slug}`)).text()
    expect(manage).toContain(spacedReference(later.reference)) // kept on purpose: listed as overbooked
    expect(manage).not.toContain(spacedReference(thisWeek.reference))
  })

  test('a change until a date gives the old times back after it', async () => {
    const point = await newPoint(1)
    const { post } = await coordinatorOf(point)
    const res = await post(`/staff/steunpunten/${point.slug}/uren/${point.hoursId}`, {
      start: '10:00',
      end: '11:00',
      counselors: '1',
      validFrom: '2026-12-08',
      validUntil: '2026-12-15',
    })
    expect(res.status).toBe(303)
    const rows = (await hoursOf(point.id)).map((h) => [h.start_time, h.valid_from, h.valid_until])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['13:00:00', null, '2026-12-07'],
        ['10:00:00', '2026-12-08', '2026-12-15'],
        ['13:00:00', '2026-12-16', null],
      ]),
    )
    const starts = await slotStarts(point.slug, '2026-12-01', '2026-12-22')
    const on = (date: string) =>
      starts.filter((s) => s.startsWith(date)).map((s) => s.slice(11, 16))
    expect(on('2026-12-01')).toEqual(['13:00', '13:30'])
    expect(on('2026-12-08')).toEqual(['10:00', '10:30'])
    expect(on('2026-12-15')).toEqual(['10:00', '10:30'])
    expect(on('2026-12-22')).toEqual(['13:00', '13:30'])
  })

  test('a first day in the past or a last day before the first gets 422 and changes nothing', async () => {
    const point = await newPoint(1)
    const { post } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const past = await post(path, {
      start: '10:00',
      end: '11:00',
      counselors: '1',
      validFrom: '2026-11-01',
      validUntil: '',
    })
    expect(past.status).toBe(422)
    expect(await past.text()).toContain('Deze datum is al voorbij.')
    const backwards = await post(path, {
      start: '10:00',
      end: '11:00',
      counselors: '1',
      validFrom: '2026-12-15',
      validUntil: '2026-12-08',
    })
    expect(backwards.status).toBe(422)
    expect(await backwards.text()).toContain('De laatste dag mag niet vóór de eerste dag liggen.')
    expect(await hoursOf(point.id)).toMatchObject([{ start_time: '13:00:00', valid_until: null }])
  })
})

describe('"move these people" on the conflict page (issue 19)', () => {
  const DEC_8_13 = new Date('2026-12-08T13:00+01:00')
  const DEC_8_1330 = new Date('2026-12-08T13:30+01:00')

  function bookingRow(id: string) {
    return db
      .selectFrom('bookings')
      .select(['status', 'starts_at', 'language'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  }

  async function clientNotices(bookingId: string) {
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .where('booking_id', '=', bookingId)
      .where('kind', 'in', ['client-moved', 'client-sms-moved'])
      .execute()
    return asSent(rows)
  }

  async function countersOf(locationId: string) {
    const rows = await db
      .selectFrom('slot_counters')
      .select(['starts_at', 'booked'])
      .where('location_id', '=', locationId)
      .execute()
    return new Map(rows.map((r) => [r.starts_at.getTime(), r.booked]))
  }

  test('moves who can be told to the nearest free times, never into a full slot, and keeps the rest', async () => {
    const point = await newPoint(4)
    await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const first = await book(point.slug, TUESDAY_13, minutesAfter(0), { email: 'a@example.org' })
    const byText = await book(point.slug, TUESDAY_13, minutesAfter(1), {
      phone: '06 1234 5678',
      sms: 'yes',
    } as Partial<typeof DETAILS>)
    const byEmail = await book(point.slug, TUESDAY_13, minutesAfter(2), {
      email: 'b@example.org',
      language: 'fa',
    })
    // As if booked on the Farsi pages: the messages are in the language the client read.
    await db.updateTable('bookings').set({ locale: 'fa' }).where('id', '=', byEmail.id).execute()
    const nobody = await book(point.slug, TUESDAY_13, minutesAfter(3), { phone: '06 8765 4321' })
    // 13:30 on the same day is taken by one who keeps their place: one counselor, full.
    const at1330 = await book(point.slug, TUESDAY_1330, minutesAfter(4))
    const { staff, post, get } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${point.hoursId}`
    const conflict = await post(path, oneCounselor())
    const html = await conflict.text()
    expect(conflict.status).toBe(409)
    expect(html).toContain('name="conflict" value="move"')
    expect(html).toContain('Deze mensen verplaatsen')

    const res = await post(path, {
      ...oneCounselor(),
      conflict: 'move',
      affected: affectedField(html),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(
      `/staff/steunpunten/${point.slug}?opgeslagen=1&verplaatst=2&onbereikbaar=1`,
    )

    // The full 13:30 was skipped: both go to next Tuesday, each to a slot of their own.
    const movedTo = [
      (await bookingRow(byText.id)).starts_at.getTime(),
      (await bookingRow(byEmail.id)).starts_at.getTime(),
    ].sort()
    expect(movedTo).toEqual([DEC_8_13.getTime(), DEC_8_1330.getTime()])
    const counters = await countersOf(point.id)
    expect(counters.get(new Date(TUESDAY_1330).getTime())).toBe(1)
    expect(counters.get(DEC_8_13.getTime())).toBe(1)
    expect(counters.get(DEC_8_1330.getTime())).toBe(1)
    // 13:00 keeps the first and the one nobody can tell (kept, overbooked).
    expect(counters.get(new Date(TUESDAY_13).getTime())).toBe(2)

    // Nobody loses a place without being told: each moved client hears it in their language.
    const emailNotice = await clientNotices(byEmail.id)
    expect(emailNotice).toMatchObject([{ kind: 'client-moved', recipient: 'b@example.org' }])
    expect(emailNotice[0]!.message.subject).toContain(
      catalogs.fa.emailMovedSubject(byEmail.reference),
    )
    expect(await clientNotices(byText.id)).toMatchObject([
      { kind: 'client-sms-moved', recipient: '+31612345678' },
    ])
    for (const kept of [first, nobody, at1330]) {
      const row = await bookingRow(kept.id)
      expect(row.status).toBe('active')
      expect(row.starts_at.getTime()).toBe(kept.starts_at.getTime())
      expect(await clientNotices(kept.id)).toEqual([])
    }

    // Staff see whom nobody could tell, with the number to call.
    const page = await (await get(res.headers.get('Location')!)).text()
    expect(page).toContain('2 afspraken zijn verplaatst')
    expect(page).toContain('1 afspraak is niet verplaatst omdat niemand de cliënt kan laten weten')
    const overbooked = page.slice(page.indexOf('overbooked-heading'), page.indexOf('hours-heading'))
    expect(overbooked).toContain(spacedReference(nobody.reference))
    expect(overbooked).toContain('href="tel:0687654321"')
    const moves = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', staff.id)
      .where('action', '=', 'booking.move')
      .execute()
    expect(moves).toHaveLength(2)
  })

  test('with no free time left a booking stays where it is, told to nobody, and is listed', async () => {
    // A booking window of one day: Tuesday 1 December is the only Tuesday in it.
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 1 }],
      horizonDays: 1,
    })
    const early = await book(point.slug, TUESDAY_13, minutesAfter(0), { email: 'c@example.org' })
    const late = await book(point.slug, TUESDAY_1330, minutesAfter(1), { email: 'd@example.org' })
    const hours = await hoursOf(point.id)
    const { post, get } = await coordinatorOf(point)
    const path = `/staff/steunpunten/${point.slug}/uren/${hours[0]!.id}`
    const shorter = { start: '13:00', end: '13:30', counselors: '1' }
    const html = await (await post(path, shorter)).text()
    expect(affectedField(html)).toBe(late.id)
    const res = await post(path, { ...shorter, conflict: 'move', affected: late.id })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(
      `/staff/steunpunten/${point.slug}?opgeslagen=1&geenplek=1`,
    )
    expect(await bookingRow(late.id)).toMatchObject({ status: 'active', starts_at: late.starts_at })
    expect(await bookingRow(early.id)).toMatchObject({
      status: 'active',
      starts_at: early.starts_at,
    })
    expect(await clientNotices(late.id)).toEqual([])
    const page = await (await get(res.headers.get('Location')!)).text()
    expect(page).toContain('Voor 1 afspraak was geen vrije tijd')
    expect(page).toContain(spacedReference(late.reference))
  })
})

function oneCounselor() {
  return { start: '13:00', end: '14:00', counselors: '1' }
}
