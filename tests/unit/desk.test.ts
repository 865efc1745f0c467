import { describe, expect, test } from 'vitest'
import {
  busyness,
  deskSession,
  deskState,
  mayMarkNoShow,
  minutesWaited,
  placesLeft,
  waitingOrder,
  type DeskEntry,
} from '../../src/domain/desk.js'

const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return Date.UTC(2026, 10, 30, h!, m!)
}

function entry(id: string, overrides: Partial<DeskEntry>): DeskEntry {
  return {
    id,
    walkIn: false,
    startsAt: at('10:00'),
    endsAt: at('10:30'),
    arrivedAt: null,
    calledAt: null,
    finishedAt: null,
    noShow: false,
    ...overrides,
  }
}

describe('the waiting order', () => {
  test('walk-ins by arrival; a booked client who came early waits for their time', () => {
    const order = waitingOrder([
      entry('booked 11:00, came 10:30', {
        startsAt: at('11:00'),
        endsAt: at('11:30'),
        arrivedAt: at('10:30'),
      }),
      entry('walk-in 10:40', { walkIn: true, startsAt: at('10:30'), arrivedAt: at('10:40') }),
      entry('walk-in 10:20', { walkIn: true, startsAt: at('10:00'), arrivedAt: at('10:20') }),
      entry('booked 10:30, came 10:45 (late)', {
        startsAt: at('10:30'),
        endsAt: at('11:00'),
        arrivedAt: at('10:45'),
      }),
    ])
    expect(order.map((e) => e.id)).toEqual([
      'walk-in 10:20',
      'walk-in 10:40',
      'booked 10:30, came 10:45 (late)',
      'booked 11:00, came 10:30',
    ])
  })

  test('only people who arrived and were not taken in wait', () => {
    const order = waitingOrder([
      entry('expected', {}),
      entry('no-show', { noShow: true }),
      entry('waiting', { arrivedAt: at('10:05') }),
      entry('in conversation', { arrivedAt: at('09:55'), calledAt: at('10:01') }),
      entry('done', { arrivedAt: at('09:50'), calledAt: at('09:55'), finishedAt: at('10:20') }),
    ])
    expect(order.map((e) => e.id)).toEqual(['waiting'])
  })

  test('at the same moment, the booked client goes before the walk-in', () => {
    const order = waitingOrder([
      entry('walk-in', { walkIn: true, arrivedAt: at('10:00') }),
      entry('booked', { arrivedAt: at('10:00') }),
    ])
    expect(order.map((e) => e.id)).toEqual(['booked', 'walk-in'])
  })

  test('states and waiting time', () => {
    const waiting = entry('w', { arrivedAt: at('10:02') })
    expect(deskState(waiting)).toBe('waiting')
    expect(minutesWaited(waiting, at('10:19') + 59_000)).toBe(17)
    // Waiting stops counting when they are taken in.
    expect(minutesWaited({ ...waiting, calledAt: at('10:10') }, at('11:00'))).toBe(8)
    expect(minutesWaited(entry('x', {}), at('11:00'))).toBe(0)
    expect(deskState(entry('n', { noShow: true }))).toBe('no_show')
    // A no-show who turns up after all is waiting.
    expect(deskState(entry('n', { noShow: true, arrivedAt: at('10:40') }))).toBe('waiting')
  })

  test('"did not come" only after the slot, never for a walk-in or someone who came', () => {
    const booked = entry('b', {})
    expect(mayMarkNoShow(booked, at('10:29'))).toBe(false)
    expect(mayMarkNoShow(booked, at('10:30'))).toBe(true)
    expect(mayMarkNoShow({ ...booked, arrivedAt: at('10:00') }, at('11:00'))).toBe(false)
    expect(mayMarkNoShow({ ...booked, walkIn: true }, at('11:00'))).toBe(false)
  })
})

describe('places of a slot for bookings and walk-ins', () => {
  test('walk-ins take the seats kept free first', () => {
    // Three counselors, one seat kept free: two bookable places.
    const empty = { counselors: 3, walkInSeats: 1, booked: 0, walkIns: 0 }
    expect(placesLeft(empty)).toEqual({ booking: 2, walkIn: 3 })
    // A walk-in on the kept-free seat leaves both bookable places.
    expect(placesLeft({ ...empty, booked: 1, walkIns: 1 })).toEqual({ booking: 2, walkIn: 2 })
    // A second walk-in spills over onto a bookable place.
    expect(placesLeft({ ...empty, booked: 2, walkIns: 2 })).toEqual({ booking: 1, walkIn: 1 })
    // Two bookings: the kept-free seat is still there for a walk-in, not for a booking.
    expect(placesLeft({ ...empty, booked: 2, walkIns: 0 })).toEqual({ booking: 0, walkIn: 1 })
    expect(placesLeft({ ...empty, booked: 3, walkIns: 1 })).toEqual({ booking: 0, walkIn: 0 })
  })

  test('more seats kept free than counselors leaves nothing to book, all to walk in', () => {
    expect(placesLeft({ counselors: 1, walkInSeats: 2, booked: 0, walkIns: 0 })).toEqual({
      booking: 0,
      walkIn: 1,
    })
  })

  test('every order of bookings and walk-ins ends with at most `counselors` places taken', () => {
    // Replays every sequence of 6 arrivals (booking or walk-in) against the rule.
    for (let mask = 0; mask < 64; mask++) {
      const slot = { counselors: 3, walkInSeats: 1, booked: 0, walkIns: 0 }
      let bookings = 0
      for (let i = 0; i < 6; i++) {
        const walkIn = (mask >> i) & 1
        const left = placesLeft(slot)
        if (walkIn && left.walkIn > 0) (slot.booked++, slot.walkIns++)
        if (!walkIn && left.booking > 0) (slot.booked++, bookings++)
      }
      expect(slot.booked).toBeLessThanOrEqual(3)
      expect(bookings).toBeLessThanOrEqual(2)
    }
  })
})

describe('the session the desk is about', () => {
  const sessions = [
    { startMs: at('13:00'), endMs: at('15:00'), counselors: 1 },
    { startMs: at('10:00'), endMs: at('12:30'), counselors: 2 },
  ]
  test('the one on now, else the next today, else none', () => {
    expect(deskSession(sessions, at('09:00'))).toMatchObject({
      running: false,
      session: { startMs: at('10:00') },
    })
    expect(deskSession(sessions, at('11:45'))).toMatchObject({
      running: true,
      session: { endMs: at('12:30') },
    })
    expect(deskSession(sessions, at('12:30'))).toMatchObject({
      running: false,
      session: { startMs: at('13:00') },
    })
    expect(deskSession(sessions, at('15:00'))).toBeNull()
    expect(deskSession([], at('11:00'))).toBeNull()
  })
})

describe('how busy, as the public page says it', () => {
  test('a rough figure, never the count', () => {
    expect(busyness(0, 2)).toBe('quiet')
    expect(busyness(1, 2)).toBe('some')
    expect(busyness(2, 2)).toBe('some')
    expect(busyness(3, 2)).toBe('busy')
    expect(busyness(1, 0)).toBe('some')
  })
})
