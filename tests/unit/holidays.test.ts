import { describe, test, expect } from 'vitest'
import { dutchPublicHolidays, holidayOf } from '../../src/domain/holidays.js'

const datesAndNames = (year: number) =>
  dutchPublicHolidays(year).map(({ date, name }) => ({ date, name }))

const dateOf = (year: number, name: string) =>
  dutchPublicHolidays(year).find((holiday) => holiday.name === name)?.date

describe('Dutch public holidays', () => {
  test('2026 exactly, with Easter on 5 April', () => {
    expect(datesAndNames(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ])
  })

  test('2027 exactly, with Easter on 28 March', () => {
    expect(datesAndNames(2027)).toEqual([
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
      { date: '2027-03-26', name: 'Goede Vrijdag' },
      { date: '2027-03-28', name: 'Eerste Paasdag' },
      { date: '2027-03-29', name: 'Tweede Paasdag' },
      { date: '2027-04-27', name: 'Koningsdag' },
      { date: '2027-05-05', name: 'Bevrijdingsdag' },
      { date: '2027-05-06', name: 'Hemelvaartsdag' },
      { date: '2027-05-16', name: 'Eerste Pinksterdag' },
      { date: '2027-05-17', name: 'Tweede Pinksterdag' },
      { date: '2027-12-25', name: 'Eerste Kerstdag' },
      { date: '2027-12-26', name: 'Tweede Kerstdag' },
    ])
  })

  test('Koningsdag moves to Saturday 26 April when the 27th is a Sunday', () => {
    expect(dateOf(2025, 'Koningsdag')).toBe('2025-04-26')
    expect(dateOf(2031, 'Koningsdag')).toBe('2031-04-26')
    expect(dateOf(2026, 'Koningsdag')).toBe('2026-04-27')
  })

  test('Easter matches known dates, including the earliest and latest possible', () => {
    expect(dateOf(2019, 'Eerste Paasdag')).toBe('2019-04-21')
    expect(dateOf(2024, 'Eerste Paasdag')).toBe('2024-03-31')
    expect(dateOf(2285, 'Eerste Paasdag')).toBe('2285-03-22')
    expect(dateOf(2038, 'Eerste Paasdag')).toBe('2038-04-25')
  })

  test('stays sorted when Hemelvaartsdag comes before Bevrijdingsdag', () => {
    const dates = dutchPublicHolidays(2008).map((holiday) => holiday.date)
    expect(dateOf(2008, 'Hemelvaartsdag')).toBe('2008-05-01')
    expect(dates).toEqual([...dates].sort())
    expect(dates.indexOf('2008-05-01')).toBeLessThan(dates.indexOf('2008-05-05'))
  })

  test('a closure is a holiday when its reason is the holiday on that day', () => {
    expect(holidayOf({ startDate: '2026-12-25', reason: 'Eerste Kerstdag' })).toBe('christmas')
    expect(holidayOf({ startDate: '2027-05-06', reason: ' Hemelvaartsdag ' })).toBe('ascension')
    // The coordinator's own words, or the right name on another day, stay their text.
    expect(holidayOf({ startDate: '2026-12-25', reason: 'Kerst, gesloten' })).toBeNull()
    expect(holidayOf({ startDate: '2026-12-24', reason: 'Eerste Kerstdag' })).toBeNull()
    expect(holidayOf({ startDate: 'x', reason: 'Eerste Kerstdag' })).toBeNull()
    expect(new Set(dutchPublicHolidays(2026).map((h) => h.id)).size).toBe(11)
  })
})
