import fc from 'fast-check'
import { sql } from 'kysely'
import { IANAZone } from 'luxon'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { OUTCOMES, REASON_MAX } from '../../views/staff/agenda-booking.js'
import { DETAIL_FIELDS } from '../../views/staff/locations-manage.js'
import type { Db } from '../../src/db/database.js'
import type { Role } from '../../src/db/schema.js'
import { LIMITS, TOPICS, validateClientDetails } from '../../src/domain/booking-form.js'
import { checkText, validatePointDetails } from '../../src/domain/point-details.js'
import { assertIsoDate } from '../../src/domain/time.js'
import { isCancelReason } from '../../src/domain/cancel-reasons.js'
import { TRANSLATED_LANGUAGES } from '../../src/i18n/locales.js'
import { isClosureReason } from '../../src/domain/closure-reasons.js'
import { bookDirect } from '../support/booking.js'
import { futureBookings } from '../../src/services/schedule.js'
import { BASE_URL, postRoutes, testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

// Property-based fuzzing of every staff POST route, signed in as someone allowed to use it:
// the admin everywhere, a coordinator on the coordinator's pages. Each form carries the
// fields its handler reads, filled with plausible and hostile values, sent twice, as
// `name[]`, or left out. Whatever arrives: never a 5xx, never an error logged; a refusal
// (4xx) changes no table; an accepted form leaves data the forms themselves would accept.
//
// A fixed seed keeps CI deterministic; FUZZ_SEED=<n> explores other inputs, FUZZ_RUNS=<n>
// sends more per route, and a failure prints the seed and path that replay it.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
const RUNS = Number(process.env.FUZZ_RUNS ?? 16)

// Monday 30 November 2026, 09:00 in Amsterdam.
const NOW = new Date('2026-11-30T08:00:00Z')
const MISSING = '7d3f2a4c-1b5e-4c6d-8e9f-0a1b2c3d4e5f'

type Actor = 'admin' | 'coordinator'
/** A value to send: typed text, or one looked up in the database when the request goes out. */
type Value = string | { look: string }
type Form = Array<[string, Value]>

let db: Db

beforeAll(async () => {
  // Its own database: the snapshots below compare whole tables.
  db = await openTestDatabase({ own: true })
})

afterAll(async () => {
  await db?.destroy()
})

// ---------------------------------------------------------------------------------------
// The routes and the fields their handlers read

const CONFLICT = ['conflict', 'affected', 'message']
const CLIENT = ['name', 'language', 'interpreter', 'topic', 'email', 'phone', 'note']
const REGION = ['name', 'slug', 'projectLeader']
const ROUTE_FIELDS: Record<string, readonly string[]> = {
  '/staff/agenda-link': [],
  '/staff/uitnodigingen': ['invitations'],
  '/staff/tweestaps': ['code'],
  '/staff/tweestaps/herstelcodes': [],
  '/staff/tweestaps/passkeys': ['name', 'credential'],
  '/staff/tweestaps/passkeys/:id/verwijderen': [],
  '/staff/agenda/afspraak/:reference/aanwezigheid': ['attendance', 'terug'],
  '/staff/agenda/afspraak/:reference/uitkomst': ['outcome'],
  '/staff/agenda/afspraak/:reference/afzeggen': ['reasonKind', 'reason'],
  '/staff/steunpunten/:slug': [...DETAIL_FIELDS, ...CONFLICT],
  '/staff/steunpunten/:slug/routebeschrijving': TRANSLATED_LANGUAGES,
  '/staff/steunpunten/:slug/uren': [
    'weekday',
    'start',
    'end',
    'counselors',
    'validFrom',
    'validUntil',
    ...CONFLICT,
  ],
  '/staff/steunpunten/:slug/uren/:id': [
    'start',
    'end',
    'counselors',
    'validFrom',
    'validUntil',
    ...CONFLICT,
  ],
  '/staff/steunpunten/:slug/uren/:id/beeindigen': ['validUntil', ...CONFLICT],
  '/staff/steunpunten/:slug/dienst/:kind/:id': ['onDuty'],
  '/staff/steunpunten/:slug/sluitingen': [
    'startDate',
    'endDate',
    'reasonKind',
    'reason',
    ...CONFLICT,
  ],
  '/staff/steunpunten/:slug/extra': ['date', 'start', 'end', 'counselors', 'note', ...CONFLICT],
  '/staff/steunpunten/:slug/sluitingen/:id/verwijderen': CONFLICT,
  '/staff/steunpunten/:slug/extra/:id/verwijderen': CONFLICT,
  '/staff/berichten/:id/opnieuw': [],
  '/staff/medewerkers/uitnodigen': ['name', 'email', 'role', 'location', 'region', 'locale'],
  '/staff/medewerkers/:id/koppelen': ['location'],
  '/staff/medewerkers/:id/ontkoppelen': ['location'],
  '/staff/medewerkers/:id/deactiveren': [],
  '/staff/medewerkers/:id/activeren': [],
  '/staff/medewerkers/:id/tweestaps-wissen': [],
  '/staff/medewerkers/:id/opnieuw-uitnodigen': [],
  '/staff/medewerkers/:id/rol': ['newRole', 'newLocation', 'newRegion'],
  '/staff/medewerkers/:id/regio-koppelen': ['region'],
  '/staff/medewerkers/:id/regio-ontkoppelen': ['region'],
  '/staff/beheer/regios/nieuw': REGION,
  '/staff/beheer/regios/:slug': REGION,
  '/staff/beheer/regios/:slug/coordinatoren': ['staff'],
  '/staff/beheer/regios/:slug/coordinatoren/verwijderen': ['staff'],
  '/staff/beheer/steunpunten/nieuw': [
    'region',
    'name',
    'slug',
    'municipality',
    'timezone',
    ...DETAIL_FIELDS,
  ],
  '/staff/beheer/steunpunten/:slug/naam': ['name', 'municipality'],
  '/staff/beheer/steunpunten/:slug/regio': ['region'],
  '/staff/beheer/steunpunten/:slug/sluiten': ['confirm', 'affected', 'message'],
  '/staff/beheer/steunpunten/:slug/openen': [],
  '/staff/boeken/:slug': ['start', ...CLIENT],
  '/staff/mijn-afspraken/:reference/annuleren': [],
  '/staff/mijn-afspraken/:reference/verzetten': ['start'],
  '/staff/mijn-afspraken/:reference/kaart': [],
  '/staff/balie/:slug/binnenloper': ['name', 'language', 'interpreter', 'topic'],
  '/staff/balie/:slug/:reference/aanwezig': [],
  '/staff/balie/:slug/:reference/niet-gekomen': [],
  '/staff/balie/:slug/:reference/gesprek': [],
  '/staff/balie/:slug/:reference/klaar': ['outcome'],
}

const GROUPS = {
  'support point schedules': ['/staff/steunpunten/'],
  'staff accounts': ['/staff/medewerkers/'],
  'agenda, bookings for clients, messages and the calendar link': [
    '/staff/agenda',
    '/staff/uitnodigingen',
    '/staff/berichten/',
    '/staff/boeken/',
    '/staff/mijn-afspraken/',
    '/staff/tweestaps',
    '/staff/balie/',
  ],
  'regions and support points (admin only)': ['/staff/beheer/'],
} as const
type Group = keyof typeof GROUPS

function groupOf(pattern: string): Group | undefined {
  const groups = Object.keys(GROUPS) as Group[]
  return groups.find((g) => GROUPS[g].some((prefix) => pattern.startsWith(prefix)))
}

// ---------------------------------------------------------------------------------------
// The world each group acts on: two support points in two regions, people, bookings

const CLIENT_DETAILS = validateClientDetails({ name: 'Fuzz Klant', language: 'ar' })

async function book(locationId: string, start: string, bookedBy: string) {
  if (!CLIENT_DETAILS.ok) throw new Error('the fixture client is invalid')
  // Booked a week earlier, so today's appointment could still be made.
  const now = new Date('2026-11-23T08:00:00Z')
  const details = CLIENT_DETAILS.value
  const notify = { baseUrl: BASE_URL }
  return (await bookDirect(db, { locationId, start, bookedBy, now, details, notify })).booking
}

async function buildWorld() {
  tablesAfterRefusal = undefined
  const hours = [
    { weekday: 1, start: '09:00', end: '12:00', counselors: 2 },
    { weekday: 2, start: '13:00', end: '15:00', counselors: 2 },
  ]
  const closures = [{ startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Kerst' }]
  const extraSessions = [{ date: '2026-12-05', start: '10:00', end: '11:00', counselors: 1 }]
  const a = await createSupportPoint(db, { hours, closures, extraSessions })
  const b = await createSupportPoint(db, { hours, closures, extraSessions })
  // A second point and region of the coordinator's, for people to be moved to.
  const a2 = await createSupportPoint(db, { hours })
  const staff = (role: Role, scope: { regionIds?: string[]; locationIds?: string[] } = {}) =>
    createStaff(db, { role, ...scope })
  const actors = {
    admin: await staff('admin'),
    coordinator: await staff('coordinator', { regionIds: [a.region.id, a2.region.id] }),
  }
  const people = {
    counselorA: await staff('counselor', { locationIds: [a.id] }),
    counselorB: await staff('counselor', { locationIds: [b.id] }),
    volunteerA: await staff('volunteer', { regionIds: [a.region.id] }),
    volunteerB: await staff('volunteer', { regionIds: [b.region.id] }),
    coordinatorB: await staff('coordinator', { regionIds: [b.region.id] }),
    invitedA: await staff('counselor', { locationIds: [a.id] }),
  }
  await db
    .updateTable('staff')
    .set({ password_hash: null })
    .where('id', '=', people.invitedA.id)
    .execute()
  // Today at A (attendance can be recorded), and bookings to come made by each actor.
  const today = await book(a.id, '2026-11-30T09:00:00Z', actors.coordinator.id)
  const made = {
    coordinator: [
      await book(a.id, '2026-12-01T12:00:00Z', actors.coordinator.id),
      await book(a.id, '2026-12-08T12:30:00Z', actors.coordinator.id),
    ],
    admin: [
      await book(b.id, '2026-12-01T12:00:00Z', actors.admin.id),
      await book(b.id, '2026-12-08T12:30:00Z', actors.admin.id),
    ],
  }
  await db
    .updateTable('outbox')
    .set({ status: 'failed' })
    .where('booking_id', 'in', [today.id, made.coordinator[0]!.id, made.admin[0]!.id])
    .execute()

  const firstAt = async (table: 'walk_in_hours' | 'closures' | 'extra_sessions', at: string) =>
    (
      await db
        .selectFrom(table)
        .select('id')
        .where('location_id', '=', at)
        .orderBy('id')
        .executeTakeFirst()
    )?.id ?? MISSING
  const failedAt = async (at: string) =>
    (
      await db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'failed')
        .where(
          'booking_id',
          'in',
          db.selectFrom('bookings').select('id').where('location_id', '=', at),
        )
        .orderBy('id')
        .executeTakeFirst()
    )?.id ?? MISSING
  const regionSlug = async (id: string) =>
    (await db.selectFrom('regions').select('slug').where('id', '=', id).executeTakeFirstOrThrow())
      .slug
  /** An active booking of `bookings` if one is left, else the first. */
  const activeOf = async (bookings: Array<{ id: string; reference: string }>) => {
    const active = await db
      .selectFrom('bookings')
      .select('reference')
      .where(
        'id',
        'in',
        bookings.map((x) => x.id),
      )
      .where('status', '=', 'active')
      .orderBy('starts_at')
      .executeTakeFirst()
    return active?.reference ?? bookings[0]!.reference
  }
  const lookups: Record<string, (actor: Actor) => Promise<string>> = {
    hoursA: () => firstAt('walk_in_hours', a.id),
    hoursB: () => firstAt('walk_in_hours', b.id),
    closureA: () => firstAt('closures', a.id),
    closureB: () => firstAt('closures', b.id),
    extraA: () => firstAt('extra_sessions', a.id),
    extraB: () => firstAt('extra_sessions', b.id),
    failedA: () => failedAt(a.id),
    failedB: () => failedAt(b.id),
    affectedA: async () => (await futureBookings(db, a.id, NOW)).map((x) => x.id).join(','),
    affectedB: async () => (await futureBookings(db, b.id, NOW)).map((x) => x.id).join(','),
    activeA: () => activeOf([...made.coordinator, today]),
    mine: (actor) => activeOf(made[actor]),
    notMine: (actor) => activeOf(made[actor === 'admin' ? 'coordinator' : 'admin']),
    regionA: () => regionSlug(a.region.id),
    regionB: () => regionSlug(b.region.id),
    newEmail: async () => `${uniqueSlug('nieuw')}@example.org`,
    newSlug: async () => uniqueSlug('fuzz'),
  }
  return { a, a2, b, actors, people, today, made, lookups }
}
type World = Awaited<ReturnType<typeof buildWorld>>

// ---------------------------------------------------------------------------------------
// The values

const TIMES = ['09:00', '00:00', '10:00', '12:00', '13:00', '14:30', '17:00', '23:59']
const DATES = ['2026-12-31', '', '2026-11-29', '2026-11-30', '2026-12-01', '2027-01-05']
const SLOT_STARTS = [
  '2026-12-01T13:30+01:00',
  '2026-12-01T14:00+01:00',
  '2026-12-07T09:30+01:00',
  '2026-12-08T14:30+01:00',
  '2026-12-01T13:15+01:00',
  '2026-11-30T09:30+01:00',
  '2026-12-01T12:30:00Z',
]
const ROLES = ['volunteer', 'counselor', 'coordinator', 'admin']

/** Values that break a kind of field: dates, times, numbers, ids. */
const BY_KIND: Array<[RegExp, string[]]> = [
  [
    /date|valid/i,
    [
      '2026-02-30',
      '9999-12-31',
      '0000-01-01',
      '2026-13-01',
      '2026-12-1',
      '+002026-12-01',
      '20261201',
    ],
  ],
  [/^(start|end)$/, ['24:00', '23:60', '9:00', '13:00:00', '-01:00', '1300', '2026-12-01T13:00']],
  [
    /weekday|counselors|Minutes|Days|Seats/,
    ['1e309', '-0', '0x10', '-1', 'NaN', 'Infinity', '1.5', ' 2 ', '007', '100', '9999999'],
  ],
  [/location|region|staff|affected|projectLeader/i, [MISSING, '-'.repeat(36), 'f'.repeat(36)]],
]

/** What fuzzing any form is about: sizes, characters, and every kind's breaking values. */
const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\t',
  'x\r\ny',
  '\u0007',
  '\u007F',
  '\u0085',
  '\u202Eevil\u202C',
  '\u2066x\u2069',
  '\u200F',
  '\uFEFF',
  '\u2028',
  '\uD800',
  '\uDFFFx',
  'e\u0301',
  '👩🏽‍⚕️',
  'أحمد',
  MISSING.toUpperCase(),
  '__proto__',
  'constructor',
  "'; drop table staff; --",
  '<script>alert(1)</script>',
  'nieuw',
  '-a-',
  'a'.repeat(101),
  'a'.repeat(201),
  'a'.repeat(301),
  'a'.repeat(1001),
  'a'.repeat(2001),
  'a'.repeat(6000),
  '字'.repeat(700),
  ...BY_KIND.flatMap(([, values]) => values),
]

/** Plausible values for a field, so that some forms get through. */
function plausible(w: World, pattern: string, field: string): Value[] {
  const { a, a2, b, people, actors } = w
  const client = pattern.startsWith('/staff/boeken/')
  const look = (name: string) => ({ look: name })
  const pools: Record<string, Value[]> = {
    weekday: ['1', '2', '3', '7'],
    start: client || pattern.includes('/mijn-afspraken/') ? SLOT_STARTS : TIMES,
    end: ['12:00', ...TIMES],
    counselors: ['0', '1', '2', '99'],
    validFrom: DATES,
    validUntil: DATES,
    startDate: DATES,
    endDate: DATES,
    date: DATES,
    reason: ['Kerst', 'Ziek', 'Verbouwing: de zaal is dicht'],
    // the lists' kinds (closures, cancellations), and none
    reasonKind: ['', 'teamDay', 'holidayPeriod', 'pointClosed', 'clientAsked'],
    note: client ? ['', 'Graag met tolk'] : ['', 'Extra ochtend'],
    message: ['', 'Excuses, we zijn gesloten.'],
    conflict: ['keep', 'cancel'],
    affected: [look(pattern.startsWith('/staff/beheer/') ? 'affectedB' : 'affectedA'), ''],
    confirm: ['cancel', ''],
    address: ['Havenweg 3'],
    postalCode: ['4381 AB', '4381ab'],
    directions: ['', 'Achterom, bel 2'],
    ...Object.fromEntries(
      TRANSLATED_LANGUAGES.map((l) => [l, ['', 'ادخل من الباب الخلفي', 'Back door\nring twice']]),
    ),
    phone: client ? ['', '+31 6 1234 5678'] : ['', '14 020', '+31 20 123 4567'],
    slotMinutes: ['30', '15', '60'],
    minNoticeMinutes: ['0', '120'],
    horizonDays: ['42', '366'],
    walkInSeats: ['0', '2'],
    name: client ? ['Hiwet', 'A.K.'] : ['Noor Fuzz', 'أحمد', 'Zee'],
    municipality: ['Vlissingen'],
    email: client
      ? ['', 'hiwet@example.org']
      : [
          look('newEmail'),
          people.counselorB.email,
          people.volunteerA.email.toUpperCase(),
          people.coordinatorB.email.replace('i', 'İ'),
        ],
    language: ['ar', 'ti', 'fa', 'nl', 'other'],
    interpreter: ['yes', 'no'],
    topic: [...TOPICS],
    role: ROLES,
    newRole: ROLES,
    location: [a2.id, a.id, b.id],
    newLocation: [a2.id, a.id, b.id],
    region: [a2.region.id, a.region.id, b.region.id],
    newRegion: [a2.region.id, a.region.id, b.region.id],
    locale: ['nl', 'en'],
    projectLeader: ['', a.leaderId, b.leaderId, actors.admin.id],
    staff: [people.coordinatorB.id, actors.coordinator.id, a.leaderId],
    slug: [look('newSlug'), look('newSlug'), a.slug, a.region.slug],
    timezone: ['Europe/Amsterdam', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'],
    attendance: ['attended', 'no_show'],
    outcome: [...OUTCOMES],
    invitations: ['all', 'on-duty', 'none', 'sometimes'],
    onDuty: [people.counselorA.id, actors.coordinator.id, 'x'],
    code: ['123456', '000000', 'abcde-fghjk', ' 123 456 '],
    // What a browser's authenticator answers, or would if it were wrong: never a passkey.
    credential: [
      '',
      '{}',
      '{"id":"AAAA","type":"public-key","response":{}}',
      '{"id":"AAAA","response":{"clientDataJSON":"e30","attestationObject":"oA"}}',
    ],
    terug: ['/staff/agenda?steunpunt=x&dag=2026-11-30', '', '//evil.example/staff/agenda'],
  }
  const pool = pools[field]
  if (!pool) throw new Error(`no plausible values for ${field} (${pattern})`)
  return pool
}

/**
 * Anything but a plausible value: what breaks this kind of field (dates, times, numbers,
 * ids), any other field's value or someone else's id, strings of every sort.
 */
function hostile(w: World, field = ''): fc.Arbitrary<Value> {
  const elsewhere = Object.values(w.people).map((p) => p.id)
  const fields = [...new Set(Object.values(ROUTE_FIELDS).flat())]
  const mixedUp = fields.flatMap((name) =>
    plausible(w, '/staff/steunpunten/:slug', name).filter((v) => typeof v === 'string'),
  )
  const ofKind = BY_KIND.filter(([kind]) => kind.test(field)).flatMap(([, values]) => values)
  return fc.oneof(
    { weight: ofKind.length > 0 ? 12 : 0, arbitrary: fc.constantFrom('', ...ofKind) },
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.constantFrom(...elsewhere, ...mixedUp) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  )
}

/** Mostly the first value (the one that fits), sometimes any of the others. */
function favour<T>(values: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(values[0]!) },
    { weight: 2, arbitrary: fc.constantFrom(...values) },
  )
}

type Shape = 'plain' | 'missing' | 'twice' | 'array'
const shape: fc.Arbitrary<Shape> = fc.constantFrom<Shape>(
  'plain',
  'plain',
  'twice',
  'array',
  'missing',
)

/**
 * A form for the route: all fields plausible; one of them hostile (or none, and odd extra
 * keys); or each of them either. A hostile field may be missing, sent twice or as `name[]`.
 */
function formFor(w: World, pattern: string): fc.Arbitrary<Form> {
  const fields = ROUTE_FIELDS[pattern]!
  const perField = fields.map((field) =>
    fc.record({
      good: favour(plausible(w, pattern, field)),
      bad: hostile(w, field),
      second: hostile(w, field),
      shape,
      hostile: fc.boolean(),
    }),
  )
  const extra = fc.array(
    fc.tuple(
      fc.constantFrom('__proto__', 'constructor', 'x'.repeat(300), '', 'start[]'),
      hostile(w),
    ),
    { maxLength: 2 },
  )
  const mode = fc.constantFrom('clean', 'one', 'one', 'one', 'many')
  return fc
    .tuple(mode, fc.nat(), fc.tuple(...perField), extra)
    .map(([mode, pick, chosen, extras]) => {
      const form: Form = []
      chosen.forEach((c, i) => {
        const mangled =
          mode === 'many' ? c.hostile : mode === 'one' && i === pick % (fields.length + 1)
        if (!mangled) return form.push([fields[i]!, c.good])
        const name = fields[i]!
        if (c.shape === 'plain') form.push([name, c.bad])
        if (c.shape === 'twice') form.push([name, c.good], [name, c.bad])
        if (c.shape === 'array') form.push([`${name}[]`, c.bad], [`${name}[]`, c.second])
      })
      return mode === 'clean' ? form : [...form, ...extras]
    })
}

/** Values for the route's path parameters: real ids (in scope or not), unknown ones, junk. */
function pathFor(w: World, pattern: string): fc.Arbitrary<Value[]> {
  const { people, actors, today, a, b } = w
  const look = (name: string) => ({ look: name })
  const pool = (name: string): Value[] => {
    if (name === 'slug' && pattern.startsWith('/staff/beheer/regios/')) {
      return [look('regionA'), look('regionB'), 'nieuw', 'onbekend']
    }
    if (name === 'slug') return [a.slug, b.slug, 'onbekend']
    if (name === 'reference' && pattern.startsWith('/staff/mijn-afspraken/')) {
      return [look('mine'), look('notMine'), today.reference]
    }
    if (name === 'reference') {
      const other = w.made.admin[0]!.reference
      return [today.reference, look('activeA'), other, today.reference.toLowerCase(), 'AAAAAAAA']
    }
    if (name === 'kind') return ['uren', 'extra', 'onbekend']
    if (pattern.includes('/dienst/')) {
      return [look('hoursA'), look('extraA'), look('hoursB'), look('extraB')]
    }
    if (pattern.includes('/uren/')) return [look('hoursA'), look('hoursB'), look('closureA')]
    if (pattern.includes('/sluitingen/')) {
      return [look('closureA'), look('closureB'), look('extraA')]
    }
    if (pattern.includes('/extra/')) return [look('extraA'), look('extraB'), look('closureA')]
    if (pattern.includes('/berichten/')) {
      return [look('failedA'), look('failedB'), '-'.repeat(36), 'f'.repeat(36)]
    }
    // Nobody in this world has a passkey: each id is someone else's or none (404).
    if (pattern.includes('/passkeys/')) return [MISSING, people.counselorA.id, '-'.repeat(36)]
    if (pattern.includes('/medewerkers/')) {
      const first = pattern.includes('/regio-') ? people.volunteerA : people.counselorA
      const others = Object.values(people).map((p) => p.id)
      return [first.id, ...others, actors.coordinator.id, actors.admin.id, MISSING]
    }
    throw new Error(`no values for :${name} in ${pattern}`)
  }
  const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!)
  return fc.tuple(
    ...names.map((name) =>
      fc.oneof(
        { weight: 6, arbitrary: favour(pool(name)) },
        { weight: 1, arbitrary: hostile(w, name) },
      ),
    ),
  )
}

async function resolve(w: World, value: Value, actor: Actor): Promise<string> {
  if (typeof value === 'string') return value
  const lookup = w.lookups[value.look]
  if (!lookup) throw new Error(`no lookup ${value.look}`)
  return lookup(actor)
}

/** A path segment as a browser sends it: a lone surrogate becomes U+FFFD first. */
function segment(text: string): string {
  return encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'))
}

// ---------------------------------------------------------------------------------------
// What the database must look like

/** Tables no staff form writes to but every signed-in visit touches. */
const TOUCHED_BY_VISITS = new Set(['sessions', 'kysely_migration', 'kysely_migration_lock'])

let queries: { digests: string; versions: string } | undefined

interface Tables {
  /** A digest of each table's rows: what a refusal must leave as it was. */
  digests: Record<string, string>
  /** The row versions (ctid, xmin) of all of them together. */
  versions: string
}

/**
 * The tables as the last refused form left them (its answer compared them), or undefined
 * when something may have written since (an accepted form, a world being built): then
 * the next form's "before" is taken afresh. Nothing but sign-ins (sessions, left out)
 * writes between two forms.
 */
let tablesAfterRefusal: Tables | undefined

/** The queries over every table, so that a new table is covered the day it is added. */
async function tableQueries() {
  if (!queries) {
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(db)
    const names = tables.filter((t) => !TOUCHED_BY_VISITS.has(t.name)).map((t) => t.name)
    const digests = names.map(
      (name) =>
        `(select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from ${name} r) as ${name}`,
    )
    const versions = names.map(
      (name) =>
        `(select coalesce(string_agg(ctid::text || xmin::text, ',' order by ctid), '') from ${name})`,
    )
    queries = {
      digests: `select ${digests.join(', ')}`,
      versions: `select md5(concat_ws('|', ${versions.join(', ')})) as versions`,
    }
  }
  return queries
}

/** Every table's digest, and its row versions as of the same moment. */
async function snapshot(): Promise<Tables> {
  const { digests, versions } = await tableQueries()
  const { rows } = await sql
    .raw<Record<string, string>>(`select * from (${digests}) d, (${versions}) v`)
    .execute(db)
  const { versions: now, ...rest } = rows[0]!
  return { digests: rest, versions: now! }
}

/**
 * The tables after a refusal. While no row has a new version (an insert, update or delete
 * that committed gives it one) they hold what they held, so their digests need not be
 * taken again (ADR 48): a changed row version is where the digests are compared.
 */
async function snapshotSince(before: Tables): Promise<Tables> {
  const { rows } = await sql.raw<{ versions: string }>((await tableQueries()).versions).execute(db)
  return rows[0]!.versions === before.versions ? before : snapshot()
}

// As the staff forms refuse them: control characters other than line breaks, and overrides.
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Free text as the forms store it: trimmed, within its limit, no control characters. */
function badText(value: string | null, max: number, optional = false): boolean {
  if (value === null) return !optional
  return value === '' || value !== value.trim() || value.length > max || CONTROL.test(value)
}

function badDate(value: string | null): boolean {
  try {
    if (value !== null) assertIsoDate(value)
    return false
  } catch {
    return true
  }
}

/**
 * Whether Intl knows the zone, asked once per name: luxon builds an Intl.DateTimeFormat on
 * every call, and every accepted form checks every point's zone (0.8 s of the file's CPU).
 */
const knownZones = new Map<string, boolean>()
function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone)
  if (known === undefined) knownZones.set(zone, (known = IANAZone.isValidZone(zone)))
  return known
}

/**
 * What the staff forms promise about the data they write: every row is one they would
 * accept as typed (times in order, numbers and text within their limits, real dates),
 * and every place taken is held by exactly one active booking.
 */
async function dataProblems(): Promise<string[]> {
  const [hours, closures, extras, points, regions, staff, bookings, places] = await Promise.all([
    db.selectFrom('walk_in_hours').selectAll().execute(),
    db.selectFrom('closures').selectAll().execute(),
    db.selectFrom('extra_sessions').selectAll().execute(),
    db.selectFrom('locations').selectAll().execute(),
    db.selectFrom('regions').selectAll().execute(),
    db.selectFrom('staff').select(['id', 'name', 'email']).execute(),
    db
      .selectFrom('bookings')
      .select(['id', 'name', 'note', 'cancel_reason', 'cancel_reason_code'])
      .execute(),
    sql<{ starts_at: Date; booked: number; active: number }>`
      select starts_at, booked, (select count(*) from bookings b where b.status = 'active'
        and b.location_id = c.location_id and b.starts_at = c.starts_at)::int as active
      from slot_counters c`.execute(db),
  ])
  const problems: string[] = []
  const check = (bad: boolean, what: string, row: unknown) => {
    if (bad) problems.push(`${what}: ${JSON.stringify(row)}`)
  }
  const clock = /^([01]\d|2[0-3]):[0-5]\d:00$/
  for (const h of hours) {
    check(!clock.test(h.start_time) || !clock.test(h.end_time), 'hours time', h)
    check(h.end_time <= h.start_time || h.counselors > 99, 'hours', h)
    check(badDate(h.valid_from) || badDate(h.valid_until), 'hours dates', h)
  }
  for (const c of closures) {
    check(badDate(c.start_date) || badDate(c.end_date) || c.end_date < c.start_date, 'closure', c)
    // Beside a kind from the list the typed words may be left out (stored as '').
    const typedMayBeEmpty = c.reason_code !== null && c.reason === ''
    check(!typedMayBeEmpty && badText(c.reason, 200), 'closure reason', c)
    check(c.reason_code !== null && !isClosureReason(c.reason_code), 'closure kind', c)
  }
  for (const e of extras) {
    check(e.end_time <= e.start_time || e.counselors > 99 || badDate(e.date), 'extra session', e)
    check(badText(e.note, 200, true), 'extra session note', e)
  }
  for (const p of points) {
    // The stored details, typed again into the form, come out the same.
    const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    const stored = (field: string) => p[column(field) as keyof typeof p]
    const details = validatePointDetails(
      Object.fromEntries(DETAIL_FIELDS.map((f) => [f, String(stored(f) ?? '')])),
    )
    const same = details.ok && DETAIL_FIELDS.every((f) => details.value[f] === stored(f))
    check(!same, 'location details', p)
    for (const [language, text] of Object.entries(p.directions_translated)) {
      const known = (TRANSLATED_LANGUAGES as readonly string[]).includes(language)
      check(!known || badText(text, 1000), 'directions in a language', p)
    }
    const name = checkText(p.name, 100, { required: true })
    const municipality = checkText(p.municipality, 100, { required: true })
    check(!name.ok || name.value !== p.name || !municipality.ok, 'location name', p)
    check(!SLUG.test(p.slug) || !isKnownZone(p.timezone), 'location slug or zone', p)
  }
  for (const r of regions) {
    const name = checkText(r.name, 100, { required: true })
    check(
      !name.ok || name.value !== r.name || !SLUG.test(r.slug) || r.slug.length > 60,
      'region',
      r,
    )
  }
  for (const s of staff) {
    check(badText(s.name, 100) || /[\r\n]/.test(s.name), 'staff name', s)
    check(badText(s.email, 254) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email), 'staff email', s)
  }
  for (const b of bookings) {
    check(b.name !== null && badText(b.name, LIMITS.name), 'booking name', b)
    check(badText(b.note, LIMITS.note, true), 'booking note', b)
    check(badText(b.cancel_reason, REASON_MAX, true), 'cancel reason', b)
    const code = b.cancel_reason_code
    check(code !== null && !isCancelReason(code), 'cancel reason kind', b)
  }
  for (const p of places.rows) check(p.booked !== p.active, 'places held vs active bookings', p)
  return problems
}

// ---------------------------------------------------------------------------------------
// The fuzzing

type App = ReturnType<typeof testApp>

/**
 * Posts a form as `actor` and checks what holds for every answer: no 5xx, no stack trace,
 * no error logged, no unescaped markup, a redirect only to a staff page; a refusal (4xx)
 * changes no table. Returns the status.
 */
async function post(
  w: World,
  app: App,
  actor: Actor,
  path: string,
  entries: Array<[string, string]>,
  multipart = false,
): Promise<number> {
  let body: URLSearchParams | FormData = new URLSearchParams(entries)
  if (multipart) {
    body = new FormData()
    for (const [name, value] of entries) body.append(name, value)
  }
  const cookie = await signIn(db, w.actors[actor].id, NOW)
  const before = tablesAfterRefusal ?? (await snapshot())
  // Cleared until this answer is checked: after a failed check (and in fast-check's
  // shrinking that follows) the tables are taken afresh.
  tablesAfterRefusal = undefined
  const logged = app.logs.length
  const res = await app.app.request(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { Origin: BASE_URL, ...cookie },
    body,
  })
  const text = await res.text()
  const label = `${actor} POST ${path.slice(0, 200)} ${JSON.stringify(entries).slice(0, 600)} -> ${res.status}`
  expect(res.status, label).toBeLessThan(500)
  expect(text, label).not.toMatch(/\bat \S+\.(?:ts|tsx|js):\d+|node_modules|<script>alert/)
  const errors = app.logs.slice(logged).filter((entry) => entry.level === 'error')
  expect(errors, label).toEqual([])
  if (res.status === 303) expect(res.headers.get('Location'), label).toMatch(/^\/staff\//)
  if (res.status >= 400) {
    const after = await snapshotSince(before)
    expect(after.digests, label).toEqual(before.digests)
    tablesAfterRefusal = after
  }
  return res.status
}

interface Tally {
  accepted: number
  refused: number
}

/** Fuzzes one route as one actor; `outsider`: they may not use it, so every answer is 404. */
async function fuzzRoute(
  w: World,
  app: App,
  pattern: string,
  actor: Actor,
  tally: Tally,
  options: { runs: number; outsider: boolean },
): Promise<void> {
  const property = fc.asyncProperty(
    pathFor(w, pattern),
    formFor(w, pattern),
    fc.boolean(),
    async (params, form, multipart) => {
      const values = await Promise.all(params.map((p) => resolve(w, p, actor)))
      const path = pattern.replace(/:(\w+)/g, () => segment(values.shift() ?? ''))
      const entries = await Promise.all(
        form.map(async ([name, v]): Promise<[string, string]> => [
          name,
          await resolve(w, v, actor),
        ]),
      )
      const status = await post(w, app, actor, path, entries, multipart)
      if (options.outsider) expect(status, `${actor} ${path}`).toBe(404)
      if (status >= 400) tally.refused += 1
      else {
        expect(await dataProblems(), `${actor} ${path} ${JSON.stringify(entries)}`).toEqual([])
        tally.accepted += 1
      }
    },
  )
  await fc.assert(property, { numRuns: options.runs, seed: SEED })
}

describe('fuzzing the staff forms with a session', () => {
  test('every staff POST route has its fields listed and belongs to a group', async () => {
    const { app } = testApp(db, { now: NOW })
    const patterns = new Set(postRoutes(app).filter((path) => path.startsWith('/staff')))
    expect(patterns.size).toBeGreaterThan(30)
    expect([...patterns].filter((p) => !ROUTE_FIELDS[p] || !groupOf(p))).toEqual([])
    expect(Object.keys(ROUTE_FIELDS).filter((p) => !patterns.has(p))).toEqual([])
  })

  for (const group of Object.keys(GROUPS) as Group[]) {
    test(`${group}: never a 5xx or an error; a refusal changes nothing; what is saved is valid`, async () => {
      const app = testApp(db, { now: NOW })
      const tally: Tally = { accepted: 0, refused: 0 }
      const patterns = Object.keys(ROUTE_FIELDS).filter((p) => groupOf(p) === group)
      const adminOnly = group === 'regions and support points (admin only)'
      // A world each, so that what the admin removes is still there for the coordinator.
      for (const actor of ['admin', 'coordinator'] as const) {
        const w = await buildWorld()
        const outsider = adminOnly && actor === 'coordinator'
        for (const pattern of patterns) {
          await fuzzRoute(w, app, pattern, actor, tally, { runs: outsider ? 3 : RUNS, outsider })
        }
      }
      expect(await dataProblems()).toEqual([])
      // Both sides of the property were exercised: forms got through, and forms were refused.
      expect(tally.accepted, JSON.stringify(tally)).toBeGreaterThan(patterns.length)
      expect(tally.refused, JSON.stringify(tally)).toBeGreaterThan(patterns.length)
    }, 120_000)
  }
})

// What the properties above found, pinned as examples so that a failure names the bug.
describe('inputs the fuzzing found to answer 500', () => {
  test('a message id of 36 dashes or hex digits is unknown (404), not a database error', async () => {
    const w = await buildWorld()
    const app = testApp(db, { now: NOW })
    for (const id of ['-'.repeat(36), 'f'.repeat(36)]) {
      expect(await post(w, app, 'admin', `/staff/berichten/${id}/opnieuw`, [])).toBe(404)
    }
  })

  test('a date in the year 0 is refused on the hours and closure forms', async () => {
    const w = await buildWorld()
    const app = testApp(db, { now: NOW })
    const base = `/staff/steunpunten/${w.a.slug}`
    const hours: Array<[string, string]> = [
      ['weekday', '3'],
      ['start', '09:00'],
      ['end', '12:00'],
      ['counselors', '1'],
      ['validFrom', '0000-01-01'],
    ]
    const closure: Array<[string, string]> = [
      ['startDate', '0000-01-01'],
      ['endDate', '2026-12-31'],
      ['reason', 'Kerst'],
    ]
    expect(await post(w, app, 'coordinator', `${base}/uren`, hours)).toBe(422)
    expect(await post(w, app, 'coordinator', `${base}/sluitingen`, closure)).toBe(422)
  })

  test('an address that lower-cases like a colleague’s in the database is taken', async () => {
    const w = await buildWorld()
    const app = testApp(db, { now: NOW })
    // 'İ': JavaScript lower-cases it to 'i' and a combining dot, PostgreSQL to a plain 'i'.
    const email = w.people.coordinatorB.email.replace('i', 'İ')
    const form: Array<[string, string]> = [
      ['name', 'Noor Fuzz'],
      ['email', email],
      ['role', 'admin'],
      ['locale', 'nl'],
    ]
    expect(await post(w, app, 'admin', '/staff/medewerkers/uitnodigen', form)).toBe(422)
  })
})
