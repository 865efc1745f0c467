import { simpleParser, type ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import { describe, expect, test } from 'vitest'
import type { BookingRow, OutboxMessage } from '../../src/db/schema.js'
import {
  clientMessages,
  counselorInvitations,
  senderAddress,
  staffAccountMessage,
} from '../../src/notifications/compose.js'
import { mailOptions } from '../../src/notifications/mailer.js'
import { buildMime } from '../../src/notifications/mime.js'
import { MESSAGE_POINT } from '../support/fixtures.js'

// Our messages built as one string (ADR 52) read back as nodemailer's composer's do: same
// headers, same parts, same text, HTML, calendar and attachments, for every shape we send.

const MAIL_FROM = 'Spreekuur <no-reply@spreekuur.test>'
const POINT = MESSAGE_POINT

function booking(locale: string, language = 'ar'): BookingRow {
  return {
    id: '0b7c1f5e-1111-4222-8333-444455556666',
    reference: 'K7QWD3MA',
    starts_at: new Date('2026-12-12T09:00:00Z'),
    ends_at: new Date('2026-12-12T09:30:00Z'),
    updated_at: new Date('2026-12-07T09:00:00Z'),
    language,
    locale,
    interpreter: true,
    email: 'client@example.org',
    sequence: 1,
    cancel_reason: 'Ziek. Bel even: 030 123 4567.',
    cancel_reason_code: null,
  } as BookingRow
}

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true })

function nodemailerMail(message: OutboxMessage, messageId: string) {
  return composer.sendMail(mailOptions(message, messageId, MAIL_FROM))
}

/** What a mail client reads of a message, without the date and the boundaries. */
function read(mail: ParsedMail) {
  return {
    from: mail.from?.text,
    to: JSON.stringify(mail.to),
    subject: mail.subject,
    messageId: mail.messageId,
    autoSubmitted: mail.headers.get('auto-submitted'),
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      method: a.contentType === 'text/calendar' ? a.headers.get('content-type') : undefined,
      content: a.content.toString('utf8'),
    })),
  }
}

/** The parts' types in the order they come. */
function tree(raw: string) {
  return [...raw.matchAll(/^Content-Type: ([^;\r\n]+)/gim)].map((m) => m[1]!.toLowerCase())
}

const ctx = (locale: string) => ({
  booking: booking(locale),
  point: POINT,
  baseUrl: 'https://spreekuur.test',
  mailFrom: MAIL_FROM,
})

const shapes: Array<[string, OutboxMessage]> = [
  ...['nl', 'en'].map(
    (locale) =>
      [
        `a counselor invitation (${locale})`,
        counselorInvitations(ctx('nl'), { type: 'created' }, [
          { name: 'Anna Smit-Ağaoğlu', email: 'anna@example.org', locale },
        ])[0]!.message,
      ] as [string, OutboxMessage],
  ),
  [
    'a cancelled invitation',
    counselorInvitations(ctx('nl'), { type: 'cancelled', by: 'staff' }, [
      { name: 'Bram', email: 'bram@example.org' },
    ])[0]!.message,
  ],
  ...['nl', 'ar', 'fa', 'ti', 'ru', 'tr'].flatMap((locale) =>
    clientMessages(
      ctx(locale),
      { type: 'created' },
      { token: 'a'.repeat(43), reminderHours: 24 * 30 },
    ).map((entry) => [`${entry.kind} (${locale})`, entry.message] as [string, OutboxMessage]),
  ),
  [
    'a cancellation by staff (so)',
    clientMessages(
      ctx('so'),
      { type: 'cancelled', by: 'staff' },
      { token: null, reminderHours: 24 },
    )[0]!.message,
  ],
  [
    'a staff account message',
    staffAccountMessage({
      to: 'staff@example.org',
      subject: 'Uw account bij Spreekuur',
      text: `Welkom.\n\n${'Een lange regel zonder einde '.repeat(5)}\nhttps://spreekuur.test/x`,
      baseUrl: 'https://spreekuur.test',
    }).message,
  ],
]

describe('a message built as one string', () => {
  test.each(shapes)('%s reads as nodemailer composed it', async (_name, message) => {
    const messageId = '<abc.1@spreekuur.test>'
    const ours = buildMime(message, messageId, MAIL_FROM)
    expect(ours).not.toBeNull()
    const theirs = await nodemailerMail(message, messageId)
    expect(ours!.envelope).toEqual(theirs.envelope)
    const [a, b] = [await simpleParser(ours!.raw), await simpleParser(theirs.message as Buffer)]
    expect(read(a)).toEqual(read(b))
    expect(tree(ours!.raw)).toEqual(tree((theirs.message as Buffer).toString()))
    expect(a.text).toContain(message.to === 'staff@example.org' ? 'Welkom' : 'K7QWD3MA')
  })

  test('is seven-bit, with CRLF line ends and lines of at most 78 characters', () => {
    // A reason staff typed may hold a lone CR or LF: it becomes a line end, not a bare byte.
    const typed = { ...shapes[0]![1], text: 'Reden:\rziek.\nBel ons.\r\n' }
    for (const message of [...shapes.map(([, m]) => m), typed]) {
      const { raw } = buildMime(message, '<abc.1@spreekuur.test>', MAIL_FROM)!
      expect(raw).toMatch(/^[\x09\x0d\x0a\x20-\x7e]*$/)
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    }
  })

  test('leaves a message outside its shape to nodemailer', () => {
    const [, message] = shapes[0]!
    expect(buildMime({ ...message, to: 'anna@exämple.org' }, '<a@b>', MAIL_FROM)).toBeNull()
    expect(buildMime(message, '<a@b>', 'Spreekuur <no-reply@spreekuür.test>')).toBeNull()
    expect(buildMime({ ...message, headers: { 'X-Note': 'één' } }, '<a@b>', MAIL_FROM)).toBeNull()
    expect(
      buildMime(
        {
          ...message,
          attachments: [{ filename: 'afspraak één.ics', content: 'x', contentType: 'text/plain' }],
        },
        '<a@b>',
        MAIL_FROM,
      ),
    ).toBeNull()
  })

  test('reads a quoted or long MAIL_FROM as nodemailer does, folded', async () => {
    const [, message] = shapes[0]!
    for (const mailFrom of [
      '"Spreekuur, Gemeente Utrecht" <no-reply@spreekuur.test>',
      'Spreekuur — Gemeente ’s-Hertogenbosch, Steunpunt Noord-Oost <no-reply@spreekuur.test>',
    ]) {
      const { raw } = buildMime(message, '<abc.1@spreekuur.test>', mailFrom)!
      const theirs = await composer.sendMail(
        mailOptions(message, '<abc.1@spreekuur.test>', mailFrom),
      )
      const [a, b] = [await simpleParser(raw), await simpleParser(theirs.message as Buffer)]
      expect(a.from?.value, mailFrom).toEqual(b.from?.value)
      expect(a.from?.value[0]?.name).not.toContain('"')
      for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    }
  })

  test('the calendar organizer is named without the quotes of MAIL_FROM', () => {
    expect(senderAddress('"Spreekuur, Utrecht" <a@spreekuur.test>')).toEqual({
      name: 'Spreekuur, Utrecht',
      email: 'a@spreekuur.test',
    })
    expect(senderAddress('a@spreekuur.test')).toEqual({
      name: 'Spreekuur',
      email: 'a@spreekuur.test',
    })
  })

  test('never writes a folded line of only whitespace', () => {
    const [, message] = shapes[0]!
    for (const subject of [`${'a'.repeat(67)} `, `${'b'.repeat(90)} `, `x ${'c'.repeat(70)}  y`]) {
      const { raw } = buildMime({ ...message, subject }, '<abc.1@spreekuur.test>', MAIL_FROM)!
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
      expect(head.split('\r\n').filter((line) => /^\s*$/.test(line))).toEqual([])
    }
  })

  test('leaves to nodemailer what it would write otherwise', () => {
    const [, message] = shapes[0]!
    // Not a dot-atom: nodemailer quotes the local part.
    for (const to of ['a..b@example.org', '.a@example.org', 'a.@example.org'])
      expect(buildMime({ ...message, to }, '<a@b>', MAIL_FROM), to).toBeNull()
    // A header of ours, or one twice: it would stand twice.
    for (const headers of [{ Subject: 'dup' }, { 'auto-submitted': 'no' }] as Record<
      string,
      string
    >[])
      expect(buildMime({ ...message, headers }, '<a@b>', MAIL_FROM)).toBeNull()
    // A calendar and attachments together: nodemailer orders the parts its own way.
    const invitation = shapes.find(([, m]) => m.icalEvent)![1]
    const both = {
      ...invitation,
      attachments: [{ filename: 'a.ics', content: 'x', contentType: 'text/calendar' }],
    }
    expect(buildMime(both, '<a@b>', MAIL_FROM)).toBeNull()
  })
})
