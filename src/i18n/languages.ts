import type { ClientLanguage } from '../domain/booking-form.js'

/**
 * Each language by its own name in its own script, so a client who cannot read the
 * page's language still finds theirs. 'other' is worded by the page's catalog.
 */
export const LANGUAGE_ENDONYMS: Record<Exclude<ClientLanguage, 'other'>, string> = {
  ar: 'العربية',
  ti: 'ትግርኛ',
  fa: 'فارسی',
  prs: 'دری',
  ps: 'پښتو',
  ku: 'Kurdî / کوردی',
  so: 'Soomaali',
  am: 'አማርኛ',
  fr: 'Français',
  en: 'English',
  tr: 'Türkçe',
  ru: 'Русский',
  ka: 'ქართული',
  hy: 'Հայերեն',
  ur: 'اردو',
  nl: 'Nederlands',
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ps', 'ur'])

export function languageDirection(code: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(code) ? 'rtl' : 'ltr'
}
