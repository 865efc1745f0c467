import type { Widen } from '../widen.js'

export const auditLogNl = {
  title: 'Auditlog',
  intro:
    'Wie welke afspraak bekeek of wijzigde, en wie accounts en steunpunten beheerde. Nieuwste eerst.',
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
} as const

export type AuditLogMessages = Widen<typeof auditLogNl>

export const auditLogEn: AuditLogMessages = {
  title: 'Audit log',
  intro:
    'Who viewed or changed which booking, and who managed accounts and support points. Newest first.',
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
}

export const auditLogMessages = { nl: auditLogNl, en: auditLogEn }
