import { DateTime, IANAZone, type Zone } from 'luxon'
import { cachedZone } from './cached-zone.js'

const TIME_OF_DAY = /^(\d{2}):([0-5]\d)(?::([0-5]\d))?$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const MINUTE = 60_000
// Wider than any UTC offset (-12:00..+14:00), so the offsets at both ends of this window are the
// only ones a wall-clock time can have, short of two transitions within a day.
const OFFSET_PROBE = 15 * 60 * MINUTE

/**
 * Minutes after midnight of a wall-clock time; accepts PostgreSQL `time` output and '24:00'.
 * @example parseTimeOfDay('09:30') // 570
 * @example parseTimeOfDay('13:00:00') // 780
 */
export function parseTimeOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time)
  const minutes = match
    ? Number(match[1]) * 60 + Number(match[2]) + Number(match[3] ?? 0) / 60
    : NaN
  if (!(minutes >= 0 && minutes <= 24 * 60)) throw new RangeError(`Invalid time of day: ${time}`)
  return minutes
}

/**
 * Throws unless `date` is a real calendar date written as YYYY-MM-DD.
 * @example assertIsoDate('2026-02-30') // throws RangeError
 */
export function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date) || !DateTime.fromISO(date, { zone: 'utc' }).isValid) {
    throw new RangeError(`Invalid date: ${date}`)
  }
}

/**
 * The calendar date `days` after `date`.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: string, days: number): string {
  assertIsoDate(date)
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!
}

/**
 * ISO weekday of a calendar date, 1 = Monday .. 7 = Sunday.
 * @example isoWeekday('2026-10-25') // 7
 */
export function isoWeekday(date: string): number {
  assertIsoDate(date)
  return DateTime.fromISO(date, { zone: 'utc' }).weekday
}

/**
 * Every calendar date from `from` to `to`, both inclusive; empty when `to` is before `from`.
 * @example datesBetween('2026-03-30', '2026-04-01') // ['2026-03-30', '2026-03-31', '2026-04-01']
 */
export function datesBetween(from: string, to: string): string[] {
  assertIsoDate(from)
  assertIsoDate(to)
  const dates: string[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date)
  return dates
}

/**
 * Converts an instant to a Luxon DateTime in `zone`.
 * @example inZone(new Date('2026-07-01T10:00:00Z'), 'Europe/Amsterdam').toISO() // '2026-07-01T12:00:00.000+02:00'
 */
export function inZone(instant: DateTime | Date, zone: string): DateTime {
  assertZone(zone)
  const dateTime = DateTime.isDateTime(instant)
    ? instant.setZone(cachedZone(zone))
    : DateTime.fromJSDate(instant, { zone: cachedZone(zone) })
  if (!dateTime.isValid) throw new RangeError('Invalid instant')
  return dateTime
}

/**
 * The instant at which the wall clocks of `zone` show `time` on `date`.
 *
 * Daylight saving makes this ambiguous twice a year, so the choice is explicit rather than left
 * to Luxon's guess: a time that occurs twice (clocks going back) means its first occurrence, and
 * a time that does not exist (clocks going forward) means the moment the clocks jump, so a
 * session boundary inside the missing hour moves to the end of that hour and nothing is ever
 * placed inside it. '24:00' is midnight at the end of `date`.
 * @example localDateTime('2026-10-25', '02:30', 'Europe/Amsterdam').toISO() // '2026-10-25T02:30:00.000+02:00'
 * @example localDateTime('2027-03-28', '02:30', 'Europe/Amsterdam').toISO() // '2027-03-28T03:00:00.000+02:00'
 */
export function localDateTime(date: string, time: string, zone: string): DateTime {
  assertIsoDate(date)
  assertZone(zone)
  const ianaZone = cachedZone(zone)
  const wall = DateTime.fromISO(date, { zone: 'utc' })
    .plus({ milliseconds: Math.round(parseTimeOfDay(time) * MINUTE) })
    .toMillis()
  const offsetsAround = [ianaZone.offset(wall - OFFSET_PROBE), ianaZone.offset(wall + OFFSET_PROBE)]
  const matches = offsetsAround
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - ianaZone.offset(instant) * MINUTE === instant)
  const instant = matches.length > 0 ? Math.min(...matches) : gapEnd(ianaZone, wall, offsetsAround)
  return DateTime.fromMillis(instant, { zone: ianaZone })
}

function gapEnd(zone: Zone, wall: number, [before, after]: number[]): number {
  // In a gap the offset switches between these two readings of the wall time; bisect to the jump.
  let early = wall - (after ?? 0) * MINUTE
  let late = wall - (before ?? 0) * MINUTE
  while (late - early > 1000) {
    const middle = early + Math.floor((late - early) / 2000) * 1000
    if (zone.offset(middle) === before) early = middle
    else late = middle
  }
  return late
}

// Checking a zone builds an Intl.DateTimeFormat, which dominated slot computation; a
// zone name that was valid once stays valid (memoisation keeps the function pure).
const validZones = new Set<string>()

function assertZone(zone: string): void {
  if (validZones.has(zone)) return
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`)
  validZones.add(zone)
}

/**
 * Milliseconds since the epoch of a Luxon or JavaScript instant.
 * @example epochMillis(new Date('2026-01-01T00:00:00Z')) // 1767225600000
 */
export function epochMillis(instant: DateTime | Date): number {
  return DateTime.isDateTime(instant) ? instant.toMillis() : instant.getTime()
}
