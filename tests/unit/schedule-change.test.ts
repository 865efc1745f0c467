import { describe, expect, test } from 'vitest'
import { readAuditDetail } from '../../src/domain/audit.js'
import {
  bookingsWithoutPlace,
  describeScheduleChange,
  newlyWithoutPlace,
  scheduleAfter,
  type PlacedBooking,
  type Schedule,
} from '../../src/domain/schedule-change.js'

// Tuesday 1 December 2026, 13:00–15:00 in Amsterdam, two counselors, slots of 30 minutes.
const NOW = new Date('2026-11-30T08:00:00Z')
const SCHEDULE: Schedule = {
  zone: 'Europe/Amsterdam',
  rules: { slotMinutes: 30, minNoticeMinutes: 120, horizonDays: 42, walkInSeats: 0 },
  hours: [
    {
      id: 'h1',
      weekday: 2,
      start: '13:00',
      end: '15:00',
      counselors: 2,
      validFrom: null,
      validUntil: null,
    },
  ],
  closures: [],
  extraSessions: [],
}

function booking(reference: string, start: string, madeAt: string): PlacedBooking {
  const startsAt = new Date(start)
  return {
    id: `id-${reference}`,
    reference,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    language: 'ti',
    createdAt: new Date(madeAt),
  }
}

const EARLY = booking('AAAA1111', '2026-12-01T12:00:00Z', '2026-11-20T09:00:00Z')
const LATE = booking('BBBB2222', '2026-12-01T12:00:00Z', '2026-11-25T09:00:00Z')
const OTHER = booking('CCCC3333', '2026-12-01T13:00:00Z', '2026-11-21T09:00:00Z')

describe('what a schedule change does to bookings', () => {
  test('one counselor fewer: in a full slot the booking made last loses its place', () => {
    const after = scheduleAfter(SCHEDULE, {
      kind: 'hours.update',
      id: 'h1',
      start: '13:00',
      end: '15:00',
      counselors: 1,
      from: null,
      until: null,
    })
    expect(after).not.toBeNull()
    expect(bookingsWithoutPlace(after!, [EARLY, LATE, OTHER], NOW)).toEqual([LATE])
  })

  test('a closed day takes every place of it; a slot already over-full is not asked again', () => {
    const overfull = { ...SCHEDULE, hours: [{ ...SCHEDULE.hours[0]!, counselors: 1 }] }
    const closed = scheduleAfter(overfull, {
      kind: 'closure.add',
      closure: { startDate: '2026-12-01', endDate: '2026-12-01', reason: 'Teamdag' },
    })!
    expect(bookingsWithoutPlace(closed, [EARLY, LATE, OTHER], NOW)).toEqual([EARLY, LATE, OTHER])
    expect(newlyWithoutPlace(overfull, closed, [EARLY, LATE, OTHER], NOW)).toEqual([EARLY, OTHER])
  })

  test('bookings already begun are never counted', () => {
    const closed = scheduleAfter(SCHEDULE, {
      kind: 'closure.add',
      closure: { startDate: '2026-12-01', endDate: '2026-12-01', reason: '' },
    })!
    expect(bookingsWithoutPlace(closed, [EARLY, OTHER], new Date('2026-12-01T12:15:00Z'))).toEqual([
      OTHER,
    ])
  })

  test('a change that names a row the schedule does not have changes nothing', () => {
    expect(scheduleAfter(SCHEDULE, { kind: 'closure.remove', id: 'elsewhere' })).toBeNull()
    expect(scheduleAfter(SCHEDULE, { kind: 'hours.end', id: 'h9', validUntil: '2027-01-01' })).toBe(
      null,
    )
  })
})

describe('the audit log’s words for a change', () => {
  test('name no booking, and read back as the change they describe', () => {
    const text = describeScheduleChange({
      kind: 'closure.add',
      closure: { startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Kerst bij Hawa thuis' },
    })
    expect(text).toBe('add closure 2026-12-24..2026-12-26')
    expect(readAuditDetail('closure.change', text)).toMatchObject({
      kind: 'schedule',
      change: { kind: 'closure.add', from: '2026-12-24', to: '2026-12-26' },
    })
  })
})
