import { locationsMessages } from '../../src/i18n/staff/locations.js'
import { catalogs } from '../../src/i18n/locales.js'
import ICAL from 'ical.js'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { createMailer, type Mailer } from '../../src/notifications/mailer.js'
import { claimDue } from '../../src/notifications/outbox.js'
import { issueCalendarToken } from '../../src/services/calendar-feed.js'
import { loadSupportPoints } from '../../src/db/locations.js'
import { bookSlot, cancelBooking } from '../../src/services/booking.js'
import { deliverDue } from '../../src/notifications/worker.js'
import { testApp } from '../support/app.js'
import { openSecondPool, openTestDatabase, usingPostgres } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { startSmtpSink } from '../support/smtp-sink.js'
import { bookThroughForm } from '../support/booking.js'

// Monday 30 November 2026, 09:00 in Amsterdam; Tuesday's hours are 13:00–14:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const TUESDAY_1330 = '2026-12-01T13:30+01:00'
const MAIL_FROM = 'Spreekuur <no-reply@spreekuur.test>'

let db: Db
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let mailer: Mailer

beforeAll(async () => {
  // Its own database: the worker drains the whole outbox, and must not mail other files' bookings.
  db = await openTestDatabase({ own: true })
  sink = await startSmtpSink()
  mailer = createMailer({ smtpUrl: sink.url, mailFrom: MAIL_FROM, db })
})

afterAll(async () => {
  mailer.close()
  await sink.close()
  await db.destroy()
})

// Other test files share the database (and their bookings' messages the outbox), so a
// test only looks at mail to its own recipients: its counselors and its client.
let clientEmail = ''
let recipients: string[] = []

beforeEach(() => {
  sink.refuse(false)
  sink.received.length = 0
  clientEmail = `client.${uniqueSlug('c')}@example.org`
  recipients = [clientEmail]
})

function mine() {
  return sink.received.filter((m) =>
    recipients.some((r) => JSON.stringify(m.parsed.to).includes(r)),
  )
}

/** The point's own number, which every client email names (issue 16). */
async function givePhone(locationId: string) {
  await db
    .updateTable('locations')
    .set({ phone: '030 123 45 67' })
    .where('id', '=', locationId)
    .execute()
}

async function pointWithCounselors(
  hours = [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }],
  names = ['Noor Counselor', 'Sem Counselor'],
) {
  const point = await createSupportPoint(db, { hours })
  const counselors = []
  for (const name of names) {
    const email = `${name.replace(/[^a-z]/gi, '').toLowerCase()}.${uniqueSlug('c')}@example.org`
    const row = await db
      .insertInto('staff')
      .values({
        name,
        email,
        phone: null,
        role: 'counselor',
        password_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('staff_locations')
      .values({ staff_id: row.id, location_id: point.id })
      .execute()
    counselors.push(email)
    recipients.push(email)
  }
  return { point, counselors }
}

const CLIENT = {
  name: 'Yonas Tesfay',
  language: 'ti',
  interpreter: 'yes',
  topic: 'return',
  email: 'set per test',
  phone: '+31 6 00000 999',
  note: 'Graag rustig',
}

async function book(
  slug: string,
  start: string,
  extra: Record<string, string> = {},
  now = NOW,
  query = '',
) {
  const fields = { ...CLIENT, email: clientEmail, ...extra }
  const env = { MAIL_FROM }
  return (await bookThroughForm(db, { slug, start, now, fields, env, query })).path
}

/**
 * Runs the worker until nothing more is due. Other test files share the outbox, so one
 * batch may be taken up by their messages.
 */
async function deliver(now: Date) {
  const total = { sent: 0, failed: 0 }
  for (let batch = 0; batch < 200; batch++) {
    const { sent, failed } = await deliverDue({
      db,
      mailer,
      clock: () => now,
      log: () => {},
      random: () => 0.5,
    })
    total.sent += sent
    total.failed += failed
    if (sent + failed === 0) break
  }
  return total
}

/** The point's (one) booking cancelled by staff with `reason`, as the agenda does it. */
async function cancelAsStaff(locationId: string, reason: string) {
  const [loaded] = await loadSupportPoints(db, { today: '2026-11-30', locationId })
  const row = await db
    .selectFrom('bookings')
    .select('id')
    .where('location_id', '=', locationId)
    .executeTakeFirstOrThrow()
  return cancelBooking(db, {
    bookingId: row.id,
    by: 'staff',
    now: NOW,
    point: loaded!,
    notify: { baseUrl: 'http://spreekuur.test', mailFrom: MAIL_FROM, reminderHours: 24 },
    reason,
  })
}

function calendarOf(mail: (typeof sink.received)[number]) {
  const part = /BEGIN:VCALENDAR[\s\S]*END:VCALENDAR/.exec(mail.raw.replace(/=\r?\n/g, ''))
  const text = (
    mail.parsed.attachments.find((a) => a.contentType === 'text/calendar')?.content ?? ''
  ).toString()
  const source = text || part?.[0] || ''
  const component = new ICAL.Component(ICAL.parse(source))
  return { component, event: component.getFirstSubcomponent('vevent')!, source }
}

function counselorMails(recipient: string) {
  return sink.received.filter((m) => m.parsed.to && JSON.stringify(m.parsed.to).includes(recipient))
}

describe('counselor invitations', () => {
  test('a booking, a move and a cancellation reach each counselor as REQUEST, REQUEST, CANCEL with one UID', async () => {
    const { point, counselors } = await pointWithCounselors()
    const path = await book(point.slug, TUESDAY_13)
    expect((await deliver(NOW)).failed).toBe(0)

    const [first] = counselorMails(counselors[0]!)
    expect(first).toBeDefined()
    const invite = calendarOf(first!)
    expect(invite.component.getFirstPropertyValue('method')).toBe('REQUEST')
    const uid = invite.event.getFirstPropertyValue('uid')
    expect(uid).toMatch(/@spreekuur\.test$/)
    expect(invite.event.getFirstPropertyValue('sequence')).toBe(0)
    const dtstart = invite.event.getFirstProperty('dtstart')!
    expect(dtstart.getParameter('tzid')).toBe('Europe/Amsterdam')
    expect(String(dtstart.getFirstValue())).toBe('2026-12-01T13:00:00')
    expect(invite.component.getFirstSubcomponent('vtimezone')).toBeTruthy()
    expect(String(invite.event.getFirstPropertyValue('organizer'))).toBe(
      'mailto:no-reply@spreekuur.test',
    )
    const attendees = invite.event
      .getAllProperties('attendee')
      .map((p) => String(p.getFirstValue()))
    expect(attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${counselors[0]}`])
    expect(String(invite.event.getFirstPropertyValue('summary'))).toContain('(ትግርኛ, tolk)')
    expect(String(invite.event.getFirstPropertyValue('location'))).toContain('Proefstraat 1')
    expect(first!.parsed.subject).toMatch(/^Afspraak [A-Z2-9]{8}: dinsdag 1 december, 13:00–13:30/)
    const reference = /[A-Z2-9]{8}/.exec(first!.parsed.subject ?? '')![0]
    expect(first!.parsed.text).toContain(`http://spreekuur.test/staff/agenda/afspraak/${reference}`)
    // The client's name, email, phone and note are in no counselor message.
    for (const secret of [CLIENT.name, clientEmail, CLIENT.phone, CLIENT.note]) {
      expect(first!.raw).not.toContain(secret)
    }
    expect(counselorMails(counselors[1]!)).toHaveLength(1)

    const { post } = testApp(db, { now: NOW, env: { MAIL_FROM } })
    expect((await post(`${path}/verzetten`, { start: TUESDAY_1330 })).status).toBe(303)
    await deliver(NOW)
    const moved = calendarOf(counselorMails(counselors[0]!)[1]!)
    expect(moved.component.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(moved.event.getFirstPropertyValue('uid')).toBe(uid)
    expect(moved.event.getFirstPropertyValue('sequence')).toBe(1)
    expect(String(moved.event.getFirstPropertyValue('dtstart'))).toBe('2026-12-01T13:30:00')

    expect((await post(`${path}/annuleren`, {})).status).toBe(303)
    await deliver(NOW)
    const cancelled = calendarOf(counselorMails(counselors[0]!)[2]!)
    expect(cancelled.component.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(cancelled.event.getFirstPropertyValue('uid')).toBe(uid)
    expect(cancelled.event.getFirstPropertyValue('sequence')).toBe(2)
    expect(cancelled.event.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  test('the topic stays behind sign-in: not in the mail, not in the calendar (audit finding 9)', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13)
    await deliver(NOW)
    const mail = counselorMails(counselors[0]!)[0]!
    const { source } = calendarOf(mail)
    for (const text of [mail.parsed.text ?? '', mail.parsed.html || '', source]) {
      expect(text).not.toContain(catalogs.nl.topicReturn)
      expect(text).not.toContain('Onderwerp')
    }
  })

  test('the invitation speaks to the counselor, not to the client (issue 19)', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13)
    await deliver(NOW)
    const mail = counselorMails(counselors[0]!)[0]!
    const { source } = calendarOf(mail)
    // The calendar's lines are folded at 75 octets: unfolded first.
    for (const text of [mail.parsed.text ?? '', source.replace(/\r\n[ \t]/g, '')]) {
      expect(text).toContain('Code van de afspraak')
      expect(text).not.toContain('Uw code')
    }
  })

  test('a counselor name with quotes cannot add an attendee (audit finding 4)', async () => {
    const evil = 'Eve";RSVP=TRUE:mailto:evil@x.test;X="'
    const { point, counselors } = await pointWithCounselors(undefined, [evil])
    await book(point.slug, TUESDAY_13)
    await deliver(NOW)
    const { event } = calendarOf(counselorMails(counselors[0]!)[0]!)
    const attendees = event.getAllProperties('attendee')
    expect(attendees).toHaveLength(1)
    expect(String(attendees[0]!.getFirstValue()).toLowerCase()).toBe(`mailto:${counselors[0]}`)
    expect(attendees[0]!.getParameter('rsvp')).toBe('FALSE')
    expect(attendees[0]!.getParameter('cn')).toBe('Eve;RSVP=TRUE:mailto:evil@x.test;X=')
  })

  test('the calendar part is text/calendar with the method, and no other attachment', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13)
    await deliver(NOW)
    const mail = counselorMails(counselors[0]!)[0]!
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i)
    // nodemailer's icalEvent adds the same calendar as invite.ics for clients that ignore
    // the alternative part; nothing else is attached.
    const others = mail.parsed.attachments.filter(
      (a) => a.contentType !== 'text/calendar' && a.filename !== 'invite.ics',
    )
    expect(others).toHaveLength(0)
  })

  test('a booking on the day the clocks go forward carries the local time and the zone rules', async () => {
    const { point, counselors } = await pointWithCounselors([
      { weekday: 7, start: '13:00', end: '14:00', counselors: 1 },
    ])
    const before = new Date('2027-03-20T10:00:00Z')
    await book(point.slug, '2027-03-28T13:00+02:00', {}, before)
    await deliver(before)
    const invite = calendarOf(counselorMails(counselors[0]!)[0]!)
    const dtstart = invite.event.getFirstProperty('dtstart')!
    expect(String(dtstart.getFirstValue())).toBe('2027-03-28T13:00:00')
    const zone = new ICAL.Timezone(invite.component.getFirstSubcomponent('vtimezone')!)
    const time = dtstart.getFirstValue() as ICAL.Time
    time.zone = zone
    expect(time.toUnixTime()).toBe(Date.parse('2027-03-28T11:00:00Z') / 1000)
  })

  test('a name with line breaks or calendar syntax cannot reach the calendar or the headers', async () => {
    const { point, counselors } = await pointWithCounselors()
    const { post } = testApp(db, { now: NOW, env: { MAIL_FROM } })
    const bad = await post(`/steunpunt/${point.slug}/afspraak`, {
      ...CLIENT,
      name: 'X\r\nATTENDEE:mailto:evil@example.org',
      start: TUESDAY_13,
    })
    expect(bad.status).toBe(422)
    await book(point.slug, TUESDAY_13, {
      name: 'ATTENDEE:mailto:evil@example.org <b>x</b> ${x} {{y}}',
      note: 'Bcc: evil@example.org',
    })
    await deliver(NOW)
    for (const mail of mine()) {
      expect(mail.raw).not.toContain('evil@example.org')
      expect(mail.parsed.bcc).toBeUndefined()
      expect(mail.parsed.html || '').not.toContain('<b>x</b>')
    }
    expect(counselorMails(counselors[0]!)).toHaveLength(1)
  })
})

describe('client messages', () => {
  test('a client with an email gets a confirmation in their language with the .ics and the link', async () => {
    const { point } = await pointWithCounselors()
    await givePhone(point.id)
    const path = await book(point.slug, TUESDAY_13, {}, NOW, '?lang=en')
    await deliver(NOW)
    const mail = mine().find((m) => JSON.stringify(m.parsed.to).includes(clientEmail))!
    expect(mail.parsed.subject).toMatch(/^Spreekuur: Your appointment [A-Z2-9]{8}$/)
    expect(mail.parsed.text).toContain('Tuesday, December 1, 13:00–13:30')
    // Whom to call, in every email (issue 16).
    expect(mail.parsed.text).toContain('Phone of the support point: 030 123 45 67')
    expect(mail.parsed.html).toContain('030 123 45 67')
    expect(mail.parsed.text).toContain(`http://spreekuur.test${path}`)
    expect(mail.parsed.html).toContain('lang="en"')
    const ics = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'))!
    expect(ics.content.toString()).toContain('METHOD:PUBLISH')
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f]{24}\.0@spreekuur\.test>$/)
  })

  test('no email, no client message; the counselors are still told', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13, { email: '' })
    await deliver(NOW)
    expect(mine().map((m) => JSON.stringify(m.parsed.to).includes(clientEmail))).not.toContain(true)
    expect(counselorMails(counselors[0]!)).toHaveLength(1)
  })

  test('the reminder goes out 24 hours before, and not at all once cancelled', async () => {
    const { point } = await pointWithCounselors()
    const earlier = new Date('2026-11-26T08:00:00Z') // Thursday before
    await book(point.slug, TUESDAY_13, {}, earlier)
    const cancelledPath = await book(point.slug, TUESDAY_1330, {}, earlier)
    await deliver(earlier)
    const reminders = () =>
      mine().filter((m) => m.parsed.subject?.startsWith('Spreekuur: Herinnering'))
    expect(reminders()).toHaveLength(0)

    const { post } = testApp(db, { now: earlier, env: { MAIL_FROM } })
    expect((await post(`${cancelledPath}/annuleren`, {})).status).toBe(303)
    await deliver(new Date('2026-11-30T11:59:00Z'))
    expect(reminders()).toHaveLength(0)
    await deliver(new Date('2026-11-30T12:00:00Z'))
    expect(reminders()).toHaveLength(1)
  })

  test('a booking made less than 24 hours ahead gets no reminder', async () => {
    const { point } = await pointWithCounselors()
    const monday14 = new Date('2026-11-30T13:00:00Z') // 23 hours before Tuesday 13:00
    await book(point.slug, TUESDAY_13, {}, monday14)
    const confirmations = await db
      .selectFrom('outbox')
      .select('kind')
      .where('location_id', '=', point.id)
      .where('kind', '=', 'client-confirmation')
      .execute()
    expect(confirmations).toHaveLength(1)
    const pending = await db
      .selectFrom('outbox')
      .select('kind')
      .where('location_id', '=', point.id)
      .where('kind', '=', 'client-reminder')
      .execute()
    expect(pending).toHaveLength(0)
  })
})

describe('delivery that survives a mail outage', () => {
  test('bookings answer at once during an outage; afterwards every message arrives exactly once', async () => {
    const { point } = await pointWithCounselors()
    sink.refuse(true)
    for (const start of [TUESDAY_13, TUESDAY_1330]) await book(point.slug, start)
    const during = await deliver(NOW)
    expect(during.sent).toBe(0)
    expect(mine()).toHaveLength(0)
    const failedRows = await db
      .selectFrom('outbox')
      .select(['status', 'attempts', 'last_error', 'next_attempt_at'])
      .where('location_id', '=', point.id)
      .where('kind', '!=', 'client-reminder')
      .execute()
    // Two counselors and the client, for each of the two bookings.
    expect(failedRows).toHaveLength(6)
    for (const row of failedRows) {
      expect(row.status).toBe('pending')
      expect(row.last_error).toMatch(/421|not available/i)
      expect(row.next_attempt_at.getTime()).toBeGreaterThan(NOW.getTime())
      expect(row.next_attempt_at.getTime() - NOW.getTime()).toBeLessThanOrEqual(60_000)
    }

    sink.refuse(false)
    await deliver(NOW) // not due yet: backoff is respected
    expect(mine()).toHaveLength(0)
    const later = new Date(NOW.getTime() + 5 * 60_000)
    await deliver(later)
    expect(mine()).toHaveLength(6)
    await deliver(new Date(later.getTime() + 3600_000))
    const ids = mine().map((m) => m.parsed.messageId)
    expect(new Set(ids).size).toBe(6)
    expect(ids).toHaveLength(6)
  })

  test('a worker that dies after claiming loses nothing: the lease runs out and another sends it', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13, { email: '' })
    const claimed = await claimDue(db, { now: NOW, limit: 1000, leaseMs: 120_000 })
    expect(claimed.filter((row) => row.location_id === point.id)).toHaveLength(2)
    // ...the worker dies here. Meanwhile nobody else may take these messages:
    await deliver(new Date(NOW.getTime() + 60_000))
    expect(mine()).toHaveLength(0)
    await deliver(new Date(NOW.getTime() + 121_000))
    expect(counselorMails(counselors[0]!)).toHaveLength(1)
    expect(counselorMails(counselors[1]!)).toHaveLength(1)
  })

  // Two pools on one database: only PostgreSQL has that (each PGlite is its own database).
  test.skipIf(!usingPostgres)('two workers at once never send a message twice', async () => {
    const { point } = await pointWithCounselors()
    for (const start of [TUESDAY_13, TUESDAY_1330]) await book(point.slug, start)
    const otherDb = await openSecondPool(db)
    const otherMailer = createMailer({ smtpUrl: sink.url, mailFrom: MAIL_FROM, db: otherDb })
    try {
      await Promise.all([
        deliver(NOW),
        deliverDue({ db: otherDb, mailer: otherMailer, clock: () => NOW, log: () => {} }),
        deliver(NOW),
      ])
    } finally {
      otherMailer.close()
      await otherDb.destroy()
    }
    const ids = mine().map((m) => m.parsed.messageId)
    expect(ids.length).toBe(6)
    expect(new Set(ids).size).toBe(6)
  })

  test('a sent message keeps no body: no manage link or client detail stays in the outbox', async () => {
    const { point } = await pointWithCounselors()
    const path = await book(point.slug, TUESDAY_13)
    const token = path.slice(3)
    const before = await db
      .selectFrom('outbox')
      .select('message')
      .where('location_id', '=', point.id)
      .execute()
    expect(JSON.stringify(before)).toContain(token)
    await deliver(NOW)
    const after = await db
      .selectFrom('outbox')
      .select(['message', 'status'])
      .where('location_id', '=', point.id)
      .where('status', '=', 'sent')
      .execute()
    expect(after.length).toBeGreaterThan(0)
    expect(JSON.stringify(after)).not.toContain(token)
    expect(JSON.stringify(after)).not.toContain(clientEmail)
  })
})

describe('calendar subscription feed', () => {
  test('a counselor’s private feed lists the bookings at their points; a new link replaces the old', async () => {
    const { point, counselors } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13)
    const staff = await db
      .selectFrom('staff')
      .select('id')
      .where('email', '=', counselors[0]!)
      .executeTakeFirstOrThrow()
    const token = await issueCalendarToken(db, staff.id)
    const { get } = testApp(db, { now: NOW })
    const res = await get(`/agenda/${token}.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('text/calendar')
    const feed = new ICAL.Component(ICAL.parse(await res.text()))
    const events = feed.getAllSubcomponents('vevent')
    const [row] = await db
      .selectFrom('bookings')
      .select(['id', 'reference'])
      .where('location_id', '=', point.id)
      .execute()
    const ours = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(row!.id))
    expect(ours).toBeDefined()
    expect(String(ours!.getFirstPropertyValue('summary'))).toContain(row!.reference)
    expect(await (await get(`/agenda/${token}.ics`)).text()).not.toContain(CLIENT.name)

    const renewed = await issueCalendarToken(db, staff.id)
    expect((await get(`/agenda/${token}.ics`)).status).toBe(404)
    expect((await get(`/agenda/${renewed}.ics`)).status).toBe(200)
    expect((await get('/agenda/nope.ics')).status).toBe(404)
  })
})

describe('a client booked by a volunteer', () => {
  test('without an email of their own, the volunteer gets the confirmation', async () => {
    const { point } = await pointWithCounselors()
    const volunteerEmail = `volunteer.${uniqueSlug('v')}@example.org`
    recipients.push(volunteerEmail)
    const volunteer = await db
      .insertInto('staff')
      .values({
        name: 'Vera',
        email: volunteerEmail,
        phone: null,
        role: 'volunteer',
        password_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const [loaded] = await loadSupportPoints(db, { today: '2026-11-30', locationId: point.id })
    const outcome = await bookSlot(db, {
      point: loaded!,
      start: new Date(TUESDAY_13),
      details: {
        name: 'K.',
        language: 'ti',
        interpreter: false,
        topic: 'unspecified',
        email: null,
        phone: null,
        note: null,
      },
      source: 'volunteer',
      actor: { staffId: volunteer.id },
      locale: 'nl',
      now: NOW,
      notify: { baseUrl: 'http://spreekuur.test', mailFrom: MAIL_FROM, reminderHours: 24 },
    })
    expect(outcome.ok).toBe(true)
    await deliver(NOW)
    const toVolunteer = mine().filter((m) => JSON.stringify(m.parsed.to).includes(volunteerEmail))
    expect(toVolunteer).toHaveLength(1)
    expect(toVolunteer[0]!.parsed.subject).toMatch(/^Spreekuur: Uw afspraak [A-Z2-9]{8}$/)
  })
})

describe('a cancellation by the support point', () => {
  test('tells the client, with the reason the staff member gave', async () => {
    const { point } = await pointWithCounselors()
    await book(point.slug, TUESDAY_13)
    const outcome = await cancelAsStaff(point.id, 'De counselor is ziek')
    expect(outcome.ok).toBe(true)
    await deliver(NOW)
    const notice = mine().find((m) => m.parsed.subject?.includes('is afgezegd'))
    expect(notice?.parsed.text).toContain('Het steunpunt heeft deze afspraak afgezegd.')
    expect(notice?.parsed.text).toContain('Reden: De counselor is ziek')
  })

  test('in Arabic the typed Dutch reason, the address and the phone keep their order', async () => {
    const { point } = await pointWithCounselors()
    await givePhone(point.id)
    await book(point.slug, TUESDAY_13, {}, NOW, '?lang=ar')
    const outcome = await cancelAsStaff(point.id, 'De counselor is ziek.')
    expect(outcome.ok).toBe(true)
    await deliver(NOW)
    const notice = mine().find((m) => m.parsed.text?.includes(catalogs.ar.emailCancelReason))
    const text = notice?.parsed.text ?? ''
    expect(text).toContain(`${catalogs.ar.emailCancelReason}: \u2068De counselor is ziek.\u2069`)
    expect(text).toMatch(new RegExp(`${catalogs.ar.where}: \u2068[^\u2069]+\u2069\n`))
    expect(notice?.parsed.html).toContain('lang="nl">De counselor is ziek.</td>')
    expect(text).toContain(`${catalogs.ar.cardPhone}: \u2066030 123 45 67\u2069`)
    expect(notice?.parsed.html).toContain('dir="ltr">030 123 45 67</td>')
  })
})

describe('the form’s own cancellation text reaches the client in their language (issue 17)', () => {
  test('an Arabic client reads the schedule-change reason in Arabic, by email and on the page', async () => {
    const { point } = await pointWithCounselors()
    const path = await book(point.slug, TUESDAY_13, {}, NOW, '?lang=ar')
    const outcome = await cancelAsStaff(point.id, locationsMessages.nl.messageDefault)
    expect(outcome.ok).toBe(true)
    await deliver(NOW)
    const notice = mine().find((m) => m.parsed.text?.includes(catalogs.ar.emailCancelReason))
    expect(notice?.parsed.text).toContain(catalogs.ar.reasonScheduleChanged)
    expect(notice?.raw).not.toContain('Het spreekuur is gewijzigd')
    const { get } = testApp(db, { now: NOW, env: { MAIL_FROM } })
    const page = await (await get(`${path}?lang=ar`)).text()
    expect(page).toContain(catalogs.ar.reasonScheduleChanged)
    expect(page).not.toContain('Het spreekuur is gewijzigd')
  })
})

describe('/dev/mail', () => {
  test('lists what would have been sent in development, and does not exist in production', async () => {
    const dev = testApp(db, { now: NOW })
    expect((await dev.get('/dev/mail')).status).toBe(200)
    const production = testApp(db, {
      now: NOW,
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9' },
    })
    expect((await production.get('/dev/mail')).status).toBe(404)
  })

  test('an id that is no uuid is an unknown message, not a database error', async () => {
    const { get, logs } = testApp(db, { now: NOW })
    for (const id of ['-'.repeat(36), 'f'.repeat(36), 'onbekend']) {
      expect((await get(`/dev/mail/${id}`)).status, id).toBe(404)
    }
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([])
  })
})
