import { describe, expect, test } from 'vitest'
import { bookablePlacesByMonth, type ReportSchedule } from '../../src/domain/report-capacity.js'
import { daysIn, monthsOf, parsePeriod } from '../../src/domain/report-period.js'

describe('the period a report covers', () => {
  const today = '2026-11-30'

  test('nothing chosen: the last twelve months up to the end of this one', () => {
    expect(parsePeriod({}, today)).toEqual({
      ok: true,
      period: { from: '2025-12-01', to: '2026-11-30' },
    })
    expect(parsePeriod({ van: ' ', tot: '' }, '2028-02-10')).toEqual({
      ok: true,
      period: { from: '2027-03-01', to: '2028-02-29' },
    })
  })

  test('a month wins over from and to', () => {
    expect(parsePeriod({ maand: '2028-02', van: '2026-01-01', tot: '2026-01-02' }, today)).toEqual({
      ok: true,
      period: { from: '2028-02-01', to: '2028-02-29' },
    })
  })

  test('from and to, both inclusive, up to 366 days', () => {
    expect(parsePeriod({ van: '2026-01-01', tot: '2026-12-31' }, today)).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect(parsePeriod({ van: '2027-03-01', tot: '2028-02-29' }, today).ok).toBe(true)
    expect(parsePeriod({ van: '2026-01-01', tot: '2027-01-02' }, today)).toEqual({
      ok: false,
      error: 'tooLong',
    })
  })

  test('what cannot be a period is named', () => {
    expect(parsePeriod({ van: '2026-02-30', tot: '2026-03-01' }, today)).toEqual({
      ok: false,
      error: 'badDate',
    })
    expect(parsePeriod({ van: '2026-03-01' }, today)).toEqual({ ok: false, error: 'badDate' })
    expect(parsePeriod({ van: '2026-03-02', tot: '2026-03-01' }, today)).toEqual({
      ok: false,
      error: 'order',
    })
    expect(parsePeriod({ maand: '2026-13' }, today)).toEqual({ ok: false, error: 'badMonth' })
    expect(parsePeriod({ maand: 'maart' }, today)).toEqual({ ok: false, error: 'badMonth' })
  })

  test("a report is about the product's years, the same ones the agenda and the forms take", () => {
    expect(parsePeriod({ maand: '1999-12' }, today)).toEqual({ ok: false, error: 'badMonth' })
    expect(parsePeriod({ maand: '2200-01' }, today)).toEqual({ ok: false, error: 'badMonth' })
    expect(parsePeriod({ van: '1999-12-31', tot: '2000-01-01' }, today)).toEqual({
      ok: false,
      error: 'badDate',
    })
    expect(parsePeriod({ maand: '2150-02' }, today)).toEqual({
      ok: true,
      period: { from: '2150-02-01', to: '2150-02-28' },
    })
  })

  test('days and months of a period', () => {
    expect(daysIn({ from: '2026-03-29', to: '2026-03-29' })).toBe(1)
    expect(daysIn({ from: '2028-01-01', to: '2028-12-31' })).toBe(366)
    expect(monthsOf({ from: '2026-11-15', to: '2027-01-10' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ])
  })
})

describe('bookable places from the schedule', () => {
  // Tuesdays 13:00–15:00 with 2 counselors in 30-minute slots, one seat kept for walk-ins:
  // 4 slots of 1 bookable place each.
  const schedule: ReportSchedule = {
    zone: 'Europe/Amsterdam',
    rules: { slotMinutes: 30, minNoticeMinutes: 120, horizonDays: 42, walkInSeats: 1 },
    hours: [
      {
        weekday: 2,
        start: '13:00',
        end: '15:00',
        counselors: 2,
        validFrom: null,
        validUntil: null,
      },
    ],
    closures: [{ startDate: '2026-12-22', endDate: '2027-01-03', reason: 'Kerst' }],
    extraSessions: [{ date: '2026-12-17', start: '10:00', end: '11:00', counselors: 3 }],
    closedPeriods: [],
  }

  test('every Tuesday, minus the closure, plus the extra session; past and future alike', () => {
    const places = bookablePlacesByMonth(schedule, { from: '2026-11-01', to: '2026-12-31' })
    // November: 4 Tuesdays × 4. December: 1, 8 and 15 (22 and 29 closed) × 4, and the
    // extra Thursday: 2 slots × (3 − 1).
    expect(Object.fromEntries(places)).toEqual({ '2026-11': 16, '2026-12': 16 })
  })

  test('only the days inside the period count', () => {
    const places = bookablePlacesByMonth(schedule, { from: '2026-11-10', to: '2026-11-17' })
    expect(Object.fromEntries(places)).toEqual({ '2026-11': 8 })
  })

  test('weekly hours count only while they are valid', () => {
    const changed: ReportSchedule = {
      ...schedule,
      hours: [
        { ...schedule.hours[0]!, validUntil: '2026-11-15' },
        { ...schedule.hours[0]!, counselors: 4, validFrom: '2026-11-16' },
      ],
    }
    const places = bookablePlacesByMonth(changed, { from: '2026-11-01', to: '2026-11-30' })
    // 3 and 10 November: 4 places; 17 and 24: 4 slots × (4 − 1).
    expect(Object.fromEntries(places)).toEqual({ '2026-11': 4 + 4 + 12 + 12 })
  })

  test('a point closed mid-period offers no places from the moment it closed', () => {
    // Closed on Tuesday 17 November at 13:45 in Amsterdam: 13:00 and 13:30 still counted.
    const closed: ReportSchedule = {
      ...schedule,
      closedPeriods: [{ closedAt: new Date('2026-11-17T12:45:00Z'), reopenedAt: null }],
    }
    const places = bookablePlacesByMonth(closed, { from: '2026-11-01', to: '2026-12-31' })
    expect(Object.fromEntries(places)).toEqual({ '2026-11': 4 + 4 + 2 })
  })

  test('closed, reopened and closed again: only the open stretches count', () => {
    const reopened: ReportSchedule = {
      ...schedule,
      closedPeriods: [
        // From Monday 9 to Sunday 22 November (the 10th and 17th lost), then from 8 December.
        {
          closedAt: new Date('2026-11-09T09:00:00Z'),
          reopenedAt: new Date('2026-11-22T09:00:00Z'),
        },
        { closedAt: new Date('2026-12-07T23:00:00Z'), reopenedAt: null },
      ],
    }
    const places = bookablePlacesByMonth(reopened, { from: '2026-11-01', to: '2026-12-31' })
    // 8 December 00:00 in Amsterdam is 7 December 23:00 UTC: that Tuesday is closed too.
    expect(Object.fromEntries(places)).toEqual({ '2026-11': 4 + 4, '2026-12': 4 })
  })

  test('on the night the clocks go back, the repeated hour holds places too', () => {
    const night: ReportSchedule = {
      ...schedule,
      rules: { ...schedule.rules, slotMinutes: 60, walkInSeats: 0 },
      hours: [
        {
          weekday: 7,
          start: '01:00',
          end: '04:00',
          counselors: 1,
          validFrom: null,
          validUntil: null,
        },
      ],
      closures: [],
      extraSessions: [],
    }
    // Sunday 25 October 2026: 01:00 to 04:00 local is four real hours.
    const places = bookablePlacesByMonth(night, { from: '2026-10-25', to: '2026-10-25' })
    expect(Object.fromEntries(places)).toEqual({ '2026-10': 4 })
  })
})
