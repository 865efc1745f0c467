import fc from 'fast-check'
import { describe, test, expect } from 'vitest'
import { DateTime } from 'luxon'
import { closuresThatMatter } from '../../src/domain/closures-shown.js'
import { dutchPublicHolidays } from '../../src/domain/holidays.js'
import {
  bookingWindow,
  laterFirst,
  computeDays,
  computeSlots,
  findSlot,
  nearestFreeSlots,
  suggestAfterTaken,
  sessionsOn,
  type AvailabilityInput,
  type Slot,
  type WeeklyHours,
} from '../../src/domain/slots.js'

const zone = 'Europe/Amsterdam'
const local = (iso: string) => DateTime.fromISO(iso, { zone })
const starts = (slots: Slot[]) =>
  slots.map((slot) => slot.start.toISO({ suppressMilliseconds: true }))

const tuesdayMorning: WeeklyHours = {
  weekday: 2,
  start: '09:00',
  end: '12:00',
  counselors: 2,
  validFrom: null,
  validUntil: null,
}
const thursdayAfternoon: WeeklyHours = {
  weekday: 4,
  start: '13:00:00',
  end: '15:00:00',
  counselors: 1,
  validFrom: null,
  validUntil: null,
}

/** Monday 1 June 2026, 08:00 in Amsterdam; 30-minute slots, one hour notice, four weeks ahead. */
function input(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    hours: [tuesdayMorning, thursdayAfternoon],
    extraSessions: [],
    closures: [],
    booked: new Map(),
    rules: { slotMinutes: 30, minNoticeMinutes: 60, horizonDays: 28, walkInSeats: 0 },
    zone,
    now: local('2026-06-01T08:00'),
    from: '2026-06-01',
    to: '2026-06-07',
    ...overrides,
  }
}

/** Far enough ahead of the daylight-saving Sundays that the window covers them. */
function dstInput(date: string, sessions: Array<[string, string]>): AvailabilityInput {
  return input({
    hours: [],
    extraSessions: sessions.map(([start, end]) => ({ date, start, end, counselors: 1 })),
    now: DateTime.fromISO(date, { zone }).minus({ days: 7 }),
    from: date,
    to: date,
  })
}

describe('a normal week', () => {
  test('offers slots on the days with walk-in hours only', () => {
    const days = computeDays(input())
    expect(days.map((day) => [day.date, day.status])).toEqual([
      ['2026-06-01', 'no-hours'],
      ['2026-06-02', 'open'],
      ['2026-06-03', 'no-hours'],
      ['2026-06-04', 'open'],
      ['2026-06-05', 'no-hours'],
      ['2026-06-06', 'no-hours'],
      ['2026-06-07', 'no-hours'],
    ])
    expect(days[1]!.remaining).toBe(12)
    expect(days[3]!.remaining).toBe(4)
  })

  test('cuts each session into consecutive slots in summer time', () => {
    const slots = computeSlots(input())
    expect(starts(slots)).toEqual([
      '2026-06-02T09:00:00+02:00',
      '2026-06-02T09:30:00+02:00',
      '2026-06-02T10:00:00+02:00',
      '2026-06-02T10:30:00+02:00',
      '2026-06-02T11:00:00+02:00',
      '2026-06-02T11:30:00+02:00',
      '2026-06-04T13:00:00+02:00',
      '2026-06-04T13:30:00+02:00',
      '2026-06-04T14:00:00+02:00',
      '2026-06-04T14:30:00+02:00',
    ])
    expect(slots[0]!.end.toISO()).toBe('2026-06-02T09:30:00.000+02:00')
    expect(slots[0]).toMatchObject({ capacity: 2, booked: 0, remaining: 2 })
  })

  test('drops a trailing piece shorter than a slot', () => {
    const hours = [{ ...tuesdayMorning, end: '10:45' }]
    expect(starts(computeSlots(input({ hours })))).toEqual([
      '2026-06-02T09:00:00+02:00',
      '2026-06-02T09:30:00+02:00',
      '2026-06-02T10:00:00+02:00',
    ])
  })

  test('returns nothing for a range that ends before it starts', () => {
    expect(computeDays(input({ from: '2026-06-07', to: '2026-06-01' }))).toEqual([])
  })
})

describe('validity of walk-in hours', () => {
  const hours: WeeklyHours[] = [
    { ...tuesdayMorning, validUntil: '2026-06-09' },
    { ...tuesdayMorning, start: '13:00', end: '14:00', validFrom: '2026-06-09' },
  ]

  test('old hours apply through validUntil and new ones from validFrom, both inclusive', () => {
    const on = (date: string) =>
      sessionsOn(date, input({ hours })).sessions.map((s) => s.start.toFormat('HH:mm'))
    expect(on('2026-06-02')).toEqual(['09:00'])
    expect(on('2026-06-09')).toEqual(['09:00', '13:00'])
    expect(on('2026-06-16')).toEqual(['13:00'])
  })
})

describe('closures', () => {
  test('close Christmas, extra sessions included, and give the reason', () => {
    const closures = [{ startDate: '2026-12-25', endDate: '2026-12-26', reason: 'Kerst' }]
    const result = input({
      hours: [{ ...tuesdayMorning, weekday: 5 }],
      extraSessions: [{ date: '2026-12-26', start: '10:00', end: '12:00', counselors: 3 }],
      closures,
      now: local('2026-12-20T10:00'),
      from: '2026-12-24',
      to: '2026-12-27',
    })
    expect(sessionsOn('2026-12-26', result)).toEqual({ sessions: [], closure: closures[0] })
    expect(computeDays(result).map((day) => [day.status, day.closure?.reason ?? null])).toEqual([
      ['no-hours', null],
      ['closed', 'Kerst'],
      ['closed', 'Kerst'],
      ['no-hours', null],
    ])
    expect(computeSlots(result)).toEqual([])
  })

  test('built from public holidays close Koningsdag 2027 but not the Tuesdays around it', () => {
    const closures = dutchPublicHolidays(2027).map((holiday) => ({
      startDate: holiday.date,
      endDate: holiday.date,
      reason: holiday.name,
    }))
    const result = input({
      hours: [tuesdayMorning],
      closures,
      now: local('2027-04-15T10:00'),
      from: '2027-04-20',
      to: '2027-05-04',
    })
    const tuesdays = computeDays(result).filter((day) => DateTime.fromISO(day.date).weekday === 2)
    expect(tuesdays.map((day) => [day.date, day.status, day.closure?.reason ?? null])).toEqual([
      ['2027-04-20', 'open', null],
      ['2027-04-27', 'closed', 'Koningsdag'],
      ['2027-05-04', 'open', null],
    ])
    expect(computeSlots(result).some((slot) => slot.start.toISODate() === '2027-04-27')).toBe(false)
  })
})

describe('capacity', () => {
  test('extra sessions add slots, and overlapping ones add counselors at shared starts', () => {
    const result = input({
      extraSessions: [
        { date: '2026-06-02', start: '10:00', end: '11:00', counselors: 2 },
        { date: '2026-06-03', start: '09:00', end: '10:00', counselors: 1 },
      ],
    })
    const slots = computeSlots(result)
    const capacityAt = (iso: string) =>
      slots.find((slot) => slot.start.toMillis() === local(iso).toMillis())?.capacity
    expect(capacityAt('2026-06-02T09:30')).toBe(2)
    expect(capacityAt('2026-06-02T10:00')).toBe(4)
    expect(capacityAt('2026-06-02T10:30')).toBe(4)
    expect(capacityAt('2026-06-02T11:00')).toBe(2)
    expect(capacityAt('2026-06-03T09:00')).toBe(1)
    const startMillis = slots.map((slot) => slot.start.toMillis())
    expect(new Set(startMillis).size).toBe(startMillis.length)
  })

  test('walk-in seats are taken off every slot, never below zero', () => {
    const oneSeat = computeSlots(input({ rules: { ...input().rules, walkInSeats: 1 } }))
    expect(oneSeat[0]).toMatchObject({ capacity: 1, remaining: 1 })
    expect(oneSeat.at(-1)).toMatchObject({ capacity: 0, remaining: 0 })

    const days = computeDays(input({ rules: { ...input().rules, walkInSeats: 3 } }))
    expect(days[1]).toMatchObject({ status: 'full', remaining: 0 })
    expect(days[1]!.slots.every((slot) => slot.capacity === 0)).toBe(true)
  })

  test('active bookings reduce what remains, and a fully booked day is full', () => {
    const nine = local('2026-06-02T09:00').toMillis()
    const partly = computeSlots(input({ booked: new Map([[nine, 1]]) }))
    expect(partly[0]).toMatchObject({ capacity: 2, booked: 1, remaining: 1 })
    expect(partly[1]).toMatchObject({ booked: 0, remaining: 2 })

    const everything = new Map(partly.slice(0, 6).map((slot) => [slot.start.toMillis(), 5]))
    const days = computeDays(input({ booked: everything }))
    expect(days[1]).toMatchObject({ status: 'full', remaining: 0 })
    expect(days[1]!.slots[0]).toMatchObject({ booked: 5, remaining: 0 })
    expect(days[3]!.status).toBe('open')
  })
})

describe('booking window', () => {
  test('is the instants Luxon gave, in every zone, across clock changes at midnight too (ADR 54)', () => {
    // Zones whose clocks change at midnight (Santiago, Havana, Asunción, Cairo, Beirut) are
    // where the end of a day is not 23:59:59.999 wall time plus nothing.
    const zones = [
      'Europe/Amsterdam',
      'America/Santiago',
      'America/Havana',
      'America/Asuncion',
      'Africa/Cairo',
      'Asia/Beirut',
      'Asia/Tehran',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'UTC',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 400 }),
        (ms, where, minNoticeMinutes, horizonDays) => {
          const rules = { ...input().rules, minNoticeMinutes, horizonDays }
          const localNow = DateTime.fromMillis(ms, { zone: where })
          const window = bookingWindow(new Date(ms), rules, where)
          expect(window.earliest.toMillis()).toBe(
            localNow.plus({ minutes: minNoticeMinutes }).toMillis(),
          )
          expect(window.latest.toMillis()).toBe(
            localNow.startOf('day').plus({ days: horizonDays }).endOf('day').toMillis(),
          )
        },
      ),
      { numRuns: 5000 },
    )
    // Santiago's clocks change at midnight: forward into 6 September 2026, back into 5 April.
    for (const [now, horizonDays] of [
      ['2026-09-01T12:00', 4],
      ['2026-09-01T12:00', 5],
      ['2026-04-01T12:00', 3],
      ['2026-04-01T12:00', 4],
    ] as const) {
      const localNow = DateTime.fromISO(now, { zone: 'America/Santiago' })
      const rules = { ...input().rules, horizonDays }
      expect(bookingWindow(localNow, rules, 'America/Santiago').latest.toMillis()).toBe(
        localNow.startOf('day').plus({ days: horizonDays }).endOf('day').toMillis(),
      )
    }
  })

  test('runs from now plus notice to the end of the local day at the horizon', () => {
    const window = bookingWindow(new Date('2026-06-01T06:00:00Z'), input().rules, zone)
    expect(window.earliest.toISO()).toBe('2026-06-01T09:00:00.000+02:00')
    expect(window.latest.toISO()).toBe('2026-06-29T23:59:59.999+02:00')
  })

  test('includes a slot starting exactly at the end of the notice period, not a moment sooner', () => {
    const atNotice = computeDays(
      input({ now: local('2026-06-02T08:00'), from: '2026-06-02', to: '2026-06-02' }),
    )
    expect(atNotice[0]!.slots[0]!.start.toFormat('HH:mm')).toBe('09:00')

    const justLate = computeDays(
      input({ now: local('2026-06-02T08:00:00.001'), from: '2026-06-02', to: '2026-06-02' }),
    )
    expect(justLate[0]!.slots[0]!.start.toFormat('HH:mm')).toBe('09:30')
    expect(justLate[0]!.remaining).toBe(10)
  })

  test('a day whose slots all fall within the notice period has no hours left', () => {
    const days = computeDays(
      input({ now: local('2026-06-02T10:31'), from: '2026-06-02', to: '2026-06-02' }),
    )
    expect(days[0]).toMatchObject({ status: 'no-hours', slots: [], remaining: 0 })
  })

  test('reaches the last minute of the horizon day and no further', () => {
    const result = input({
      hours: [],
      extraSessions: [
        { date: '2026-06-29', start: '23:00', end: '24:00', counselors: 1 },
        { date: '2026-06-30', start: '00:00', end: '01:00', counselors: 1 },
      ],
      from: '2026-06-29',
      to: '2026-06-30',
    })
    expect(starts(computeSlots(result))).toEqual([
      '2026-06-29T23:00:00+02:00',
      '2026-06-29T23:30:00+02:00',
    ])
    expect(computeDays(result).map((day) => day.status)).toEqual(['open', 'no-hours'])
  })
})

describe('finding a requested slot', () => {
  test('returns the slot that starts at exactly that instant, given as DateTime or Date', () => {
    const nine = findSlot(input(), local('2026-06-02T09:00'))
    expect(nine).toMatchObject({ capacity: 2, remaining: 2 })
    expect(nine!.end.toISO()).toBe('2026-06-02T09:30:00.000+02:00')
    expect(findSlot(input(), new Date('2026-06-02T07:30:00Z'))?.start.toFormat('HH:mm')).toBe(
      '09:30',
    )
  })

  test('does not need from and to to cover the date', () => {
    const { from: _from, to: _to, ...rest } = input()
    expect(findSlot(rest, local('2026-06-25T13:00'))).not.toBeNull()
  })

  test('returns a full slot so the caller can say it is full', () => {
    const nine = local('2026-06-02T09:00')
    expect(findSlot(input({ booked: new Map([[nine.toMillis(), 2]]) }), nine)).toMatchObject({
      remaining: 0,
    })
  })

  test('returns null off the grid, on a closed day, and outside the window', () => {
    expect(findSlot(input(), local('2026-06-02T09:15'))).toBeNull()
    expect(findSlot(input(), local('2026-06-02T09:00:01'))).toBeNull()
    expect(findSlot(input(), local('2026-06-02T12:00'))).toBeNull()
    expect(findSlot(input(), local('2026-06-03T09:00'))).toBeNull()
    const closures = [{ startDate: '2026-06-02', endDate: '2026-06-02', reason: 'Training' }]
    expect(findSlot(input({ closures }), local('2026-06-02T09:00'))).toBeNull()
    expect(
      findSlot(input({ now: local('2026-06-02T08:30') }), local('2026-06-02T09:00')),
    ).toBeNull()
    expect(findSlot(input(), local('2026-06-30T09:00'))).toBeNull()
    expect(findSlot(input(), local('2026-06-23T09:00'))).not.toBeNull()
  })
})

describe('suggesting free slots', () => {
  test('picks the nearest free slots, the earlier on a tie, sorted by start', () => {
    const ten = local('2026-06-02T10:00')
    const slots = computeSlots(input({ booked: new Map([[ten.toMillis(), 2]]) }))
    const suggestions = nearestFreeSlots(slots, ten, 3)
    expect(suggestions.map((slot) => slot.start.toFormat('HH:mm'))).toEqual([
      '09:00',
      '09:30',
      '10:30',
    ])
    expect(nearestFreeSlots(slots, ten.toJSDate(), 0)).toEqual([])
  })

  test('after "just taken" the later times come first, then the earlier, nearest first', () => {
    const ten = local('2026-06-02T10:00')
    const slots = computeSlots(input({ booked: new Map([[ten.toMillis(), 2]]) }))
    const ordered = laterFirst(nearestFreeSlots(slots, ten, 4), ten)
    expect(ordered.map((slot) => slot.start.toFormat('HH:mm'))).toEqual([
      '10:30',
      '11:00',
      '09:30',
      '09:00',
    ])
  })

  test('after "just taken" the first later time is offered even when it is days away', () => {
    // 11:30 is Tuesday morning's last slot: its four nearest free times are all earlier
    // that day, and the first later one is Thursday afternoon.
    const last = local('2026-06-02T11:30')
    const slots = computeSlots(input({ booked: new Map([[last.toMillis(), 2]]) }))
    expect(nearestFreeSlots(slots, last, 4).every((slot) => slot.startMs < last.toMillis())).toBe(
      true,
    )
    const offered = suggestAfterTaken(slots, last, 4)
    expect(offered.map((slot) => slot.start.toFormat('ccc HH:mm'))).toEqual([
      'Thu 13:00',
      'Tue 11:00',
      'Tue 10:30',
      'Tue 10:00',
    ])
    expect(offered[0]!.start.toISODate()).toBe('2026-06-04')
    expect(suggestAfterTaken(slots, last, 0)).toEqual([])
  })
})

describe('daylight saving', () => {
  test('an afternoon session carries the right offset around each change', () => {
    const offsetOn = (date: string) =>
      computeSlots(dstInput(date, [['13:00', '13:30']]))[0]?.start.toISO()
    expect(offsetOn('2026-10-24')).toBe('2026-10-24T13:00:00.000+02:00')
    expect(offsetOn('2026-10-25')).toBe('2026-10-25T13:00:00.000+01:00')
    expect(offsetOn('2027-03-27')).toBe('2027-03-27T13:00:00.000+01:00')
    expect(offsetOn('2027-03-28')).toBe('2027-03-28T13:00:00.000+02:00')
    expect(offsetOn('2027-10-30')).toBe('2027-10-30T13:00:00.000+02:00')
    expect(offsetOn('2027-10-31')).toBe('2027-10-31T13:00:00.000+01:00')
  })

  test.each(['2026-10-25', '2027-10-31'])(
    'on %s the repeated hour gives extra slots, each with its own instant',
    (date) => {
      const slots = computeSlots(dstInput(date, [['01:30', '03:30']]))
      expect(starts(slots)).toEqual([
        `${date}T01:30:00+02:00`,
        `${date}T02:00:00+02:00`,
        `${date}T02:30:00+02:00`,
        `${date}T02:00:00+01:00`,
        `${date}T02:30:00+01:00`,
        `${date}T03:00:00+01:00`,
      ])
      for (const slot of slots) expect(slot.end.diff(slot.start, 'minutes').minutes).toBe(30)
      expect(slots.at(-1)!.end.toFormat('HH:mm')).toBe('03:30')
    },
  )

  test('on 2026-10-25 a session from 01:00 to 04:00 lasts four real hours', () => {
    expect(computeSlots(dstInput('2026-10-25', [['01:00', '04:00']]))).toHaveLength(8)
  })

  test('on 2026-10-25 a session starting at 02:30 starts at its first occurrence', () => {
    const slots = computeSlots(dstInput('2026-10-25', [['02:30', '03:30']]))
    expect(starts(slots)).toEqual([
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T02:30:00+01:00',
      '2026-10-25T03:00:00+01:00',
    ])
  })

  test('on 2026-10-25 a booking in the second 02:00 does not count against the first', () => {
    const result = dstInput('2026-10-25', [['01:30', '03:30']])
    const second = DateTime.fromISO('2026-10-25T02:00:00+01:00', { setZone: true })
    result.booked = new Map([[second.toMillis(), 1]])
    const slots = computeSlots(result)
    expect(slots[1]).toMatchObject({ booked: 0, remaining: 1 })
    expect(slots[3]).toMatchObject({ booked: 1, remaining: 0 })
    expect(findSlot(result, second)).toMatchObject({ booked: 1 })
    expect(findSlot(result, second.plus({ minutes: 15 }))).toBeNull()
  })

  test('on 2027-03-28 the missing hour gives no slots', () => {
    const across = computeSlots(dstInput('2027-03-28', [['01:30', '03:30']]))
    expect(starts(across)).toEqual(['2027-03-28T01:30:00+01:00', '2027-03-28T03:00:00+02:00'])
    expect(across[0]!.end.toISO()).toBe('2027-03-28T03:00:00.000+02:00')

    const wide = computeSlots(dstInput('2027-03-28', [['01:00', '04:00']]))
    expect(wide.map((slot) => slot.start.toFormat('HH:mm'))).toEqual([
      '01:00',
      '01:30',
      '03:00',
      '03:30',
    ])
  })

  test('on 2027-03-28 a boundary inside the missing hour moves to 03:00', () => {
    const fromGap = computeSlots(dstInput('2027-03-28', [['02:30', '04:00']]))
    expect(starts(fromGap)).toEqual(['2027-03-28T03:00:00+02:00', '2027-03-28T03:30:00+02:00'])
    expect(computeSlots(dstInput('2027-03-28', [['02:00', '02:45']]))).toEqual([])
    const intoGap = computeSlots(dstInput('2027-03-28', [['01:00', '02:30']]))
    expect(intoGap.map((slot) => slot.start.toFormat('HH:mm'))).toEqual(['01:00', '01:30'])
  })

  test('the horizon ends at local midnight even across a change', () => {
    const window = bookingWindow(
      local('2026-10-24T12:00'),
      { ...input().rules, horizonDays: 1 },
      zone,
    )
    expect(window.latest.toISO()).toBe('2026-10-25T23:59:59.999+01:00')
  })
})

describe('invalid input', () => {
  test('is refused loudly rather than silently producing no slots', () => {
    expect(() => computeSlots(input({ rules: { ...input().rules, slotMinutes: 0 } }))).toThrow(
      RangeError,
    )
    expect(() => computeSlots(input({ zone: 'Europe/Atlantis' }))).toThrow(/time zone/)
    expect(() => computeSlots(input({ hours: [{ ...tuesdayMorning, end: '25:00' }] }))).toThrow(
      /time of day/,
    )
    expect(() => computeDays(input({ from: '2026-02-30' }))).toThrow(/date/)
  })
})

describe('closuresThatMatter', () => {
  const weekly = (weekday: number, validFrom: string | null = null) => ({
    weekday,
    start: '10:00',
    end: '12:00',
    counselors: 1,
    validFrom,
    validUntil: null,
  })
  const closure = (startDate: string, endDate = startDate) => ({ startDate, endDate, reason: 'x' })

  test('keeps closures on days the point would be open, drops the others', () => {
    const point = {
      hours: [weekly(2)], // Tuesdays
      extraSessions: [{ date: '2026-12-26', start: '10:00', end: '12:00', counselors: 1 }],
      closures: [
        closure('2026-12-25'), // Friday: closed anyway
        closure('2026-12-22'), // Tuesday
        closure('2026-12-26'), // Saturday with an extra session
        closure('2026-12-23', '2026-12-28'), // Wed–Mon: no Tuesday, but the extra session
        closure('2027-01-01', '2027-01-04'), // Fri–Mon
        closure('2027-02-01', '2027-06-01'), // long: always kept
      ],
    }
    expect(closuresThatMatter(point).map((c) => c.startDate)).toEqual([
      '2026-12-22',
      '2026-12-26',
      '2026-12-23',
      '2027-02-01',
    ])
  })

  test('hours that start later do not count before they start', () => {
    const point = { hours: [weekly(2, '2027-01-01')], extraSessions: [], closures: [] }
    expect(
      closuresThatMatter({
        ...point,
        closures: [closure('2026-12-22'), closure('2027-01-05')],
      }).map((c) => c.startDate),
    ).toEqual(['2027-01-05'])
  })
})
