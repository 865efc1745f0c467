import { DateTime } from 'luxon'
import { describe, expect, test } from 'vitest'
import { formatDate, formatDateAndTimes, formatTimeRange } from '../../src/i18n/format.js'

const start = DateTime.fromISO('2026-12-01T13:00', { zone: 'Europe/Amsterdam' })
const end = start.plus({ minutes: 30 })

describe('dates and times as people read them', () => {
  test('weekday and date written out, 24-hour clock', () => {
    expect(formatDate(start, 'nl')).toBe('dinsdag 1 december')
    expect(formatTimeRange(start, end, 'nl')).toBe('13:00–13:30')
    expect(formatTimeRange(start, end, 'en')).toBe('13:00–13:30')
  })

  test('Farsi uses the Gregorian calendar and Western digits, like the counselor sees', () => {
    expect(formatDate(start, 'fa')).toContain('1')
    expect(formatDate(start, 'fa')).toContain('دسامبر')
    expect(formatDate(start, 'fa')).not.toMatch(/[۰-۹]/)
  })

  test('in right-to-left languages the time range is isolated left to right', () => {
    expect(formatTimeRange(start, end, 'ar')).toBe('\u206613:00–13:30\u2069')
  })

  test('a day and its times are joined by the comma of their script', () => {
    expect(formatDateAndTimes(start, end, 'nl')).toBe('dinsdag 1 december, 13:00–13:30')
    expect(formatDateAndTimes(start, end, 'ar')).toBe(
      `${formatDate(start, 'ar')}، \u206613:00–13:30\u2069`,
    )
    expect(formatDateAndTimes(start, end, 'fa')).toContain('، \u2066')
    expect(formatDateAndTimes(start, end, 'ti')).toBe(`${formatDate(start, 'ti')}፣ 13:00–13:30`)
    expect(formatDateAndTimes(start, end, 'ar')).not.toContain(', ')
  })
})
