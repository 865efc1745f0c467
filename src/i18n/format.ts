import { DateTime, Info } from 'luxon'
import { isProductDate, utcMidnight } from '../domain/time.js'
import { direction, type Locale } from './locales.js'

/**
 * Dates and times as people read them: weekday and day written out, 24-hour clock,
 * always in the zone of the support point.
 */

/**
 * The Gregorian calendar and Western digits in every language: the client's date and
 * time must be the same as on the counselor's screen and the appointment card (Farsi
 * would otherwise default to the Solar Hijri calendar and Persian digits).
 */
function localized(dt: DateTime, locale: Locale): DateTime {
  return dt.reconfigure({ locale, outputCalendar: 'gregory', numberingSystem: 'latn' })
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }
const DATE_WITH_YEAR: Intl.DateTimeFormatOptions = { ...DATE, year: 'numeric' }
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The formatter Luxon's `localized(dt, locale).toLocaleString(options)` makes for a zone,
 * made once: the same locale tag, options and time zone, so the same text, without a
 * reconfigured DateTime and a Locale per call (several per page). Undefined for zones
 * Luxon writes through a workaround (fixed offsets other than UTC): those go through Luxon.
 */
function formatterFor(
  dt: DateTime,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat | undefined {
  const zone =
    dt.zone.type === 'iana'
      ? dt.zone.name
      : dt.zone.type === 'fixed' && dt.offset === 0
        ? 'UTC'
        : undefined
  if (zone === undefined) return undefined
  const key = `${locale}|${zone}|${options === DATE ? 'd' : options === TIME ? 't' : 'y'}`
  let formatter = formatters.get(key)
  if (!formatter) {
    if (formatters.size > 1_000) formatters.clear()
    formatter = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, {
      ...options,
      timeZone: zone,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

function format(dt: DateTime, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const formatter = dt.isValid ? formatterFor(dt, locale, options) : undefined
  if (!formatter) return localized(dt, locale).toLocaleString(options)
  return dt.zone.type === 'fixed'
    ? joinedParts(formatter, dt.toMillis())
    : formatter.format(dt.toMillis())
}

/**
 * In a fixed zone (UTC) Luxon joins the formatter's parts instead of calling `format`,
 * and ICU's parts differ in places: Russian writes '2026 г.' with a narrow no-break space
 * there, a plain space in `format`. Joined the same way, the text is the same.
 */
function joinedParts(formatter: Intl.DateTimeFormat, ms: number): string {
  let text = ''
  for (const part of formatter.formatToParts(ms)) text += part.value
  return text
}

/** @example formatDate(dt, 'nl') // 'dinsdag 2 december' */
export function formatDate(dt: DateTime, locale: Locale, withYear = false): string {
  return format(dt, locale, withYear ? DATE_WITH_YEAR : DATE)
}

/** @example formatTime(dt, 'nl') // '13:00' */
export function formatTime(dt: DateTime, locale: Locale): string {
  return format(dt, locale, TIME)
}

/**
 * @example formatTimeRange(start, end, 'nl') // '13:00–13:30'
 *
 * In Arabic and Farsi the range is wrapped in a left-to-right isolate: inside a
 * right-to-left sentence the bidi algorithm would otherwise show '13:30–13:00'.
 */
export function formatTimeRange(start: DateTime, end: DateTime, locale: Locale): string {
  const range = `${formatTime(start, locale)}–${formatTime(end, locale)}`
  return direction(locale) === 'rtl' ? `\u2066${range}\u2069` : range
}

/** The comma between a date and its time as each script writes it: Arabic '،', Ge'ez '፣'. */
const DATE_TIME_SEPARATOR: Partial<Record<Locale, string>> = { ar: '، ', fa: '، ', ti: '፣ ' }

/**
 * A day and its times in one line, joined by the script's own comma.
 *
 * @example formatDateAndTimes(start, end, 'nl') // 'donderdag 10 december, 09:00–09:45'
 */
export function formatDateAndTimes(start: DateTime, end: DateTime, locale: Locale): string {
  const separator = DATE_TIME_SEPARATOR[locale] ?? ', '
  return `${formatDate(start, locale)}${separator}${formatTimeRange(start, end, locale)}`
}

/**
 * Text staff typed (a point's name, an address, a reason) inside a line of plain text: in
 * Arabic and Farsi wrapped in a first-strong isolate, so '3521 BH Utrecht' keeps its order and
 * its full stop stays at its end. Left-to-right lines need none, and a Dutch or French text
 * message stays GSM-7 (an isolate would make it UCS-2, half as long a part).
 *
 * @example isolateTyped('3521 BH Utrecht', 'ar') // '\u20683521 BH Utrecht\u2069'
 */
export function isolateTyped(text: string, locale: Locale): string {
  return direction(locale) === 'rtl' ? `\u2068${text}\u2069` : text
}

/** 'HH:mm:ss' or 'HH:mm' as stored → '13:00'. */
export function formatClock(time: string): string {
  return time.slice(0, 5)
}

/** A calendar date (YYYY-MM-DD) written out: 'vrijdag 25 december 2026'. */
export function formatIsoDate(date: string, locale: Locale, withYear = true): string {
  if (isProductDate(date)) {
    // Its UTC midnight, as Luxon's fromISO(date, { zone: 'UTC' }) reads it, without parsing.
    const options = withYear ? DATE_WITH_YEAR : DATE
    return joinedParts(formatterFor(UTC_DAY, locale, options)!, utcMidnight(date))
  }
  return formatDate(DateTime.fromISO(date, { zone: 'UTC' }), locale, withYear)
}

/** Any DateTime in UTC: formatterFor asks only its zone. */
const UTC_DAY = DateTime.fromMillis(0, { zone: 'UTC' })

const weekdayNames = new Map<string, string[]>()

/** @example weekdayName(1, 'nl') // 'maandag' */
export function weekdayName(weekday: number, locale: Locale): string {
  let names = weekdayNames.get(locale)
  if (!names) weekdayNames.set(locale, (names = Info.weekdays('long', { locale })))
  return names[weekday - 1] ?? String(weekday)
}
