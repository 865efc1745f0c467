import type { Widen } from '../widen.js'

export const messagesNl = {
  title: 'Berichten die niet aankwamen',
  intro:
    'Deze e-mails konden na een dag proberen niet worden bezorgd. Controleer het adres of de mailserver en stuur ze opnieuw.',
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
  },
} as const

export type FailedMessages = Widen<typeof messagesNl>

export const messagesEn: FailedMessages = {
  title: 'Messages that did not arrive',
  intro:
    'These emails could not be delivered after a day of trying. Check the address or the mail server and send them again.',
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
  },
}

export const failedMessages = { nl: messagesNl, en: messagesEn }
