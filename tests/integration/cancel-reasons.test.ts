import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { catalogs } from '../../src/i18n/locales.js'
import { clientCancelReason } from '../../src/i18n/cancel-reasons.js'
import { locationsMessages } from '../../src/i18n/staff/locations.js'
import { testApp } from '../support/app.js'
import { bookDirect } from '../support/booking.js'
import { asSent, openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// Booked on Monday 30 November 2026 for Tuesday 13:00; cancelled on the Tuesday morning.
const BOOKING_TIME = new Date('2026-11-30T08:00:00Z')
const TUESDAY_MORNING = new Date('2026-12-01T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** An Arabic-speaking client with an email address, and a counselor of the point signed in. */
async function arabicBooking() {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
  })
  const { booking, token } = await bookDirect(db, {
    locationId: point.id,
    start: TUESDAY_13,
    now: BOOKING_TIME,
    locale: 'ar',
    details: { email: 'client@example.org' },
  })
  const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
  const cookie = await signIn(db, counselor.id, TUESDAY_MORNING)
  const app = testApp(db, { now: TUESDAY_MORNING })
  const path = `/staff/agenda/afspraak/${booking.reference}`
  return {
    booking,
    token,
    path,
    get: (url: string) => app.get(url, cookie),
    cancel: (form: Record<string, string>) => app.post(`${path}/afzeggen`, form, cookie),
    clientView: () => app.get(`/b/${token}?lang=ar`),
  }
}

function stored(id: string) {
  return db
    .selectFrom('bookings')
    .select(['status', 'cancel_reason', 'cancel_reason_code'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

async function clientMails(bookingId: string) {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('booking_id', '=', bookingId)
    .where('recipient', '=', 'client@example.org')
    .where('kind', '=', 'client-cancelled')
    .execute()
  return asSent(rows).map((row) => row.message)
}

describe('a reason picked from the list', () => {
  test('reaches an Arabic client in Arabic, in the email and on their page', async () => {
    const { booking, path, get, cancel, clientView } = await arabicBooking()
    const form = await (await get(path)).text()
    expect(form).toContain('name="reasonKind" value="pointClosed"')
    expect(form).toContain('Het steunpunt is die dag onverwacht dicht')

    const res = await cancel({ reasonKind: 'pointClosed', reason: '' })
    expect(res.status).toBe(303)
    expect(await stored(booking.id)).toEqual({
      status: 'cancelled',
      cancel_reason: null,
      cancel_reason_code: 'pointClosed',
    })

    const [mail, ...more] = await clientMails(booking.id)
    expect(more).toEqual([])
    expect(mail?.text).toContain(catalogs.ar.cancelReasons.pointClosed)
    expect(mail?.html).toContain(catalogs.ar.cancelReasons.pointClosed)
    expect(mail?.text).not.toContain(catalogs.nl.cancelReasons.pointClosed)

    const page = await (await clientView()).text()
    expect(page).toContain(catalogs.ar.cancelReasons.pointClosed)
    expect(page).not.toContain('onverwacht')

    const staffPage = await (await get(path)).text()
    expect(staffPage).toContain('<dd>Het steunpunt is die dag onverwacht dicht</dd>')
  })

  test('with a note typed beside it: the note comes after the reason, marked as Dutch', async () => {
    const { booking, cancel, clientView } = await arabicBooking()
    const res = await cancel({ reasonKind: 'counselorUnavailable', reason: 'Kom donderdag' })
    expect(res.status).toBe(303)
    expect(await stored(booking.id)).toMatchObject({
      cancel_reason: 'Kom donderdag',
      cancel_reason_code: 'counselorUnavailable',
    })

    const [mail] = await clientMails(booking.id)
    const reason = catalogs.ar.cancelReasons.counselorUnavailable
    expect(mail?.text).toContain(`${catalogs.ar.emailCancelReason}: ${reason}`)
    // Isolated (FSI … PDI) in the plain text, so the Dutch keeps its order in an Arabic line.
    expect(mail?.text).toContain(`${catalogs.ar.emailCancelNote}: \u2068Kom donderdag\u2069`)
    expect(mail?.html).toMatch(/lang="nl"[^>]*>Kom donderdag</)

    const page = await (await clientView()).text()
    expect(page).toContain(reason)
    expect(page).toContain('<bdi lang="nl">Kom donderdag</bdi>')
    expect(page.indexOf(reason)).toBeLessThan(page.indexOf('Kom donderdag'))
  })
})

describe('refused cancellations change nothing and keep what was typed', () => {
  test('a reason that is not on the list', async () => {
    const { booking, cancel } = await arabicBooking()
    const res = await cancel({ reasonKind: 'weDontLikeYou', reason: 'Mijn eigen tekst' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Kies een van de redenen uit de lijst.')
    expect(html).toContain('Mijn eigen tekst</textarea>')
    expect(await stored(booking.id)).toEqual({
      status: 'active',
      cancel_reason: null,
      cancel_reason_code: null,
    })
    expect(await clientMails(booking.id)).toEqual([])
  })

  test('neither a reason from the list nor a typed one', async () => {
    const { booking, cancel } = await arabicBooking()
    const res = await cancel({ reasonKind: '', reason: '  ' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Kies een reden of schrijf er een.')
    expect(await stored(booking.id)).toMatchObject({ status: 'active' })
    expect(await clientMails(booking.id)).toEqual([])
  })

  test('the chosen reason stays chosen when the typed text is refused', async () => {
    const { cancel } = await arabicBooking()
    const res = await cancel({ reasonKind: 'noInterpreter', reason: 'x'.repeat(301) })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('name="reasonKind" value="noInterpreter" checked')
  })
})

describe('clientCancelReason', () => {
  test('reads the picked reason in the client’s language, and the typed text as written', () => {
    expect(
      clientCancelReason(catalogs.fa, { cancel_reason: null, cancel_reason_code: 'clientAsked' }),
    ).toEqual({ chosen: catalogs.fa.cancelReasons.clientAsked, typed: null })
    expect(
      clientCancelReason(catalogs.ti, { cancel_reason: ' Ziek ', cancel_reason_code: 'nope' }),
    ).toEqual({ chosen: null, typed: 'Ziek' })
    expect(
      clientCancelReason(catalogs.ti, { cancel_reason: null, cancel_reason_code: 'nope' }),
    ).toBe(null)
  })

  test('a booking cancelled with the schedule form’s own text, from before the list', () => {
    expect(
      clientCancelReason(catalogs.ar, { cancel_reason: locationsMessages.nl.messageDefault }),
    ).toEqual({ chosen: catalogs.ar.reasonScheduleChanged, typed: null })
  })

  test('every language has a text for every reason on the list', () => {
    for (const [locale, t] of Object.entries(catalogs)) {
      for (const [code, text] of Object.entries(t.cancelReasons)) {
        expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(10)
        if (locale !== 'nl')
          expect(text, `${locale} ${code}`).not.toBe(
            catalogs.nl.cancelReasons[code as 'clientAsked'],
          )
      }
    }
  })
})
