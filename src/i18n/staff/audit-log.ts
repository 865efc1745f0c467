import type { AuditAction } from '../../services/audit.js'
import type { Widen } from '../widen.js'

export const auditLogNl = {
  title: 'Auditlog',
  intro:
    'Wie welke afspraak bekeek of wijzigde, en wie accounts, regio’s en steunpunten beheerde. Nieuwste eerst.',
  filterTitle: 'Filteren',
  action: 'Handeling',
  staff: 'Medewerker',
  all: 'Alle',
  filterButton: 'Filter toepassen',
  when: 'Tijd',
  reference: 'Afspraak',
  location: 'Steunpunt',
  detail: 'Details',
  none: 'Geen regels gevonden.',
  unknownStaff: '(onbekend)',
  next: 'Volgende pagina (ouder)',
  first: 'Terug naar de nieuwste',
  /** One label per action; rows from before an action existed show their stored code. */
  actionLabels: {
    'agenda.view': 'agenda bekeken',
    'booking.view': 'afspraak bekeken',
    'booking.card-link': 'kaartje met nieuwe link voor de cliënt',
    'booking.attendance': 'aanwezigheid vastgelegd',
    'desk.view': 'balie bekeken',
    'desk.walk-in': 'binnenloper ingeschreven',
    'desk.check-in': 'aangemeld bij de balie',
    'desk.no-show': 'niet gekomen',
    'desk.call': 'gesprek begonnen',
    'desk.finish': 'gesprek afgerond',
    'booking.outcome': 'uitkomst vastgelegd',
    'booking.cancel': 'afspraak geannuleerd',
    'booking.move': 'afspraak verzet',
    'booking.create': 'afspraak gemaakt',
    'bookings.export': 'afspraken geëxporteerd',
    'location.update': 'gegevens steunpunt gewijzigd',
    'hours.change': 'spreekuren gewijzigd',
    'closure.change': 'sluiting gewijzigd',
    'session.change': 'extra spreekuur gewijzigd',
    'message.resend': 'bericht opnieuw verstuurd',
    'staff.invite': 'medewerker uitgenodigd',
    'staff.resend': 'uitnodiging opnieuw verstuurd',
    'staff.deactivate': 'account op non-actief gezet',
    'staff.reactivate': 'account weer actief',
    'staff.assign': 'gekoppeld aan steunpunt',
    'staff.unassign': 'ontkoppeld van steunpunt',
    'staff.assign-region': 'gekoppeld aan regio',
    'staff.unassign-region': 'ontkoppeld van regio',
    'staff.role': 'rol gewijzigd',
    'staff.two-factor-on': 'tweestapsverificatie ingesteld',
    'staff.two-factor-reset': 'tweestapsverificatie gewist (door beheer)',
    'region.create': 'regio aangemaakt',
    'region.update': 'regio gewijzigd',
    'location.create': 'steunpunt aangemaakt',
    'location.move': 'steunpunt naar andere regio',
    'location.rename': 'naam steunpunt gewijzigd',
    'location.deactivate': 'steunpunt gesloten',
    'location.reactivate': 'steunpunt weer open',
  } satisfies Record<AuditAction, string>,
} as const

export type AuditLogMessages = Widen<typeof auditLogNl>

export const auditLogEn: AuditLogMessages = {
  title: 'Audit log',
  intro:
    'Who viewed or changed which booking, and who managed accounts, regions and support points. Newest first.',
  filterTitle: 'Filter',
  action: 'Action',
  staff: 'Staff member',
  all: 'All',
  filterButton: 'Apply filter',
  when: 'Time',
  reference: 'Booking',
  location: 'Support point',
  detail: 'Details',
  none: 'No entries found.',
  unknownStaff: '(unknown)',
  next: 'Next page (older)',
  first: 'Back to the newest',
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
    'region.create': 'region created',
    'region.update': 'region changed',
    'location.create': 'support point created',
    'location.move': 'support point moved to another region',
    'location.rename': 'support point renamed',
    'location.deactivate': 'support point closed',
    'location.reactivate': 'support point reopened',
  },
}

export const auditLogMessages = { nl: auditLogNl, en: auditLogEn }

/**
 * The words for an audit action in the reader's language; an action the catalog does not
 * know (rows written before it was named) shows as stored.
 *
 * @example auditActionLabel(auditLogMessages.nl, 'staff.role') // 'rol gewijzigd'
 */
export function auditActionLabel(t: AuditLogMessages, action: string): string {
  return (t.actionLabels as Record<string, string | undefined>)[action] ?? action
}
