import { ar } from './ar.js'
import { en } from './en.js'
import { fa } from './fa.js'
import { fr } from './fr.js'
import { nl, type Messages } from './nl.js'
import { ru } from './ru.js'
import { so } from './so.js'
import { ti } from './ti.js'
import { tr } from './tr.js'

/**
 * Every language of the interface, in the order the language switch lists them: Dutch
 * first, then by how many clients read it.
 */
export const catalogs = { nl, en, ar, fa, ti, fr, so, tr, ru } satisfies Record<string, Messages>
export type Locale = keyof typeof catalogs
export const DEFAULT_LOCALE: Locale = 'nl'
export const LOCALES = Object.keys(catalogs) as Locale[]
/** The interface's languages other than Dutch: the ones staff may translate their texts into. */
export const TRANSLATED_LANGUAGES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)
const RTL = new Set<string>(['ar', 'fa'])

export function isLocale(value: string | undefined | null): value is Locale {
  return value != null && Object.hasOwn(catalogs, value)
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr'
}

/**
 * The language to answer in: an explicit choice (query or cookie), else the best match
 * in Accept-Language, else Dutch.
 *
 * @example negotiateLocale({ query: undefined, cookie: undefined, acceptLanguage: 'en-GB,en;q=0.8' }) // 'en'
 */
export function negotiateLocale(input: {
  query: string | undefined
  cookie: string | undefined
  acceptLanguage: string | undefined
}): Locale {
  if (isLocale(input.query)) return input.query
  if (isLocale(input.cookie)) return input.cookie
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { base: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE
}
