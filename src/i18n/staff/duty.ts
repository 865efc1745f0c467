import type { Widen } from '../widen.js'

export const dutyNl = {
  invitationsTitle: 'Uitnodigingen per e-mail',
  invitationsIntro:
    'Kies welke afspraken u als agenda-uitnodiging per e-mail krijgt. Uw agenda en uw agendakoppeling tonen altijd alle afspraken van uw steunpunten.',
  invitationsLink: 'Kies welke uitnodigingen u krijgt',
  choices: {
    all: 'Elke afspraak van mijn steunpunten',
    'on-duty': 'Alleen afspraken in spreekuren waarin ik dienst heb',
    none: 'Geen: ik gebruik alleen de agenda en de agendakoppeling',
  },
  onDutyHint:
    'Heeft de coördinator voor een spreekuur niemand ingeroosterd, dan krijgt u die afspraken wel. Wie een uitnodiging al heeft, krijgt ook de wijziging of annulering.',
  save: 'Opslaan',
  saved: 'Uw keuze is opgeslagen.',
  unknownChoice: 'Kies een van de mogelijkheden.',

  dutyLink: 'Wie heeft dienst',
  dutyTitle: (session: string) => `Wie heeft dienst: ${session}`,
  dutyIntro:
    'Vink de counselors aan die dit spreekuur doen. Wie ‘alleen mijn diensten’ koos, krijgt dan alleen de uitnodigingen van de spreekuren waarin die dienst heeft. Niemand aangevinkt: iedereen krijgt ze.',
  dutyNone: 'Dit steunpunt heeft (nog) geen counselors.',
  dutyChoiceOf: (choice: string) => `krijgt: ${choice}`,
  dutySave: 'Dienst opslaan',
  dutySaved: 'Wie dienst heeft, is opgeslagen.',
  backToPoint: (name: string) => `Terug naar ${name}`,
} as const

export type DutyMessages = Widen<typeof dutyNl>

const dutyEn: DutyMessages = {
  invitationsTitle: 'Invitations by email',
  invitationsIntro:
    'Choose which bookings you receive as a calendar invitation by email. Your agenda and your calendar feed always show every booking of your support points.',
  invitationsLink: 'Choose which invitations you receive',
  choices: {
    all: 'Every booking of my support points',
    'on-duty': 'Only bookings in sessions I am on duty for',
    none: 'None: I only use the agenda and the calendar feed',
  },
  onDutyHint:
    'When the coordinator has marked nobody on duty for a session, you do receive its bookings. Whoever already has an invitation also receives its change or cancellation.',
  save: 'Save',
  saved: 'Your choice has been saved.',
  unknownChoice: 'Choose one of the options.',

  dutyLink: 'Who is on duty',
  dutyTitle: (session) => `Who is on duty: ${session}`,
  dutyIntro:
    'Tick the counselors who run this session. Those who chose ‘only my sessions’ then receive the invitations of the sessions they are on duty for only. Nobody ticked: everyone receives them.',
  dutyNone: 'This support point has no counselors (yet).',
  dutyChoiceOf: (choice) => `receives: ${choice}`,
  dutySave: 'Save duty',
  dutySaved: 'Who is on duty has been saved.',
  backToPoint: (name) => `Back to ${name}`,
}

export const dutyMessages = { nl: dutyNl, en: dutyEn }
