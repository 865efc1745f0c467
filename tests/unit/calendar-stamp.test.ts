import { describe, expect, test } from 'vitest'
import { bookingCalendar } from '../../src/notifications/calendar.js'

const EVENT = {
  method: 'PUBLISH' as const,
  bookingId: '0b7c1f5e-1111-4222-8333-444455556666',
  sequence: 0,
  start: new Date('2026-12-01T12:00:00Z'),
  end: new Date('2026-12-01T12:30:00Z'),
  zone: 'Europe/Amsterdam',
  host: 'spreekuur.test',
  summary: 'Steunpunt – K7QWD3MA',
  location: 'Proefstraat 1',
  description: 'Uw code: K7QWD3MA',
}

describe('DTSTAMP is UTC (RFC 5545 3.8.7.2)', () => {
  test('in winter and in summer, whatever the event zone', () => {
    const winter = bookingCalendar({ ...EVENT, stamp: new Date('2026-11-30T08:00:00Z') })
    expect(winter).toMatch(/^DTSTAMP:20261130T080000Z\r?$/m)
    const summer = bookingCalendar({ ...EVENT, stamp: new Date('2026-07-01T08:15:30Z') })
    expect(summer).toMatch(/^DTSTAMP:20260701T081530Z\r?$/m)
    // The start keeps its TZID and wall-clock time.
    expect(winter).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:20261201T130000\r?$/m)
  })
})
