import nodemailer from 'nodemailer'
import type { BookingRow, OutboxMessage } from '../src/db/schema.js'
import { LOCALES } from '../src/i18n/locales.js'
import { clientMessages, counselorInvitations } from '../src/notifications/compose.js'
import { mailOptions } from '../src/notifications/mailer.js'
import { buildMime } from '../src/notifications/mime.js'
import { MESSAGE_POINT } from '../tests/support/fixtures.js'

/**
 * `npx tsx bench/compose-cpu.ts`: the CPU, in this one process, of what a booking's
 * messages cost before the SMTP exchange (ADR 52): composing them, as the booking request
 * does (three counselors, an email on every second booking, the client's locale varying),
 * and building each as MIME, as the worker does, ours against nodemailer's composer. No
 * database, no sockets: the figures move only with the code, so compare them in turns.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 2_000)
const MAIL_FROM = 'Spreekuur <no-reply@spreekuur.example>'
const point = MESSAGE_POINT
const counselors = ['anna', 'bram', 'carla'].map((name) => ({
  name,
  email: `${name}@example.org`,
}))

function booking(n: number): BookingRow {
  const start = Date.parse('2027-01-11T09:00:00Z') + n * 1_800_000
  return {
    id: `0b7c1f5e-1111-4222-8333-${String(n).padStart(12, '0')}`,
    reference: `K7QW${n}`,
    starts_at: new Date(start),
    ends_at: new Date(start + 1_800_000),
    updated_at: new Date('2027-01-04T09:00:00Z'),
    language: LOCALES[n % LOCALES.length]!,
    locale: LOCALES[(n >> 1) % LOCALES.length]!,
    interpreter: n % 3 === 0,
    email: n % 2 === 0 ? `client${n}@example.org` : null,
    sequence: 0,
  } as BookingRow
}

function compose(n: number) {
  const ctx = {
    booking: booking(n),
    point,
    baseUrl: 'https://spreekuur.example',
    mailFrom: MAIL_FROM,
  }
  return [
    ...counselorInvitations(ctx, { type: 'created' }, counselors),
    ...clientMessages(ctx, { type: 'created' }, { token: 'a'.repeat(43), reminderHours: 24 }),
  ]
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

async function perCall(rounds: number, work: (n: number) => unknown): Promise<number> {
  for (let n = 0; n < Math.min(300, rounds); n++) await work(n)
  const start = cpuMs()
  for (let n = 0; n < rounds; n++) await work(n)
  return (cpuMs() - start) / rounds
}

const messages: OutboxMessage[] = []
for (let n = 0; n < 40; n++) messages.push(...compose(n).map((entry) => entry.message))
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true })
const at = (n: number) => messages[n % messages.length]!

console.log(
  [
    `compose, per booking (${(messages.length / 40).toFixed(1)} messages): ${(await perCall(ROUNDS, compose)).toFixed(3)} ms`,
    `MIME, ours, per message: ${(await perCall(ROUNDS, (n) => buildMime(at(n), '<a.1@spreekuur.example>', MAIL_FROM))).toFixed(3)} ms`,
    `MIME, nodemailer's composer, per message: ${(await perCall(ROUNDS, (n) => composer.sendMail(mailOptions(at(n), '<a.1@spreekuur.example>', MAIL_FROM)))).toFixed(3)} ms`,
  ].join('\n'),
)
