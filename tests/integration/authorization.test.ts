import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { bookDirect } from '../support/booking.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * The access rules, route by route: every staff page and action against every kind of
 * person, inside and outside their scope. Forbidden looks like unknown (404), so a page
 * does not tell an outsider that a booking or support point exists.
 */
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]

type Actor =
  | 'anonymous'
  | 'volunteer (booked it)'
  | 'other volunteer'
  | 'counselor at A'
  | 'counselor at B'
  | 'coordinator of A'
  | 'coordinator of B'
  | 'admin'

let db: Db
let cookies: Record<Actor, Record<string, string>>
let slugA: string
let reference: string
let bookingId: string

beforeAll(async () => {
  db = await openTestDatabase()
  const a = await createSupportPoint(db, { hours: HOURS })
  const b = await createSupportPoint(db, { hours: HOURS })
  slugA = a.slug
  const staff = {
    'volunteer (booked it)': await createStaff(db, { role: 'volunteer' }),
    'other volunteer': await createStaff(db, { role: 'volunteer' }),
    'counselor at A': await createStaff(db, { role: 'counselor', locationIds: [a.id] }),
    'counselor at B': await createStaff(db, { role: 'counselor', locationIds: [b.id] }),
    'coordinator of A': await createStaff(db, { role: 'coordinator', regionIds: [a.region.id] }),
    'coordinator of B': await createStaff(db, { role: 'coordinator', regionIds: [b.region.id] }),
    admin: await createStaff(db, { role: 'admin' }),
  }
  cookies = { anonymous: {} } as Record<Actor, Record<string, string>>
  for (const [actor, person] of Object.entries(staff)) {
    cookies[actor as Actor] = await signIn(db, person.id, NOW)
  }
  const outcome = await bookDirect(db, {
    locationId: a.id,
    start: '2026-12-01T12:00:00Z',
    details: { name: 'Geheim', language: 'fa' },
    bookedBy: staff['volunteer (booked it)'].id,
    now: NOW,
  })
  reference = outcome.booking.reference
  bookingId = outcome.booking.id
})

afterAll(async () => {
  await db.destroy()
})

const EVERYONE: Actor[] = [
  'volunteer (booked it)',
  'other volunteer',
  'counselor at A',
  'counselor at B',
  'coordinator of A',
  'coordinator of B',
  'admin',
]

/** Who may open each page; everybody else signed in gets 404, the anonymous the login page. */
const PAGES: Array<[path: () => string, allowed: Actor[]]> = [
  [() => '/staff', EVERYONE],
  [
    () => `/staff/agenda?steunpunt=${slugA}&dag=2026-12-01`,
    ['counselor at A', 'coordinator of A', 'admin'],
  ],
  [
    () => `/staff/agenda?van=2026-12-01&steunpunt=${slugA}`,
    ['counselor at A', 'coordinator of A', 'admin'],
  ],
  [() => `/staff/agenda/afspraak/${reference}`, ['counselor at A', 'coordinator of A', 'admin']],
  [
    () => `/staff/agenda/export.csv?van=2026-12-01&tot=2026-12-01&steunpunt=${slugA}`,
    ['counselor at A', 'coordinator of A', 'admin'],
  ],
  [
    () => '/staff/boeken',
    [
      'volunteer (booked it)',
      'other volunteer',
      'counselor at A',
      'counselor at B',
      'coordinator of A',
      'coordinator of B',
      'admin',
    ],
  ],
  [() => `/staff/mijn-afspraken/${reference}`, ['volunteer (booked it)']],
  // The desk of A: its counselors and coordinators (volunteers of no region have no desk).
  [() => `/staff/balie/${slugA}`, ['counselor at A', 'coordinator of A', 'admin']],
  [() => '/staff/steunpunten', ['coordinator of A', 'coordinator of B', 'admin']],
  [() => `/staff/steunpunten/${slugA}`, ['coordinator of A', 'admin']],
  [() => '/staff/berichten', ['coordinator of A', 'coordinator of B', 'admin']],
  [() => '/staff/medewerkers', ['coordinator of A', 'coordinator of B', 'admin']],
  [() => '/staff/beheer/audit', ['admin']],
  [() => '/staff/beheer/audit/export.csv', ['admin']],
  [() => '/staff/beheer/regios', ['admin']],
  [() => '/staff/beheer/regios/nieuw', ['admin']],
  [() => '/staff/beheer/steunpunten', ['admin']],
  [() => '/staff/beheer/steunpunten/nieuw', ['admin']],
  [() => `/staff/beheer/steunpunten/${slugA}`, ['admin']],
  [() => '/staff/rapportage', ['coordinator of A', 'coordinator of B', 'admin']],
  [
    () => '/staff/rapportage/export.csv?maand=2026-12',
    ['coordinator of A', 'coordinator of B', 'admin'],
  ],
]

describe('who may open which staff page', () => {
  for (const [path, allowed] of PAGES) {
    // Names are made before the data exists: the ids show as <…>.
    test(path().replace(/undefined/g, '<…>'), async () => {
      const { get } = testApp(db, { now: NOW })
      for (const actor of ['anonymous', ...EVERYONE] as Actor[]) {
        const res = await get(path(), cookies[actor])
        const expected = actor === 'anonymous' ? 303 : allowed.includes(actor) ? 200 : 404
        expect(res.status, `${actor} on ${path()}`).toBe(expected)
        if (actor === 'anonymous') expect(res.headers.get('Location')).toMatch(/^\/login\?next=/)
        const body = await res.text()
        if (expected !== 200) expect(body, actor).not.toContain('Geheim')
      }
    })
  }
})

/** Actions nobody outside the scope may take; the booking and the point must not change. */
const ACTIONS: Array<
  [
    path: () => string,
    form: Record<string, string>,
    denied: Actor[],
    /**
     * Proof the route is there: someone allowed posts a form it refuses, or (where any
     * post would act) opens its confirmation page.
     */
    probe: [Actor, Record<string, string>] | { confirmPage: Actor },
  ]
> = [
  [
    () => `/staff/agenda/afspraak/${reference}/afzeggen`,
    { reason: 'test' },
    ['anonymous', 'volunteer (booked it)', 'other volunteer', 'counselor at B', 'coordinator of B'],
    ['counselor at A', { reason: '' }],
  ],
  [
    () => `/staff/agenda/afspraak/${reference}/aanwezigheid`,
    { attendance: 'no_show' },
    ['anonymous', 'other volunteer', 'counselor at B', 'coordinator of B'],
    ['coordinator of A', { attendance: 'maybe' }],
  ],
  [
    () => `/staff/balie/${slugA}/binnenloper`,
    { name: '', language: 'ar', interpreter: 'no', topic: 'other' },
    ['anonymous', 'volunteer (booked it)', 'counselor at B', 'coordinator of B'],
    ['counselor at A', { language: 'klingon' }],
  ],
  [
    () => `/staff/mijn-afspraken/${reference}/annuleren`,
    {},
    ['anonymous', 'other volunteer', 'counselor at A', 'coordinator of B'],
    { confirmPage: 'volunteer (booked it)' },
  ],
  [
    () => `/staff/mijn-afspraken/${reference}/verzetten`,
    { start: '2026-12-01T14:00+01:00' },
    ['anonymous', 'other volunteer', 'counselor at A', 'coordinator of B'],
    ['volunteer (booked it)', { start: 'morgen' }],
  ],
  [
    () => `/staff/steunpunten/${slugA}/sluitingen`,
    { startDate: '2026-12-01', endDate: '2026-12-01', reason: 'dicht' },
    ['anonymous', 'volunteer (booked it)', 'counselor at A', 'coordinator of B'],
    ['coordinator of A', { startDate: '2026-12-02', endDate: '2026-12-01', reason: '' }],
  ],
  [
    () => `/staff/steunpunten/${slugA}`,
    {
      address: 'Elders 1',
      postalCode: '1234 AB',
      slotMinutes: '30',
      minNoticeMinutes: '0',
      horizonDays: '42',
      walkInSeats: '0',
    },
    ['anonymous', 'other volunteer', 'counselor at A', 'coordinator of B'],
    ['coordinator of A', { address: '', postalCode: 'x' }],
  ],
  [
    () => `/staff/beheer/steunpunten/${slugA}/sluiten`,
    { confirm: 'cancel', affected: '', message: '' },
    [
      'anonymous',
      'volunteer (booked it)',
      'counselor at A',
      'coordinator of A',
      'coordinator of B',
    ],
    // The booking at A is still to come: the admin is asked first, and nothing changes.
    ['admin', {}],
  ],
  [
    () => `/staff/beheer/steunpunten/${slugA}/regio`,
    { region: '' },
    ['anonymous', 'counselor at A', 'coordinator of A', 'coordinator of B'],
    ['admin', { region: '' }],
  ],
  [
    () => '/staff/beheer/regios/nieuw',
    { name: 'Verboden regio', slug: 'verboden-regio' },
    ['anonymous', 'volunteer (booked it)', 'counselor at A', 'coordinator of A'],
    ['admin', { name: '', slug: 'NIET GOED' }],
  ],
]

describe('who may not act', () => {
  for (const [path, form, denied, probe] of ACTIONS) {
    // Names are made before the data exists: the ids show as <…>.
    test(path().replace(/undefined/g, '<…>'), async () => {
      const { post } = testApp(db, { now: NOW })
      const before = await snapshot()
      for (const actor of denied) {
        const res = await post(path(), form, cookies[actor])
        expect(res.status, `${actor} on ${path()}`).toBe(404)
      }
      const { get } = testApp(db, { now: NOW })
      const allowed =
        'confirmPage' in probe
          ? await get(path(), cookies[probe.confirmPage])
          : await post(path(), probe[1], cookies[probe[0]])
      expect(allowed.status, `probe on ${path()}`).not.toBe(404)
      expect(allowed.status).toBeLessThan(500)
      expect(await snapshot()).toEqual(before)
    })
  }
})

async function snapshot() {
  const booking = await db
    .selectFrom('bookings')
    .select(['status', 'starts_at', 'attendance', 'cancel_reason'])
    .where('id', '=', bookingId)
    .executeTakeFirstOrThrow()
  const point = await db
    .selectFrom('locations')
    .select(['address', 'postal_code', 'active', 'region_id'])
    .where('slug', '=', slugA)
    .executeTakeFirstOrThrow()
  const closures = await db
    .selectFrom('closures as c')
    .innerJoin('locations as l', 'l.id', 'c.location_id')
    .select('c.reason')
    .where('l.slug', '=', slugA)
    .execute()
  const regions = await db
    .selectFrom('regions')
    .select('slug')
    .where('slug', '=', 'verboden-regio')
    .execute()
  const bookingsAtA = await db
    .selectFrom('bookings as b')
    .innerJoin('locations as l', 'l.id', 'b.location_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('l.slug', '=', slugA)
    .executeTakeFirstOrThrow()
  return { booking, point, closures, regions, bookingsAtA: Number(bookingsAtA.n) }
}

describe('cross-site requests', () => {
  test('a state change from another origin is refused even with a valid session', async () => {
    const { app } = testApp(db, { now: NOW })
    const res = await app.request(
      `http://spreekuur.test/staff/agenda/afspraak/${reference}/afzeggen`,
      {
        method: 'POST',
        headers: {
          Origin: 'https://evil.example',
          'Content-Type': 'application/x-www-form-urlencoded',
          ...cookies.admin,
        },
        body: 'reason=x',
      },
    )
    expect(res.status).toBe(403)
    expect((await snapshot()).booking.status).toBe('active')
  })
})
