import { DateTime, IANAZone, type Zone } from 'luxon'
import { cachedZone } from './cached-zone.js'
import { ISO_DATE } from './text-rules.js'

const TIME_OF_DAY = /^(\d{2}):([0-5]\d)(?::([0-5]\d))?$/
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
 * The years the product can mean. Bookings, hours, closures and reports lie well inside
 * them; a date outside (year 0, 9999-12-31T23:59:59Z, +275760) is refused where it comes
 * in, before any computation: near the ends of JavaScript's and Luxon's range, adding a
 * zone offset or a day overflows (issue 20).
 */
export const PRODUCT_YEARS = { first: 2000, last: 2199 } as const

const FIRST_MS = Date.UTC(PRODUCT_YEARS.first, 0, 1)
const END_MS = Date.UTC(PRODUCT_YEARS.last + 1, 0, 1)

/** Whether an instant lies in the product's years (see PRODUCT_YEARS). */
export function isWithinProductYears(instant: Date | number): boolean {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  return Number.isFinite(ms) && ms >= FIRST_MS && ms < END_MS
}

/** A real YYYY-MM-DD date in the product's years. @example isProductDate('9999-12-31') // false */
export function isProductDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false
  const year = Number(date.slice(0, 4))
  if (year < PRODUCT_YEARS.first || year > PRODUCT_YEARS.last) return false
  try {
    utcMidnight(date)
    return true
  } catch {
    return false
  }
}

/**
 * Throws unless `date` is a real calendar date written as YYYY-MM-DD.
 * @example assertIsoDate('2026-02-30') // throws RangeError
 */
export function assertIsoDate(date: string): void {
  utcMidnight(date)
}

/**
 * Epoch millis of 00:00 UTC on a calendar date; throws unless it is a real YYYY-MM-DD date.
 * Plain arithmetic: parsing with Luxon here dominated slot computation (ADR 11).
 * @example utcMidnight('1970-01-02') // 86400000
 */
export function utcMidnight(date: string): number {
  const millis = utcMidnightOrNull(date)
  if (millis === null) throw new RangeError(`Invalid date: ${date}`)
  return millis
}

/**
 * Epoch millis of 00:00 UTC on a calendar date, or null unless it is a real YYYY-MM-DD date.
 * @example utcMidnightOrNull('2026-02-30') // null
 */
export function utcMidnightOrNull(date: string): number | null {
  if (!ISO_DATE.test(date)) return null
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const day = Number(date.slice(8, 10))
  const probe = new Date(0)
  probe.setUTCFullYear(year, month - 1, day)
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null
  }
  return probe.getTime()
}

/** Milliseconds in a calendar day in UTC, which has no transitions. */
export const DAY_MS = 86_400_000

/**
 * The YYYY-MM-DD calendar date of an instant in UTC; throws outside the years 0000–9999.
 * @example isoDateOf(86_400_000) // '1970-01-02'
 */
export function isoDateOf(utcMillis: number): string {
  const date = new Date(utcMillis)
  const year = date.getUTCFullYear()
  if (!(year >= 0 && year <= 9999)) throw new RangeError('Date out of range')
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`
}

/**
 * The calendar date in `zone` at an instant, without building a DateTime.
 * @example localDateOf(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Amsterdam') // '2027-01-01'
 */
export function localDateOf(instant: DateTime | Date | number, zone: string): string {
  assertZone(zone)
  const ms = typeof instant === 'number' ? instant : epochMillis(instant)
  return isoDateOf(ms + cachedZone(zone).offset(ms) * MINUTE)
}

const INSTANT_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/

/**
 * Epoch millis of an ISO 8601 date-time with an offset or Z (seconds and a fraction
 * optional), or null unless its date and time of day are real: what Luxon's
 * `fromISO(value, { setZone: true })` reads from such a string (an offset of any two-digit
 * hours and minutes too, as Luxon takes it), without building a DateTime.
 * @example instantFromIso('2026-06-02T09:30+02:00') // 1780385400000
 */
export function instantFromIso(value: string): number | null {
  const parts = INSTANT_PARTS.exec(value)
  if (!parts) return null
  const [, , , , hour, minute, second, fraction, , sign, offsetHours, offsetMinutes] = parts
  const midnight = utcMidnightOrNull(value.slice(0, 10))
  const h = Number(hour)
  const m = Number(minute)
  const sec = Number(second ?? 0)
  const oh = Number(offsetHours ?? 0)
  const om = Number(offsetMinutes ?? 0)
  if (midnight === null || h > 24 || m > 59 || sec > 59) return null
  const millis = fraction === undefined ? 0 : Math.floor(parseFloat(`0.${fraction}`) * 1000)
  // 24:00 is the midnight that ends the day, as ISO 8601 and Luxon have it; 24:01 is nothing.
  if (h === 24 && (m > 0 || sec > 0 || millis > 0)) return null
  const offset = (sign === '-' ? -1 : 1) * (oh * 60 + om)
  return midnight + ((h * 60 + m - offset) * 60 + sec) * 1000 + millis
}

/**
 * The calendar date `days` after `date`.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: string, days: number): string {
  return isoDateOf(utcMidnight(date) + days * DAY_MS)
}

/**
 * ISO weekday of a calendar date, 1 = Monday .. 7 = Sunday.
 * @example isoWeekday('2026-10-25') // 7
 */
export function isoWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7
}

/**
 * Every calendar date from `from` to `to`, both inclusive; empty when `to` is before `from`.
 * @example datesBetween('2026-03-30', '2026-04-01') // ['2026-03-30', '2026-03-31', '2026-04-01']
 */
export function datesBetween(from: string, to: string): string[] {
  const last = utcMidnight(to)
  const dates: string[] = []
  for (let day = utcMidnight(from); day <= last; day += DAY_MS) dates.push(isoDateOf(day))
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
  return DateTime.fromMillis(localInstant(date, time, zone), { zone: cachedZone(zone) })
}

/**
 * `localDateTime` as epoch millis, for code that computes many instants (slot computation)
 * and builds Luxon objects only for what it shows.
 * @example localInstant('2026-10-25', '02:30', 'Europe/Amsterdam') // 1792888200000
 */
export function localInstant(date: string, time: string, zone: string): number {
  assertZone(zone)
  const ianaZone = cachedZone(zone)
  const wall = utcMidnight(date) + Math.round(parseTimeOfDay(time) * MINUTE)
  const offsetsAround = [ianaZone.offset(wall - OFFSET_PROBE), ianaZone.offset(wall + OFFSET_PROBE)]
  const matches = offsetsAround
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - ianaZone.offset(instant) * MINUTE === instant)
  return matches.length > 0 ? Math.min(...matches) : gapEnd(ianaZone, wall, offsetsAround)
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

/**
 * An instant as ISO 8601 with the offset of `zone` at that instant, to the second, as
 * Luxon's `setZone(zone).toISO({ suppressMilliseconds: true })` writes it for whole
 * seconds; without building a DateTime (the slots API writes hundreds per answer).
 * @example isoInZone(Date.UTC(2026, 11, 1, 12), 'Europe/Amsterdam') // '2026-12-01T13:00:00+01:00'
 */
export function isoInZone(epochMs: number, zone: string): string {
  assertZone(zone)
  const offset = cachedZone(zone).offset(epochMs)
  const local = new Date(epochMs + offset * MINUTE)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const abs = Math.abs(offset)
  const ms = local.getUTCMilliseconds()
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    (isUniversal(zone)
      ? 'Z'
      : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`)
  )
}

const universalZones = new Map<string, boolean>()

/** Luxon writes 'Z' for the zones it treats as UTC itself ('UTC', 'Etc/UTC', …). */
function isUniversal(zone: string): boolean {
  let universal = universalZones.get(zone)
  if (universal === undefined) {
    universal = DateTime.fromMillis(0).setZone(zone).zone.isUniversal
    universalZones.set(zone, universal)
  }
  return universal
}
