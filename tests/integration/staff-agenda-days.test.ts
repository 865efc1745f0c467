import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { bookDirect } from '../support/booking.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// The counselor's agenda (issue 19): a closed day is told apart from an open session with
// nobody booked, a recorded attendance is plain to see, and a booking made by a volunteer
// says who and how to reach them.
const BOOKING_TIME = new Date('2026-11-30T08:00:00Z')
const TUESDAY_EVENING = new Date('2026-12-01T18:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]
const CLOSURES = [{ startDate: '2026-12-08', endDate: '2026-12-08', reason: 'Studiedag team' }]

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

async function counselorAt(pointId: string, now = BOOKING_TIME) {
  const staff = await createStaff(db, { role: 'counselor', locationIds: [pointId] })
  return { staff, cookie: await signIn(db, staff.id, now), ...testApp(db, { now }) }
}

/** The part of the day page between the navigation buttons and the search form. */
function dayPart(html: string): string {
  return html.slice(html.indexOf('rel="next"'), html.indexOf('id="search-heading"'))
}

/** One day's section of the seven-day agenda. */
function weekDay(html: string, date: string): string {
  const start = html.indexOf(`id="dag-${date}"`)
  return html.slice(start, html.indexOf('</section>', start))
}

describe('a closed day is not an open session with nobody booked', () => {
  test('the day agenda says closed with the reason, open with its hours, or no hours', async () => {
    const point = await createSupportPoint(db, { hours: HOURS, closures: CLOSURES })
    const { cookie, get } = await counselorAt(point.id)
    const day = async (date: string) =>
      dayPart(await (await get(`/staff/agenda?steunpunt=${point.slug}&dag=${date}`, cookie)).text())

    const closed = await day('2026-12-08')
    expect(closed).toContain('Gesloten: Studiedag team')
    expect(closed).not.toContain('Nog niemand geboekt')
    expect(closed).toContain('Geen afspraken op deze dag.')

    const open = await day('2026-12-01')
    expect(open).toContain('Spreekuur 13:00–15:00')
    expect(open).toContain('Nog niemand geboekt: het spreekuur gaat gewoon door.')
    expect(open).not.toContain('Gesloten')

    const monday = await day('2026-11-30')
    expect(monday).toContain('Geen spreekuur op deze dag.')
    expect(monday).not.toContain('Nog niemand geboekt')
    expect(monday).not.toContain('Gesloten')
  })

  test('a closed day in the past still says so (its closure is not only read from today on)', async () => {
    const point = await createSupportPoint(db, { hours: HOURS, closures: CLOSURES })
    const { cookie, get } = await counselorAt(point.id, new Date('2026-12-20T09:00:00Z'))
    const html = await (
      await get(`/staff/agenda?steunpunt=${point.slug}&dag=2026-12-08`, cookie)
    ).text()
    expect(dayPart(html)).toContain('Gesloten: Studiedag team')
  })

  test('the seven days say it per day, and per point when a counselor sees several', async () => {
    const a = await createSupportPoint(db, { hours: HOURS, closures: CLOSURES })
    const b = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '10:00', end: '12:00', counselors: 1 }],
    })
    const staff = await createStaff(db, { role: 'counselor', locationIds: [a.id, b.id] })
    const cookie = await signIn(db, staff.id, BOOKING_TIME)
    const { get } = testApp(db, { now: BOOKING_TIME })
    const html = await (await get('/staff/agenda?van=2026-12-07', cookie)).text()

    const tuesday = weekDay(html, '2026-12-08')
    expect(tuesday).toContain(`${a.name}: `)
    expect(tuesday).toContain('Gesloten: Studiedag team')
    expect(tuesday).toContain(`${b.name}: Spreekuur 10:00–12:00`)
    expect(tuesday).toContain('Nog niemand geboekt')

    const wednesday = weekDay(html, '2026-12-09')
    expect(wednesday).toContain('Geen spreekuur op deze dag.')
    expect(wednesday).toContain('Geen afspraken.')
    expect(wednesday).not.toContain('Nog niemand geboekt')
  })
})

describe('after marking attendance the chosen state is plain to see', () => {
  test('in the list and on the booking page: a mark with a sign, and the button pressed', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T12:00:00Z',
      now: BOOKING_TIME,
    })
    const { cookie, get, post } = await counselorAt(point.id, TUESDAY_EVENING)
    const list = `/staff/agenda?steunpunt=${point.slug}&dag=2026-12-01`
    const rowOf = (html: string) => {
      const start = html.indexOf(`id="afspraak-${booking.reference}"`)
      return html.slice(start, html.indexOf('</tr>', start))
    }
    const before = rowOf(await (await get(list, cookie)).text())
    expect(before).toContain('<span class="attendance-mark unknown">nog niet ingevuld</span>')
    expect(before).not.toContain('aria-pressed="true"')

    const res = await post(
      `/staff/agenda/afspraak/${booking.reference}/aanwezigheid`,
      { attendance: 'no_show', terug: list },
      cookie,
    )
    expect(res.status).toBe(303)
    const after = rowOf(
      await (await get(res.headers.get('Location')!.split('#')[0]!, cookie)).text(),
    )
    expect(after).toMatch(/<strong class="attendance-mark no-show"><svg[^]*?<\/svg> niet gekomen/)
    expect(after).toMatch(/value="no_show" class="chosen" aria-pressed="true"/)
    expect(after).toMatch(/value="attended" aria-pressed="false"/)

    await post(
      `/staff/agenda/afspraak/${booking.reference}/aanwezigheid`,
      { attendance: 'attended' },
      cookie,
    )
    const page = await (await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)).text()
    expect(page).toMatch(/<strong class="attendance-mark attended"><svg[^]*?<\/svg> aanwezig/)
    expect(page).toMatch(/value="attended" class="chosen" aria-pressed="true"/)
    expect(page).toMatch(/value="no_show" aria-pressed="false"/)
    const stored = await db
      .selectFrom('bookings')
      .select('attendance')
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow()
    expect(stored.attendance).toBe('attended')
  })
})

describe('a booking made by a volunteer says who and how to reach them', () => {
  test('name, email and phone in the list and on the booking page', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    await db
      .updateTable('staff')
      .set({ name: 'Vera Vrijwilliger', phone: '+31612345678' })
      .where('id', '=', volunteer.id)
      .execute()
    const quiet = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    await db
      .updateTable('staff')
      .set({ name: 'Stil Zonder Nummer' })
      .where('id', '=', quiet.id)
      .execute()
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T12:00:00Z',
      now: BOOKING_TIME,
      bookedBy: volunteer.id,
    })
    const other = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T12:30:00Z',
      now: BOOKING_TIME,
      bookedBy: quiet.id,
    })
    const online = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T13:00:00Z',
      now: BOOKING_TIME,
    })
    const { cookie, get } = await counselorAt(point.id)
    const html = await (
      await get(`/staff/agenda?steunpunt=${point.slug}&dag=2026-12-01`, cookie)
    ).text()
    const rowOf = (reference: string) => {
      const start = html.indexOf(`id="afspraak-${reference}"`)
      return html.slice(start, html.indexOf('</tr>', start))
    }
    const row = rowOf(booking.reference)
    expect(row).toContain('vrijwilliger')
    expect(row).toContain('geboekt door Vera Vrijwilliger')
    expect(row).toContain(`href="mailto:${volunteer.email}"`)
    expect(row).toContain('href="tel:+31612345678"')
    expect(row).toContain('06 12345678')
    const quietRow = rowOf(other.booking.reference)
    expect(quietRow).toContain('geboekt door Stil Zonder Nummer')
    expect(quietRow).toContain(`href="mailto:${quiet.email}"`)
    expect(quietRow).not.toContain('tel:')
    expect(rowOf(online.booking.reference)).not.toContain('geboekt door')

    const page = await (await get(`/staff/agenda/afspraak/${booking.reference}`, cookie)).text()
    expect(page).toContain('<dt>Geboekt door</dt>')
    expect(page).toContain('Vera Vrijwilliger')
    expect(page).toContain(`href="mailto:${volunteer.email}"`)
    expect(page).toContain('href="tel:+31612345678"')
  })
})
