import type { Widen } from '../widen.js'

export const navNl = {
  navLabel: 'Menu voor medewerkers',
  home: 'Overzicht',
  agenda: 'Agenda',
  desk: 'Balie',
  bookForClient: 'Afspraak voor een cliënt',
  myBookings: 'Mijn afspraken',
  locations: 'Steunpunten',
  failedMessages: 'Berichten',
  people: 'Medewerkers',
  adminRegions: 'Regio’s',
  adminPoints: 'Alle steunpunten beheren',
  auditLog: 'Auditlog',
  reports: 'Rapportage',
  staff: 'Medewerkers',
  admin: 'Beheer',
  homeTitle: (name: string) => `Welkom, ${name}`,
  homeIntro: 'Kies wat u wilt doen.',
  roleNames: {
    admin: 'landelijk beheerder',
    coordinator: 'regiocoördinator',
    counselor: 'counselor',
    volunteer: 'vrijwilliger',
  },
  yourRole: (role: string) => `Uw rol: ${role}.`,
  openFromElsewhereTitle: 'Deze pagina openen?',
  openFromElsewhereIntro:
    'U kwam hier via een link op een andere site of in een webmail. Het openen van deze pagina wordt met uw naam vastgelegd in het logboek. Open hem alleen als u dat wilde.',
  openFromElsewhereButton: 'Pagina openen',
  calendarFeedTitle: 'Uw agenda-abonnement',
  calendarFeedIntro:
    'Met deze geheime link ziet u de afspraken van uw steunpunten in uw eigen agenda-app. Een nieuwe link maakt de oude ongeldig.',
  calendarFeedButton: 'Maak een nieuwe link',
  calendarFeedNew: 'Uw nieuwe link (alleen nu zichtbaar; kopieer hem in uw agenda-app):',
} as const

export type NavMessages = Widen<typeof navNl>

export const navEn: NavMessages = {
  navLabel: 'Staff menu',
  home: 'Overview',
  agenda: 'Agenda',
  desk: 'Desk',
  bookForClient: 'Book for a client',
  myBookings: 'My bookings',
  locations: 'Support points',
  failedMessages: 'Messages',
  people: 'Staff',
  adminRegions: 'Regions',
  adminPoints: 'Manage all support points',
  auditLog: 'Audit log',
  reports: 'Reports',
  staff: 'Staff',
  admin: 'Administration',
  homeTitle: (name) => `Welcome, ${name}`,
  homeIntro: 'Choose what you want to do.',
  roleNames: {
    admin: 'national administrator',
    coordinator: 'regional coordinator',
    counselor: 'counselor',
    volunteer: 'volunteer',
  },
  yourRole: (role) => `Your role: ${role}.`,
  openFromElsewhereTitle: 'Open this page?',
  openFromElsewhereIntro:
    'You came here through a link on another site or in webmail. Opening this page is written to the audit log under your name. Open it only if you meant to.',
  openFromElsewhereButton: 'Open the page',
  calendarFeedTitle: 'Your calendar subscription',
  calendarFeedIntro:
    'With this secret link you see the appointments of your support points in your own calendar app. A new link makes the old one stop working.',
  calendarFeedButton: 'Make a new link',
  calendarFeedNew: 'Your new link (shown only now; copy it into your calendar app):',
}

export const navMessages = { nl: navNl, en: navEn }
