import type { Widen } from '../widen.js'

export const messagesNl = {
  title: 'Berichten die niet aankwamen',
  intro:
    'Deze e-mails en sms’jes konden na een dag proberen niet worden verstuurd. Controleer het adres of nummer, de mailserver of de sms-dienst en stuur ze opnieuw.',
  channel: 'Via',
  channels: { email: 'e-mail', sms: 'sms' },
  undeliveredTitle: 'Sms’jes die de telefoon niet bereikten',
  undeliveredIntro:
    'De provider meldt dat deze sms’jes over een komende afspraak de telefoon niet bereikten. De tekst is na verzending gewist en kan niet opnieuw; bel de cliënt als het nummer bekend is, of wacht tot die aan de balie komt.',
  booking: 'Afspraak',
  state: 'Melding provider',
  reported: 'Gemeld',
  none: 'Alle berichten zijn bezorgd.',
  when: 'Gemaakt',
  kind: 'Soort',
  to: 'Aan',
  subject: 'Onderwerp',
  error: 'Laatste fout',
  attempts: 'Pogingen',
  sendAgain: 'Opnieuw versturen',
  queued: 'Het bericht staat weer in de wachtrij.',
  kinds: {
    'staff-account': 'account',
    'counselor-invitation': 'agenda-uitnodiging',
    'client-confirmation': 'bevestiging cliënt',
    'client-moved': 'verzet (cliënt)',
    'client-cancelled': 'afgezegd (cliënt)',
    'client-reminder': 'herinnering cliënt',
    'client-link': 'beheerlink cliënt',
    'client-sms-confirmation': 'bevestiging cliënt',
    'client-sms-moved': 'verzet (cliënt)',
    'client-sms-cancelled': 'afgezegd (cliënt)',
    'client-sms-reminder': 'herinnering cliënt',
    'client-sms-link': 'beheerlink cliënt',
  },
} as const

export type FailedMessages = Widen<typeof messagesNl>

export const messagesEn: FailedMessages = {
  title: 'Messages that did not arrive',
  intro:
    'These emails and texts could not be sent after a day of trying. Check the address or number, the mail server or the text service, and send them again.',
  channel: 'By',
  channels: { email: 'email', sms: 'text' },
  undeliveredTitle: 'Texts that did not reach the phone',
  undeliveredIntro:
    'The provider reports that these texts about a coming appointment did not reach the phone. Their text was erased on sending and cannot be sent again; call the client if the number is known, or wait until they come to the desk.',
  booking: 'Appointment',
  state: 'Provider says',
  reported: 'Reported',
  none: 'Every message has been delivered.',
  when: 'Made',
  kind: 'Kind',
  to: 'To',
  subject: 'Subject',
  error: 'Last error',
  attempts: 'Attempts',
  sendAgain: 'Send again',
  queued: 'The message is back in the queue.',
  kinds: {
    'staff-account': 'account',
    'counselor-invitation': 'calendar invitation',
    'client-confirmation': 'client confirmation',
    'client-moved': 'moved (client)',
    'client-cancelled': 'cancelled (client)',
    'client-reminder': 'client reminder',
    'client-link': 'client manage link',
    'client-sms-confirmation': 'client confirmation',
    'client-sms-moved': 'moved (client)',
    'client-sms-cancelled': 'cancelled (client)',
    'client-sms-reminder': 'client reminder',
    'client-sms-link': 'client manage link',
  },
}

export const failedMessages = { nl: messagesNl, en: messagesEn }
