import { DateTime } from 'luxon'

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string
  /** Dutch name */
  name: string
}

/**
 * The Dutch public holidays of a year, sorted by date. Koningsdag follows the rule in force since
 * 2014; Bevrijdingsdag is listed every year, not only in lustrum years, because support points
 * treat it as a day off.
 * @example dutchPublicHolidays(2026)[1] // { date: '2026-04-03', name: 'Goede Vrijdag' }
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year)
  const fromEaster = (days: number) => easter.plus({ days }).toISODate()!
  const fixed = (month: number, day: number) => DateTime.utc(year, month, day).toISODate()!
  const kingsDay = DateTime.utc(year, 4, 27)
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: 'Nieuwjaarsdag' },
    { date: fromEaster(-2), name: 'Goede Vrijdag' },
    { date: fromEaster(0), name: 'Eerste Paasdag' },
    { date: fromEaster(1), name: 'Tweede Paasdag' },
    // Never celebrated on a Sunday: it moves to the Saturday before.
    {
      date: (kingsDay.weekday === 7 ? kingsDay.minus({ days: 1 }) : kingsDay).toISODate()!,
      name: 'Koningsdag',
    },
    { date: fixed(5, 5), name: 'Bevrijdingsdag' },
    { date: fromEaster(39), name: 'Hemelvaartsdag' },
    { date: fromEaster(49), name: 'Eerste Pinksterdag' },
    { date: fromEaster(50), name: 'Tweede Pinksterdag' },
    { date: fixed(12, 25), name: 'Eerste Kerstdag' },
    { date: fixed(12, 26), name: 'Tweede Kerstdag' },
  ]
  // Hemelvaartsdag can come before Bevrijdingsdag (1 May in 2008), so order by date, not by list.
  return holidays.sort((a, b) => a.date.localeCompare(b.date))
}

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): DateTime {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Unsupported year: ${year}`)
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return DateTime.utc(year, month, day)
}
