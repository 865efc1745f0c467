import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, test } from 'vitest'
import {
  addDays,
  datesBetween,
  DAY_MS,
  isoDateOf,
  isoInZone,
  isoWeekday,
  instantFromIso,
  localDateOf,
  utcMidnight,
  utcMidnightOrNull,
} from '../../src/domain/time.js'

/** The fast paths must say exactly what Luxon says (ADR 11). */
const ZONES = [
  'Europe/Amsterdam',
  'Asia/Tehran',
  'Asia/Kathmandu',
  'America/St_Johns',
  'UTC',
  'Etc/UTC',
  'Europe/London',
]
// 2000-01-01 .. 2100-01-01
const INSTANT = fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 })
const DATE = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString().slice(0, 10))

describe('isoInZone', () => {
  test('writes what Luxon writes, to the second and to the millisecond', () => {
    fc.assert(
      fc.property(INSTANT, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(isoInZone(ms, zone)).toBe(
          DateTime.fromMillis(ms).setZone(zone).toISO({ suppressMilliseconds: true }),
        )
      }),
      { numRuns: 2000 },
    )
  })

  test('around the clock change in Amsterdam', () => {
    // 2026-10-25 01:30 UTC is 02:30 summer time... then 02:30 winter time an hour later.
    expect(isoInZone(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Amsterdam')).toBe(
      '2026-10-25T02:30:00+02:00',
    )
    expect(isoInZone(Date.UTC(2026, 9, 25, 1, 30), 'Europe/Amsterdam')).toBe(
      '2026-10-25T02:30:00+01:00',
    )
  })
})

describe('calendar dates', () => {
  test('addDays, isoWeekday and utcMidnight agree with Luxon', () => {
    fc.assert(
      fc.property(DATE, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const luxon = DateTime.fromISO(date, { zone: 'utc' })
        expect(addDays(date, days)).toBe(luxon.plus({ days }).toISODate())
        expect(isoWeekday(date)).toBe(luxon.weekday)
        expect(utcMidnight(date)).toBe(luxon.toMillis())
      }),
      { numRuns: 2000 },
    )
  })

  test('refuses dates that do not exist', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '']) {
      expect(() => utcMidnight(bad), bad).toThrow(RangeError)
    }
    expect(utcMidnight('2028-02-29')).toBe(Date.UTC(2028, 1, 29))
  })

  test('utcMidnightOrNull says of any YYYY-MM-DD what Luxon says, as the slots API did with it', () => {
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'))
    const written = fc.tuple(
      fc.oneof(digits(4), fc.integer({ min: 1999, max: 2201 }).map(String)),
      fc.oneof(
        digits(2),
        fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0')),
      ),
      fc.oneof(digits(2), fc.integer({ min: 28, max: 31 }).map(String)),
    )
    fc.assert(
      fc.property(written, ([year, month, day]) => {
        const date = `${year}-${month}-${day}`
        const luxon = DateTime.fromISO(date, { zone: 'utc' })
        expect(utcMidnightOrNull(date), date).toBe(luxon.isValid ? luxon.toMillis() : null)
      }),
      { numRuns: 3000 },
    )
    for (const bad of ['2026-2-01', '2026-02-01T00:00', ' 2026-02-01', '２０２６-02-01', '']) {
      expect(utcMidnightOrNull(bad), bad).toBeNull()
    }
  })

  test('isoDateOf writes the UTC date of an instant, and undoes utcMidnight', () => {
    fc.assert(
      fc.property(DATE, fc.integer({ min: 0, max: DAY_MS - 1 }), (date, within) => {
        expect(isoDateOf(utcMidnight(date) + within)).toBe(date)
      }),
      { numRuns: 2000 },
    )
    expect(isoDateOf(0)).toBe('1970-01-01')
    expect(isoDateOf(utcMidnight('0001-01-01'))).toBe('0001-01-01')
    expect(() => isoDateOf(utcMidnight('9999-12-31') + DAY_MS)).toThrow(RangeError)
    expect(() => isoDateOf(Number.NaN)).toThrow(RangeError)
  })

  test('datesBetween walks across a leap day and a year end', () => {
    expect(datesBetween('2028-02-28', '2028-03-01')).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ])
    expect(datesBetween('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01'])
    expect(datesBetween('2027-01-01', '2026-12-31')).toEqual([])
  })
})

describe('instants from the JSON API (ADR 54)', () => {
  const digits = (n: number, max = 10 ** n - 1) =>
    fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'))
  // Strings of the API's instant pattern, with fields often just in or out of range.
  const written = fc
    .tuple(
      fc.oneof(digits(4), fc.integer({ min: 1999, max: 2201 }).map(String)),
      fc.oneof(digits(2), digits(2, 12)),
      fc.oneof(digits(2), digits(2, 31)),
      fc.oneof(digits(2), digits(2, 24)),
      fc.oneof(digits(2), digits(2, 60)),
      fc.option(
        fc.tuple(fc.oneof(digits(2), digits(2, 60)), fc.option(fc.stringMatching(/^\d{1,9}$/))),
      ),
      fc.oneof(
        fc.constant('Z'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.oneof(digits(2), digits(2, 14)),
            fc.constantFrom('', ':'),
            fc.option(fc.oneof(digits(2), digits(2, 59))),
          )
          .map(([sign, h, colon, m]) => (m === null ? `${sign}${h}` : `${sign}${h}${colon}${m}`)),
      ),
    )
    .map(
      ([y, mo, d, h, mi, sec, offset]) =>
        `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec[0]}${sec[1] ? `.${sec[1]}` : ''}` : ''}${offset}`,
    )

  test('instantFromIso reads what Luxon read, and refuses what it refused', () => {
    fc.assert(
      fc.property(written, (value) => {
        const luxon = DateTime.fromISO(value, { setZone: true })
        expect(instantFromIso(value), value).toBe(luxon.isValid ? luxon.toMillis() : null)
      }),
      { numRuns: 3000 },
    )
    expect(instantFromIso('2026-12-31T24:00+02:00')).toBe(Date.parse('2026-12-31T22:00:00Z'))
    expect(instantFromIso('2026-12-31T24:01Z')).toBeNull()
    expect(instantFromIso('2026-02-29T10:00Z')).toBeNull()
    expect(instantFromIso('2026-06-02T09:30')).toBeNull()
  })

  test('localDateOf is the date Luxon gives in the zone', () => {
    fc.assert(
      fc.property(INSTANT, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(localDateOf(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISODate())
      }),
      { numRuns: 2000 },
    )
  })
})
