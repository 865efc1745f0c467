import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'

/**
 * Phone numbers as clients type them (issue 16): Dutch numbers without the country code,
 * foreign numbers with it (+32, 0049…), stored as E.164. For text messages the number must
 * be able to be a mobile number; a landline is a field error, never a text that goes nowhere.
 */

export const DEFAULT_COUNTRY: CountryCode = 'NL'

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits, as phone keyboards type them. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g

/**
 * A number with the digits an Arabic or Persian keyboard types written as 0–9: the same
 * number to every check, to libphonenumber and to the counselor who dials it.
 *
 * @example asciiDigits('٠٦١٢٣٤٥٦٧٨') // '0612345678'
 */
export function asciiDigits(value: string): string {
  return value.replace(EASTERN_DIGIT, (digit) => String(digit.charCodeAt(0) & 0xf))
}

export type PhoneError = 'invalidPhone' | 'notMobile'

export type ParsedPhone =
  | { ok: true; e164: string; mobile: boolean; country: string | undefined }
  | { ok: false; error: PhoneError }

/**
 * @example parsePhone('06 12345678') // { ok: true, e164: '+31612345678', mobile: true, … }
 */
export function parsePhone(
  raw: string,
  options: { mobile?: boolean; country?: CountryCode } = {},
): ParsedPhone {
  // '0049…' is how many people write an international number.
  const typed = raw.trim().replace(/^00(?=[1-9])/, '+')
  const number = parsePhoneNumberFromString(typed, options.country ?? DEFAULT_COUNTRY)
  if (!number || !number.isValid()) return { ok: false, error: 'invalidPhone' }
  const type = number.getType()
  // Some countries do not tell mobile from fixed numbers: those may be either.
  const mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE'
  if (options.mobile && !mobile) return { ok: false, error: 'notMobile' }
  return { ok: true, e164: number.number, mobile, country: number.country }
}

/**
 * A number shown where others may read it: the country code, the first digit of the
 * subscriber number and the last two; the rest as dots in pairs.
 *
 * @example maskedPhone('+31612345678') // '+31 6 •• •• •• 78'
 */
export function maskedPhone(e164: string): string {
  const number = parsePhoneNumberFromString(e164)
  if (!number) return '•• •• ••'
  const national = String(number.nationalNumber)
  const hidden = national.slice(1, -2)
  const dots = (hidden.match(/.{1,2}/g) ?? []).map((pair) => '•'.repeat(pair.length)).join(' ')
  return `+${number.countryCallingCode} ${national[0]} ${dots} ${national.slice(-2)}`
}

/**
 * A stored number as staff read and dial it: a Dutch number the Dutch way ('06 12345678'),
 * a foreign one with its country code ('+32 470 12 34 56'); one that was kept as typed
 * stays as typed.
 *
 * @example displayPhone('+31612345678') // '06 12345678'
 */
export function displayPhone(stored: string): string {
  if (!stored.startsWith('+')) return stored
  const number = parsePhoneNumberFromString(stored)
  if (!number) return stored
  return number.country === DEFAULT_COUNTRY ? number.formatNational() : number.formatInternational()
}
