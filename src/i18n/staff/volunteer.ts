import type { Widen } from '../widen.js'

export const volunteerNl = {
  chooseTitle: 'Afspraak maken voor een cliënt',
  chooseIntro:
    'Kies het steunpunt waar de cliënt naartoe wil. Daarna kiest u samen een dag en een tijd.',
  noPoints: 'Er zijn geen actieve steunpunten.',
  backToPoints: 'Alle steunpunten',
  contactIntro: (email: string) =>
    `E-mail en telefoon van de cliënt zijn niet verplicht. Heeft de cliënt geen e-mail, dan krijgt u (${email}) de bevestiging en latere berichten.`,
  listTitle: 'Mijn afspraken',
  listIntro: 'De afspraken die u voor cliënten heeft gemaakt.',
  upcoming: 'Komende afspraken',
  past: 'Voorbij en afgezegd',
  noUpcoming: 'U heeft geen komende afspraken gemaakt.',
  noPast: 'Nog niets.',
  newBooking: 'Nieuwe afspraak maken',
  columnReference: 'Code',
  columnWhen: 'Wanneer',
  columnWhere: 'Steunpunt',
  columnClient: 'Cliënt',
  columnStatus: 'Status',
  erasedName: '(gewist)',
  statusNames: { active: 'gepland', cancelled: 'afgezegd', past: 'voorbij' },
  detailTitle: (reference: string) => `Afspraak ${reference}`,
  createdTitle: 'De afspraak staat',
  createdText:
    'Geef de cliënt deze code, bijvoorbeeld op papier. Met de code meldt de cliënt zich bij de balie.',
  referenceLabel: 'Code voor de cliënt',
  client: 'Cliënt',
  language: 'Taal',
  interpreter: 'Tolk',
  status: 'Status',
  messagesTo: 'Berichten gaan naar',
  messagesToClient: (email: string) => `de cliënt (${email})`,
  messagesToYou: (email: string) => `u (${email}), want de cliënt gaf geen e-mail`,
  moved: 'De afspraak is verzet.',
  cancelled: 'De afspraak is afgezegd.',
  print: 'Print deze pagina voor de cliënt (Ctrl+P of via het menu van uw browser).',
  cardLink: 'Kaartje voor de cliënt',
  cardTitle: 'Kaartje voor de cliënt',
  cardPrint:
    'Print dit kaartje (Ctrl+P). Het staat in de taal van de cliënt, met het Nederlands ernaast voor de balie.',
  cardWithLinkText:
    'Met een QR-code op het kaartje kan de cliënt de afspraak zelf bekijken, verzetten of afzeggen. Daarvoor komt er een nieuwe eigen link; een eerder geprint kaartje met QR-code werkt dan niet meer.',
  cardWithLinkButton: 'Kaartje met QR-code maken',
  backToList: 'Terug naar mijn afspraken',
  cancelTitle: 'Afspraak afzeggen?',
  cancelText:
    'De plek komt vrij voor iemand anders. Doe dit alleen als de cliënt niet meer wil of kan komen.',
  cancelYes: 'Ja, afzeggen',
  cancelNo: 'Nee, terug',
  notChangeable: 'Deze afspraak kan niet meer worden gewijzigd.',
} as const

export type VolunteerMessages = Widen<typeof volunteerNl>

export const volunteerEn: VolunteerMessages = {
  chooseTitle: 'Book for a client',
  chooseIntro:
    'Choose the support point the client wants to go to. Then choose a day and a time together.',
  noPoints: 'There are no active support points.',
  backToPoints: 'All support points',
  contactIntro: (email) =>
    `The client's email and phone are optional. If the client has no email, you (${email}) receive the confirmation and later messages.`,
  listTitle: 'My bookings',
  listIntro: 'The bookings you made for clients.',
  upcoming: 'Upcoming bookings',
  past: 'Past and cancelled',
  noUpcoming: 'You have made no upcoming bookings.',
  noPast: 'Nothing yet.',
  newBooking: 'Make a new booking',
  columnReference: 'Code',
  columnWhen: 'When',
  columnWhere: 'Support point',
  columnClient: 'Client',
  columnStatus: 'Status',
  erasedName: '(erased)',
  statusNames: { active: 'planned', cancelled: 'cancelled', past: 'past' },
  detailTitle: (reference) => `Booking ${reference}`,
  createdTitle: 'The booking is made',
  createdText:
    'Give the client this code, for example on paper. The client shows the code at the desk.',
  referenceLabel: 'Code for the client',
  client: 'Client',
  language: 'Language',
  interpreter: 'Interpreter',
  status: 'Status',
  messagesTo: 'Messages go to',
  messagesToClient: (email) => `the client (${email})`,
  messagesToYou: (email) => `you (${email}), because the client gave no email`,
  moved: 'The booking has been moved.',
  cancelled: 'The booking has been cancelled.',
  print: "Print this page for the client (Ctrl+P or through your browser's menu).",
  cardLink: 'Card for the client',
  cardTitle: 'Card for the client',
  cardPrint:
    "Print this card (Ctrl+P). It is in the client's language, with the Dutch beside it for the desk.",
  cardWithLinkText:
    'With a QR code on the card the client can see, move or cancel the appointment themselves. That takes a new private link; a card with a QR code printed before then stops working.',
  cardWithLinkButton: 'Make a card with a QR code',
  backToList: 'Back to my bookings',
  cancelTitle: 'Cancel this booking?',
  cancelText:
    'The place becomes free for someone else. Only do this when the client no longer wants to or can come.',
  cancelYes: 'Yes, cancel',
  cancelNo: 'No, go back',
  notChangeable: 'This booking can no longer be changed.',
}

export const volunteerMessages = { nl: volunteerNl, en: volunteerEn }
