import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect } from 'vitest'
import type { LogEntry } from '../../src/app-env.js'
import type { Db } from '../../src/db/database.js'
import { CLIENT_LANGUAGES, TOPICS } from '../../src/domain/booking-form.js'
import { BASE_URL, testApp } from './app.js'
import { asSent, openTestDatabase } from './database.js'
import { createSupportPoint, uniqueSlug } from './fixtures.js'

// Property-based fuzzing of every public form route and every /api/v1 call (issue 7), one
// file per surface (tests/integration/fuzz-*.test.ts); here what they share. The rule:
// whatever arrives, the answer is never a 5xx, never shows a stack trace or internals,
// and the database changes only when the answer says it did (row counts and a digest of
// the location's bookings, places and outbox are compared before and after).
//
// A fixed seed keeps CI deterministic; FUZZ_SEED=<n> explores other inputs, and a failure
// prints the seed and path that replay it.
export const SEED = Number(process.env.FUZZ_SEED ?? 20261130)
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60)

// Monday 30 November 2026, 09:00 in Amsterdam. Tuesdays 13:00–17:00 are open, so valid
// bookings can happen for six weeks (the 42-day horizon).
export const NOW = new Date('2026-11-30T08:00:00Z')
export const TUESDAYS = [
  '2026-12-01',
  '2026-12-08',
  '2026-12-15',
  '2026-12-22',
  '2026-12-29',
  '2027-01-05',
]
export const TIMES = ['13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']
export const BODY_LIMIT = 64 * 1024

/** The database of the fuzz file that runs: opened before its tests, closed after. */
export let db: Db

export function useFuzzDatabase(): void {
  beforeAll(async () => {
    db = await openTestDatabase()
  })
  afterAll(async () => {
    await db?.destroy()
  })
}

// ---------------------------------------------------------------------------------------
// The payloads

/** Strings that attack booking systems: injection, control and direction characters, sizes. */
export const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'Ali\r\nBcc: spy@evil.example',
  'Ali\nSubject: gewonnen',
  'x\r\nATTENDEE;CN=Spy:mailto:spy@evil.example',
  'ATTENDEE:mailto:spy@evil.example',
  'x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:nep',
  '{{name}}',
  '{{reference}}',
  '{{{manageUrl}}}',
  '${process.env.DATABASE_URL}',
  '${1+1}',
  '#{7*7}',
  '<%= 7*7 %>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  'javascript:alert(1)',
  '\u202Eevil\u202C',
  '\u2066x\u2069',
  '\u200F\u200E',
  '\uFEFF',
  '\u2028',
  '\u0085',
  '\uD800',
  '\uDFFFx',
  'أحمد',
  'ሰላም',
  '𝕏𝕐',
  '👩🏽‍⚕️',
  'e\u0301',
  'null',
  'undefined',
  'true',
  '-1',
  'NaN',
  '1e309',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  "' OR '1'='1",
  "'; drop table bookings; --",
  '%00',
  '%zz',
  '%',
  '+',
  '&name=x',
  '../../etc/passwd',
  '\\',
  '\t',
  'a'.repeat(81),
  'a'.repeat(501),
  'a'.repeat(2001),
]

export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY))
      .map(([a, b, c]) => a + b + c),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'é', '字', '\r\n', '<', '%', '🙂'), fc.nat(3000))
      .map(([c, n]) => c.repeat(n)),
  },
)

/** Usually a plausible value, sometimes anything: so that some requests get through. */
export function mostly(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: anyText },
  )
}

export const localStart = fc
  .tuple(fc.constantFrom(...TUESDAYS), fc.constantFrom(...TIMES))
  .map(([day, time]) => `${day}T${time}+01:00`)

export const startValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: localStart },
  { weight: 1, arbitrary: localStart.map((s) => new Date(s).toISOString()) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-12-01T13:15+01:00',
      '2026-11-30T13:00+01:00',
      '2026-11-24T13:00+01:00',
      '2027-06-01T13:00+02:00',
      '2026-12-01T13:00',
      '2026-12-01',
      '0000-01-01T00:00Z',
      '9999-12-31T23:59+14:00',
      '+275760-09-13T00:00:00Z',
      '-271821-04-20T00:00:00Z',
      '-000001-01-01T00:00Z',
      '2026-02-30T13:00+01:00',
      '2026-12-01T25:00+01:00',
      '2026-12-01T13:00+99:99',
      '2026-12-01T13:00:00.123456789+01:00',
      '2026-W49-2T13:00+01:00',
      '2026-335T13:00+01:00',
      '1e12',
      '2026-12-01T13:00+01:00\u0000',
      ' 2026-12-01T13:00+01:00',
    ),
  },
  { weight: 1, arbitrary: anyText },
)

export const VALID = {
  name: ['Hiwet', 'A.K.', 'أحمد', 'Ali ${x} {{name}}', '<b>Ali</b>'],
  language: [...CLIENT_LANGUAGES],
  interpreter: ['yes', 'no'],
  topic: [...TOPICS],
  email: ['', 'hiwet@example.org'],
  phone: ['', '+31 6 1234 5678'],
  note: ['', 'Graag met tolk', 'regel 1\r\nATTENDEE:mailto:spy@evil.example\r\n{{reference}}'],
}

export const clientFields = fc.record(
  {
    name: mostly(VALID.name),
    language: mostly(VALID.language),
    interpreter: mostly(VALID.interpreter),
    topic: mostly(VALID.topic),
    email: mostly(VALID.email),
    phone: mostly(VALID.phone),
    note: mostly(VALID.note),
  },
  { requiredKeys: ['name', 'language'] },
)

/** Keys a form may also carry: duplicates, array syntax, prototype names. */
export const oddKey = fc.constantFrom(
  'name',
  'start',
  'name[]',
  'start[]',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'x'.repeat(300),
  '',
  'note.a',
)

/** Any JSON value where a string, boolean or object was expected. */
export const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 40 })
      .map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown),
  },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e308, true, false, null, [], {}) },
)

/** Usually the right type, sometimes any JSON value. */
export function orWrong(right: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrongJson })
}

/** A header value a client can actually send (no NUL, CR, LF; Latin-1 only). */
export const headerText = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((n) => String.fromCharCode(n)) })
  .filter((s) => s !== '' && s.trim() === s)

export const acceptLanguage = fc.option(
  fc.oneof(
    fc.constantFrom('nl', 'en', 'ar', 'fa', 'ti', 'fr', 'so', 'tr', 'ru', 'xx', '*', 'ar;q=abc'),
    headerText,
  ),
  { nil: undefined },
)

// ---------------------------------------------------------------------------------------
// What every answer must look like

export const LEAKS: RegExp[] = [
  /\bat \S+\.(?:ts|tsx|js|mjs|cjs):\d+/,
  /\b(?:TypeError|SyntaxError|ReferenceError|RangeError|AggregateError)\b/,
  /node_modules/,
  /file:\/\/|\/work\//,
  /\bKysely\b|\bPGlite\b/,
  /duplicate key|violates .* constraint|relation "/,
]

// Markers of our HTML payloads, which must only ever come back escaped.
export const RAW_HTML = ['<script>alert', '<svg onload', '<img src=x onerror', '<b>Ali']

export interface Answer {
  status: number
  body: string
  headers: Headers
  label: string
}

export async function send(
  app: ReturnType<typeof testApp>['app'],
  request: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: RequestInit['body']
  },
): Promise<Answer> {
  const res = await app.request(`${BASE_URL}${request.path}`, {
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
  })
  const body = await res.text()
  const label = `${request.method ?? 'GET'} ${request.path.slice(0, 200)} -> ${res.status}\n${body.slice(0, 400)}`
  return { status: res.status, body, headers: res.headers, label }
}

export function expectSafe(answer: Answer): void {
  expect(answer.status, answer.label).toBeLessThan(500)
  for (const leak of LEAKS) expect(answer.body, answer.label).not.toMatch(leak)
  for (const marker of RAW_HTML) expect(answer.body, answer.label).not.toContain(marker)
}

export function expectJsonError(answer: Answer): void {
  expect(answer.headers.get('Content-Type'), answer.label).toMatch(/^application\/json/)
  const parsed = JSON.parse(answer.body) as { error?: unknown; message?: unknown }
  expect(typeof parsed.error, answer.label).toBe('string')
  expect(typeof parsed.message, answer.label).toBe('string')
}

export function expectNoErrorLogged(logs: LogEntry[]): void {
  expect(logs.filter((entry) => entry.level === 'error')).toEqual([])
}

export const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()

// ---------------------------------------------------------------------------------------
// What the database holds for one location

export interface Snapshot {
  bookings: number
  active: number
  places: number
  messages: number
  digest: string
}

export async function snapshot(locationId: string): Promise<Snapshot> {
  const { rows } = await sql<Snapshot>`
    select
      (select count(*) from bookings where location_id = ${locationId})::int as bookings,
      (select count(*) from bookings
        where location_id = ${locationId} and status = 'active')::int as active,
      (select coalesce(sum(booked), 0) from slot_counters
        where location_id = ${locationId})::int as places,
      (select count(*) from outbox where location_id = ${locationId}
        or booking_id in (select id from bookings where location_id = ${locationId}))::int as messages,
      (select md5(coalesce(string_agg(
          id::text || '|' || extract(epoch from starts_at)::text || '|' || status || '|' ||
          sequence::text || '|' || coalesce(name, '-') || '|' || coalesce(email, '-') || '|' ||
          coalesce(manage_token_hash, '-'), ',' order by id), ''))
        from bookings where location_id = ${locationId}) as digest
  `.execute(db)
  return rows[0]!
}

/**
 * Every place taken is held by exactly one active booking: a partial write (a counter
 * moved without its booking, or the reverse) breaks this.
 */
export function expectConsistent(state: Snapshot, label: string): void {
  expect(state.places, `places held vs active bookings after ${label}`).toBe(state.active)
}

/** A location with Tuesday hours and a counselor, so every booking also writes an invitation. */
export async function fuzzPoint(counselors: number) {
  const point = await createSupportPoint(db, {
    hours: [{ weekday: 2, start: '13:00', end: '17:00', counselors }],
  })
  const staff = await db
    .insertInto('staff')
    .values({
      name: 'Noor Fuzz',
      email: `${uniqueSlug('noor')}@example.org`,
      phone: null,
      role: 'counselor',
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('staff_locations')
    .values({ staff_id: staff.id, location_id: point.id })
    .execute()
  return point
}

/**
 * Each app gets its own client address, so that rate-limit rows in the shared database
 * never collide with other test files (RATE_LIMIT_BOOKINGS is off anyway).
 */
export function fuzzApp() {
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${uniqueSlug('fuzz')}`
  const built = testApp(db, { now: NOW, env: { TRUST_PROXY: 'true' } })
  return { ...built, address }
}

/** The names of the properties in an iCalendar text, after unfolding. */
export function icalProperties(ics: string): string[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .filter((line) => line !== '')
    .map((line) => /^([A-Z][A-Z0-9-]*)[;:]/.exec(line)?.[1] ?? line)
}

export async function bookThroughApi(
  app: ReturnType<typeof testApp>['app'],
  slug: string,
  start: string,
  extra: Record<string, unknown> = {},
) {
  const answer = await send(app, {
    method: 'POST',
    path: '/api/v1/bookings',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ location: slug, start, name: 'Hiwet', language: 'ti', ...extra }),
  })
  expect(answer.status, answer.label).toBe(201)
  return JSON.parse(answer.body) as { reference: string; manageToken: string; start: string }
}

/**
 * Percent-encodes like a browser: a lone surrogate (which encodeURIComponent refuses)
 * becomes U+FFFD first, as a browser's UTF-8 encoder does.
 */
export function encode(text: string): string {
  return encodeURIComponent(
    text.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  )
}

export function encodeForm(entries: Array<[string, string]>): string {
  return new URLSearchParams(entries).toString()
}

// ---------------------------------------------------------------------------------------

/** The outbox of one booking: its email headers and the iCalendar property names. */
export async function messagesOf(reference: string) {
  const rows = await db
    .selectFrom('outbox')
    .innerJoin('bookings', 'bookings.id', 'outbox.booking_id')
    .selectAll('outbox')
    .where('bookings.reference', '=', reference)
    .execute()
  const headers = new Set<string>()
  const properties = new Set<string>()
  const subjects: string[] = []
  // As the worker sends them: composed from the recipes the booking wrote (ADR 56).
  for (const { message } of asSent(rows)) {
    for (const [name, value] of Object.entries(message.headers)) {
      headers.add(name)
      expect(value).not.toMatch(/[\r\n]/)
    }
    subjects.push(message.subject)
    const calendars = [message.icalEvent?.content, ...message.attachments.map((a) => a.content)]
    for (const ics of calendars) if (ics) for (const p of icalProperties(ics)) properties.add(p)
  }
  return { headers, properties, subjects, count: rows.length }
}

/**
 * A booking made with fuzzed details: its manage page and calendar file answer, and its
 * messages carry no header or calendar property a clean booking's messages lack.
 */
export async function expectCleanBooking(
  app: ReturnType<typeof testApp>['app'],
  location: string,
  baseline: Awaited<ReturnType<typeof messagesOf>>,
) {
  const page = await send(app, { path: location })
  expect(page.status, page.label).toBe(200)
  expectSafe(page)
  const base = location.split('?')[0]!
  const ics = await send(app, { path: `${base}/afspraak.ics` })
  expect(ics.status, ics.label).toBe(200)
  for (const p of icalProperties(ics.body)) expect(baseline.properties, ics.body).toContain(p)
  const reference = /afspraak-([A-Z0-9]+)\.ics/.exec(
    ics.headers.get('Content-Disposition') ?? '',
  )?.[1]
  expect(reference).toBeDefined()
  const messages = await messagesOf(reference!)
  expect(messages.count).toBeGreaterThan(0)
  for (const name of messages.headers) expect(baseline.headers).toContain(name)
  for (const p of messages.properties) expect(baseline.properties).toContain(p)
  const booking = await db
    .selectFrom('bookings')
    .select(['name', 'note'])
    .where('reference', '=', reference!)
    .executeTakeFirstOrThrow()
  // Subjects (lock screens) carry the reference, never the client's name.
  for (const subject of messages.subjects) {
    expect(subject).toContain(reference)
    if (booking.name && booking.name.length >= 4) expect(subject).not.toContain(booking.name)
  }
}
