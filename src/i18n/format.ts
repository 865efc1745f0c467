import { DateTime, Info } from 'luxon'
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

/** @example formatDate(dt, 'nl') // 'dinsdag 2 december' */
export function formatDate(dt: DateTime, locale: Locale, withYear = false): string {
  return localized(dt, locale).toLocaleString({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  })
}

/** @example formatTime(dt, 'nl') // '13:00' */
export function formatTime(dt: DateTime, locale: Locale): string {
  return localized(dt, locale).toLocaleString({
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
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
  return formatDate(DateTime.fromISO(date, { zone: 'UTC' }), locale, withYear)
}

/** @example weekdayName(1, 'nl') // 'maandag' */
export function weekdayName(weekday: number, locale: Locale): string {
  return Info.weekdays('long', { locale })[weekday - 1] ?? String(weekday)
}
