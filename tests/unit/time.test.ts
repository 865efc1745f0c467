import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, test } from 'vitest'
import { addDays, datesBetween, isoInZone, isoWeekday, utcMidnight } from '../../src/domain/time.js'

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
