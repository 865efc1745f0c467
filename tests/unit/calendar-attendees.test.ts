import { describe, expect, test } from 'vitest'
import { bookingCalendar, bookingCalendars } from '../../src/notifications/calendar.js'

// A booking's invitation written once for several counselors (ADR 52) is, for each of them,
// the text bookingCalendar writes with that counselor as the attendee.

const EVENT = {
  method: 'REQUEST' as const,
  bookingId: '0b7c1f5e-1111-4222-8333-444455556666',
  sequence: 2,
  start: new Date('2027-03-28T11:00:00Z'),
  end: new Date('2027-03-28T11:30:00Z'),
  zone: 'Europe/Amsterdam',
  host: 'spreekuur.test',
  stamp: new Date('2027-03-20T10:00:00Z'),
  summary: 'Afspraak K7QWD3MA (العربية) – tolk',
  location: 'Steunpunt Utrecht, Proefstraat 1, 3511 AA Utrecht',
  description: `Nieuwe afspraak.\n\n${'Wanneer: zondag 28 maart, 13:00–13:30\n'.repeat(3)}`,
  organizer: { name: 'Spreekuur', email: 'no-reply@spreekuur.test' },
}

const ATTENDEES = [
  { name: 'Anna', email: 'anna@example.org' },
  // Long enough to be folded, with 2-, 3- and 4-octet characters where the fold falls.
  { name: `Bram ${'van der Ağaoğlu-ትግርኛ '.repeat(4)}🙂`, email: 'bram.langenaam@example.org' },
  { name: 'Eve";RSVP=TRUE:mailto:evil@x.test;X="', email: 'eve@example.org' },
  { name: 'Anna', email: 'anna2@example.org' },
]

describe('one invitation for several counselors', () => {
  test('is for each what bookingCalendar writes for them alone', () => {
    const each = ATTENDEES.map((attendee) => bookingCalendar({ ...EVENT, attendee }))
    expect(bookingCalendars(EVENT, ATTENDEES)).toEqual(each)
    expect(new Set(each).size).toBe(ATTENDEES.length)
  })

  test('a cancellation and a single counselor too', () => {
    const cancel = { ...EVENT, method: 'CANCEL' as const }
    expect(bookingCalendars(cancel, ATTENDEES.slice(1, 3))).toEqual(
      ATTENDEES.slice(1, 3).map((attendee) => bookingCalendar({ ...cancel, attendee })),
    )
    expect(bookingCalendars(EVENT, ATTENDEES.slice(0, 1))).toEqual([
      bookingCalendar({ ...EVENT, attendee: ATTENDEES[0] }),
    ])
    expect(bookingCalendars(EVENT, [])).toEqual([])
  })
})
