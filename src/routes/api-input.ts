import type { Context } from 'hono'
import type { AppEnv } from '../app-env.js'
import {
  CLIENT_LANGUAGES,
  LIMITS,
  TOPICS,
  type ClientDetails,
  type FieldError,
  type RawClientDetails,
} from '../domain/booking-form.js'
import { ISO_INSTANT } from '../domain/text-rules.js'
import { instantFromIso, isWithinProductYears, utcMidnightOrNull } from '../domain/time.js'

/**
 * Reading the JSON API's requests (routes/api.ts): dates, instants, the body as an object
 * and the client's details, with the English messages of the API's errors.
 */

export type Fields = Record<string, string>

/** A calendar date as YYYY-MM-DD, as the epoch millis of its midnight in UTC, or null. */
export function parseDate(value: string): number | null {
  return utcMidnightOrNull(value)
}

/** An ISO 8601 instant with an offset or Z, or null: a bare local time is ambiguous. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null
  const instant = instantFromIso(value)
  return instant !== null && isWithinProductYears(instant) ? new Date(instant) : null
}

/** The body as a JSON object, or null for anything else; malformed JSON is the client's error. */
export async function readJsonObject(c: Context<AppEnv>): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await c.req.text())
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** Own properties only: `{"__proto__": …}` and friends must not reach the validation. */
export function member(body: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(body, key) ? body[key] : undefined
}

export const FIELD_MESSAGES: Record<FieldError, (field: keyof ClientDetails) => string> = {
  required: () => 'Required.',
  // Only the fields with a limit can be too long.
  tooLong: (field) => `Too long: at most ${LIMITS[field as keyof typeof LIMITS]} characters.`,
  invalidCharacters: () => 'Contains control characters, direction overrides or line breaks.',
  invalidEmail: () => 'Not a valid email address.',
  invalidPhone: () => 'Not a valid phone number.',
  notMobile: () => 'Cannot receive text messages: give a mobile number, or leave sms out.',
  phoneForSms: () => 'Required when sms is true: the mobile number to send texts to.',
  invalidChoice: (field) =>
    field === 'language'
      ? `Must be one of: ${CLIENT_LANGUAGES.join(', ')}.`
      : field === 'topic'
        ? `Must be one of: ${TOPICS.join(', ')}.`
        : 'Must be true or false.',
}

const TEXT_FIELDS = ['name', 'language', 'email', 'phone', 'topic', 'note'] as const

/** The client's details as the form validation takes them, plus errors for wrong JSON types. */
export function rawDetails(body: Record<string, unknown>): {
  raw: RawClientDetails
  fields: Fields
} {
  const raw: RawClientDetails = {}
  const fields: Fields = {}
  for (const name of TEXT_FIELDS) {
    const value = member(body, name)
    if (typeof value === 'string') raw[name] = value
    else if (value !== undefined && value !== null) fields[name] = 'Must be a string.'
  }
  const sms = member(body, 'sms')
  if (typeof sms === 'boolean') raw.sms = sms ? 'yes' : 'no'
  else if (sms !== undefined && sms !== null) fields.sms = 'Must be true or false.'
  const interpreter = member(body, 'interpreter')
  if (typeof interpreter === 'boolean') raw.interpreter = interpreter ? 'yes' : 'no'
  else if (interpreter !== undefined && interpreter !== null) {
    fields.interpreter = 'Must be true or false.'
  }
  return { raw, fields }
}
