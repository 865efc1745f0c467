/**
 * Named rules for text that reaches us from outside (forms, paths, the JSON API).
 * One place, so that "a slug" or "a single-line name" means the same on every page.
 */

/** A support point's or region's address part: lower-case words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The longest slug we accept anywhere (the admin form, paths). */
export const SLUG_MAX = 60

/** A calendar date as the forms and paths write it: 2026-12-05. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * An instant that says which one it is (the JSON API): a date-time, seconds optional,
 * with an offset or Z.
 */
export const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/

/**
 * A slot start as links and forms carry it begins with a plain four-digit year (not ISO's
 * expanded ±YYYYYY) and ends with an offset; luxon reads what lies between.
 */
export const ISO_DATE_TIME_START = /^\d{4}-\d{2}-\d{2}T/
export const ENDS_WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/

/** A line break of any kind, the Unicode line and paragraph separators included. */
export const LINE_BREAK = /[\r\n\u2028\u2029]/

/**
 * Characters no single-line field may hold: C0 and C1 controls (tab and line breaks
 * included), and the bidirectional overrides and isolates that can make a name read
 * differently from what it is (Trojan Source, CVE-2021-42574).
 */
export const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** The same for notes and messages, which may hold tabs and line breaks. */
export const MULTI_LINE_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/**
 * The same for what staff type (a point's details, a closure's or a cancellation's reason):
 * line breaks pass, a tab does not. A field that must be one line adds LINE_BREAK.
 */
export const STAFF_TEXT_FORBIDDEN =
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** Something a reader can see: not only spaces and invisible format characters (U+200B…). */
export const VISIBLE = /[^\s\p{Cf}]/u

/** A text's length as people count it, an emoji as one (code points, as PostgreSQL's char_length). */
export function characters(value: string): number {
  return [...value].length
}

export function isSlug(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX && SLUG.test(value)
}

export function isSingleLine(value: string): boolean {
  return !SINGLE_LINE_FORBIDDEN.test(value)
}

export function isMultiLine(value: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(value)
}
