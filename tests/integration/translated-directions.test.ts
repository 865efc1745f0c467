import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { catalogs } from '../../src/i18n/locales.js'
import { testApp } from '../support/app.js'
import { bookDirect } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const DUTCH = 'Ingang aan de achterkant, bel twee keer.'
const ARABIC = 'المدخل في الخلف، اضغط على الجرس مرتين.'
const ENGLISH = 'Entrance at the back, ring twice.'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** A point with Dutch directions, and its region's coordinator signed in. */
async function pointWithCoordinator() {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 1 }],
  })
  await db.updateTable('locations').set({ directions: DUTCH }).where('id', '=', point.id).execute()
  const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
  const cookie = await signIn(db, coordinator.id, NOW)
  const app = testApp(db, { now: NOW })
  const manage = `/staff/steunpunten/${point.slug}`
  return {
    point,
    coordinator,
    app,
    manage,
    save: (form: Record<string, string>) => app.post(`${manage}/routebeschrijving`, form, cookie),
    staffGet: (path: string) => app.get(path, cookie),
  }
}

function storedTranslations(id: string) {
  return db
    .selectFrom('locations')
    .select('directions_translated')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
    .then((row) => row.directions_translated)
}

describe('directions in other languages', () => {
  test('a client reads them in their language, and is told when they get the Dutch', async () => {
    const { point, coordinator, app, manage, save, staffGet } = await pointWithCoordinator()
    const form = await (await staffGet(manage)).text()
    expect(form).toMatch(/<textarea[^>]*name="ar"[^>]*lang="ar"[^>]*dir="auto"/)
    expect(form).toContain('العربية (Arabisch)')

    const res = await save({ ar: ` ${ARABIC} `, en: ENGLISH, fa: '', ti: '  ' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${manage}?opgeslagen=1`)
    expect(await storedTranslations(point.id)).toEqual({ ar: ARABIC, en: ENGLISH })
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(audit).toEqual([{ action: 'location.update', detail: 'directions ar en' }])

    const page = async (lang: string) =>
      (await app.get(`/steunpunt/${point.slug}?lang=${lang}`)).text()
    const arabic = await page('ar')
    expect(arabic).toContain(`<p dir="auto">${ARABIC}</p>`)
    expect(arabic).not.toContain(DUTCH)
    expect(arabic).not.toContain(catalogs.ar.inDutch)
    expect(await page('en')).toContain(ENGLISH)

    // No Farsi text: the Dutch, marked as Dutch, with the note that it is.
    const farsi = await page('fa')
    expect(farsi).toContain(`<p lang="nl" dir="auto">${DUTCH}</p>`)
    expect(farsi).toContain(catalogs.fa.inDutch)
    const dutch = await page('nl')
    expect(dutch).toContain(DUTCH)
    expect(dutch).not.toContain(ARABIC)
  })

  test('the client’s own booking page gives them too', async () => {
    const { point, save } = await pointWithCoordinator()
    expect((await save({ ar: ARABIC })).status).toBe(303)
    const { token } = await bookDirect(db, {
      locationId: point.id,
      start: TUESDAY_13,
      now: NOW,
      locale: 'ar',
    })
    const html = await (await testApp(db, { now: NOW }).get(`/b/${token}?lang=ar`)).text()
    expect(html).toContain(ARABIC)
    expect(html).not.toContain(DUTCH)
  })

  test('emptying a language takes its text away again', async () => {
    const { point, save } = await pointWithCoordinator()
    expect((await save({ ar: ARABIC, en: ENGLISH })).status).toBe(303)
    expect((await save({ ar: '', en: ENGLISH })).status).toBe(303)
    expect(await storedTranslations(point.id)).toEqual({ en: ENGLISH })
  })

  test('a text too long is refused, names its language, keeps what was typed', async () => {
    const { point, save } = await pointWithCoordinator()
    const long = 'ب'.repeat(1001)
    const res = await save({ ar: long, en: ENGLISH })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Arabisch:')
    expect(html).toContain(`${long}</textarea>`)
    expect(html).toContain(`${ENGLISH}</textarea>`)
    expect(await storedTranslations(point.id)).toEqual({})
  })

  test('a coordinator of another region cannot write them', async () => {
    const { point } = await pointWithCoordinator()
    const other = await pointWithCoordinator()
    const res = await other.app.post(
      `/staff/steunpunten/${point.slug}/routebeschrijving`,
      { ar: ARABIC },
      await signIn(db, other.coordinator.id, NOW),
    )
    expect(res.status).toBe(404)
    expect(await storedTranslations(point.id)).toEqual({})
  })
})
