import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, {
  foldLines,
  type ICalAttendee,
  type ICalCalendar,
  type ICalEvent,
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator'
import { DateTime } from 'luxon'
import { cachedZone } from '../domain/cached-zone.js'

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH'

export interface CalendarEventInput {
  method: CalendarMethod | null
  /** The booking's id: the UID stays the same for the booking's whole life. */
  bookingId: string
  sequence: number
  start: Date
  end: Date
  zone: string
  summary: string
  description: string
  location: string
  /** Host of BASE_URL, the right-hand side of the UID. */
  host: string
  organizer?: { name: string; email: string }
  attendee?: { name: string; email: string }
  stamp: Date
  /** A reminder on the phone (VALARM, DISPLAY): the client's copy only. */
  alarm?: { minutesBefore: number; text: string }
}

/** The booking row's columns an event is made of. */
export interface BookingTimes {
  id: string
  sequence: number
  starts_at: Date
  ends_at: Date
  updated_at: Date
}

/**
 * What a booking's event takes from its row and its point's zone: the id behind the UID, the
 * SEQUENCE, the times and the DTSTAMP (invariant 3), the same in every calendar it is in.
 *
 * @example bookingCalendar({ ...eventOfBooking(booking, point.zone), method: 'PUBLISH', ... })
 */
export function eventOfBooking(booking: BookingTimes, zone: string) {
  return {
    bookingId: booking.id,
    sequence: booking.sequence,
    start: booking.starts_at,
    end: booking.ends_at,
    zone,
    stamp: booking.updated_at,
  }
}

/**
 * One booking as iCalendar. Times are written with the support point's TZID and a
 * VTIMEZONE (Luxon times: ical-generator would format native Dates in the process's
 * zone). Text fields are escaped by ical-generator, so a name with CR/LF or
 * `ATTENDEE:` in it stays text and cannot add a property.
 *
 * @example bookingCalendar({ method: 'CANCEL', bookingId, sequence: 2, ... })
 */
export function bookingCalendar(input: CalendarEventInput): string {
  const calendar = newCalendar(input.method, input.zone)
  addBookingEvent(calendar, input)
  return calendarText(calendar)
}

/**
 * The same invitation for several attendees, each text what `bookingCalendar` writes with
 * that attendee: the calendar is written once, and each attendee's own ATTENDEE line (folded
 * alone, as every line is) takes the first one's place (ADR 52). Only that line differs.
 *
 * @example const [forAnna, forBram] = bookingCalendars(input, [anna, bram])
 */
export function bookingCalendars(
  input: Omit<CalendarEventInput, 'attendee'>,
  attendees: Array<{ name: string; email: string }>,
): string[] {
  if (attendees.length < 2)
    return attendees.map((attendee) => bookingCalendar({ ...input, attendee }))
  const calendar = newCalendar(input.method, input.zone)
  const event = addBookingEvent(calendar, { ...input, attendee: attendees[0] })
  const text = calendarText(calendar)
  const first = attendeeLine(event.attendees()[0]!)
  const at = text.indexOf(`\r\n${first}`)
  // Never seen: then each is written whole, as before.
  if (at < 0 || text.indexOf(`\r\n${first}`, at + 1) >= 0)
    return attendees.map((attendee) => bookingCalendar({ ...input, attendee }))
  const before = text.slice(0, at + 2)
  const after = text.slice(at + 2 + first.length)
  return attendees.map((attendee, i) =>
    i === 0
      ? text
      : `${before}${attendeeLine(event.createAttendee(attendeeData(attendee)))}${after}`,
  )
}

/** An attendee's line as the calendar's `toString()` writes and folds it. */
function attendeeLine(attendee: ICalAttendee): string {
  return withOctetCounter(() => foldLines(attendee.toString()))
}

/**
 * The calendar as text, with every DTSTAMP in UTC as RFC 5545 (3.8.7.2) requires.
 * ical-generator writes DTSTAMP in the event's TZID without saying so (`DTSTAMP:…T090000`
 * for 08:00 UTC), which calendars read as UTC: an hour off in winter, two in summer.
 *
 * @example const ics = calendarText(calendar) // …DTSTAMP:20261130T080000Z…
 */
export function calendarText(calendar: ICalCalendar): string {
  return foldedText(calendar).replace(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g, (event) => {
    const zone = /^DTSTART;TZID=([^:;\r\n]+)/m.exec(event)?.[1]
    if (!zone) return event
    return event.replace(/^DTSTAMP:(\d{8}T\d{6})(?=\r?$)/m, (_line, local: string) => {
      const utc = DateTime.fromFormat(local, "yyyyMMdd'T'HHmmss", { zone: cachedZone(zone) })
        .toUTC()
        .toFormat("yyyyMMdd'T'HHmmss")
      return `DTSTAMP:${utc}Z`
    })
  })
}

/**
 * Counts the UTF-8 octets of what it is given, as `new TextEncoder().encode(text).length`
 * would (a lone surrogate is U+FFFD, three octets), without making an array.
 */
class OctetCounter {
  encode(text: string): { length: number } {
    let octets = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code < 0x80) octets += 1
      else if (code < 0x800) octets += 2
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          octets += 4
          i += 1
        } else octets += 3
      } else octets += 3
    }
    return { length: octets }
  }
}

/**
 * `calendar.toString()`, the same text, at a fraction of the cost: ical-generator 10 folds
 * lines at 75 octets by constructing a TextEncoder for every character it writes (about
 * 0.8 ms of a 1,400-character invitation, most of the cost of composing it; ADR 26).
 * While it writes, and only then (it is synchronous), `TextEncoder` is a counter of
 * octets. Version 11 fixes the fold but needs Node 22.
 */
function foldedText(calendar: ICalCalendar): string {
  return withOctetCounter(() => calendar.toString())
}

function withOctetCounter(write: () => string): string {
  const encoder = globalThis.TextEncoder
  globalThis.TextEncoder = OctetCounter as unknown as typeof TextEncoder
  try {
    return write()
  } finally {
    globalThis.TextEncoder = encoder
  }
}

const vtimezones = new Map<string, string | null>()

/** A zone's VTIMEZONE block, read from its file once per process (it was read per message). */
function vtimezone(zone: string): string | null {
  let block = vtimezones.get(zone)
  if (block === undefined) {
    block = getVtimezoneComponent(zone) ?? null
    vtimezones.set(zone, block)
  }
  return block
}

/** An empty calendar with the zone's VTIMEZONE; `method` null for a subscription feed. */
export function newCalendar(method: CalendarMethod | null, zone: string): ICalCalendar {
  const calendar = ical({
    prodId: { company: 'Spreekuur', product: 'spreekuur', language: 'NL' },
    ...(method ? { method: ICalCalendarMethod[method] } : {}),
  })
  calendar.timezone({ name: zone, generator: vtimezone })
  return calendar
}

/** Adds one booking as an event; see bookingCalendar for why it is written this way. */
export function addBookingEvent(calendar: ICalCalendar, input: CalendarEventInput): ICalEvent {
  const event = calendar.createEvent({
    id: `${input.bookingId}@${input.host}`,
    sequence: input.sequence,
    start: DateTime.fromJSDate(input.start, { zone: cachedZone(input.zone) }),
    end: DateTime.fromJSDate(input.end, { zone: cachedZone(input.zone) }),
    timezone: input.zone,
    // In the event's zone, where ical-generator writes it (calendarText makes it UTC again):
    // a stamp in UTC had its offset looked up anew, uncached, for every calendar.
    stamp: DateTime.fromJSDate(input.stamp, { zone: cachedZone(input.zone) }),
    summary: input.summary,
    description: input.description,
    location: input.location,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  if (input.alarm) {
    event.createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: input.alarm.minutesBefore * 60,
      description: input.alarm.text,
    })
  }
  if (input.organizer) {
    event.organizer({ ...input.organizer, name: parameterText(input.organizer.name) })
  }
  if (input.attendee) event.createAttendee(attendeeData(input.attendee))
  return event
}

function attendeeData(attendee: { name: string; email: string }) {
  return {
    name: parameterText(attendee.name),
    email: attendee.email,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp: false,
  }
}

/**
 * A name as an iCalendar parameter value (`CN="…"`). RFC 5545 has no escape inside a quoted
 * parameter: a backslash is just a backslash, so ical-generator's `\"` lets a name such as
 * `Eve";RSVP=TRUE:mailto:evil@x.test;X="` end the parameter and add an attendee in Mozilla's
 * parser. Quotes and control characters are dropped; everything else is allowed in quotes.
 */
export function parameterText(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/["\u0000-\u001f\u007f]/g, '').trim()
}
