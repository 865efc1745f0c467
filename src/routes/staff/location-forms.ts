import type { FormErrors, FormValues } from '../../../views/staff/locations-fields.js'
import { isClosureReason } from '../../domain/closure-reasons.js'
import { pointErrorMessages, validatePointDetails } from '../../domain/point-details.js'
import { STAFF_TEXT_FORBIDDEN } from '../../domain/text-rules.js'
import { addDays, isProductDate } from '../../domain/time.js'
import type { LocationsMessages } from '../../i18n/staff/locations.js'
import type { Schedule, ScheduleChange } from '../../services/schedule.js'

/**
 * The forms of a support point's page (details, weekly hours, closures, extra sessions) as
 * typed, checked into a schedule change or one localized message per field. Pure: the
 * routes in locations.tsx read the form and apply the change.
 */

export type Validated = { ok: true; change: ScheduleChange } | { ok: false; errors: FormErrors }

// Control characters other than line breaks, and direction overrides (text-rules.ts).
export const CONTROL = STAFF_TEXT_FORBIDDEN
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Field checks that collect one localized message per field. */
function checker(t: LocationsMessages, values: FormValues) {
  const errors: FormErrors = {}
  const fail = (name: string, message: string) => {
    errors[name] ??= message
    return null
  }
  const trimmed = (name: string) => (values[name] ?? '').trim()
  return {
    errors,
    fail,
    text(name: string, max: number, required: boolean): string | null {
      const value = trimmed(name)
      if (value === '') return required ? fail(name, t.required) : null
      if (value.length > max) return fail(name, t.tooLong(max))
      if (CONTROL.test(value)) return fail(name, t.invalidText)
      return value
    },
    int(name: string, min: number, max: number): number | null {
      const value = trimmed(name)
      if (value === '') return fail(name, t.required)
      if (!/^-?\d{1,6}$/.test(value)) return fail(name, t.wholeNumber)
      const n = Number(value)
      if (n < min || n > max) return fail(name, t.between(min, max))
      return n
    },
    time(name: string): string | null {
      const value = trimmed(name)
      if (value === '') return fail(name, t.required)
      return TIME.test(value) ? value : fail(name, t.invalidTime)
    },
    date(name: string, required: boolean): string | null {
      const value = trimmed(name)
      if (value === '') return required ? fail(name, t.required) : null
      // Only the years the product can mean (PRODUCT_YEARS): year 0 is an error in
      // PostgreSQL, and dates near 9999 overflow once a zone or a day is added.
      return isProductDate(value) ? value : fail(name, t.invalidDate)
    },
    done(change: () => ScheduleChange): Validated {
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, change: change() }
    },
  }
}

/** A start and end time, the end after the start. */
function timeRange(check: ReturnType<typeof checker>, t: LocationsMessages) {
  const start = check.time('start')
  const end = check.time('end')
  if (start && end && end <= start) check.fail('end', t.endBeforeStart)
  return { start: start ?? '', end: end ?? '' }
}

export function validateDetails(t: LocationsMessages, values: FormValues): Validated {
  const result = validatePointDetails(values)
  if (!result.ok) return { ok: false, errors: pointErrorMessages(t, result.errors) }
  return { ok: true, change: { kind: 'details', details: result.value } }
}

export function validateNewHours(t: LocationsMessages, values: FormValues): Validated {
  const check = checker(t, values)
  const weekday = /^[1-7]$/.test(values.weekday ?? '') ? Number(values.weekday) : null
  if (weekday === null) check.fail('weekday', t.invalidWeekday)
  const { start, end } = timeRange(check, t)
  const counselors = check.int('counselors', 0, 99)
  const validFrom = check.date('validFrom', false)
  const validUntil = check.date('validUntil', false)
  if (validFrom && validUntil && validUntil < validFrom) check.fail('validUntil', t.lastBeforeFirst)
  return check.done(() => ({
    kind: 'hours.add',
    hours: {
      weekday: weekday ?? 0,
      start,
      end,
      counselors: counselors ?? 0,
      validFrom,
      validUntil,
    },
  }))
}

export function validateClosure(
  t: LocationsMessages,
  values: FormValues,
  today: string,
  schedule: Schedule,
) {
  const check = checker(t, values)
  const startDate = check.date('startDate', true)
  const endDate = check.date('endDate', true)
  if (startDate && endDate && endDate < startDate) check.fail('endDate', t.lastBeforeFirst)
  else if (endDate && endDate < today) check.fail('endDate', t.dateInPast)
  // A kind from the list is read in every language; the typed words then only add to it.
  const kind = (values.reasonKind ?? '').trim()
  const reasonCode = kind === '' ? null : isClosureReason(kind) ? kind : null
  if (kind !== '' && !reasonCode) check.fail('reasonKind', t.unknownReasonKind)
  const reason = check.text('reason', 200, kind === '')
  const duplicate = schedule.closures.some(
    (c) =>
      c.startDate === startDate &&
      c.endDate === endDate &&
      c.reason === (reason ?? '') &&
      (c.reasonCode ?? null) === reasonCode,
  )
  if (duplicate) check.fail('reason', t.duplicateClosure)
  return check.done(() => ({
    kind: 'closure.add',
    closure: {
      startDate: startDate ?? '',
      endDate: endDate ?? '',
      reason: reason ?? '',
      reasonCode,
    },
  }))
}

export function validateSession(
  t: LocationsMessages,
  values: FormValues,
  today: string,
): Validated {
  const check = checker(t, values)
  const date = check.date('date', true)
  if (date && date < today) check.fail('date', t.dateInPast)
  const { start, end } = timeRange(check, t)
  const counselors = check.int('counselors', 0, 99)
  const note = check.text('note', 200, false)
  return check.done(() => ({
    kind: 'session.add',
    session: { date: date ?? '', start, end, counselors: counselors ?? 0, note },
  }))
}

/**
 * New times and counselors for one weekly session, from a day on (today or empty: at once)
 * and optionally until one, both within the days the session runs.
 */
export function validateHoursUpdate(
  t: LocationsMessages,
  values: FormValues,
  hours: { id: string; validFrom: string | null; validUntil: string | null },
  today: string,
): Validated {
  const check = checker(t, values)
  const { start, end } = timeRange(check, t)
  const counselors = check.int('counselors', 0, 99)
  const from = check.date('validFrom', false)
  const until = check.date('validUntil', false)
  const last = hours.validUntil
  if (from && from < today) check.fail('validFrom', t.dateInPast)
  else if (from && last && from > last) check.fail('validFrom', t.afterHoursEnd(last))
  if (until && until < (from && from > today ? from : today)) {
    check.fail('validUntil', t.lastBeforeFirst)
  } else if (until && last && until > last) check.fail('validUntil', t.afterHoursEnd(last))
  return check.done(() => ({
    kind: 'hours.update',
    id: hours.id,
    start,
    end,
    counselors: counselors ?? 0,
    from: from && from > today ? from : null,
    until,
  }))
}

/** The last day of a weekly session: not before its first, not before yesterday. */
export function validateHoursEnd(
  t: LocationsMessages,
  values: FormValues,
  hours: { id: string; validFrom: string | null },
  today: string,
): Validated {
  const check = checker(t, values)
  const validUntil = check.date('validUntil', true)
  if (validUntil && hours.validFrom && validUntil < hours.validFrom) {
    check.fail('validUntil', t.untilBeforeFrom(hours.validFrom))
  } else if (validUntil && validUntil < addDays(today, -1)) {
    // The day before today ends them at once; anything earlier would rewrite the past.
    check.fail('validUntil', t.dateInPast)
  }
  return check.done(() => ({
    kind: 'hours.end',
    id: hours.id,
    validUntil: validUntil ?? '',
  }))
}
