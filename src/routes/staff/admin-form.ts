import type { Context } from 'hono'
import { IANAZone } from 'luxon'
import type { FormErrors, FormValues } from '../../../views/partials/form-fields.js'
import type { AppEnv } from '../../app-env.js'
import { checkText } from '../../domain/point-details.js'
import { isSlug } from '../../domain/text-rules.js'
import { readForm } from '../../http/form.js'
import { adminMessages, type AdminMessages } from '../../i18n/staff/admin.js'

/** What the admin's region and support-point forms share: the reader and the field checks. */

type C = Context<AppEnv>

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/

/** Path words that a slug cannot be, or its page would be shadowed. */
export const RESERVED = new Set(['nieuw'])

export function messages(c: C): AdminMessages {
  return adminMessages[c.get('staff').locale]
}

/**
 * The named fields of the posted form, as typed, cut to 2,000 characters unless `long`
 * names the field (a list of booking ids: the body limit of 64 KB bounds it).
 */
export async function formValues(
  c: C,
  names: readonly string[],
  long: readonly string[] = [],
): Promise<FormValues> {
  const form = await readForm(c)
  return Object.fromEntries(
    names.map((name) => [name, form.text(name, long.includes(name) ? Infinity : 2000)]),
  )
}

/** Field checks that collect one localized message per field. */
export function checker(t: AdminMessages, values: FormValues) {
  const errors: FormErrors = {}
  const fail = (name: string, message: string) => {
    errors[name] ??= message
    return null
  }
  return {
    errors,
    fail,
    /** A required line of text, as a point's details are checked. */
    line(name: string, max: number): string | null {
      const checked = checkText(values[name], max, { required: true })
      if (checked.ok) return checked.value
      const { error } = checked
      return fail(name, error.code === 'tooLong' ? t.tooLong(error.max) : t[error.code])
    },
    slug(name: string): string | null {
      const value = (values[name] ?? '').trim()
      if (value === '') return fail(name, t.required)
      if (!isSlug(value)) return fail(name, t.invalidSlug)
      return value
    },
    ok: () => Object.keys(errors).length === 0,
  }
}

/** The canonical IANA name of a time zone, or null when there is no such zone. */
export function ianaZone(value: string): string | null {
  if (!ZONE_NAME.test(value) || value.length > 60) return null
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
    return IANAZone.isValidZone(zone) ? zone : null
  } catch {
    return null
  }
}
