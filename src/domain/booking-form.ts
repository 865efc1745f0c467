import { asciiDigits, parsePhone } from './phone.js'
import { characters, LINE_BREAK, MULTI_LINE_FORBIDDEN, VISIBLE } from './text-rules.js'

/**
 * What a client may tell us, and nothing more: no immigration number, date of birth or
 * nationality is ever asked. Pure validation; messages are looked up by code in the catalog.
 */

/** Languages clients speak, by ISO 639 code; the form shows each in its own script. */
export const CLIENT_LANGUAGES = [
  'ar',
  'ti',
  'fa',
  'prs',
  'ps',
  'ku',
  'so',
  'am',
  'fr',
  'en',
  'tr',
  'ru',
  'ka',
  'hy',
  'ur',
  'nl',
  'other',
] as const
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number]

export const TOPICS = ['orientation', 'return', 'other', 'unspecified'] as const
export type Topic = (typeof TOPICS)[number]

export const LIMITS = { name: 80, email: 254, phone: 24, note: 500 } as const

export type FieldError =
  | 'required'
  | 'tooLong'
  | 'invalidCharacters'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'invalidChoice'
  /** Texts were asked for, and the number cannot be a mobile number. */
  | 'notMobile'
  /** Texts were asked for without a number to send them to. */
  | 'phoneForSms'

export interface ClientDetails {
  name: string
  language: ClientLanguage
  interpreter: boolean
  topic: Topic
  email: string | null
  /** E.164 when the number could be read (libphonenumber), else as typed. */
  phone: string | null
  note: string | null
  /** Texts about this appointment to `phone` (issue 16); then `phone` is a mobile E.164. */
  sms?: boolean
}

/** What the client typed, kept as typed so the form can show it again. */
export type RawClientDetails = Partial<Record<keyof ClientDetails, string>>

export type ValidationResult =
  | { ok: true; value: ClientDetails }
  | { ok: false; errors: Partial<Record<keyof ClientDetails, FieldError>> }

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/

/**
 * One address someone could be mailed at: no list ("a,b@x.org"), no display name, no
 * control characters. For clients and staff alike; the mailer would otherwise read some
 * of these as several recipients.
 *
 * @example isPlausibleEmail('naam@voorbeeld.nl') // true
 */
export function isPlausibleEmail(value: string): boolean {
  return EMAIL.test(value) && !MULTI_LINE_FORBIDDEN.test(value)
}
const PHONE = /^\+?[0-9 ()./-]{6,24}$/

/**
 * Checks the booking form. Empty optional fields become null; text is trimmed.
 *
 * @example validateClientDetails({ name: 'A.K.', language: 'ti' }) // { ok: true, value: { name: 'A.K.', ... } }
 */
export function validateClientDetails(raw: RawClientDetails): ValidationResult {
  const errors: Partial<Record<keyof ClientDetails, FieldError>> = {}
  const text = (value: string | undefined) => (value ?? '').normalize('NFC').trim()

  const name = text(raw.name)
  if (!VISIBLE.test(name)) errors.name = 'required'
  else if (characters(name) > LIMITS.name) errors.name = 'tooLong'
  else if (MULTI_LINE_FORBIDDEN.test(name) || LINE_BREAK.test(name))
    errors.name = 'invalidCharacters'

  const language = text(raw.language)
  if (language === '') errors.language = 'required'
  else if (!(CLIENT_LANGUAGES as readonly string[]).includes(language)) {
    errors.language = 'invalidChoice'
  }

  const interpreter = text(raw.interpreter) || 'no'
  if (interpreter !== 'yes' && interpreter !== 'no') errors.interpreter = 'invalidChoice'

  const topic = text(raw.topic) || 'unspecified'
  if (!(TOPICS as readonly string[]).includes(topic)) errors.topic = 'invalidChoice'

  const email = text(raw.email)
  if (email.length > LIMITS.email) errors.email = 'tooLong'
  else if (email !== '' && !isPlausibleEmail(email)) {
    errors.email = 'invalidEmail'
  }

  const smsChoice = text(raw.sms)
  const sms = smsChoice === 'yes'
  if (smsChoice !== '' && smsChoice !== 'yes' && smsChoice !== 'no') errors.sms = 'invalidChoice'

  let phone = asciiDigits(text(raw.phone))
  if (phone.length > LIMITS.phone) errors.phone = 'tooLong'
  else if (phone !== '' && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 6)) {
    errors.phone = 'invalidPhone'
  } else if (phone === '' && sms) {
    errors.phone = 'phoneForSms'
  } else if (phone !== '') {
    // Texts need a number that can be a mobile one; a number only for calling back may be
    // any the counselor can dial, so one libphonenumber does not know is kept as typed.
    const parsed = parsePhone(phone, { mobile: sms })
    if (parsed.ok) phone = parsed.e164
    else if (sms) errors.phone = parsed.error
  }

  const note = text(raw.note).replace(/\r\n?/g, '\n')
  if (characters(note) > LIMITS.note) errors.note = 'tooLong'
  else if (MULTI_LINE_FORBIDDEN.test(note)) errors.note = 'invalidCharacters'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      name,
      language: language as ClientLanguage,
      interpreter: interpreter === 'yes',
      topic: topic as Topic,
      email: email === '' ? null : email,
      phone: phone === '' ? null : phone,
      note: note === '' ? null : note,
      sms,
    },
  }
}
