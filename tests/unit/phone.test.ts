import { describe, expect, test } from 'vitest'
import { displayPhone, maskedPhone, parsePhone } from '../../src/domain/phone.js'

describe('parsePhone', () => {
  test.each([
    ['06 12345678', '+31612345678'],
    ['06-1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['0049 151 23456789', '+4915123456789'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+44 7400 123456', '+447400123456'],
  ])('%s is the mobile number %s', (typed, e164) => {
    expect(parsePhone(typed, { mobile: true })).toMatchObject({ ok: true, e164, mobile: true })
  })

  test('a Dutch landline is a number, but not one to text', () => {
    expect(parsePhone('020 123 4567')).toMatchObject({ ok: true, e164: '+31201234567' })
    expect(parsePhone('020 123 4567', { mobile: true })).toEqual({ ok: false, error: 'notMobile' })
  })

  test.each(['12', 'abc', '06 1234', '+999 1234567', ''])('%j is no phone number', (typed) => {
    expect(parsePhone(typed)).toEqual({ ok: false, error: 'invalidPhone' })
  })
})

describe('maskedPhone', () => {
  test('shows the country code, the first digit and the last two', () => {
    expect(maskedPhone('+31612345678')).toBe('+31 6 •• •• •• 78')
    expect(maskedPhone('+4915123456789')).toBe('+49 1 •• •• •• •• 89')
  })
})

describe('a stored number as staff dial it', () => {
  test('Dutch the Dutch way, foreign with the country code, the unreadable as typed', () => {
    expect(displayPhone('+31612345678')).toBe('06 12345678')
    expect(displayPhone('+32470123456')).toBe('+32 470 12 34 56')
    expect(displayPhone('06 9876 5432')).toBe('06 9876 5432')
  })
})
