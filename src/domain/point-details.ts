import { LINE_BREAK, STAFF_TEXT_FORBIDDEN } from './text-rules.js'

/**
 * A support point's details as staff type them: the coordinator on the point's own page and
 * the admin creating one check them here, so both store the same thing. Pure; errors are
 * codes that the staff catalogs put into words (`pointErrorMessages`).
 */

/** Longest text a field takes, in characters once normalised (a line break counts once). */
export const POINT_TEXT_LIMITS = {
  name: 100,
  municipality: 100,
  address: 200,
  postalCode: 10,
  directions: 1000,
  phone: 30,
} as const

/** The booking rules as whole numbers, both bounds included (the database checks these too). */
export const POINT_RULE_LIMITS = {
  slotMinutes: { min: 5, max: 240 },
  minNoticeMinutes: { min: 0, max: 43_200 },
  horizonDays: { min: 1, max: 366 },
  walkInSeats: { min: 0, max: 99 },
} as const

/** The details as stored: text trimmed and normalised, empty optional text null. */
export type PointDetails = {
  address: string
  /** Always as '1234 AB' */
  postalCode: string
  directions: string | null
  phone: string | null
} & Record<keyof typeof POINT_RULE_LIMITS, number>

/** What was typed, field by field; a missing field reads as empty. */
export type RawPointDetails = Partial<Record<keyof PointDetails, string>>

export type TextError =
  { code: 'required' } | { code: 'tooLong'; max: number } | { code: 'invalidText' }

export type PointError =
  | TextError
  | { code: 'wholeNumber' }
  | { code: 'between'; min: number; max: number }
  | { code: 'invalidPostalCode' }
  | { code: 'invalidPhone' }

export type PointErrors = Partial<Record<keyof PointDetails, PointError>>

/** The staff catalog's words for each error (nl and en both have them). */
export interface PointErrorWording {
  required: string
  tooLong: (max: number) => string
  invalidText: string
  wholeNumber: string
  between: (min: number, max: number) => string
  invalidPostalCode: string
  invalidPhone: string
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: PointError }

// PostNL numbers start at 1000 and never use the letter pairs SA, SD and SS.
const POSTAL_CODE = /^([1-9]\d{3})\s?([A-Z]{2})$/
const UNUSED_POSTAL_LETTERS = new Set(['SA', 'SD', 'SS'])
const PHONE = /^\+?[\d ()-]+$/
// The shortest number a point could list: a municipality's 14 + area code ("14 020").
const PHONE_MIN_DIGITS = 5

/**
 * One line (or, `multiline`, a block) of text: trimmed, NFC-normalised, line breaks as '\n';
 * an empty optional field is null.
 *
 * @example checkText(' Havenweg 3 ', 200, { required: true }) // { ok: true, value: 'Havenweg 3' }
 */
export function checkText(
  raw: string | undefined,
  max: number,
  options: { required: boolean; multiline?: boolean },
): { ok: true; value: string | null } | { ok: false; error: TextError } {
  const value = (raw ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim()
  if (value === '') return options.required ? fail({ code: 'required' }) : { ok: true, value: null }
  if (value.length > max) return fail({ code: 'tooLong', max })
  if (STAFF_TEXT_FORBIDDEN.test(value) || (!options.multiline && LINE_BREAK.test(value))) {
    return fail({ code: 'invalidText' })
  }
  return { ok: true, value }
}

/**
 * Checks and normalises a point's details; every field with a problem gets one error.
 *
 * @example validatePointDetails({ address: 'Havenweg 3', postalCode: '4381ab', slotMinutes: '30', minNoticeMinutes: '0', horizonDays: '42', walkInSeats: '0' }) // { ok: true, value: { postalCode: '4381 AB', phone: null, ... } }
 */
export function validatePointDetails(
  raw: RawPointDetails,
): { ok: true; value: PointDetails } | { ok: false; errors: PointErrors } {
  const errors: PointErrors = {}
  const take = <T>(name: keyof PointDetails, checked: Checked<T>): T | undefined => {
    if (checked.ok) return checked.value
    errors[name] = checked.error
    return undefined
  }
  const text = (name: keyof typeof POINT_TEXT_LIMITS & keyof PointDetails, required: boolean) =>
    take(
      name,
      checkText(raw[name], POINT_TEXT_LIMITS[name], { required, multiline: name === 'directions' }),
    )
  const rule = (name: keyof typeof POINT_RULE_LIMITS) =>
    take(name, checkWholeNumber(raw[name], name))

  const address = text('address', true)
  const postalCode = take('postalCode', checkPostalCode(raw.postalCode))
  const directions = text('directions', false)
  const phone = take('phone', checkPhone(raw.phone))
  const slotMinutes = rule('slotMinutes')
  const minNoticeMinutes = rule('minNoticeMinutes')
  const horizonDays = rule('horizonDays')
  const walkInSeats = rule('walkInSeats')
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      address: address!,
      postalCode: postalCode!,
      directions: directions ?? null,
      phone: phone ?? null,
      slotMinutes: slotMinutes!,
      minNoticeMinutes: minNoticeMinutes!,
      horizonDays: horizonDays!,
      walkInSeats: walkInSeats!,
    },
  }
}

/**
 * The errors in the catalog's words, in the order they came.
 *
 * @example pointErrorMessages(locationsMessages.en, { slotMinutes: { code: 'between', min: 5, max: 240 } }) // { slotMinutes: 'Enter a number from 5 to 240.' }
 */
export function pointErrorMessages(
  t: PointErrorWording,
  errors: Partial<Record<string, PointError>>,
): Record<string, string> {
  const words: Record<string, string> = {}
  for (const [name, error] of Object.entries(errors)) {
    if (error) words[name] = pointErrorMessage(t, error)
  }
  return words
}

function pointErrorMessage(t: PointErrorWording, error: PointError): string {
  switch (error.code) {
    case 'tooLong':
      return t.tooLong(error.max)
    case 'between':
      return t.between(error.min, error.max)
    default:
      return t[error.code]
  }
}

function fail(error: TextError): { ok: false; error: TextError }
function fail(error: PointError): { ok: false; error: PointError }
function fail(error: PointError) {
  return { ok: false as const, error }
}

function checkPostalCode(raw: string | undefined): Checked<string> {
  const typed = checkText(raw, POINT_TEXT_LIMITS.postalCode, { required: true })
  if (!typed.ok) return typed
  const match = POSTAL_CODE.exec((typed.value ?? '').toUpperCase())
  if (!match || UNUSED_POSTAL_LETTERS.has(match[2]!)) return fail({ code: 'invalidPostalCode' })
  return { ok: true, value: `${match[1]} ${match[2]}` }
}

/** Any run of spaces (a pasted no-break space too) becomes one plain space. */
function checkPhone(raw: string | undefined): Checked<string | null> {
  const typed = checkText(raw, POINT_TEXT_LIMITS.phone, { required: false })
  if (!typed.ok || typed.value === null) return typed
  const phone = typed.value.replace(/\s+/g, ' ')
  const digits = phone.replace(/\D/g, '').length
  if (!PHONE.test(phone) || digits < PHONE_MIN_DIGITS) return fail({ code: 'invalidPhone' })
  return { ok: true, value: phone }
}

function checkWholeNumber(
  raw: string | undefined,
  name: keyof typeof POINT_RULE_LIMITS,
): Checked<number> {
  const { min, max } = POINT_RULE_LIMITS[name]
  const value = (raw ?? '').trim()
  if (value === '') return fail({ code: 'required' })
  // Six digits at most: anything longer is a typo, and a minus sign reads as out of range.
  if (!/^-?\d{1,6}$/.test(value)) return fail({ code: 'wholeNumber' })
  const n = Number(value)
  if (n < min || n > max) return fail({ code: 'between', min, max })
  return { ok: true, value: n || 0 } // '-0' is 0
}

/** Directions the coordinator wrote in other languages, by language code ('ar': '…'). */
export type TranslatedDirections = Readonly<Record<string, string>>

/**
 * Checks the directions typed in other languages: each as the Dutch ones (multi-line, at
 * most 1000 characters), an empty one means "none in that language". Only the `languages`
 * given are read; anything else in `raw` is ignored.
 *
 * @example validateTranslatedDirections({ ar: ' ادخل من الباب الخلفي ', en: '' }, ['ar', 'en']) // { ok: true, value: { ar: 'ادخل من الباب الخلفي' } }
 */
export function validateTranslatedDirections(
  raw: Readonly<Record<string, string | undefined>>,
  languages: readonly string[],
): { ok: true; value: TranslatedDirections } | { ok: false; errors: Record<string, TextError> } {
  const value: Record<string, string> = {}
  const errors: Record<string, TextError> = {}
  for (const language of languages) {
    const checked = checkText(raw[language], POINT_TEXT_LIMITS.directions, {
      required: false,
      multiline: true,
    })
    if (!checked.ok) errors[language] = checked.error
    else if (checked.value !== null) value[language] = checked.value
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

/**
 * The directions a reader of `language` gets: the coordinator's own text in that language
 * when there is one, else the Dutch, marked as such so the page can say so.
 *
 * @example directionsFor({ directions: 'Achterom', directionsIn: { ar: 'من الخلف' } }, 'ar') // { text: 'من الخلف', dutch: false }
 * @example directionsFor({ directions: 'Achterom', directionsIn: {} }, 'fa') // { text: 'Achterom', dutch: true }
 */
export function directionsFor(
  point: { directions: string | null; directionsIn: TranslatedDirections },
  language: string,
): { text: string; dutch: boolean } | null {
  const own = language === 'nl' ? undefined : point.directionsIn[language]
  if (own) return { text: own, dutch: false }
  return point.directions ? { text: point.directions, dutch: true } : null
}
