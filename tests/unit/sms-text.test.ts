import { describe, expect, test } from 'vitest'
import { fitsInParts, smsEncoding, smsLayout } from '../../src/domain/sms-text.js'

describe('smsEncoding', () => {
  test('Dutch, English, French and Turkish-without-ş fit GSM-7', () => {
    expect(smsEncoding('Uw afspraak ABCD EFGH: di 1 dec, 13:00. Café € 0,-')).toBe('gsm7')
  })
  test.each([
    ['ar', 'موعدك'],
    ['fa', 'نوبت شما'],
    ['ti', 'ቆጸራ'],
    ['ru', 'Ваша запись'],
    ['tr', 'Randevunuz şu'],
  ])('%s needs UCS-2', (_locale, text) => {
    expect(smsEncoding(text)).toBe('ucs2')
  })
})

describe('smsLayout', () => {
  test('160 GSM-7 characters are one message, 161 are two parts of at most 153', () => {
    expect(smsLayout('a'.repeat(160)).parts).toHaveLength(1)
    const two = smsLayout('a'.repeat(161))
    expect(two.parts.map((p) => p.length)).toEqual([153, 8])
    expect(two.dataCoding).toBe(0)
  })

  test('extension characters count twice and are never split', () => {
    expect(smsLayout('€'.repeat(80)).parts).toHaveLength(1)
    const parts = smsLayout('€'.repeat(81)).parts
    expect(parts.map((p) => [...p].length)).toEqual([76, 5])
  })

  test('70 UCS-2 characters are one message, 71 are parts of at most 67', () => {
    expect(smsLayout('ж'.repeat(70)).parts).toHaveLength(1)
    const two = smsLayout('ж'.repeat(71))
    expect(two.parts.map((p) => p.length)).toEqual([67, 4])
    expect(two.dataCoding).toBe(8)
  })

  test('a surrogate pair stays whole', () => {
    const parts = smsLayout('ж'.repeat(66) + '😀' + 'ж'.repeat(5)).parts
    expect(parts[0]).toBe('ж'.repeat(66))
    expect(parts[1]).toBe('😀' + 'ж'.repeat(5))
  })

  test('at most three parts', () => {
    expect(fitsInParts('a'.repeat(459))).toBe(true)
    expect(fitsInParts('a'.repeat(460))).toBe(false)
  })
})
