import type { Locale } from '../src/i18n/locales.js'
import type { Messages } from '../src/i18n/nl.js'

/** What every view needs to speak the visitor's language. */
export interface ViewContext {
  locale: Locale
  t: Messages
  dir: 'ltr' | 'rtl'
  /** Path and query of this page, for the language switch. */
  url: URL
}
