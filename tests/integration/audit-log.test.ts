import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { spacedReference } from '../../src/domain/reference.js'
import { audit } from '../../src/services/audit.js'
import { bookDirect } from '../support/booking.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// The admin's audit log (issue 19): entries in words, a filter that keeps what was
// chosen, and a CSV export for the admin only.
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** A staff member with a name of their own, signed in. */
async function person(
  name: string,
  options: Parameters<typeof createStaff>[1],
): Promise<{ id: string; email: string; cookie: { Cookie: string } }> {
  const staff = await createStaff(db, options)
  await db.updateTable('staff').set({ name }).where('id', '=', staff.id).execute()
  return { ...staff, cookie: await signIn(db, staff.id, NOW) }
}

/** The entries of the page, without the filter form (whose options name every action). */
function entriesOf(html: string): string {
  const start = html.indexOf('<ol class="audit-entries"')
  return start === -1 ? '' : html.slice(start, html.indexOf('</ol>', start))
}

/** An audit row at a chosen time, written by the service every use case uses. */
function row(
  staffId: string,
  action: Parameters<typeof audit>[1]['action'],
  at: string,
  extra: { locationId?: string; detail?: string } = {},
) {
  return audit(db, { staffId, action, ...extra }, new Date(at))
}

describe('the audit log reads as sentences in the reader’s language', () => {
  test('a counselor viewing a booking and a coordinator inviting a volunteer', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { booking } = await bookDirect(db, {
      locationId: point.id,
      start: '2026-12-01T12:00:00Z',
      now: NOW,
    })
    const anna = await person('Anna Smit', { role: 'counselor', locationIds: [point.id] })
    const piet = await person('Piet Bos', { role: 'coordinator', regionIds: [point.region.id] })
    const { get, post } = testApp(db, { now: NOW })
    expect((await get(`/staff/agenda/afspraak/${booking.reference}`, anna.cookie)).status).toBe(200)
    const email = `${uniqueSlug('vrijwilliger')}@example.org`
    const invited = await post(
      '/staff/medewerkers/uitnodigen',
      { name: 'Vera Vrij', email, role: 'volunteer', location: '', region: point.region.id },
      piet.cookie,
    )
    expect(invited.status).toBe(303)

    const admin = await person('Beheer NL', { role: 'admin' })
    const dutch = entriesOf(
      await (await get(`/staff/beheer/audit?medewerker=${anna.id}`, admin.cookie)).text(),
    )
    expect(dutch).toContain(
      `Anna Smit bekeek afspraak ${spacedReference(booking.reference)} bij ${point.name}`,
    )
    expect(dutch).not.toContain('booking.view')
    const invitation = entriesOf(
      await (await get(`/staff/beheer/audit?medewerker=${piet.id}`, admin.cookie)).text(),
    )
    expect(invitation).toContain(`Piet Bos nodigde vrijwilliger Vera Vrij (${email}) uit`)
    expect(invitation).not.toContain('invite')
    expect(invitation).not.toContain('staff.invite')

    const english = await person('Admin EN', { role: 'admin', locale: 'en' })
    const inEnglish = entriesOf(
      await (await get(`/staff/beheer/audit?medewerker=${anna.id}`, english.cookie)).text(),
    )
    expect(inEnglish).toContain(
      `Anna Smit viewed booking ${spacedReference(booking.reference)} at ${point.name}`,
    )
  })

  test('recorded choices, periods and schedule changes are written out, not stored codes', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const mira = await person('Mira Jansen', { role: 'coordinator', regionIds: [point.region.id] })
    const at = '2026-11-20T10:00:00Z'
    await row(mira.id, 'agenda.view', at, {
      locationId: point.id,
      detail: '2026-12-01..2026-12-07',
    })
    await row(mira.id, 'hours.change', at, {
      locationId: point.id,
      detail: 'add hours 2 13:00-15:00 x2 2026-12-01..; keep 3',
    })
    await row(mira.id, 'closure.change', at, {
      locationId: point.id,
      detail: 'add closure 2026-12-25..2026-12-26',
    })
    const admin = await person('Beheer', { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    const html = entriesOf(
      await (await get(`/staff/beheer/audit?medewerker=${mira.id}`, admin.cookie)).text(),
    )
    expect(html).toContain(
      `Mira Jansen bekeek de agenda van ${point.name} van dinsdag 1 december 2026 tot en met maandag 7 december 2026`,
    )
    expect(html).toContain(
      `Mira Jansen wijzigde de spreekuren van ${point.name}: spreekuur op dinsdag 13:00–15:00 erbij, 2 counselors, vanaf dinsdag 1 december 2026; 3 afspraken blijven staan (overboekt)`,
    )
    expect(html).toContain(
      `Mira Jansen wijzigde de sluitingen van ${point.name}: gesloten van vrijdag 25 december 2026 tot en met zaterdag 26 december 2026`,
    )
    expect(html).not.toContain('add hours')
    expect(html).not.toContain('opgeslagen als')
  })
})

describe('the filter: person, support point, action and dates', () => {
  test('each narrows the log, together they combine, and the form keeps what was chosen', async () => {
    const a = await createSupportPoint(db, { hours: HOURS })
    const b = await createSupportPoint(db, { hours: HOURS })
    const sara = await person('Sara Filter', { role: 'coordinator', regionIds: [a.region.id] })
    const tom = await person('Tom Filter', { role: 'coordinator', regionIds: [a.region.id] })
    await row(sara.id, 'agenda.view', '2026-12-01T09:00:00Z', { locationId: a.id })
    await row(sara.id, 'bookings.export', '2026-12-02T09:00:00Z', { locationId: b.id })
    await row(tom.id, 'agenda.view', '2026-12-03T09:00:00Z', { locationId: a.id })
    // 23:30 UTC on the 3rd is already the 4th in Amsterdam: days are the points' days.
    await row(tom.id, 'agenda.view', '2026-12-03T23:30:00Z', { locationId: a.id })
    const admin = await person('Beheer', { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    const entries = async (query: string) => {
      const html = entriesOf(await (await get(`/staff/beheer/audit?${query}`, admin.cookie)).text())
      return {
        sara: (html.match(/Sara Filter/g) ?? []).length,
        tom: (html.match(/Tom Filter/g) ?? []).length,
      }
    }
    expect(await entries(`steunpunt=${a.slug}`)).toEqual({ sara: 1, tom: 2 })
    expect(await entries(`steunpunt=${b.slug}`)).toEqual({ sara: 1, tom: 0 })
    expect(await entries(`medewerker=${sara.id}`)).toEqual({ sara: 2, tom: 0 })
    expect(await entries(`medewerker=${sara.id}&actie=bookings.export`)).toEqual({
      sara: 1,
      tom: 0,
    })
    expect(await entries(`steunpunt=${a.slug}&van=2026-12-02&tot=2026-12-03`)).toEqual({
      sara: 0,
      tom: 1,
    })
    expect(await entries(`steunpunt=${a.slug}&van=2026-12-04`)).toEqual({ sara: 0, tom: 1 })
    // A point that does not exist matches nothing rather than everything.
    expect(await entries(`steunpunt=bestaat-niet-${uniqueSlug('x')}`)).toEqual({
      sara: 0,
      tom: 0,
    })

    const page = await (
      await get(
        `/staff/beheer/audit?medewerker=${tom.id}&steunpunt=${a.slug}&actie=agenda.view&van=2026-12-02&tot=2026-12-31`,
        admin.cookie,
      )
    ).text()
    expect(page).toMatch(new RegExp(`<option value="${tom.id}" selected="">`))
    expect(page).toMatch(new RegExp(`<option value="${a.slug}" selected="">`))
    expect(page).toContain('<option value="agenda.view" selected="">')
    expect(page).toMatch(/name="van" value="2026-12-02"/)
    expect(page).toMatch(/name="tot" value="2026-12-31"/)
    // The export takes the same filter.
    expect(page).toContain(
      `href="/staff/beheer/audit/export.csv?actie=agenda.view&amp;medewerker=${tom.id}&amp;steunpunt=${a.slug}&amp;van=2026-12-02&amp;tot=2026-12-31"`,
    )
  })

  test('the next page keeps the filter', async () => {
    const point = await createSupportPoint(db)
    const busy = await person('Bea Bezig', { role: 'coordinator', regionIds: [point.region.id] })
    for (let i = 0; i < 101; i++) {
      await row(busy.id, 'agenda.view', '2026-12-01T09:00:00Z', { locationId: point.id })
    }
    const admin = await person('Beheer', { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    const first = await (
      await get(`/staff/beheer/audit?medewerker=${busy.id}&van=2026-12-01`, admin.cookie)
    ).text()
    expect((entriesOf(first).match(/Bea Bezig/g) ?? []).length).toBe(100)
    const next = /href="(\/staff\/beheer\/audit\?[^"]*voor=\d+[^"]*)"/.exec(first)?.[1]
    expect(next).toBeDefined()
    const href = next!.replace(/&amp;/g, '&')
    expect(href).toContain(`medewerker=${busy.id}`)
    expect(href).toContain('van=2026-12-01')
    const second = await (await get(href, admin.cookie)).text()
    expect((entriesOf(second).match(/Bea Bezig/g) ?? []).length).toBe(1)
  })

  test('a date that is not one is answered, and lists nothing', async () => {
    const admin = await person('Beheer', { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    for (const query of ['van=2026-13-01', 'tot=morgen', 'van=2026-12-05&tot=2026-12-01']) {
      const res = await get(`/staff/beheer/audit?${query}`, admin.cookie)
      expect(res.status, query).toBe(400)
      const html = await res.text()
      expect(html).toContain('Vul een datum in als 2026-12-01')
      expect(entriesOf(html)).toBe('')
    }
  })
})

describe('the CSV export', () => {
  test('the admin downloads the filtered log as CSV, with formula cells defused', async () => {
    const point = await createSupportPoint(db)
    const names = ['=HYPERLINK("https://evil.example")', '+31 6', '-1', '@SUM(A1)', '\tTab', '\rCR']
    const writers = []
    for (const name of names) {
      const writer = await person(name, { role: 'coordinator', regionIds: [point.region.id] })
      await row(writer.id, 'agenda.view', '2026-12-01T09:00:00Z', {
        locationId: point.id,
        detail: '2026-12-01',
      })
      writers.push(writer)
    }
    const admin = await person('Beheer', { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    const res = await get(
      `/staff/beheer/audit/export.csv?steunpunt=${point.slug}&van=2026-12-01&tot=2026-12-01`,
      admin.cookie,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="auditlog-2026-12-01-2026-12-01.csv"',
    )
    const body = await res.text()
    const lines = body.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'tijd;medewerker;e-mail medewerker;handeling;wat er gebeurde;afspraak;steunpunt',
    )
    expect(lines).toHaveLength(names.length + 2) // the header and the final line end
    expect(body).toContain(`"'=HYPERLINK(""https://evil.example"")"`)
    expect(body).toContain(
      `"'=HYPERLINK(""https://evil.example"") bekeek de agenda van ${point.name} op dinsdag 1 december 2026"`,
    )
    for (const cell of ["'+31 6;", "'-1;", "'@SUM(A1);", "'\tTab;", '"\'\rCR"']) {
      expect(body).toContain(cell)
    }
    // No cell of the file starts a formula.
    for (const line of lines.slice(1)) {
      for (const cell of line.split(';')) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/)
    }
    expect(body).toContain(`;agenda bekeken;`)

    const written = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('staff_id', '=', admin.id)
      .execute()
    expect(written).toEqual([{ action: 'audit.export', detail: '2026-12-01..2026-12-01' }])
    // And that export reads as a sentence in the log itself.
    const log = entriesOf(
      await (await get(`/staff/beheer/audit?medewerker=${admin.id}`, admin.cookie)).text(),
    )
    expect(log).toContain(
      'Beheer exporteerde de auditlog van dinsdag 1 december 2026 tot en met dinsdag 1 december 2026',
    )
  })

  test('only the admin may export; a bad date goes back to the page that says so', async () => {
    const point = await createSupportPoint(db)
    const { get } = testApp(db, { now: NOW })
    const outsiders: Array<Parameters<typeof createStaff>[1]> = [
      { role: 'coordinator', regionIds: [point.region.id] },
      { role: 'counselor', locationIds: [point.id] },
      { role: 'volunteer', regionIds: [point.region.id] },
    ]
    for (const options of outsiders) {
      const someone = await person('Niet Beheer', options)
      const res = await get('/staff/beheer/audit/export.csv', someone.cookie)
      expect(res.status, options.role).toBe(404)
      expect(res.headers.get('Content-Type'), options.role).not.toContain('text/csv')
    }
    const admin = await person('Beheer', { role: 'admin' })
    const bad = await get('/staff/beheer/audit/export.csv?van=2026-02-30', admin.cookie)
    expect(bad.status).toBe(303)
    expect(bad.headers.get('Location')).toBe('/staff/beheer/audit?van=2026-02-30')
  })
})
