import { describe, expect, test } from 'vitest'
import { validateClientDetails } from '../../src/domain/booking-form.js'

const VALID = { name: 'Amanuel', language: 'ti' }

describe('the booking form asks the minimum and checks it', () => {
  test('a name and a language are enough; optional fields become null', () => {
    const result = validateClientDetails(VALID)
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Amanuel',
        language: 'ti',
        interpreter: false,
        topic: 'unspecified',
        email: null,
        phone: null,
        note: null,
        sms: false,
      },
    })
  })

  test('a phone number is stored as E.164; texts need one that can be a mobile number', () => {
    const ok = (raw: Record<string, string>) => {
      const result = validateClientDetails({ ...VALID, ...raw })
      return result.ok ? { phone: result.value.phone, sms: result.value.sms } : result.errors
    }
    expect(ok({ phone: '06 1234 5678' })).toEqual({ phone: '+31612345678', sms: false })
    expect(ok({ phone: '+32 470 12 34 56', sms: 'yes' })).toEqual({
      phone: '+32470123456',
      sms: true,
    })
    expect(ok({ phone: '0049 1512 3456789', sms: 'yes' })).toEqual({
      phone: '+4915123456789',
      sms: true,
    })
    // For calling back, a number libphonenumber does not know is kept as typed...
    expect(ok({ phone: '06 9876 5432' })).toEqual({ phone: '06 9876 5432', sms: false })
    // ...but a text needs a real mobile number, and a number at all.
    expect(ok({ phone: '06 9876 5432', sms: 'yes' })).toEqual({ phone: 'invalidPhone' })
    expect(ok({ phone: '030 123 45 67', sms: 'yes' })).toEqual({ phone: 'notMobile' })
    expect(ok({ phone: '', sms: 'yes' })).toEqual({ phone: 'phoneForSms' })
    expect(ok({ phone: '030 123 45 67', sms: 'no' })).toEqual({
      phone: '+31301234567',
      sms: false,
    })
    expect(ok({ sms: 'maybe' })).toEqual({ sms: 'invalidChoice' })
  })

  test('text is trimmed and normalized; a note keeps its line breaks', () => {
    const result = validateClientDetails({
      ...VALID,
      name: '  Cafe\u0301 ',
      note: 'regel 1\r\nregel 2',
    })
    expect(result.ok && result.value.name).toBe('Café')
    expect(result.ok && result.value.note).toBe('regel 1\nregel 2')
  })

  test('a missing name or language is required', () => {
    const result = validateClientDetails({ name: '   ', language: '' })
    expect(result).toEqual({ ok: false, errors: { name: 'required', language: 'required' } })
  })

  test('a name of only invisible characters is no name', () => {
    for (const name of ['\u200b', '\u200d\u200b', ' \u2060 ', '\ufeff']) {
      const result = validateClientDetails({ ...VALID, name })
      expect(result.ok ? 'ok' : result.errors.name, JSON.stringify(name)).toBe('required')
    }
  })

  test('digits as an Arabic or Persian phone keyboard types them are the same number', () => {
    for (const phone of ['٠٦١٢٣٤٥٦٧٨', '۰۶۱۲۳۴۵۶۷۸', '+٣١ ٦ ١٢٣٤٥٦٧٨']) {
      const result = validateClientDetails({ ...VALID, phone, sms: 'yes' })
      expect(result.ok ? result.value.phone : result.errors, phone).toBe('+31612345678')
    }
  })

  test('lengths count characters as people do: an emoji is one', () => {
    const name = '\u{1F33B}'.repeat(80)
    const note = '\u{1F33B}'.repeat(500)
    const fits = validateClientDetails({ ...VALID, name, note })
    expect(fits.ok && [...fits.value.name].length).toBe(80)
    const over = validateClientDetails({ ...VALID, name: name + 'x', note: note + 'x' })
    expect(over).toEqual({ ok: false, errors: { name: 'tooLong', note: 'tooLong' } })
  })

  test('over-long fields are refused', () => {
    const result = validateClientDetails({
      ...VALID,
      name: 'x'.repeat(81),
      email: `${'a'.repeat(250)}@example.org`,
      phone: '0'.repeat(25),
      note: 'n'.repeat(501),
    })
    expect(result).toEqual({
      ok: false,
      errors: { name: 'tooLong', email: 'tooLong', phone: 'tooLong', note: 'tooLong' },
    })
  })

  test('control characters, line breaks in a name and direction overrides are refused', () => {
    for (const name of ['A\u0000B', 'A\nB', 'evil\u202Egnp.exe', 'A\u0007']) {
      const result = validateClientDetails({ ...VALID, name })
      expect(result.ok ? 'ok' : result.errors.name, JSON.stringify(name)).toBe('invalidCharacters')
    }
    const note = validateClientDetails({ ...VALID, note: 'hallo\u001b[31m' })
    expect(note.ok ? 'ok' : note.errors.note).toBe('invalidCharacters')
  })

  test('email and phone must look like one; header injection cannot pass as an address', () => {
    for (const email of [
      'geen-adres',
      'a@b',
      'a@b.c',
      'x@example.org\r\nBcc: y@example.org',
      'a b@example.org',
    ]) {
      const result = validateClientDetails({ ...VALID, email })
      expect(result.ok ? 'ok' : result.errors.email, email).toBe('invalidEmail')
    }
    for (const phone of ['12', 'bel me', '+31 6 12 34 56 78<script>']) {
      const result = validateClientDetails({ ...VALID, phone })
      expect(result.ok ? 'ok' : result.errors.phone, phone).toMatch(/invalidPhone|tooLong/)
    }
    const ok = validateClientDetails({
      ...VALID,
      email: 'a.k@example.org',
      phone: '+31 (0)6-1234 5678',
    })
    expect(ok.ok).toBe(true)
  })

  test('choices outside the lists are refused', () => {
    const result = validateClientDetails({
      ...VALID,
      language: 'klingon',
      topic: 'immigration-number',
      interpreter: 'maybe',
    })
    expect(result).toEqual({
      ok: false,
      errors: { language: 'invalidChoice', topic: 'invalidChoice', interpreter: 'invalidChoice' },
    })
  })
})
