import type { AuditWords, AuditLogMessages } from './audit-log-nl.js'
import { plural } from './plural.js'

export const auditLogEn: AuditLogMessages = {
  title: 'Audit log',
  intro:
    'Who viewed or changed which booking, and who managed accounts, regions and support points. Newest first.',
  filterTitle: 'Filter',
  action: 'Action',
  staff: 'Staff member',
  all: 'All',
  filterButton: 'Apply filter',
  clearFilter: 'Show everything',
  fromDate: 'From (date)',
  toDate: 'Up to and including (date)',
  badDate: 'Enter a date like 2026-12-01; the end date cannot come before the start date.',
  when: 'Time',
  reference: 'Booking',
  location: 'Support point',
  sentence: 'What happened',
  none: 'No entries found.',
  unknownStaff: 'An unknown staff member',
  next: 'Next page (older)',
  first: 'Back to the newest',
  exportTitle: 'Export',
  exportIntro: (max: string) =>
    `Every entry of this filter as a CSV file (for Excel), the newest ${max}. The export itself is written to the audit log too.`,
  exportButton: 'Download CSV',
  csvFile: 'audit-log',
  csvColumns: [
    'time',
    'staff member',
    'staff email',
    'action',
    'what happened',
    'booking',
    'support point',
  ],
  storedAs: (text: string) => `(stored as: ${text})`,
  someBooking: 'a booking',
  booking: (reference: string) => `booking ${reference}`,
  somePoint: 'a support point',
  someone: 'someone',
  onDay: (date: string) => ` on ${date}`,
  period: (from: string | null, to: string | null) =>
    from && to ? ` from ${from} to ${to}` : from ? ` from ${from}` : ` up to ${to}`,
  counselors: (n: number) => plural(n, '1 counselor', `${n} counselors`),
  schedule: {
    details: (p: { slot: number; notice: number; horizon: number; seats: number }) =>
      `appointments of ${p.slot} minutes, ${p.notice} minutes ahead, up to ${p.horizon} days ahead, ${p.seats} kept for walk-ins`,
    hoursAdd: (p: {
      weekday: string
      time: string
      counselors: string
      from: string
      until: string
    }) =>
      `added hours on ${p.weekday} ${p.time}, ${p.counselors}${p.from ? `, from ${p.from}` : ''}${p.until ? `, until ${p.until}` : ''}`,
    hoursUpdate: (p: { time: string; counselors: string; from: string; until: string }) =>
      `changed hours to ${p.time}, ${p.counselors}${p.from ? `, from ${p.from}` : ''}${p.until ? `, until ${p.until}` : ''}`,
    hoursEnd: (until: string) => `hours end after ${until}`,
    duty: (n: number) =>
      `who is on duty for a session: ${plural(n, '1 counselor', `${n} counselors`)}`,
    closureAdd: (from: string, to: string) =>
      from === to ? `closed on ${from}` : `closed from ${from} to ${to}`,
    closureRemove: 'removed a closure',
    sessionAdd: (p: { date: string; time: string; counselors: string }) =>
      `extra session on ${p.date} ${p.time}, ${p.counselors}`,
    sessionRemove: 'removed an extra session',
    directions: (languages: string) =>
      languages
        ? `saved the directions in other languages (${languages})`
        : 'removed the directions in other languages',
    keep: (n: number) => `; ${plural(n, '1 booking kept', `${n} bookings kept`)} (overbooked)`,
    cancel: (n: number) => `; ${plural(n, '1 booking', `${n} bookings`)} cancelled`,
    move: (n: number) =>
      `; ${plural(n, '1 booking', `${n} bookings`)} to move to the nearest free time`,
  },
  regionChange: {
    slug: (slug: string) => `web address ${slug}`,
    name: (name: string) => `name “${name}”`,
    leader: 'another project leader',
    nothing: 'nothing changed',
  },
  sentences: {
    'agenda.view': (e) => `${e.who} viewed the agenda of ${e.point}${e.period}`,
    'booking.view': (e) => `${e.who} viewed ${e.booking} at ${e.point}`,
    'booking.card-link': (e) => `${e.who} made a card with a new link for ${e.booking}`,
    'booking.attendance': (e) => `${e.who} recorded for ${e.booking}: ${e.choice}`,
    'booking.outcome': (e) => `${e.who} recorded the outcome of ${e.booking}: ${e.choice}`,
    'desk.view': (e) => `${e.who} viewed the desk of ${e.point}${e.period}`,
    'desk.walk-in': (e) => `${e.who} registered a walk-in at ${e.point}`,
    'desk.check-in': (e) => `${e.who} checked in ${e.booking} at the desk`,
    'desk.no-show': (e) => `${e.who} marked ${e.booking} as not come`,
    'desk.call': (e) => `${e.who} started the conversation of ${e.booking}`,
    'desk.finish': (e) =>
      `${e.who} finished the conversation of ${e.booking}${e.choice ? `: ${e.choice}` : ''}`,
    'booking.cancel': (e) =>
      `${e.who} cancelled ${e.booking}${e.onBehalf ? ' on behalf of the client' : ''}`,
    'booking.move': (e) =>
      `${e.who} moved ${e.booking}${e.onBehalf ? ' on behalf of the client' : ''}`,
    'booking.create': (e) =>
      `${e.who} made ${e.booking} at ${e.point}${
        e.onBehalf === 'desk' ? ' for a walk-in at the desk' : e.onBehalf ? ' for a client' : ''
      }`,
    'bookings.export': (e) => `${e.who} exported the bookings of ${e.point}${e.period}`,
    'location.update': (e) =>
      `${e.who} changed the details of ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'hours.change': (e) =>
      `${e.who} changed the walk-in hours of ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'closure.change': (e) =>
      `${e.who} changed the closures of ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'session.change': (e) =>
      `${e.who} changed the extra sessions of ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'message.resend': (e) => `${e.who} sent a message about ${e.booking} again`,
    'staff.invite': (e) => `${e.who} invited ${e.role ? `${e.role} ` : ''}${e.person}`,
    'staff.resend': (e) => `${e.who} sent the invitation to ${e.person} again`,
    'staff.deactivate': (e) => `${e.who} deactivated the account of ${e.person}`,
    'staff.reactivate': (e) => `${e.who} reactivated the account of ${e.person}`,
    'staff.assign': (e) => `${e.who} linked ${e.person} to ${e.point}`,
    'staff.unassign': (e) => `${e.who} unlinked ${e.person} from ${e.point}`,
    'staff.assign-region': (e) => `${e.who} linked ${e.person} to region ${e.region}`,
    'staff.unassign-region': (e) => `${e.who} unlinked ${e.person} from region ${e.region}`,
    'staff.role': (e) =>
      `${e.who} changed the role of ${e.person}${e.previousRole ? ` from ${e.previousRole}` : ''}${
        e.role ? ` to ${e.role}` : ''
      }${e.region ? ` (region ${e.region})` : e.point ? ` (${e.point})` : ''}`,
    'staff.two-factor-on': (e) => `${e.who} set up two-step sign-in`,
    'staff.two-factor-reset': (e) => `${e.who} removed the two-step sign-in of ${e.person}`,
    'staff.passkey-add': (e) =>
      `${e.who} registered a passkey${e.change ? ` (“${e.change}”)` : ''}`,
    'staff.passkey-remove': (e) =>
      `${e.who} removed a passkey${e.change ? ` (“${e.change}”)` : ''}`,
    'region.create': (e) => `${e.who} created region ${e.region}`,
    'region.update': (e) => `${e.who} changed region ${e.region}${e.change ? `: ${e.change}` : ''}`,
    'location.create': (e) => `${e.who} created support point ${e.point}`,
    'location.move': (e) =>
      `${e.who} moved ${e.point}${e.previousRegion ? ` from region ${e.previousRegion}` : ''}${
        e.region ? ` to region ${e.region}` : ''
      }`,
    'location.rename': (e) =>
      `${e.who} renamed a support point${e.change ? ` to ${e.change}` : ''}`,
    'location.deactivate': (e) =>
      `${e.who} closed support point ${e.point}${
        e.count !== null ? `; ${plural(e.count, '1 booking', `${e.count} bookings`)} cancelled` : ''
      }`,
    'location.reactivate': (e) => `${e.who} reopened support point ${e.point}`,
    'audit.export': (e) => `${e.who} exported the audit log${e.period}`,
  },
  actionLabels: {
    'agenda.view': 'agenda viewed',
    'booking.view': 'booking viewed',
    'booking.card-link': 'card with a new link for the client',
    'booking.attendance': 'attendance recorded',
    'desk.view': 'desk viewed',
    'desk.walk-in': 'walk-in registered',
    'desk.check-in': 'checked in at the desk',
    'desk.no-show': 'did not come',
    'desk.call': 'conversation started',
    'desk.finish': 'conversation done',
    'booking.outcome': 'outcome recorded',
    'booking.cancel': 'booking cancelled',
    'booking.move': 'booking moved',
    'booking.create': 'booking made',
    'bookings.export': 'bookings exported',
    'location.update': 'support point details changed',
    'hours.change': 'walk-in hours changed',
    'closure.change': 'closure changed',
    'session.change': 'extra session changed',
    'message.resend': 'message sent again',
    'staff.invite': 'staff member invited',
    'staff.resend': 'invitation sent again',
    'staff.deactivate': 'account deactivated',
    'staff.reactivate': 'account reactivated',
    'staff.assign': 'linked to support point',
    'staff.unassign': 'unlinked from support point',
    'staff.assign-region': 'linked to region',
    'staff.unassign-region': 'unlinked from region',
    'staff.role': 'role changed',
    'staff.two-factor-on': 'two-step sign-in set up',
    'staff.two-factor-reset': 'two-step sign-in removed (by the admin)',
    'staff.passkey-add': 'passkey registered',
    'staff.passkey-remove': 'passkey removed',
    'region.create': 'region created',
    'region.update': 'region changed',
    'location.create': 'support point created',
    'location.move': 'support point moved to another region',
    'location.rename': 'support point renamed',
    'location.deactivate': 'support point closed',
    'location.reactivate': 'support point reopened',
    'audit.export': 'audit log exported',
  },
}
