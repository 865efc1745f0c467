import { describe, expect, test } from 'vitest'
import { smsLayout } from '../../src/domain/sms-text.js'
import { LOCALES } from '../../src/i18n/locales.js'
import { smsTexts, type SmsFacts } from '../../src/i18n/sms.js'

// The longest facts a text can carry: a long point name, date and reason, a real manage link.
const LONGEST: SmsFacts = {
  reference: 'ABCD EFGH',
  when: 'woensdag 30 sept. 13:30–14:00',
  point: 'Steunpunt Geldzaken Wijkcentrum De Nieuwe Meerwijk-Zuid',
  phone: '+31 30 123 45 67',
  link: `https://spreekuur.example.org/b/${'x'.repeat(43)}`,
  reason:
    'De steunpunt is gesloten wegens een storing in de verwarming van het hele gebouw. '.repeat(3),
}

describe('every text in every language', () => {
  for (const locale of LOCALES) {
    const texts = smsTexts(locale)
    for (const kind of ['confirmation', 'reminder', 'moved', 'cancelled'] as const) {
      test(`${locale} ${kind} fits three parts and says the reference`, () => {
        const text = texts[kind](LONGEST)
        expect(smsLayout(text).parts.length).toBeLessThanOrEqual(3)
        expect(text).toContain(LONGEST.reference)
        expect(text).toContain(LONGEST.point.slice(0, 20))
      })
    }
  }

  test('Russian, Arabic, Farsi and Tigrinya go as UCS-2, Dutch as GSM-7', () => {
    for (const locale of ['ru', 'ar', 'fa', 'ti'] as const) {
      expect(smsLayout(smsTexts(locale).confirmation(LONGEST)).encoding).toBe('ucs2')
    }
    expect(smsLayout(smsTexts('nl').confirmation(LONGEST)).encoding).toBe('gsm7')
  })

  test('in Arabic a typed reason and the phone are isolated; French and Dutch stay GSM-7', () => {
    const facts = { ...LONGEST, reason: 'Counselor ziek.', reasonTyped: true }
    const ar = smsTexts('ar').cancelled(facts)
    expect(ar).toContain('السبب: \u2068Counselor ziek.\u2069')
    expect(ar).toContain('\u2066+31 30 123 45 67\u2069')
    // One of the form's own reasons is Arabic already: nothing to isolate.
    expect(smsTexts('ar').cancelled({ ...facts, reasonTyped: false })).toContain(
      'السبب: Counselor ziek.\n',
    )
    for (const locale of ['nl', 'fr'] as const) {
      const text = smsTexts(locale).cancelled(facts)
      expect(text).not.toMatch(/[\u2066-\u2069]/)
      expect(smsLayout(text).encoding).toBe('gsm7')
    }
  })

  test('a cancelled text has no manage link; the others do', () => {
    expect(smsTexts('nl').cancelled(LONGEST)).not.toContain(LONGEST.link)
    expect(smsTexts('nl').moved(LONGEST)).toContain(LONGEST.link)
  })
})
