import { afterEach, describe, expect, test } from 'vitest'
import {
  addBookingEvent,
  bookingCalendar,
  calendarText,
  newCalendar,
} from '../../src/notifications/calendar.js'

// Lines are folded at 75 octets as ical-generator folds them, without its TextEncoder per
// character (ADR 26).

const EVENT = {
  method: 'REQUEST' as const,
  bookingId: '0b7c1f5e-1111-4222-8333-444455556666',
  sequence: 0,
  start: new Date('2026-12-01T12:00:00Z'),
  end: new Date('2026-12-01T12:30:00Z'),
  zone: 'Europe/Amsterdam',
  host: 'spreekuur.test',
  stamp: new Date('2026-11-30T08:00:00Z'),
  summary: 'Afspraak K7QWD3MA (العربية) – tolk',
  location: 'Steunpunt Utrecht, Proefstraat 1, 3511 AA Utrecht',
  // Arabic (2 octets), Tigrinya (3), an emoji (4, a surrogate pair) and a lone surrogate.
  description: `${'Nieuwe afspraak. '.repeat(6)}${'العربية '.repeat(12)}${'ትግርኛ '.repeat(12)}${'🙂'.repeat(30)} \ud800 einde`,
  organizer: { name: 'Spreekuur', email: 'no-reply@spreekuur.test' },
  attendee: { name: 'Anna Smit-Ağaoğlu', email: 'anna@example.org' },
}

const realEncoder = globalThis.TextEncoder

afterEach(() => {
  globalThis.TextEncoder = realEncoder
})

describe('an invitation as iCalendar text', () => {
  test('is folded exactly as ical-generator folds it', () => {
    const calendar = newCalendar('REQUEST', EVENT.zone)
    addBookingEvent(calendar, EVENT)
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*$/m, '')
    expect(withoutStamp(calendarText(calendar))).toBe(withoutStamp(calendar.toString()))
  })

  test('has no line longer than 75 octets and unfolds to the description as written', () => {
    const text = bookingCalendar(EVENT)
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    }
    expect(text.replace(/\r\n /g, '')).toContain(`🙂🙂🙂`)
    expect(text.replace(/\r\n /g, '')).toContain('ትግርኛ ትግርኛ')
  })

  test('is written without a TextEncoder for every character', () => {
    let encoders = 0
    globalThis.TextEncoder = class extends realEncoder {
      constructor() {
        super()
        encoders += 1
      }
    }
    bookingCalendar(EVENT)
    expect(encoders).toBe(0)
    // And the process's own TextEncoder is back afterwards.
    expect(new globalThis.TextEncoder().encode('é')).toHaveLength(2)
    expect(encoders).toBe(1)
  })
})
