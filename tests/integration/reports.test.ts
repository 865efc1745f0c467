import { randomBytes } from 'node:crypto'
import { Migrator } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { migrations } from '../../migrations/index.js'
import { openDatabase, type Db } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { reportPoints } from '../../src/db/reports.js'
import type { BookingSource, Role } from '../../src/db/schema.js'
import { newReference } from '../../src/domain/reference.js'
import { deactivatePoint, reactivatePoint } from '../../src/services/points.js'
import type { ReportCell } from '../../src/domain/report.js'
import { buildReport } from '../../src/services/reports.js'
import { erasePersonalData } from '../../src/services/retention.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * Reports count what happened at the support points of a region, from bookings written
 * straight into the database so every figure is known in advance. Each test builds its
 * own regions and only ever looks at them: the database may be shared with other files.
 */
const NOW = new Date('2027-01-10T09:00:00Z')
const PERIOD = 'van=2026-11-01&tot=2026-12-31'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

interface BookingSpec {
  start: string
  status?: 'active' | 'cancelled'
  cancelledBy?: 'client' | 'staff'
  source?: BookingSource
  language?: string
  interpreter?: boolean
  topic?: string
  attendance?: 'attended' | 'no_show' | null
  outcome?: 'orienting' | 'return' | 'referred' | 'other' | null
  /** days between booking and appointment */
  leadDays?: number
  /** registered at the walk-in desk */
  walkIn?: boolean
  /** minutes after the start the client was checked in, and taken in (the desk) */
  arrivedAfter?: number
  calledAfter?: number
}

/** Writes `count` bookings like `spec`, each with a client's personal details. */
async function addBookings(locationId: string, count: number, spec: BookingSpec) {
  const startsAt = new Date(spec.start)
  for (let i = 0; i < count; i++) {
    await db
      .insertInto('bookings')
      .values({
        reference: newReference((n) => randomBytes(n)),
        location_id: locationId,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 30 * 60_000),
        status: spec.status ?? 'active',
        cancelled_by: spec.status === 'cancelled' ? (spec.cancelledBy ?? 'client') : null,
        cancelled_at: spec.status === 'cancelled' ? startsAt : null,
        source: spec.source ?? 'online',
        booked_by: null,
        language: spec.language ?? 'ti',
        interpreter: spec.interpreter ?? false,
        topic: spec.topic ?? 'orientation',
        name: `Cliënt ${uniqueSlug('naam')}`,
        email: `${uniqueSlug('client')}@example.org`,
        phone: '06 9999 0000',
        note: 'Komt met een vriendin',
        manage_token_hash: randomBytes(32).toString('hex'),
        created_at: new Date(startsAt.getTime() - (spec.leadDays ?? 10) * 86_400_000),
        attendance: spec.attendance ?? null,
        outcome: spec.outcome ?? null,
        erased_at: null,
        walk_in: spec.walkIn ?? false,
        arrived_at:
          spec.arrivedAfter === undefined
            ? null
            : new Date(startsAt.getTime() + spec.arrivedAfter * 60_000),
        called_at:
          spec.calledAfter === undefined
            ? null
            : new Date(startsAt.getTime() + spec.calledAfter * 60_000),
      })
      .execute()
  }
}

/**
 * A region with two support points. At the first, in November and December 2026:
 * 24 bookings, 18 not cancelled, 16 attended, 9 chose return out of 15 outcomes; 32
 * bookable places. The second has 7 attended bookings in December.
 */
async function regionWithFigures(year = 2026) {
  const at = (isoWithoutYear: string, shift = 0) => `${year + shift}-${isoWithoutYear}`
  const main = await createSupportPoint(db, {
    municipality: 'Rapportstad',
    // 4 slots of (2 − 1) bookable place every Tuesday.
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
    walkInSeats: 1,
    closures: [{ startDate: at('12-22'), endDate: at('01-03', 1), reason: 'Kerst' }],
  })
  await db
    .insertInto('extra_sessions')
    .values({
      location_id: main.id,
      date: at('12-17'),
      start_time: '10:00',
      end_time: '11:00',
      counselors: 3,
      note: null,
    })
    .execute()
  const second = await db
    .insertInto('locations')
    .values({
      region_id: main.region.id,
      slug: uniqueSlug('tweede'),
      name: 'Steunpunt Tweede',
      municipality: 'Tweedorp',
      address: 'Tweede 2',
      postal_code: '2222 BB',
      directions: null,
      phone: null,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow()

  const december = at('12-01T12:00:00Z')
  const attended = { start: december, attendance: 'attended' as const, interpreter: true }
  await addBookings(main.id, 6, { ...attended, outcome: 'return', topic: 'return', language: 'ti' })
  await addBookings(main.id, 1, { ...attended, outcome: 'orienting', language: 'ti' })
  await addBookings(main.id, 1, {
    ...attended,
    outcome: 'orienting',
    language: 'ar',
    interpreter: false,
    source: 'volunteer',
  })
  await addBookings(main.id, 1, {
    ...attended,
    outcome: 'referred',
    language: 'ar',
    interpreter: false,
    source: 'volunteer',
  })
  await addBookings(main.id, 1, {
    ...attended,
    outcome: null,
    language: 'ar',
    interpreter: false,
    source: 'volunteer',
  })
  await addBookings(main.id, 2, {
    start: at('12-08T12:00:00Z'),
    attendance: 'no_show',
    language: 'fa',
    topic: 'unspecified',
    leadDays: 2,
  })
  await addBookings(main.id, 5, { start: at('12-15T12:00:00Z'), status: 'cancelled' })
  await addBookings(main.id, 1, {
    start: at('12-15T12:30:00Z'),
    status: 'cancelled',
    cancelledBy: 'staff',
  })
  // November: six walk-ins entered by staff, at the moment they came in.
  await addBookings(main.id, 6, {
    start: at('11-03T12:00:00Z'),
    attendance: 'attended',
    outcome: 'return',
    source: 'staff',
    language: 'ar',
    leadDays: 0,
  })
  await db
    .updateTable('bookings')
    .set({ outcome: 'orienting' })
    .where(
      'id',
      'in',
      db
        .selectFrom('bookings')
        .select('id')
        .where('location_id', '=', main.id)
        .where('source', '=', 'staff')
        .limit(3),
    )
    .execute()
  // Outside the period: must not count.
  await addBookings(main.id, 3, { start: at('01-05T12:00:00Z', 1), attendance: 'attended' })
  // 1 December 00:30 in Amsterdam is still 30 November in UTC: it counts in December.
  await addBookings(second.id, 7, { start: at('11-30T23:30:00Z'), attendance: 'attended' })
  return { main, second, region: main.region }
}

/**
 * A region with a busy support point: every figure 5 or more except three bookings in
 * December (two in Farsi, through the API, "something else", referred elsewhere); and a
 * second point with 7 attended bookings on 1 December and no hours.
 * Per month at the busy point: 20 attended (10 chose return, in Arabic, with
 * interpreter; 10 still orienting, in Tigrinya, 5 of them booked by a volunteer), 6
 * no-shows, 5 cancelled by the client and 5 by staff. Tuesdays 13:00–15:00 with 5
 * counselors and 1 walk-in seat: 16 places a Tuesday.
 */
async function busyRegion(year = 2026) {
  const at = (isoWithoutYear: string) => `${year}-${isoWithoutYear}`
  const main = await createSupportPoint(db, {
    municipality: `Drukstad ${uniqueSlug('d')}`,
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 5 }],
    walkInSeats: 1,
  })
  const second = await db
    .insertInto('locations')
    .values({
      region_id: main.region.id,
      slug: uniqueSlug('tweede'),
      name: 'Steunpunt Tweede',
      municipality: 'Tweedorp',
      address: 'Tweede 2',
      postal_code: '2222 BB',
      directions: null,
      phone: null,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow()
  for (const day of [at('11-03T12:00:00Z'), at('12-01T12:00:00Z')]) {
    const base = { start: day, attendance: 'attended' as const }
    await addBookings(main.id, 10, {
      ...base,
      outcome: 'return',
      language: 'ar',
      interpreter: true,
      topic: 'return',
    })
    await addBookings(main.id, 5, { ...base, outcome: 'orienting', language: 'ti' })
    await addBookings(main.id, 5, {
      ...base,
      outcome: 'orienting',
      language: 'ti',
      source: 'volunteer',
    })
    await addBookings(main.id, 6, {
      start: day,
      attendance: 'no_show',
      language: 'ti',
      topic: 'unspecified',
      leadDays: 2,
    })
    await addBookings(main.id, 5, { start: day, status: 'cancelled', cancelledBy: 'client' })
    await addBookings(main.id, 5, { start: day, status: 'cancelled', cancelledBy: 'staff' })
  }
  await addBookings(main.id, 2, {
    start: at('12-08T12:00:00Z'),
    attendance: 'attended',
    outcome: 'referred',
    language: 'fa',
    interpreter: true,
    topic: 'other',
    source: 'api',
    leadDays: 20,
  })
  await addBookings(second.id, 7, { start: at('11-30T23:30:00Z'), attendance: 'attended' })
  return { main, second, region: main.region }
}

async function signedIn(role: Role, scope: { regionIds?: string[]; locationIds?: string[] } = {}) {
  const staff = await createStaff(db, { role, ...scope, locale: 'nl' })
  const cookie = await signIn(db, staff.id, NOW)
  return { staff, cookie, ...testApp(db, { now: NOW }) }
}

/** The CSV as tables: caption → rows of cells (the header row first). */
function parseCsv(body: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>()
  const blocks = body.replace(/^\uFEFF/, '').split('\r\n\r\n')
  for (const block of blocks.slice(1)) {
    const lines = block.split('\r\n').filter((line) => line !== '')
    if (lines.length === 0) continue
    const [caption, ...rows] = lines.map(splitCsvLine)
    tables.set(caption![0]!, rows)
  }
  return tables
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ';') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}

/** A figure row of a CSV table, by its label: the cells after the label. */
function row(table: string[][] | undefined, label: string): string[] {
  const found = table?.find((cells) => cells[0] === label)
  if (!found) throw new Error(`No row ${label}`)
  return found.slice(1)
}

function column(table: string[][] | undefined, header: string, label: string): string {
  const index = table![0]!.indexOf(header)
  if (index < 1) throw new Error(`No column ${header}`)
  return row(table, label)[index - 1]!
}

const value = (cell: ReportCell) => cell.value

describe('figures computed from known bookings', () => {
  test('the service counts statuses, attendance, outcomes, places and breakdowns', async () => {
    const { main } = await regionWithFigures()
    const points = await reportPoints(db, [main.id])
    const report = await buildReport(db, points, { from: '2026-11-01', to: '2026-12-31' })
    const total = report.total
    expect({
      made: value(total.made),
      cancelledByClient: value(total.cancelledByClient),
      cancelledByStaff: value(total.cancelledByStaff),
      active: value(total.active),
      attended: value(total.attended),
      noShow: value(total.noShow),
      attendanceOpen: value(total.attendanceOpen),
      places: value(total.places),
      withOutcome: value(total.withOutcome),
      choseReturn: value(total.choseReturn),
    }).toEqual({
      made: 24,
      cancelledByClient: 5,
      cancelledByStaff: 1,
      active: 18,
      attended: 16,
      noShow: 2,
      attendanceOpen: 0,
      // November: 4 Tuesdays × 4; December: 3 open Tuesdays × 4 + the extra session 2 × 2.
      places: 32,
      withOutcome: 15,
      choseReturn: 9,
    })
    expect(
      report.months.map((m) => [m.month, value(m.figures.made), value(m.figures.places)]),
    ).toEqual([
      ['2026-11', 6, 16],
      ['2026-12', 18, 16],
    ])
    const breakdown = (name: string) =>
      Object.fromEntries(
        report.breakdowns
          .find((b) => b.name === name)!
          .items.map((item) => [item.key, item.count.value]),
      )
    expect(breakdown('source')).toEqual({ online: 9, api: 0, volunteer: 3, staff: 6 })
    expect(breakdown('language')).toEqual({ ar: 9, ti: 7, fa: 2 })
    expect(breakdown('interpreter')).toEqual({ yes: 7, no: 11 })
    expect(breakdown('topic')).toEqual({ orientation: 10, return: 6, other: 0, unspecified: 2 })
    expect(breakdown('leadTime')).toEqual({
      under1: 6,
      '1to3': 2,
      '4to7': 0,
      '8to14': 10,
      over14: 0,
    })
    expect(breakdown('outcome')).toEqual({
      orienting: 5,
      return: 9,
      referred: 1,
      other: 0,
      open: 1,
    })
    // A single support point is compared with nothing.
    expect(report.comparison).toBeNull()
  })

  test('the page and the CSV show the same figures, small ones as "< 5"', async () => {
    const { main, region } = await busyRegion()
    const { cookie, get } = await signedIn('coordinator', { regionIds: [region.id] })
    const query = `${PERIOD}&steunpunt=${main.slug}`
    const page = await get(`/staff/rapportage?${query}`, cookie)
    expect(page.status).toBe(200)
    const html = await page.text()
    const res = await get(`/staff/rapportage/export.csv?${query}`, cookie)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const body = new TextDecoder().decode(bytes)
    const tables = parseCsv(body)
    const key = tables.get('Kerncijfers per maand')
    expect(key).toEqual([
      ['Cijfer', 'Hele periode', 'nov 2026', 'dec 2026'],
      ['Afspraken gemaakt', '74', '36', '38'],
      ['Afgezegd door de cliënt', '10', '5', '5'],
      ['Afgezegd door een medewerker', '10', '5', '5'],
      ['Niet afgezegd', '54', '26', '28'],
      ['Gesprekken gehouden (aanwezig)', '42', '20', '22'],
      ['Niet gekomen', '12', '6', '6'],
      ['Aanwezigheid (nog) niet ingevuld', '0', '0', '0'],
      // 4 Tuesdays in November, 5 in December, 16 places each.
      ['Te boeken plaatsen volgens het rooster', '144', '64', '80'],
      ['Bezetting (niet afgezegd ÷ plaatsen)', '38%', '41%', '35%'],
      ['Gesprekken met een uitkomst', '42', '20', '22'],
      ['Uitkomst: kiest voor terugkeer', '20', '10', '10'],
      ['Aandeel dat kiest voor terugkeer', '48%', '50%', '45%'],
    ])
    const languages = tables.get('Taal van de cliënt (van de afspraken die niet zijn afgezegd)')
    expect(languages!.slice(1)).toEqual([
      ['ትግርኛ', '32', '59%'],
      // Hidden: with the total and Tigrinya, it would give Farsi away.
      ['العربية', '×', '–'],
      ['فارسی', '< 5', '–'],
      ['Samen', '54', '100%'],
    ])
    const sources = tables.get('Hoe geboekt (van de afspraken die niet zijn afgezegd)')
    expect(row(sources, 'Website, door de cliënt zelf')).toEqual(['42', '78%'])
    expect(row(sources, 'Koppeling (API)')).toEqual(['< 5', '–'])
    expect(row(sources, 'Inloop, ingevoerd door een medewerker')).toEqual(['0', '0%'])
    expect(row(sources, 'Voor een cliënt geboekt door een vrijwilliger of medewerker')).toEqual([
      '×',
      '–',
    ])
    const interpreter = tables.get('Tolk nodig (van de afspraken die niet zijn afgezegd)')
    expect(interpreter!.slice(1)).toEqual([
      ['Ja', '22', '41%'],
      ['Nee', '32', '59%'],
      ['Samen', '54', '100%'],
    ])
    const outcomes = tables.get('Uitkomst van het gesprek (van de gehouden gesprekken)')
    expect(row(outcomes, 'Kiest voor terugkeer')).toEqual(['20', '48%'])
    expect(row(outcomes, 'Doorverwezen')).toEqual(['< 5', '–'])
    expect(row(outcomes, 'Oriënteert zich nog')).toEqual(['×', '–'])
    const lead = tables.get(
      'Tijd tussen boeken en afspraak (van de afspraken die niet zijn afgezegd)',
    )
    expect(row(lead, '8 tot 15 dagen')).toEqual(['40', '74%'])
    expect(row(lead, '15 dagen of meer')).toEqual(['< 5', '–'])

    // Every table of the CSV is on the page, cell for cell, and nothing else is.
    const pageTables = [...html.matchAll(/<table id="[^"]+" class="report">([\s\S]*?)<\/table>/g)]
    expect(pageTables.length).toBe(tables.size)
    for (const [caption, rows] of tables) {
      const table = pageTables.find((m) => m[1]!.includes(`${escapeHtml(caption)}</caption>`))
      expect(table, caption).toBeDefined()
      const pageCells = [...table![1]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1])
      expect(pageCells).toEqual(rows.flat().map(escapeHtml))
    }
    // No personal data, no reference.
    const bookings = await db
      .selectFrom('bookings')
      .select(['name', 'email', 'reference'])
      .where('location_id', '=', main.id)
      .execute()
    expect(bookings).toHaveLength(74)
    for (const booking of bookings) {
      // (Another test file's retention run may have erased them already.)
      if (booking.name) expect(body + html).not.toContain(booking.name)
      if (booking.email) expect(body + html).not.toContain(booking.email)
      expect(body + html).not.toContain(booking.reference)
    }
  })

  test('charts are server-drawn SVG with a table of their numbers, in the reader’s language', async () => {
    const { main, region } = await busyRegion()
    const staff = await createStaff(db, {
      role: 'coordinator',
      regionIds: [region.id],
      locale: 'en',
    })
    const { get } = testApp(db, { now: NOW })
    const html = await (
      await get(
        `/staff/rapportage?${PERIOD}&steunpunt=${main.slug}`,
        await signIn(db, staff.id, NOW),
      )
    ).text()
    expect(html).toContain('<h1>Reports</h1>')
    const chart = html.slice(html.indexOf('<figure id="grafiek-made"'), html.indexOf('</figure>'))
    expect(chart).toContain('role="img"')
    expect(chart).toContain('<title id="grafiek-made-title">Bookings made per month</title>')
    expect(chart).toContain('aria-labelledby="grafiek-made-title grafiek-made-desc"')
    // Two months, two bars with their number written on them, and the same in the table.
    expect(chart.match(/<rect /g)).toHaveLength(2)
    expect(chart).toContain('>Nov<')
    expect(chart).toContain('<th scope="row">Nov 2026</th><td>36</td>')
    expect(chart).toContain('<th scope="row">Dec 2026</th><td>38</td>')
    expect(chart).toContain('>36</text>')
    expect(html).not.toContain('<script src="https://')
  })

  test('a suppressed month gets no bar, only its "< 5"; its complement neither', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
    })
    await addBookings(point.id, 20, { start: '2026-10-06T12:00:00Z' })
    await addBookings(point.id, 3, { start: '2026-11-03T12:00:00Z' })
    await addBookings(point.id, 8, { start: '2026-12-01T12:00:00Z' })
    const { cookie, get } = await signedIn('coordinator', { regionIds: [point.region.id] })
    const html = await (await get(`/staff/rapportage?van=2026-10-01&tot=2026-12-31`, cookie)).text()
    const start = html.indexOf('<figure id="grafiek-made"')
    const chart = html.slice(start, html.indexOf('</figure>', start))
    // October's 20 is drawn; November's 3 is "< 5"; December's 8 would give November away
    // (31 − 20 − 8), so it is hidden too.
    expect(chart.match(/<rect /g)).toHaveLength(1)
    expect(chart).toContain('>20</text>')
    expect(chart).toContain('>&lt; 5</text>')
    expect(chart).toContain('>×</text>')
    expect(chart).toContain('<th scope="row">nov 2026</th><td>&lt; 5</td>')
    expect(chart).toContain('<th scope="row">dec 2026</th><td>×</td>')
    expect(chart).not.toMatch(/>(3|8)</)
  })
})

describe('small numbers cannot be worked out', () => {
  test('a small part of a shown total hides another part, so subtracting gives nothing', async () => {
    const { main, region } = await regionWithFigures()
    const { cookie, get } = await signedIn('coordinator', { regionIds: [region.id] })
    const body = await (
      await get(`/staff/rapportage/export.csv?${PERIOD}&steunpunt=${main.slug}`, cookie)
    ).text()
    const key = parseCsv(body).get('Kerncijfers per maand')
    const number = (cell: string) => (/^\d+$/.test(cell) ? Number(cell) : null)
    let suppressedColumns = 0
    for (let c = 0; c < 3; c++) {
      const [made, active, byClient, byStaff] = [
        'Afspraken gemaakt',
        'Niet afgezegd',
        'Afgezegd door de cliënt',
        'Afgezegd door een medewerker',
      ].map((label) => number(row(key, label)[c]!))
      // made = not cancelled + cancelled by client + cancelled by staff: with one of them
      // "< 5", at least one other figure of the sum must be hidden too.
      if (byStaff === null) {
        suppressedColumns += 1
        expect([made, active, byClient]).toContain(null)
      }
    }
    // The fixture has small staff cancellations: the check above ran at least once.
    expect(suppressedColumns).toBeGreaterThan(0)
    const outcomes = parseCsv(body).get('Uitkomst van het gesprek (van de gehouden gesprekken)')
    expect(row(outcomes, 'Doorverwezen')[0]).toBe('< 5')
    const shown = outcomes!.slice(1).map((cells) => number(cells[1]!))
    // Referred (1) and "no outcome" (1) are small; the sum of all must not pin them.
    expect(shown.filter((cell) => cell === null).length).toBeGreaterThanOrEqual(2)
    expect(body).toContain('×')
    // A percentage never rests on a suppressed number.
    expect(row(outcomes, 'Doorverwezen')[1]).toBe('–')
  })
})

describe('who sees which figures', () => {
  test('a coordinator sees their own region, and another region’s point or region is refused', async () => {
    const mine = await busyRegion()
    const theirs = await busyRegion()
    const { cookie, get } = await signedIn('coordinator', { regionIds: [mine.region.id] })
    const html = await (await get(`/staff/rapportage?${PERIOD}`, cookie)).text()
    expect(html).toContain(mine.main.name)
    expect(html).not.toContain(theirs.main.name)
    expect(html).not.toContain(theirs.region.name)
    const key = parseCsv(
      await (await get(`/staff/rapportage/export.csv?${PERIOD}`, cookie)).text(),
    ).get('Kerncijfers per maand')
    // 74 + 7 at the region's two points; the other region's 81 are not in it.
    expect(row(key, 'Afspraken gemaakt')[0]).toBe('81')
    // Two points of one region: side by side.
    const side = parseCsv(
      await (await get(`/staff/rapportage/export.csv?${PERIOD}`, cookie)).text(),
    ).get('Steunpunten naast elkaar')
    expect(side![0]).toEqual(['Cijfer', 'Hele periode', mine.main.name, 'Steunpunt Tweede'])
    expect(column(side, 'Steunpunt Tweede', 'Gesprekken gehouden (aanwezig)')).toBe('7')

    const point = await get(`/staff/rapportage?${PERIOD}&steunpunt=${theirs.main.slug}`, cookie)
    expect(point.status).toBe(400)
    const pointHtml = await point.text()
    expect(pointHtml).toContain('Dit steunpunt bestaat niet of valt buiten uw regio’s.')
    expect(pointHtml).not.toContain(theirs.main.name)
    const region = await get(`/staff/rapportage?regio=${theirs.region.slug}`, cookie)
    expect(region.status).toBe(400)
    const csv = await get(`/staff/rapportage/export.csv?steunpunt=${theirs.main.slug}`, cookie)
    expect(csv.status).toBe(400)
    expect(csv.headers.get('Content-Type')).toContain('text/html')
  })

  test('a coordinator of two regions chooses between them; a point outside the chosen region is refused', async () => {
    const one = await regionWithFigures()
    const two = await regionWithFigures()
    const { cookie, get } = await signedIn('coordinator', {
      regionIds: [one.region.id, two.region.id],
    })
    const html = await (await get(`/staff/rapportage?maand=2026-12`, cookie)).text()
    expect(html).toContain(`<option value="${one.region.slug}">`)
    expect(html).toContain(`<option value="${two.region.slug}">`)
    const side = parseCsv(
      await (await get(`/staff/rapportage/export.csv?maand=2026-12`, cookie)).text(),
    ).get('Regio’s naast elkaar')
    expect(side![0]!.slice(0, 2)).toEqual(['Cijfer', 'Hele periode'])
    expect(side![0]!.slice(2).sort()).toEqual([one.region.name, two.region.name].sort())
    const mixed = await get(
      `/staff/rapportage?regio=${one.region.slug}&steunpunt=${two.main.slug}`,
      cookie,
    )
    expect(mixed.status).toBe(400)
    expect(await mixed.text()).toContain('Dit steunpunt hoort niet bij de gekozen regio.')
  })

  test('the admin compares regions side by side, and can look into one region', async () => {
    const one = await busyRegion()
    const two = await regionWithFigures()
    await db
      .updateTable('regions')
      .set({ name: `=HYPERLINK("https://evil.example") ${two.region.slug}` })
      .where('id', '=', two.region.id)
      .execute()
    const { cookie, get } = await signedIn('admin')
    const body = await (await get(`/staff/rapportage/export.csv?maand=2026-12`, cookie)).text()
    const side = parseCsv(body).get('Regio’s naast elkaar')
    expect(side![0]).toContain(one.region.name)
    // Places are never suppressed: 5 Tuesdays × 16 at the busy point, none at the other.
    expect(column(side, one.region.name, 'Te boeken plaatsen volgens het rooster')).toBe('80')
    // 38 + 7; other regions' small numbers elsewhere in the row may hide it, never change it.
    expect(['45', '×']).toContain(column(side, one.region.name, 'Afspraken gemaakt'))
    // The region's name is defused for spreadsheets.
    expect(body).toContain(`"'=HYPERLINK(""https://evil.example"") ${two.region.slug}"`)
    const inside = parseCsv(
      await (
        await get(`/staff/rapportage/export.csv?maand=2026-12&regio=${one.region.slug}`, cookie)
      ).text(),
    )
    const points = inside.get('Steunpunten naast elkaar')
    expect(points![0]).toEqual(['Cijfer', 'Hele periode', one.main.name, 'Steunpunt Tweede'])
    expect(row(inside.get('Kerncijfers'), 'Afspraken gemaakt')).toEqual(['45'])
    expect(column(points, 'Steunpunt Tweede', 'Gesprekken gehouden (aanwezig)')).toBe('7')
  })

  test('counselors and volunteers get 404', async () => {
    const { main } = await regionWithFigures()
    for (const role of ['counselor', 'volunteer'] as const) {
      const { cookie, get } = await signedIn(role, { locationIds: [main.id] })
      expect((await get('/staff/rapportage', cookie)).status).toBe(404)
      expect((await get('/staff/rapportage/export.csv', cookie)).status).toBe(404)
    }
  })
})

describe('no small count is the difference of two shown figures', () => {
  test('attended minus sessions with an outcome does not reveal "none recorded"', async () => {
    // Found in review: 10 attended, 6 with an outcome, and "none recorded" shown as "< 5".
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
    })
    const start = '2026-11-03T13:00:00+01:00'
    await addBookings(point.id, 3, { start, attendance: 'attended', outcome: 'orienting' })
    await addBookings(point.id, 3, { start, attendance: 'attended', outcome: 'return' })
    await addBookings(point.id, 4, { start, attendance: 'attended', outcome: null })
    const { cookie, get } = await signedIn('coordinator', { regionIds: [point.region.id] })
    const res = await get(
      `/staff/rapportage/export.csv?maand=2026-11&steunpunt=${point.slug}`,
      cookie,
    )
    expect(res.status).toBe(200)
    const tables = parseCsv(await res.text())
    // One month: the key figures come as one table without a column per month.
    const key = tables.get('Kerncijfers')
    const attended = row(key, 'Gesprekken gehouden (aanwezig)')[0]!
    const withOutcome = row(key, 'Gesprekken met een uitkomst')[0]!
    const open = row(
      tables.get('Uitkomst van het gesprek (van de gehouden gesprekken)'),
      'Geen uitkomst ingevuld',
    )[0]!
    expect(open).toBe('< 5')
    // Both totals exact would give 10 − 6 = 4: at least one of them must be hidden.
    const exact = (cell: string) => /^\d+$/.test(cell)
    expect(exact(attended) && exact(withOutcome)).toBe(false)
  })
})

describe('input that is not a period', () => {
  test.each([
    ['van=2026-13-01&tot=2026-12-31', 'Vul bij “van” en “tot” een datum in als JJJJ-MM-DD.'],
    ['van=2026-12-31&tot=2026-12-01', '“Tot en met” ligt vóór “van”.'],
    ['van=2025-01-01&tot=2026-12-31', 'Kies een periode van hooguit 366 dagen.'],
    ['maand=december', 'Vul de maand in als JJJJ-MM, bijvoorbeeld 2026-03.'],
    // Far years broke the date arithmetic (a 500, found in review).
    ['maand=9999-12', 'Vul de maand in als JJJJ-MM, bijvoorbeeld 2026-03.'],
    ['maand=0000-01', 'Vul de maand in als JJJJ-MM, bijvoorbeeld 2026-03.'],
    ['van=9999-12-31&tot=9999-12-31', 'Vul bij “van” en “tot” een datum in als JJJJ-MM-DD.'],
    ['van=0001-01-01&tot=0001-01-31', 'Vul bij “van” en “tot” een datum in als JJJJ-MM-DD.'],
    ['regio=bestaat-niet', 'Deze regio bestaat niet of valt buiten uw regio’s.'],
    ['steunpunt=%3Cscript%3E', 'Dit steunpunt bestaat niet of valt buiten uw regio’s.'],
  ])('%s: the form comes back with 400 and says why', async (query, message) => {
    const { region } = await regionWithFigures()
    const { cookie, get } = await signedIn('coordinator', { regionIds: [region.id] })
    const res = await get(`/staff/rapportage?${query}`, cookie)
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(message)
    expect(html).toContain('<form method="get" action="/staff/rapportage"')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('Kerncijfers')
  })

  test('in English for an English-speaking coordinator', async () => {
    const { region } = await regionWithFigures()
    const staff = await createStaff(db, {
      role: 'coordinator',
      regionIds: [region.id],
      locale: 'en',
    })
    const { get } = testApp(db, { now: NOW })
    const res = await get(
      '/staff/rapportage?van=2026-12-31&tot=2026-12-01',
      await signIn(db, staff.id, NOW),
    )
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('“Up to and including” is before “from”.')
  })

  test('a coordinator without a region is told so', async () => {
    const { cookie, get } = await signedIn('coordinator')
    const res = await get('/staff/rapportage', cookie)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('U beheert nog geen regio')
  })
})

describe('a support point the admin closed', () => {
  const notify = {
    baseUrl: 'http://spreekuur.test',
    mailFrom: 'x <x@example.org>',
    reminderHours: 24,
  }
  /** Tuesdays 13:00–15:00, 5 counselors and 1 walk-in seat: 16 places a Tuesday. */
  async function pointWithBookings() {
    const point = await createSupportPoint(db, {
      municipality: `Sluitstad ${uniqueSlug('s')}`,
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 5 }],
      walkInSeats: 1,
    })
    await addBookings(point.id, 8, { start: '2026-11-03T12:00:00Z', attendance: 'attended' })
    const admin = await createStaff(db, { role: 'admin' })
    const close = async (at: string) => {
      const outcome = await deactivatePoint(db, {
        locationId: point.id,
        staffId: admin.id,
        now: new Date(at),
        notify,
        confirm: null,
      })
      expect(outcome.status).toBe('deactivated')
    }
    const reopen = async (at: string) => {
      const reopened = await reactivatePoint(db, {
        locationId: point.id,
        staffId: admin.id,
        now: new Date(at),
      })
      expect(reopened).toBe(true)
    }
    const closedPeriods = () =>
      db
        .selectFrom('location_closed_periods')
        .select(['closed_at', 'reopened_at'])
        .where('location_id', '=', point.id)
        .orderBy('id')
        .execute()
    return { point, close, reopen, closedPeriods }
  }

  test('closed mid-period, it offers no places from the moment it closed', async () => {
    const { point, close, closedPeriods } = await pointWithBookings()
    // Wednesday 18 November: the Tuesdays 3, 10 and 17 November were open.
    await close('2026-11-18T09:00:00Z')
    expect(await closedPeriods()).toEqual([
      { closed_at: new Date('2026-11-18T09:00:00Z'), reopened_at: null },
    ])

    const { cookie, get } = await signedIn('coordinator', { regionIds: [point.region.id] })
    const res = await get(`/staff/rapportage/export.csv?${PERIOD}&steunpunt=${point.slug}`, cookie)
    expect(res.status).toBe(200)
    const key = parseCsv(await res.text()).get('Kerncijfers per maand')
    // Open all period long it would read 144 places and 6%.
    expect(row(key, 'Te boeken plaatsen volgens het rooster')).toEqual(['48', '48', '0'])
    expect(row(key, 'Bezetting (niet afgezegd ÷ plaatsen)')).toEqual(['17%', '17%', '–'])
  })

  test('reopened by SQL and closed again: the open closing ends, no 500', async () => {
    const { point, close, closedPeriods } = await pointWithBookings()
    await close('2026-11-09T09:00:00Z')
    // Someone reopens it by hand, past the admin pages: its closing stays open.
    await db.updateTable('locations').set({ active: true }).where('id', '=', point.id).execute()
    await close('2026-11-25T09:00:00Z')
    expect(await closedPeriods()).toEqual([
      {
        closed_at: new Date('2026-11-09T09:00:00Z'),
        reopened_at: new Date('2026-11-25T09:00:00Z'),
      },
      { closed_at: new Date('2026-11-25T09:00:00Z'), reopened_at: null },
    ])
  })

  test('closed, reopened and closed again: only the days it was open count', async () => {
    const { point, close, reopen, closedPeriods } = await pointWithBookings()
    // Closed from Monday 9 to Sunday 22 November (the Tuesdays 10 and 17 lost), then again
    // from 8 December 00:00 in Amsterdam, which is still 7 December in UTC.
    await close('2026-11-09T09:00:00Z')
    await reopen('2026-11-22T09:00:00Z')
    await close('2026-12-07T23:00:00Z')
    expect(await closedPeriods()).toEqual([
      {
        closed_at: new Date('2026-11-09T09:00:00Z'),
        reopened_at: new Date('2026-11-22T09:00:00Z'),
      },
      { closed_at: new Date('2026-12-07T23:00:00Z'), reopened_at: null },
    ])

    const points = await reportPoints(db, [point.id])
    const report = await buildReport(db, points, { from: '2026-11-01', to: '2026-12-31' })
    // 3 and 24 November, 1 December.
    expect(report.months.map((m) => [m.month, value(m.figures.places)])).toEqual([
      ['2026-11', 32],
      ['2026-12', 16],
    ])
    expect(value(report.total.places)).toBe(48)
    expect(value(report.total.capacityUsed)).toBeCloseTo(8 / 48)
  })
})

describe('support points closed before closings were recorded', () => {
  test('the migration takes the closings from the audit log, else closes from its own moment', async () => {
    // A database of its own, migrated up to just before the closings were recorded.
    const old = await openDatabase({ pgliteDir: 'memory://' })
    try {
      const earlier = Object.fromEntries(
        Object.entries(migrations).filter(([name]) => name < '2026-11-29T0900'),
      )
      const migrator = new Migrator({ db: old, provider: { getMigrations: async () => earlier } })
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const logged = await createSupportPoint(old)
      const unlogged = await createSupportPoint(old)
      const open = await createSupportPoint(old)
      const reopenedBySql = await createSupportPoint(old)
      await old
        .updateTable('locations')
        .set({ active: false })
        .where('id', 'in', [logged.id, unlogged.id])
        .execute()
      const log = (action: string, at: string, locationId: string) =>
        old
          .insertInto('audit_log')
          .values({ at, staff_id: null, action, location_id: locationId, detail: action })
          .execute()
      await log('location.deactivate', '2026-11-02T10:00:00Z', logged.id)
      await log('location.reactivate', '2026-11-05T10:00:00Z', logged.id)
      await log('location.deactivate', '2026-11-20T10:00:00Z', logged.id)
      await log('location.rename', '2026-11-21T10:00:00Z', logged.id)
      await log('location.rename', '2026-11-21T10:00:00Z', open.id)
      await log('location.deactivate', '2026-11-03T10:00:00Z', reopenedBySql.id)

      const started = new Date(Date.now() - 1000)
      await migrateToLatest(old)
      const finished = new Date()
      const duringMigration = (at: Date | null) => at !== null && at >= started && at <= finished
      const periods = await old
        .selectFrom('location_closed_periods')
        .select(['location_id', 'closed_at', 'reopened_at'])
        .orderBy('closed_at')
        .execute()
      const of = (point: { id: string }) => periods.filter((p) => p.location_id === point.id)
      expect(of(logged)).toEqual([
        {
          location_id: logged.id,
          closed_at: new Date('2026-11-02T10:00:00Z'),
          reopened_at: new Date('2026-11-05T10:00:00Z'),
        },
        { location_id: logged.id, closed_at: new Date('2026-11-20T10:00:00Z'), reopened_at: null },
      ])
      expect(of(unlogged)).toHaveLength(1)
      expect(of(unlogged)[0]!.closed_at).toSatisfy(duringMigration)
      expect(of(unlogged)[0]!.reopened_at).toBeNull()
      expect(of(reopenedBySql)).toHaveLength(1)
      expect(of(reopenedBySql)[0]!.closed_at).toEqual(new Date('2026-11-03T10:00:00Z'))
      expect(of(reopenedBySql)[0]!.reopened_at).toSatisfy(duringMigration)
      expect(of(open)).toEqual([])
    } finally {
      await old.destroy()
    }
  })
})

describe('after the retention job', () => {
  test('personal data is gone and every figure is the same', async () => {
    // 2019, so that erasing at the start of 2020 touches no other test's bookings.
    const { region, main } = await busyRegion(2019)
    const { cookie, get } = await signedIn('coordinator', { regionIds: [region.id] })
    const period = 'van=2019-11-01&tot=2019-12-31'
    const path = `/staff/rapportage/export.csv?${period}`
    const personal = await db
      .selectFrom('bookings')
      .select('name')
      .where('location_id', '=', main.id)
      .execute()
    expect(personal.every((booking) => booking.name !== null)).toBe(true)
    const before = await (await get(path, cookie)).text()
    const pageBefore = await (await get(`/staff/rapportage?${period}`, cookie)).text()

    const erased = await erasePersonalData(db, {
      now: new Date('2020-03-01T00:00:00Z'),
      retentionDays: 30,
    })
    expect(erased.bookings).toBeGreaterThanOrEqual(81)
    const left = await db
      .selectFrom('bookings')
      .select(['name', 'email', 'phone', 'note', 'manage_token_hash', 'erased_at'])
      .where('location_id', '=', main.id)
      .execute()
    expect(left.length).toBe(74)
    for (const booking of left) {
      expect(booking).toMatchObject({
        name: null,
        email: null,
        phone: null,
        note: null,
        manage_token_hash: null,
      })
      expect(booking.erased_at).not.toBeNull()
    }

    expect(await (await get(path, cookie)).text()).toBe(before)
    expect(await (await get(`/staff/rapportage?${period}`, cookie)).text()).toBe(pageBefore)
    expect(row(parseCsv(before).get('Kerncijfers per maand'), 'Afspraken gemaakt')[0]).toBe('81')
  })
})

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

describe('the desk in the reports', () => {
  test('how sessions were recorded, and waiting times with median and 90th percentile', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 1, start: '10:00', end: '13:00', counselors: 3 }],
    })
    const november = '2026-11-16T09:00:00Z'
    const attended = { attendance: 'attended' as const, source: 'staff' as const }
    // Six walk-ins who arrived 5 minutes into their slot and waited 0–25 minutes.
    for (const wait of [0, 5, 10, 10, 15, 20]) {
      await addBookings(point.id, 1, {
        ...attended,
        start: november,
        walkIn: true,
        arrivedAfter: 5,
        calledAfter: 5 + wait,
      })
    }
    // Five booked clients who came 10 minutes early: their wait counts from their time.
    for (const wait of [20, 25, 30, 40, 60]) {
      await addBookings(point.id, 1, {
        attendance: 'attended',
        start: november,
        arrivedAfter: -10,
        calledAfter: wait,
      })
    }
    // Two marked attended in the agenda only; one waiting still (not taken in).
    await addBookings(point.id, 2, { attendance: 'attended', start: november })
    await addBookings(point.id, 1, { ...attended, start: november, walkIn: true, arrivedAfter: 1 })
    // December: three waits, too few to show times.
    for (const wait of [5, 5, 100]) {
      await addBookings(point.id, 1, {
        ...attended,
        start: '2026-12-07T09:00:00Z',
        walkIn: true,
        arrivedAfter: 0,
        calledAfter: wait,
      })
    }
    const points = await reportPoints(db, [point.id])
    const report = await buildReport(db, points, { from: '2026-11-01', to: '2026-12-31' })
    const arrival = report.breakdowns.find((b) => b.name === 'arrival')!
    expect(Object.fromEntries(arrival.items.map((i) => [i.key, i.count.value]))).toEqual({
      walkIn: 10,
      desk: 5,
      agenda: 2,
    })
    expect(arrival.base.value).toBe(17)
    expect(report.waiting).toEqual([
      {
        month: '2026-11',
        count: { value: 11, visibility: 'exact' },
        medianMinutes: 20,
        p90Minutes: 40,
      },
      {
        month: '2026-12',
        count: { value: 3, visibility: 'small' },
        medianMinutes: null,
        p90Minutes: null,
      },
      // 0 5 5 5 10 10 15 | 20 20 25 30 40 60 100: median 17.5, p90 40 + 0.7 × 20.
      {
        month: 'total',
        count: { value: 14, visibility: 'exact' },
        medianMinutes: 18,
        p90Minutes: 54,
      },
    ])
  })
})
