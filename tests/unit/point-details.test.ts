import { describe, expect, test } from 'vitest'
import {
  checkText,
  pointErrorMessages,
  validatePointDetails,
  type RawPointDetails,
} from '../../src/domain/point-details.js'
import { locationsMessages } from '../../src/i18n/staff/locations.js'

const VALID: RawPointDetails = {
  address: 'Havenweg 3',
  postalCode: '4381 AB',
  directions: '',
  phone: '',
  slotMinutes: '30',
  minNoticeMinutes: '120',
  horizonDays: '42',
  walkInSeats: '0',
}

/** The error for one field when everything else is valid. */
function errorFor(field: keyof RawPointDetails, value: string) {
  const result = validatePointDetails({ ...VALID, [field]: value })
  if (result.ok) return undefined
  expect(Object.keys(result.errors)).toEqual([field])
  return result.errors[field]
}

function valueFor(field: keyof RawPointDetails, value: string) {
  const result = validatePointDetails({ ...VALID, [field]: value })
  if (!result.ok) throw new Error(`${field}=${JSON.stringify(value)}: ${JSON.stringify(result)}`)
  return result.value[field]
}

describe('a support point’s details are checked and stored in one form', () => {
  test('valid input is trimmed and normalised; empty optional fields become null', () => {
    const result = validatePointDetails({
      address: '  Nieuwe Gracht 12 ',
      postalCode: ' 3512lk ',
      directions: '',
      phone: '  ',
      slotMinutes: ' 45 ',
      minNoticeMinutes: '007',
      horizonDays: '28',
      walkInSeats: '2',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        address: 'Nieuwe Gracht 12',
        postalCode: '3512 LK',
        directions: null,
        phone: null,
        slotMinutes: 45,
        minNoticeMinutes: 7,
        horizonDays: 28,
        walkInSeats: 2,
      },
    })
  })

  test('a form with nothing in it names every required field', () => {
    const result = validatePointDetails({})
    expect(result).toEqual({
      ok: false,
      errors: {
        address: { code: 'required' },
        postalCode: { code: 'required' },
        slotMinutes: { code: 'required' },
        minNoticeMinutes: { code: 'required' },
        horizonDays: { code: 'required' },
        walkInSeats: { code: 'required' },
      },
    })
  })

  test('text is NFC-normalised, so a composed and a decomposed é count the same', () => {
    expect(valueFor('address', 'Cafe\u0301plein 1')).toBe('Caféplein 1')
    expect(valueFor('address', 'e\u0301'.repeat(200))).toHaveLength(200)
    expect(errorFor('address', 'e\u0301'.repeat(201))).toEqual({ code: 'tooLong', max: 200 })
  })
})

describe('text fields', () => {
  test('the address takes 200 characters, not 201', () => {
    expect(valueFor('address', 'a'.repeat(200))).toHaveLength(200)
    expect(errorFor('address', 'a'.repeat(201))).toEqual({ code: 'tooLong', max: 200 })
  })

  test('the address is one line without control characters or direction overrides', () => {
    expect(errorFor('address', 'Havenweg 3\nVlissingen')).toEqual({ code: 'invalidText' })
    expect(errorFor('address', 'Havenweg\u20283')).toEqual({ code: 'invalidText' })
    expect(errorFor('address', 'Haven\tweg 3')).toEqual({ code: 'invalidText' })
    expect(errorFor('address', 'Havenweg \u202E3')).toEqual({ code: 'invalidText' })
  })

  test('directions keep their line breaks, as \\n, and a break counts as one character', () => {
    expect(valueFor('directions', 'Ingang links\r\nTweede deur\rBel aan')).toBe(
      'Ingang links\nTweede deur\nBel aan',
    )
    const lines = `${'a'.repeat(499)}\r\n${'b'.repeat(500)}`
    expect(valueFor('directions', lines)).toHaveLength(1000)
    expect(errorFor('directions', 'a'.repeat(1001))).toEqual({ code: 'tooLong', max: 1000 })
    expect(errorFor('directions', 'Ingang\u0007')).toEqual({ code: 'invalidText' })
  })

  test('checkText: a required line, an optional one, and a block', () => {
    expect(checkText(' Vlissingen ', 100, { required: true })).toEqual({
      ok: true,
      value: 'Vlissingen',
    })
    expect(checkText('', 100, { required: true })).toEqual({
      ok: false,
      error: { code: 'required' },
    })
    expect(checkText(undefined, 100, { required: false })).toEqual({ ok: true, value: null })
    expect(checkText('a\nb', 100, { required: true, multiline: true })).toEqual({
      ok: true,
      value: 'a\nb',
    })
  })
})

describe('postal codes and phone numbers', () => {
  test.each([
    ['postalCode', '4381ab', '4381 AB'],
    ['postalCode', '4381 AB', '4381 AB'],
    ['postalCode', '4381\u00A0ab', '4381 AB'],
    ['postalCode', '1000 AA', '1000 AA'],
    ['postalCode', '9999 ZZ', '9999 ZZ'],
    ['phone', '030 123 45 67', '030 123 45 67'],
    ['phone', '+31 (0)30-1234567', '+31 (0)30-1234567'],
    ['phone', '030   123\u00A045 67', '030 123 45 67'],
    ['phone', '14 020', '14 020'],
    ['phone', '0'.repeat(30), '0'.repeat(30)],
  ] as const)('%s %j is stored as %j', (field, typed, stored) => {
    expect(valueFor(field, typed)).toBe(stored)
  })

  test.each([
    ...['ABC', 'XX', '0123 AB', '123 AB', '12345 AB', '1234 A', '1234  AB', 'AB 1234'].map(
      (typed) => ['postalCode', typed, 'invalidPostalCode'] as const,
    ),
    // Letter pairs PostNL never uses, and digits that are not ASCII.
    ...['1234 SA', '1234 sd', '1234SS', '\uFF11\uFF12\uFF13\uFF14 AB'].map(
      (typed) => ['postalCode', typed, 'invalidPostalCode'] as const,
    ),
    ...['---', '()', '1234', '030 1234 ext. 5', '030+1234567', '030.123.45.67', '++31 30'].map(
      (typed) => ['phone', typed, 'invalidPhone'] as const,
    ),
    ['postalCode', '4381\nAB', 'invalidText'],
    ['phone', '030 123\n45 67', 'invalidText'],
  ] as const)('%s %j is refused: %s', (field, typed, code) => {
    expect(errorFor(field, typed)).toEqual({ code })
  })

  test('a postal code takes 10 characters, a phone number 30', () => {
    expect(errorFor('postalCode', '4381 AB 12345')).toEqual({ code: 'tooLong', max: 10 })
    expect(errorFor('phone', '0'.repeat(31))).toEqual({ code: 'tooLong', max: 30 })
  })
})

describe('booking rules', () => {
  test.each([
    ['slotMinutes', 5, 240],
    ['minNoticeMinutes', 0, 43_200],
    ['horizonDays', 1, 366],
    ['walkInSeats', 0, 99],
  ] as const)('%s takes %i to %i, both included', (field, min, max) => {
    expect(valueFor(field, String(min))).toBe(min)
    expect(valueFor(field, String(max))).toBe(max)
    expect(errorFor(field, String(min - 1))).toEqual({ code: 'between', min, max })
    expect(errorFor(field, String(max + 1))).toEqual({ code: 'between', min, max })
  })

  test.each(['30.5', '1e2', '+30', 'dertig', '1234567', '3 0'])(
    '%j is not a whole number',
    (typed) => {
      expect(errorFor('slotMinutes', typed)).toEqual({ code: 'wholeNumber' })
    },
  )

  test('a negative number is out of range, and -0 is stored as 0', () => {
    expect(errorFor('walkInSeats', '-1')).toEqual({ code: 'between', min: 0, max: 99 })
    expect(Object.is(valueFor('walkInSeats', '-0'), 0)).toBe(true)
  })
})

describe('the errors in the staff member’s language', () => {
  test.each([
    [{ code: 'required' }, 'Vul dit in.', 'Please fill this in.'],
    [
      { code: 'tooLong', max: 1000 },
      'Gebruik hoogstens 1000 tekens.',
      'Use at most 1000 characters.',
    ],
    [
      { code: 'invalidPostalCode' },
      'Vul een postcode in als 1234 AB.',
      'Enter a postal code like 1234 AB.',
    ],
    [
      { code: 'invalidPhone' },
      'Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en + ( ) -.',
      'This phone number is not right. Use only digits, spaces and + ( ) -.',
    ],
    [
      { code: 'between', min: 5, max: 240 },
      'Vul een getal van 5 tot en met 240 in.',
      'Enter a number from 5 to 240.',
    ],
    [{ code: 'wholeNumber' }, 'Vul een heel getal in.', 'Enter a whole number.'],
  ] as const)('%o', (error, nl, en) => {
    expect(pointErrorMessages(locationsMessages.nl, { slotMinutes: error })).toEqual({
      slotMinutes: nl,
    })
    expect(pointErrorMessages(locationsMessages.en, { slotMinutes: error })).toEqual({
      slotMinutes: en,
    })
  })

  test('each field keeps its own message, in the order they came', () => {
    const words = pointErrorMessages(locationsMessages.en, {
      address: { code: 'required' },
      phone: { code: 'invalidPhone' },
      walkInSeats: { code: 'between', min: 0, max: 99 },
    })
    expect(Object.entries(words)).toEqual([
      ['address', 'Please fill this in.'],
      ['phone', 'This phone number is not right. Use only digits, spaces and + ( ) -.'],
      ['walkInSeats', 'Enter a number from 0 to 99.'],
    ])
  })
})
