import type { AuditAction } from '../../domain/audit.js'
import type { Widen } from '../widen.js'
import { plural } from './plural.js'

/**
 * The parts of one audit entry, already in the reader's language (see `auditSentence`):
 * every part is there, '' (or null) where the entry does not have it.
 */
export interface AuditWords {
  who: string
  /** 'afspraak JR2N WH2D' */
  booking: string
  point: string
  /** The person the entry is about: 'Jan de Vries (jan@example.org)'. */
  person: string
  role: string
  previousRole: string
  region: string
  previousRegion: string
  /** ' op dinsdag 1 december 2026', ' van … tot en met …', with its leading space; or ''. */
  period: string
  /** The attendance or outcome that was recorded. */
  choice: string
  /** What a schedule or region change did, in words. */
  change: string
  count: number | null
  onBehalf: 'desk' | 'client' | null
}

export const auditLogNl = {
  title: 'Auditlog',
  intro:
    'Wie welke afspraak bekeek of wijzigde, en wie accounts, regio’s en steunpunten beheerde. Nieuwste eerst.',
  filterTitle: 'Filteren',
  action: 'Handeling',
  staff: 'Medewerker',
  all: 'Alle',
  filterButton: 'Filter toepassen',
  clearFilter: 'Alles tonen',
  fromDate: 'Vanaf (datum)',
  toDate: 'Tot en met (datum)',
  badDate: 'Vul een datum in als 2026-12-01; de tot-datum valt niet voor de vanaf-datum.',
  when: 'Tijd',
  reference: 'Afspraak',
  location: 'Steunpunt',
  sentence: 'Wat er gebeurde',
  none: 'Geen regels gevonden.',
  unknownStaff: 'Een onbekende medewerker',
  next: 'Volgende pagina (ouder)',
  first: 'Terug naar de nieuwste',
  exportTitle: 'Exporteren',
  exportIntro: (max: string) =>
    `Alle regels van dit filter als CSV-bestand (voor Excel), de nieuwste ${max}. Het exporteren komt zelf ook in de auditlog.`,
  exportButton: 'Download CSV',
  csvFile: 'auditlog',
  csvColumns: [
    'tijd',
    'medewerker',
    'e-mail medewerker',
    'handeling',
    'wat er gebeurde',
    'afspraak',
    'steunpunt',
  ],
  /** The stored text of an entry whose form is not known, shown beside its sentence. */
  storedAs: (text: string) => `(opgeslagen als: ${text})`,
  someBooking: 'een afspraak',
  booking: (reference: string) => `afspraak ${reference}`,
  somePoint: 'een steunpunt',
  someone: 'iemand',
  onDay: (date: string) => ` op ${date}`,
  period: (from: string | null, to: string | null) =>
    from && to ? ` van ${from} tot en met ${to}` : from ? ` vanaf ${from}` : ` tot en met ${to}`,
  counselors: (n: number) => plural(n, '1 counselor', `${n} counselors`),
  schedule: {
    details: (p: { slot: number; notice: number; horizon: number; seats: number }) =>
      `afspraken van ${p.slot} minuten, ${p.notice} minuten van tevoren, tot ${p.horizon} dagen vooruit, ${p.seats} vrij voor binnenlopers`,
    hoursAdd: (p: {
      weekday: string
      time: string
      counselors: string
      from: string
      until: string
    }) =>
      `spreekuur op ${p.weekday} ${p.time} erbij, ${p.counselors}${p.from ? `, vanaf ${p.from}` : ''}${p.until ? `, tot en met ${p.until}` : ''}`,
    hoursUpdate: (p: { time: string; counselors: string; from: string; until: string }) =>
      `een spreekuur gewijzigd in ${p.time}, ${p.counselors}${p.from ? `, vanaf ${p.from}` : ''}${p.until ? `, tot en met ${p.until}` : ''}`,
    hoursEnd: (until: string) => `een spreekuur stopt na ${until}`,
    duty: (n: number) =>
      `wie dienst heeft bij een spreekuur: ${plural(n, '1 counselor', `${n} counselors`)}`,
    closureAdd: (from: string, to: string) =>
      from === to ? `gesloten op ${from}` : `gesloten van ${from} tot en met ${to}`,
    closureRemove: 'een sluiting weggehaald',
    sessionAdd: (p: { date: string; time: string; counselors: string }) =>
      `extra spreekuur op ${p.date} ${p.time}, ${p.counselors}`,
    sessionRemove: 'een extra spreekuur weggehaald',
    directions: (languages: string) =>
      languages
        ? `de routebeschrijving in andere talen opgeslagen (${languages})`
        : 'de routebeschrijving in andere talen weggehaald',
    keep: (n: number) =>
      `; ${plural(n, '1 afspraak blijft', `${n} afspraken blijven`)} staan (overboekt)`,
    cancel: (n: number) => `; ${plural(n, '1 afspraak', `${n} afspraken`)} geannuleerd`,
    move: (n: number) =>
      `; ${plural(n, '1 afspraak', `${n} afspraken`)} te verplaatsen naar de dichtstbijzijnde vrije tijd`,
  },
  regionChange: {
    slug: (slug: string) => `webadres ${slug}`,
    name: (name: string) => `naam “${name}”`,
    leader: 'andere projectleider',
    nothing: 'niets veranderd',
  },
  /** One sentence per action: who did what, to which booking, person or place. */
  sentences: {
    'agenda.view': (e: AuditWords) => `${e.who} bekeek de agenda van ${e.point}${e.period}`,
    'booking.view': (e: AuditWords) => `${e.who} bekeek ${e.booking} bij ${e.point}`,
    'booking.card-link': (e: AuditWords) =>
      `${e.who} maakte een kaartje met een nieuwe link voor ${e.booking}`,
    'booking.attendance': (e: AuditWords) => `${e.who} noteerde bij ${e.booking}: ${e.choice}`,
    'booking.outcome': (e: AuditWords) =>
      `${e.who} legde de uitkomst van ${e.booking} vast: ${e.choice}`,
    'desk.view': (e: AuditWords) => `${e.who} bekeek de balie van ${e.point}${e.period}`,
    'desk.walk-in': (e: AuditWords) => `${e.who} schreef een binnenloper in bij ${e.point}`,
    'desk.check-in': (e: AuditWords) => `${e.who} meldde ${e.booking} aan bij de balie`,
    'desk.no-show': (e: AuditWords) => `${e.who} noteerde ${e.booking} als niet gekomen`,
    'desk.call': (e: AuditWords) => `${e.who} begon het gesprek van ${e.booking}`,
    'desk.finish': (e: AuditWords) =>
      `${e.who} rondde het gesprek van ${e.booking} af${e.choice ? `: ${e.choice}` : ''}`,
    'booking.cancel': (e: AuditWords) =>
      `${e.who} annuleerde ${e.booking}${e.onBehalf ? ' namens de cliënt' : ''}`,
    'booking.move': (e: AuditWords) =>
      `${e.who} verzette ${e.booking}${e.onBehalf ? ' namens de cliënt' : ''}`,
    'booking.create': (e: AuditWords) =>
      `${e.who} maakte ${e.booking} bij ${e.point}${
        e.onBehalf === 'desk'
          ? ' voor een binnenloper aan de balie'
          : e.onBehalf
            ? ' voor een cliënt'
            : ''
      }`,
    'bookings.export': (e: AuditWords) =>
      `${e.who} exporteerde de afspraken van ${e.point}${e.period}`,
    'location.update': (e: AuditWords) =>
      `${e.who} wijzigde de gegevens van ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'hours.change': (e: AuditWords) =>
      `${e.who} wijzigde de spreekuren van ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'closure.change': (e: AuditWords) =>
      `${e.who} wijzigde de sluitingen van ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'session.change': (e: AuditWords) =>
      `${e.who} wijzigde de extra spreekuren van ${e.point}${e.change ? `: ${e.change}` : ''}`,
    'message.resend': (e: AuditWords) =>
      `${e.who} verstuurde een bericht over ${e.booking} opnieuw`,
    'staff.invite': (e: AuditWords) =>
      `${e.who} nodigde ${e.role ? `${e.role} ` : ''}${e.person} uit`,
    'staff.resend': (e: AuditWords) => `${e.who} verstuurde de uitnodiging aan ${e.person} opnieuw`,
    'staff.deactivate': (e: AuditWords) =>
      `${e.who} zette het account van ${e.person} op non-actief`,
    'staff.reactivate': (e: AuditWords) =>
      `${e.who} maakte het account van ${e.person} weer actief`,
    'staff.assign': (e: AuditWords) => `${e.who} koppelde ${e.person} aan ${e.point}`,
    'staff.unassign': (e: AuditWords) => `${e.who} ontkoppelde ${e.person} van ${e.point}`,
    'staff.assign-region': (e: AuditWords) => `${e.who} koppelde ${e.person} aan regio ${e.region}`,
    'staff.unassign-region': (e: AuditWords) =>
      `${e.who} ontkoppelde ${e.person} van regio ${e.region}`,
    'staff.role': (e: AuditWords) =>
      `${e.who} veranderde de rol van ${e.person}${e.previousRole ? ` van ${e.previousRole}` : ''}${
        e.role ? ` in ${e.role}` : ''
      }${e.region ? ` (regio ${e.region})` : e.point ? ` (${e.point})` : ''}`,
    'staff.two-factor-on': (e: AuditWords) => `${e.who} stelde tweestapsverificatie in`,
    'staff.two-factor-reset': (e: AuditWords) =>
      `${e.who} wiste de tweestapsverificatie van ${e.person}`,
    'staff.passkey-add': (e: AuditWords) =>
      `${e.who} registreerde een passkey${e.change ? ` (“${e.change}”)` : ''}`,
    'staff.passkey-remove': (e: AuditWords) =>
      `${e.who} verwijderde een passkey${e.change ? ` (“${e.change}”)` : ''}`,
    'region.create': (e: AuditWords) => `${e.who} maakte regio ${e.region} aan`,
    'region.update': (e: AuditWords) =>
      `${e.who} wijzigde regio ${e.region}${e.change ? `: ${e.change}` : ''}`,
    'location.create': (e: AuditWords) => `${e.who} maakte steunpunt ${e.point} aan`,
    'location.move': (e: AuditWords) =>
      `${e.who} bracht ${e.point} over${e.previousRegion ? ` van regio ${e.previousRegion}` : ''}${
        e.region ? ` naar regio ${e.region}` : ''
      }`,
    'location.rename': (e: AuditWords) =>
      `${e.who} veranderde de naam van een steunpunt${e.change ? ` in ${e.change}` : ''}`,
    'location.deactivate': (e: AuditWords) =>
      `${e.who} sloot steunpunt ${e.point}${
        e.count !== null
          ? `; ${plural(e.count, '1 afspraak', `${e.count} afspraken`)} geannuleerd`
          : ''
      }`,
    'location.reactivate': (e: AuditWords) => `${e.who} opende steunpunt ${e.point} weer`,
    'audit.export': (e: AuditWords) => `${e.who} exporteerde de auditlog${e.period}`,
  } satisfies Record<AuditAction, (e: AuditWords) => string>,
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
    'staff.passkey-add': 'passkey geregistreerd',
    'staff.passkey-remove': 'passkey verwijderd',
    'region.create': 'regio aangemaakt',
    'region.update': 'regio gewijzigd',
    'location.create': 'steunpunt aangemaakt',
    'location.move': 'steunpunt naar andere regio',
    'location.rename': 'naam steunpunt gewijzigd',
    'location.deactivate': 'steunpunt gesloten',
    'location.reactivate': 'steunpunt weer open',
    'audit.export': 'auditlog geëxporteerd',
  } satisfies Record<AuditAction, string>,
} as const

export type AuditLogMessages = Widen<typeof auditLogNl>
