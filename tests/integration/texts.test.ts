import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { createMailer } from '../../src/notifications/mailer.js'
import { createTexter, type Texter } from '../../src/notifications/texter.js'
import { deliverDue } from '../../src/notifications/worker.js'
import { resendManageLink } from '../../src/services/find-booking.js'
import { NOTIFY } from '../support/booking.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'
import { startSmppSink } from '../support/smpp-sink.js'

/**
 * Texts to clients with a phone and no email (issue 16): asked for on the booking form,
 * written to the outbox in the booking's transaction, sent by the worker over SMPP to a
 * real SMPP server on loopback, each once; without SMS_URL kept for /dev/mail.
 */

// Monday 30 November 2026, 09:00 in Amsterdam; Tuesday's hours are 13:00–15:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'

let db: Db
let sink: Awaited<ReturnType<typeof startSmppSink>>

beforeAll(async () => {
  // Its own database: the worker below delivers everything due, other files' mail too.
  db = await openTestDatabase({ own: true })
  sink = await startSmppSink({ systemId: 'spreekuur', password: 'geheim' })
})

afterAll(async () => {
  await sink?.close()
  await db?.destroy()
})

const FORM = {
  name: 'Amanuel Tesfay',
  language: 'ti',
  interpreter: 'no',
  topic: 'return',
  email: '',
  phone: '06 1234 5678',
  sms: 'yes',
  note: '',
}

function newPoint() {
  return createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }],
  })
}

async function deliverWith(texter: Texter, now: Date) {
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Spreekuur <x@example.org>', db })
  return deliverDue({ db, mailer, texter, clock: () => now, log: () => {} })
}

describe('texts about a booking', () => {
  test('asked for on the form: stored as E.164, sent over SMPP once, with no name or topic', async () => {
    const point = await newPoint()
    const { post, get } = testApp(db, { now: NOW })
    const res = await post(`/steunpunt/${point.slug}/afspraak`, { ...FORM, start: TUESDAY_13 })
    expect(res.status).toBe(303)
    // The confirmation says where the texts go, masked for whoever looks over a shoulder.
    const confirmation = await (await get(res.headers.get('Location')!)).text()
    expect(confirmation).toContain('We sturen een sms met uw code en uw link naar')
    expect(confirmation).toContain('+31 6 •• •• •• 78')
    expect(confirmation).not.toContain('12345678')
    const booking = await db
      .selectFrom('bookings')
      .selectAll()
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(booking).toMatchObject({ phone: '+31612345678', sms: true, email: null })
    const queued = await db
      .selectFrom('outbox')
      .select(['kind', 'recipient', 'next_attempt_at'])
      .where('booking_id', '=', booking.id)
      .where('kind', 'like', 'client-sms-%')
      .orderBy('kind')
      .execute()
    expect(queued.map((row) => row.kind)).toEqual([
      'client-sms-confirmation',
      'client-sms-reminder',
    ])
    // The reminder waits until 24 hours before.
    expect(queued[1]!.next_attempt_at.toISOString()).toBe('2026-11-30T12:00:00.000Z')

    const texter = createTexter({ smsUrl: sink.url, smsFrom: 'Spreekuur', db })
    sink.received.length = 0
    await deliverWith(texter, NOW)
    await deliverWith(texter, NOW)
    expect(sink.received).toHaveLength(1)
    const [text] = sink.received
    expect(text).toMatchObject({ destination: '31612345678', source: 'Spreekuur' })
    expect(text!.message).toContain(booking.reference)
    expect(text!.message).toContain('/b/')
    expect(text!.message).not.toContain('Amanuel')
    // The reminder waits with its recipe, not composed (ADR 56), and without the token.
    const token = /\/b\/([A-Za-z0-9_-]+)/.exec(text!.message)![1]!
    const reminder = await db
      .selectFrom('outbox')
      .select('message')
      .where('booking_id', '=', booking.id)
      .where('kind', '=', 'client-sms-reminder')
      .executeTakeFirstOrThrow()
    expect(reminder.message).toHaveProperty('recipe.of', 'client-text')
    expect(JSON.stringify(reminder.message)).not.toContain(token)
    // The text is in the language the client booked in (Dutch here): GSM-7.
    expect(text!.dataCoding).toBe(0)

    // The reminder on its day, without the manage link (it waited in the outbox for days).
    await deliverWith(texter, new Date('2026-11-30T12:00:00Z'))
    expect(sink.received).toHaveLength(2)
    expect(sink.received[1]!.message).toContain(booking.reference)
    expect(sink.received[1]!.message).not.toContain('/b/')
    await texter.close()
  })

  test('an SMSC that refuses binds, then throttles: every text arrives once; receipts are kept', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '15:00', counselors: 3 }],
    })
    const { post, get } = testApp(db, { now: NOW })
    const phones = ['06 1111 1111', '06 2222 2222', '06 3333 3333']
    for (const phone of phones) {
      const res = await post(`/steunpunt/${point.slug}/afspraak`, {
        ...FORM,
        phone,
        start: TUESDAY_13,
      })
      expect(res.status).toBe(303)
    }
    const texter = createTexter({ smsUrl: sink.url, smsFrom: 'Spreekuur', db })
    sink.received.length = 0
    sink.behaviour.refuseBinds = 2
    sink.behaviour.throttle = 2
    // The worker keeps trying, with backoff, over the next hours of the clock.
    const confirmations = () =>
      db
        .selectFrom('outbox')
        .innerJoin('bookings', 'bookings.id', 'outbox.booking_id')
        .select(['outbox.id', 'outbox.status', 'bookings.reference', 'outbox.recipient'])
        .where('bookings.location_id', '=', point.id)
        .where('outbox.kind', '=', 'client-sms-confirmation')
        .execute()
    let failures = 0
    for (let minute = 0; minute < 180; minute += 5) {
      const { failed } = await deliverWith(texter, new Date(NOW.getTime() + minute * 60_000))
      failures += failed
      if ((await confirmations()).every((row) => row.status === 'sent')) break
    }
    expect(failures).toBe(4)
    const sent = await confirmations()
    expect(sent.map((row) => row.status)).toEqual(['sent', 'sent', 'sent'])
    expect(sink.received.map((part) => part.destination).sort()).toEqual([
      '31611111111',
      '31622222222',
      '31633333333',
    ])

    // The operator reports one delivered and one not.
    const byPhone = (digits: string) => sink.received.find((p) => p.destination === digits)!
    sink.receipt(byPhone('31611111111').messageId, 'DELIVRD')
    sink.receipt(byPhone('31622222222').messageId, 'UNDELIV')
    const receipts = async () =>
      db
        .selectFrom('text_parts')
        .innerJoin('outbox', 'outbox.id', 'text_parts.outbox_id')
        .select(['outbox.recipient', 'text_parts.state'])
        .where('text_parts.state', 'is not', null)
        .where(
          'outbox.id',
          'in',
          sent.map((row) => row.id),
        )
        .orderBy('outbox.recipient')
        .execute()
    for (let tries = 0; tries < 100 && (await receipts()).length < 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await receipts()).toEqual([
      { recipient: '+31611111111', state: 'DELIVRD' },
      { recipient: '+31622222222', state: 'UNDELIV' },
    ])
    await texter.close()

    // The point's coordinator sees the undelivered one, to call; the delivered one is not listed.
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const page = await (await get('/staff/berichten', await signIn(db, coordinator.id, NOW))).text()
    const undelivered = sent.find((row) => row.recipient === '+31622222222')!
    const delivered = sent.find((row) => row.recipient === '+31611111111')!
    expect(page).toContain('Sms’jes die de telefoon niet bereikten')
    expect(page).toContain(undelivered.reference)
    expect(page).toContain('UNDELIV')
    expect(page).toContain('06 22222222')
    expect(page).not.toContain(delivered.reference)
  })

  test('a text the worker gave up on shows as a text, with send again', async () => {
    const point = await newPoint()
    const { post, get } = testApp(db, { now: NOW })
    await post(`/steunpunt/${point.slug}/afspraak`, { ...FORM, start: TUESDAY_13 })
    // A day of refusals: the next one is the last.
    await db
      .updateTable('outbox')
      .set({ created_at: new Date(NOW.getTime() - 2 * 86_400_000) })
      .where('booking_id', 'in', (qb) =>
        qb.selectFrom('bookings').select('id').where('location_id', '=', point.id),
      )
      .where('kind', '=', 'client-sms-confirmation')
      .execute()
    const texter = createTexter({ smsUrl: sink.url, smsFrom: 'Spreekuur', db })
    sink.behaviour.throttle = 1
    await deliverWith(texter, NOW)
    await texter.close()
    const row = await db
      .selectFrom('outbox')
      .select(['id', 'status', 'last_error'])
      .where('booking_id', 'in', (qb) =>
        qb.selectFrom('bookings').select('id').where('location_id', '=', point.id),
      )
      .where('kind', '=', 'client-sms-confirmation')
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('failed')
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const cookie = await signIn(db, coordinator.id, NOW)
    const page = await (await get('/staff/berichten', cookie)).text()
    expect(page).toMatch(/<td>sms<\/td><td>bevestiging cliënt<\/td><td dir="ltr">06 12345678<\/td>/)
    expect(page).toContain(`/staff/berichten/${row.id}/opnieuw`)
    expect((await post(`/staff/berichten/${row.id}/opnieuw`, {}, cookie)).status).toBe(303)
    const again = await db
      .selectFrom('outbox')
      .select('status')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(again.status).toBe('pending')
  })

  test('without SMS_URL the text is kept and shown at /dev/mail', async () => {
    const point = await newPoint()
    const { post, get } = testApp(db, { now: NOW })
    await post(`/steunpunt/${point.slug}/afspraak`, {
      ...FORM,
      language: 'nl',
      phone: '+32 470 12 34 56',
      start: TUESDAY_13,
    })
    await deliverWith(createTexter({ smsUrl: undefined, smsFrom: 'Spreekuur', db }), NOW)
    const list = await (await get('/dev/mail')).text()
    expect(list).toContain('SMS client-sms-confirmation')
    const row = await db
      .selectFrom('dev_mail')
      .select(['recipient', 'raw'])
      .where('recipient', '=', '+32470123456')
      .executeTakeFirstOrThrow()
    expect(row.raw).toContain('To: +32470123456')
  })

  test('a reminder is never sent once the appointment has begun', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    await post(`/steunpunt/${point.slug}/afspraak`, {
      ...FORM,
      email: 'client@example.org',
      start: TUESDAY_13,
    })
    const texter = createTexter({ smsUrl: sink.url, smsFrom: 'Spreekuur', db })
    await deliverWith(texter, NOW)
    sink.received.length = 0
    const mailsBefore = await db.selectFrom('dev_mail').select('id').execute()
    // The worker was away all Tuesday morning and comes back at 13:05.
    await deliverWith(texter, new Date('2026-12-01T12:05:00Z'))
    expect(sink.received).toEqual([])
    expect(await db.selectFrom('dev_mail').select('id').execute()).toHaveLength(mailsBefore.length)
    const left = await db
      .selectFrom('outbox as o')
      .innerJoin('bookings as b', 'b.id', 'o.booking_id')
      .select('o.kind')
      .where('b.location_id', '=', point.id)
      .where('o.status', '=', 'pending')
      .execute()
    expect(left).toEqual([])
    await texter.close()
  })

  test('texts without a number, or to a landline, are a clear field error that keeps the form', async () => {
    const point = await newPoint()
    const { post } = testApp(db, { now: NOW })
    const none = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...FORM,
      phone: '',
      start: TUESDAY_13,
    })
    expect(none.status).toBe(422)
    const html = await none.text()
    expect(html).toContain('Vul uw mobiele nummer in, dan kunnen we u sms&#39;jes sturen.')
    expect(html).toMatch(/name="sms" value="yes" checked/)
    const landline = await post(`/steunpunt/${point.slug}/afspraak?lang=en`, {
      ...FORM,
      phone: '030 123 45 67',
      start: TUESDAY_13,
    })
    expect(landline.status).toBe(422)
    expect(await landline.text()).toContain('This number cannot receive text messages.')
    const rows = await db
      .selectFrom('bookings')
      .select('id')
      .where('location_id', '=', point.id)
      .execute()
    expect(rows).toEqual([])
  })

  test('in production without an SMS gateway, texts are not offered', async () => {
    const point = await newPoint()
    const { get, app } = testApp(db, {
      now: NOW,
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:1' },
    })
    const form = await (
      await get(
        `/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(TUESDAY_13)}`,
      )
    ).text()
    expect(form).toContain('name="phone"')
    expect(form).not.toContain('name="sms"')
    const res = await app.request('http://spreekuur.test/api/v1/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        location: point.slug,
        start: TUESDAY_13,
        name: 'A.',
        language: 'ar',
        phone: '+31612345678',
        sms: true,
      }),
    })
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain('sends no text messages')
  })
})

describe('find my appointment', () => {
  async function bookedWith(form: Partial<typeof FORM>) {
    const point = await newPoint()
    const app = testApp(db, { now: NOW })
    const res = await app.post(`/steunpunt/${point.slug}/afspraak`, {
      ...FORM,
      ...form,
      start: TUESDAY_13,
    })
    expect(res.status).toBe(303)
    const oldLink = res.headers.get('Location')!.split('?')[0]!
    const booking = await db
      .selectFrom('bookings')
      .selectAll()
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    return { app, booking, oldLink }
  }

  const linkMessages = (bookingId: string) =>
    db
      .selectFrom('outbox')
      .select(['kind', 'recipient'])
      .where('booking_id', '=', bookingId)
      .where('kind', 'in', ['client-link', 'client-sms-link'])
      .execute()

  test('the code and the phone number they gave: a new link by text, the old one stops', async () => {
    const { app, booking, oldLink } = await bookedWith({})
    expect((await app.get(oldLink)).status).toBe(200)
    const res = await app.post('/afspraak-terugvinden', {
      code: booking.reference.toLowerCase().replace(/(.{4})/, '$1 '),
      contact: '+31 6 12 34 56 78',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/afspraak-terugvinden?verstuurd=1')
    await expect
      .poll(() => linkMessages(booking.id))
      .toEqual([{ kind: 'client-sms-link', recipient: '+31612345678' }])
    expect((await app.get(oldLink)).status).toBe(404)
    const texter = createTexter({ smsUrl: sink.url, smsFrom: 'Spreekuur', db })
    sink.received.length = 0
    await deliverWith(texter, NOW)
    await texter.close()
    // The confirmation (with the old link) went out in this round too; the new one differs.
    const links = sink.received
      .filter((part) => part.message.includes(booking.reference))
      .map((part) => /\/b\/[A-Za-z0-9_-]+/.exec(part.message)?.[0])
    const newLink = links.find((link) => link && link !== oldLink)!
    expect(links).toContain(oldLink)
    expect((await app.get(newLink)).status).toBe(200)
  })

  test('by email too; a wrong contact or an unknown code gets the same answer and sends nothing', async () => {
    const { app, booking } = await bookedWith({ email: 'Client@Example.org', sms: 'no' })
    const answers = []
    for (const attempt of [
      { code: booking.reference, contact: 'someone@example.org' },
      { code: 'ZZZZ9999', contact: 'client@example.org' },
      { code: booking.reference, contact: 'client@example.org' },
    ]) {
      const res = await app.post('/afspraak-terugvinden', attempt)
      answers.push([res.status, res.headers.get('Location')])
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    await expect
      .poll(() => linkMessages(booking.id))
      .toEqual([{ kind: 'client-link', recipient: 'Client@Example.org' }])
    const sent = await (await app.get('/afspraak-terugvinden?verstuurd=1')).text()
    expect(sent).toContain('Als deze gegevens bij een afspraak horen, hebben we de link gestuurd.')
  })

  test('three tries per code an hour; the API answers 202 whatever it is given', async () => {
    const { app, booking } = await bookedWith({})
    // One after the other (the form answers before its work is done, so go to the service).
    const attempt = (contact: string) =>
      resendManageLink(db, {
        reference: booking.reference,
        contact,
        now: NOW,
        notify: NOTIFY,
        texts: true,
      })
    for (let i = 0; i < 3; i++) await attempt('0611111111')
    await attempt('0612345678')
    const api = async (reference: string, contact: string) =>
      (
        await app.app.request(`http://spreekuur.test/api/v1/bookings/${reference}/resend-link`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ contact }),
        })
      ).status
    expect(await api(booking.reference, '0612345678')).toBe(202)
    expect(await api('ZZZZ9999', '0612345678')).toBe(202)
    // Give the background work its moment, then: the limit held, nothing was sent.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await linkMessages(booking.id)).toEqual([])
  })

  test('bad input is a clear error that keeps what was typed; a card code in the address bar leads here', async () => {
    const { app, booking } = await bookedWith({})
    const res = await app.post('/afspraak-terugvinden?lang=en', { code: 'abc', contact: 'x' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Fill in the code of your appointment (8 letters and digits)')
    expect(html).toContain('value="abc"')
    const typed = await app.get(`/afspraak/${booking.reference.toLowerCase()}`)
    expect(typed.status).toBe(303)
    expect(typed.headers.get('Location')).toBe(`/afspraak-terugvinden?code=${booking.reference}`)
    expect((await app.get('/afspraak/not-a-code')).status).toBe(404)
  })
})

describe('a card to take along', () => {
  test('code, day and time, address, the QR code of the link; in Arabic with the Dutch beside it', async () => {
    const point = await newPoint()
    await db
      .updateTable('locations')
      .set({ phone: '030 123 45 67' })
      .where('id', '=', point.id)
      .execute()
    const app = testApp(db, { now: NOW })
    const res = await app.post(`/steunpunt/${point.slug}/afspraak?lang=ar`, {
      ...FORM,
      sms: 'no',
      start: TUESDAY_13,
    })
    const link = res.headers.get('Location')!.split('?')[0]!
    const manage = await (await app.get(link, { Cookie: 'lang=ar' })).text()
    expect(manage).toContain(`href="${link}/kaart"`)
    // Whom to call, on the manage page too; the Dutch address isolated in the Arabic page.
    expect(manage).toContain('<a href="tel:0301234567" dir="ltr">030 123 45 67</a>')
    expect(manage).toContain('<bdi lang="nl">Proefstraat 1, 1234 AB Testdorp</bdi>')
    const card = await (await app.get(`${link}/kaart`, { Cookie: 'lang=ar' })).text()
    const booking = await db
      .selectFrom('bookings')
      .select('reference')
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(card).toContain(booking.reference)
    expect(card).toContain('dir="rtl"')
    expect(card).toContain('<span lang="nl"> · Uw code</span>')
    expect(card).toContain('dinsdag 1 december')
    expect(card).toContain('030 123 45 67')
    // The printout shown to passers-by keeps the Dutch address in its order too.
    expect(card).toContain(
      '<bdi lang="nl">Proefstraat 1</bdi><br/><bdi lang="nl">1234 AB Testdorp</bdi>',
    )
    expect(card).toMatch(/<img class="card-qr"[^>]+src="data:image\/svg\+xml;base64,/)
    expect((await app.get('/b/not-a-token/kaart')).status).toBe(404)
  })
})
