import { DateTime } from 'luxon'

export type HolidayId =
  | 'newYear'
  | 'goodFriday'
  | 'easter'
  | 'easterMonday'
  | 'kingsDay'
  | 'liberationDay'
  | 'ascension'
  | 'pentecost'
  | 'whitMonday'
  | 'christmas'
  | 'boxingDay'

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string
  /** Dutch name, as stored in a closure's reason */
  name: string
  /** Which holiday, for its name in the reader's language */
  id: HolidayId
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
    { date: fixed(1, 1), name: 'Nieuwjaarsdag', id: 'newYear' },
    { date: fromEaster(-2), name: 'Goede Vrijdag', id: 'goodFriday' },
    { date: fromEaster(0), name: 'Eerste Paasdag', id: 'easter' },
    { date: fromEaster(1), name: 'Tweede Paasdag', id: 'easterMonday' },
    // Never celebrated on a Sunday: it moves to the Saturday before.
    {
      date: (kingsDay.weekday === 7 ? kingsDay.minus({ days: 1 }) : kingsDay).toISODate()!,
      name: 'Koningsdag',
      id: 'kingsDay',
    },
    { date: fixed(5, 5), name: 'Bevrijdingsdag', id: 'liberationDay' },
    { date: fromEaster(39), name: 'Hemelvaartsdag', id: 'ascension' },
    { date: fromEaster(49), name: 'Eerste Pinksterdag', id: 'pentecost' },
    { date: fromEaster(50), name: 'Tweede Pinksterdag', id: 'whitMonday' },
    { date: fixed(12, 25), name: 'Eerste Kerstdag', id: 'christmas' },
    { date: fixed(12, 26), name: 'Tweede Kerstdag', id: 'boxingDay' },
  ]
  // Hemelvaartsdag can come before Bevrijdingsdag (1 May in 2008), so order by date, not by list.
  return holidays.sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * The public holiday a closure is for, when its reason is that holiday's Dutch name and
 * it starts on that holiday: then readers see the name in their own language. Any other
 * reason is the coordinator's own text.
 *
 * @example holidayOf({ startDate: '2026-12-25', reason: 'Eerste Kerstdag' }) // 'christmas'
 */
export function holidayOf(closure: { startDate: string; reason: string }): HolidayId | null {
  const year = Number(closure.startDate.slice(0, 4))
  if (!Number.isInteger(year) || year < 1583 || year > 9999) return null
  const holiday = holidaysByDate(year).get(closure.startDate)
  return holiday && holiday.name === closure.reason.trim() ? holiday.id : null
}

/** Every page with closures asks this per closure; the year's holidays never change. */
const byYear = new Map<number, ReadonlyMap<string, PublicHoliday>>()

function holidaysByDate(year: number): ReadonlyMap<string, PublicHoliday> {
  const known = byYear.get(year)
  if (known) return known
  if (byYear.size > 100) byYear.clear()
  const holidays = new Map<string, PublicHoliday>()
  // The first of a date, as a search of the sorted list finds it (5 May 2016 was both).
  for (const h of dutchPublicHolidays(year)) if (!holidays.has(h.date)) holidays.set(h.date, h)
  byYear.set(year, holidays)
  return holidays
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
