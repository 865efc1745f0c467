import type { Widen } from './widen.js'

/**
 * Dutch: the source catalog. Every other catalog is typed against this one, so the
 * type checker refuses a catalog that misses a key. Plain words, language level B1.
 */
export const nl = {
  languageName: 'Nederlands',
  appName: 'Spreekuur',
  // Search engines and link previews show these under the page title (meta description).
  metaRegion: (region: string) =>
    `Steunpunten in regio ${region}: spreekuren, adressen en de regionale projectleider.`,
  metaPoint: (place: string) =>
    `Spreekuren, adres en sluitingen van steunpunt ${place}. Loop binnen of maak een afspraak met een counselor.`,
  metaBook: (place: string) =>
    `Maak een afspraak met een counselor bij ${place}. Het is gratis. We vragen niet naar uw verblijfsstatus.`,
  skipToContent: 'Naar de inhoud',
  chooseLanguage: 'Taal',
  footer: 'Spreekuur van de regionale steunpunten. Wij vragen niet naar uw verblijfsstatus.',

  homeTitle: 'Spreekuren bij u in de buurt',
  homeIntro:
    'Bij een steunpunt praat u met een counselor over uw toekomst. U mag gewoon binnenlopen tijdens het spreekuur, of een afspraak maken zodat er zeker tijd voor u is.',
  filterLabel: 'Zoek op plaats of postcode',
  filterButton: 'Zoeken',
  filterClear: 'Alles tonen',
  filterNoResults: (q: string) => `Geen steunpunt gevonden voor "${q}".`,
  filterCount: (n: number) => (n === 1 ? '1 steunpunt' : `${n} steunpunten`),
  nearestTo: (place: string) => `Geen steunpunt in ${place}. Dit zijn de dichtstbijzijnde:`,
  nearestToPostcode: (postcode: string, place: string) =>
    `Steunpunten dicht bij postcode ${postcode} (${place}):`,
  aboutKm: (km: number) => `ongeveer ${km} km`,
  nextSession: 'Volgend spreekuur',
  noUpcomingSession: 'Geen spreekuur in de komende twee weken',
  today: 'vandaag',
  tomorrow: 'morgen',
  region: 'Regio',
  regions: 'Regio’s',

  locationAddress: 'Adres',
  locationDirections: 'Zo komt u er',
  mapLink: 'Bekijk op de kaart (OpenStreetMap)',
  inDutch: 'Tekst van het steunpunt, in het Nederlands',
  holidays: {
    newYear: 'Nieuwjaarsdag',
    goodFriday: 'Goede Vrijdag',
    easter: 'Eerste Paasdag',
    easterMonday: 'Tweede Paasdag',
    kingsDay: 'Koningsdag',
    liberationDay: 'Bevrijdingsdag',
    ascension: 'Hemelvaartsdag',
    pentecost: 'Eerste Pinksterdag',
    whitMonday: 'Tweede Pinksterdag',
    christmas: 'Eerste Kerstdag',
    boxingDay: 'Tweede Kerstdag',
  },
  /** The reasons coordinators choose for a closure (src/domain/closure-reasons.ts). */
  closureReasons: {
    teamDay: 'Teamdag',
    training: 'Scholing van de medewerkers',
    noCounselors: 'Er zijn geen counselors',
    buildingClosed: 'Het gebouw is gesloten',
    holidayPeriod: 'Vakantie',
  },
  locationPhone: 'Telefoon',
  walkInHours: 'Spreekuren',
  weekday: 'Dag',
  time: 'Tijd',
  atOnce: 'Gesprekken tegelijk',
  validFrom: (date: string) => `vanaf ${date}`,
  validUntil: (date: string) => `tot en met ${date}`,
  noWalkInHours: 'Dit steunpunt heeft op dit moment geen vaste spreekuren.',
  upcomingClosures: 'Gesloten op',
  noClosures: 'Geen sluitingen gepland.',
  projectLeader: 'Regionaal projectleider',
  projectLeaderIntro:
    'Voor partners en gemeenten: neem voor vragen over het project in deze regio contact op met',
  bookCta: 'Afspraak maken',
  walkInNote: 'U kunt ook zonder afspraak langskomen tijdens het spreekuur.',
  locationsInRegion: 'Steunpunten in deze regio',
  backToOverview: 'Terug naar alle steunpunten',

  // Booking
  stepOf: (step: number, total: number) => `Stap ${step} van ${total}`,
  bookTitle: (place: string) => `Afspraak maken bij ${place}`,
  chooseDay: 'Kies een dag',
  chooseTime: 'Kies een tijd',
  yourDetails: 'Uw gegevens',
  dayFree: (n: number) => (n === 1 ? 'nog 1 plek vrij' : `nog ${n} plekken vrij`),
  dayFull: 'vol',
  /** Before a closed day's reason, with its punctuation and space: 'gesloten: Teamdag'. */
  dayClosedPrefix: 'gesloten: ',
  noDaysAvailable:
    'Er zijn de komende weken geen vrije tijden. U kunt wel gewoon binnenlopen tijdens het spreekuur.',
  slotsFor: (day: string) => `Vrije tijden op ${day}`,
  slotFree: (n: number) => (n === 1 ? '1 plek' : `${n} plekken`),
  slotFull: 'vol',
  noSlotsThisDay: 'Op deze dag is geen tijd meer vrij. Kies een andere dag.',
  chosenTime: 'Uw tijd',
  changeTime: 'Andere tijd kiezen',
  fieldName: 'Naam of initialen',
  fieldNameHint: 'Een bijnaam of alleen uw initialen mag ook.',
  maxChars: (n: number) => `Hoogstens ${n} tekens.`,
  fieldLanguage: 'Welke taal spreekt u?',
  languageOther: 'Een andere taal',
  fieldLanguageChoose: 'Kies een taal',
  fieldInterpreter: 'Wilt u een tolk?',
  yes: 'Ja',
  no: 'Nee',
  fieldTopic: 'Waar wilt u over praten?',
  topicOrientation: 'Mijn toekomst en mijn mogelijkheden',
  topicReturn: 'Hulp bij terugkeer naar mijn land',
  topicOther: 'Iets anders',
  topicUnspecified: 'Dat zeg ik liever niet',
  fieldEmail: 'E-mail (niet verplicht)',
  fieldEmailHint: 'Dan sturen we u een bevestiging.',
  fieldPhone: 'Telefoon (niet verplicht)',
  fieldPhoneHint:
    'Alleen als de counselor u moet bellen, bijvoorbeeld als het spreekuur niet doorgaat.',
  fieldSms: "Stuur mij sms'jes over deze afspraak",
  fieldSmsHint:
    'Een bevestiging, een herinnering en een bericht als er iets verandert. Ook een buitenlands nummer kan, met + en de landcode.',
  fieldNote: 'Wilt u nog iets zeggen? (niet verplicht)',
  fieldNoteHint: 'Kort. Schrijf hier geen persoonlijke documenten of nummers.',
  optional: 'niet verplicht',
  privacyTitle: 'Wat we bewaren',
  privacyText: (days: number) =>
    `We bewaren alleen wat u hier invult. Alleen de medewerkers van dit steunpunt zien het. ${days} dagen na de afspraak wissen we uw naam, e-mail, telefoon en opmerking. We vragen nooit naar uw verblijfsstatus of een V-nummer.`,
  confirmBooking: 'Afspraak bevestigen',
  confirmBookingBusy: 'Even geduld, uw afspraak wordt gemaakt…',
  errorSummary: 'Er is iets niet goed ingevuld:',
  errors: {
    required: 'Vul dit in.',
    tooLong: 'Dit is te lang.',
    invalidCharacters: 'Hier staan tekens in die we niet kunnen gebruiken.',
    invalidEmail: 'Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.nl',
    invalidPhone: 'Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en +.',
    notMobile:
      "Dit nummer kan geen sms'jes ontvangen. Geef een mobiel nummer, of zet het vinkje voor sms uit.",
    phoneForSms: "Vul uw mobiele nummer in, dan kunnen we u sms'jes sturen.",
    invalidChoice: 'Kies een van de mogelijkheden.',
  },
  slotTakenTitle: 'Deze tijd is net bezet',
  slotTakenText:
    'Iemand anders was u net voor. Kies hieronder een andere tijd. Wat u heeft ingevuld, blijft bewaard.',
  slotUnavailableTitle: 'Deze tijd kan niet meer',
  slotUnavailableText:
    'Deze tijd is voorbij of niet meer beschikbaar. Kies hieronder een andere tijd.',
  alternatives: 'Andere vrije tijden',
  noAlternatives: 'Er zijn geen andere vrije tijden. Kies een andere dag.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'Uw afspraak staat',
  bookingTitle: 'Uw afspraak',
  referenceLabel: 'Uw code',
  referenceHint: 'Laat deze code zien bij de balie.',
  when: 'Wanneer',
  where: 'Waar',
  whatToBring: 'Wat neemt u mee?',
  whatToBringText:
    'U hoeft niets mee te nemen. Heeft u papieren over uw situatie? Neem ze mee als u dat wilt.',
  walkInStillOpen: 'U kunt ook altijd gewoon binnenlopen tijdens het spreekuur.',
  addToCalendar: 'Zet in mijn agenda',
  privateLinkTitle: 'Uw eigen link',
  privateLinkText:
    'Met deze link kunt u de afspraak bekijken, verzetten of afzeggen. Bewaar hem goed en deel hem niet: iedereen met de link kan uw afspraak zien.',
  textsSentTo: 'We sturen een sms met uw code en uw link naar',
  printHint: 'U kunt deze pagina ook printen of een foto ervan maken.',
  moveBooking: 'Andere tijd kiezen',
  cancelBooking: 'Afspraak afzeggen',
  cancelConfirmTitle: 'Wilt u de afspraak afzeggen?',
  cancelConfirmText:
    'Dan geven we uw plek aan iemand anders. U kunt later een nieuwe afspraak maken.',
  cancelConfirmYes: 'Ja, afzeggen',
  cancelConfirmNo: 'Nee, terug',
  bookingCancelled: 'Deze afspraak is afgezegd.',
  bookingCancelledText:
    'Kom niet voor deze afspraak. U bent welkom tijdens het spreekuur, of maak een nieuwe afspraak.',
  bookingCodeLabel: 'Code van de afspraak',
  bookingPast: 'Deze afspraak is voorbij.',
  bookingMoved: 'Uw afspraak is verzet.',
  bookAgain: 'Nieuwe afspraak maken',
  moveTitle: 'Kies een andere tijd',
  moveCurrent: (when: string) => `Nu: ${when}`,
  moveTo: (time: string) => `Verzet naar ${time}`,
  notChangeable: 'Deze afspraak kan niet meer worden gewijzigd.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference: string) => `Uw afspraak ${reference}`,
  emailConfirmedIntro: 'Uw afspraak bij het steunpunt staat. Hieronder staan de gegevens.',
  emailMovedSubject: (reference: string) => `Uw afspraak ${reference} is verzet`,
  emailMovedIntro: 'Uw afspraak is verzet naar een andere tijd. Dit is de nieuwe tijd.',
  emailCancelledSubject: (reference: string) => `Uw afspraak ${reference} is afgezegd`,
  emailCancelledByClient: 'U heeft deze afspraak afgezegd. Uw plek is vrijgegeven.',
  emailCancelledByStaff:
    'Het steunpunt heeft deze afspraak afgezegd. Het spijt ons. U kunt een nieuwe afspraak maken of binnenlopen tijdens het spreekuur.',
  emailCancelReason: 'Reden',
  /** Beside a picked reason: what staff typed (in Dutch). */
  emailCancelNote: 'Toelichting',
  reasonScheduleChanged:
    'Het spreekuur is gewijzigd en uw afspraak kan helaas niet doorgaan. U bent welkom om een nieuwe afspraak te maken.',
  reasonPointClosing:
    'Dit steunpunt sluit en uw afspraak kan helaas niet doorgaan. Kijk op de website voor een ander steunpunt bij u in de buurt.',
  /** The reasons staff pick when they cancel (src/domain/cancel-reasons.ts), said to the client. */
  cancelReasons: {
    counselorUnavailable: 'De counselor kan op dat moment onverwacht niet.',
    pointClosed: 'Het steunpunt is die dag onverwacht gesloten.',
    noInterpreter: 'Er is op dat moment geen tolk voor uw taal.',
    clientAsked: 'U heeft ons gevraagd de afspraak af te zeggen.',
    bookedTwice: 'U had twee afspraken gemaakt. Deze is vervallen, de andere blijft staan.',
  },
  emailReminderSubject: (reference: string) => `Herinnering: uw afspraak ${reference}`,
  emailReminderIntro: 'Dit is een herinnering aan uw afspraak.',
  emailManage: 'Bekijken, verzetten of afzeggen:',
  emailAutomatic: 'Dit bericht is automatisch verstuurd. U hoeft niet te antwoorden.',

  // Emails to counselors (staff read Dutch until accounts have a language)
  staffNewSubject: (reference: string, when: string, place: string) =>
    `Afspraak ${reference}: ${when}, ${place}`,
  staffMovedSubject: (reference: string, when: string, place: string) =>
    `Verzet: afspraak ${reference}: ${when}, ${place}`,
  staffCancelledSubject: (reference: string, when: string, place: string) =>
    `Afgezegd: afspraak ${reference}: ${when}, ${place}`,
  staffNewIntro: 'Er is een afspraak gemaakt bij uw steunpunt.',
  staffMovedIntro:
    'Een afspraak bij uw steunpunt is verzet. De uitnodiging in uw agenda is bijgewerkt.',
  staffCancelledIntro: (by: 'client' | 'staff') =>
    by === 'client'
      ? 'De cliënt heeft deze afspraak afgezegd. De afspraak is uit uw agenda gehaald.'
      : 'Deze afspraak is door het steunpunt afgezegd. De afspraak is uit uw agenda gehaald.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'Code van de afspraak',
  staffLanguage: 'Taal',
  staffInterpreter: 'Tolk nodig',
  staffAgendaLink: 'Bekijk de afspraak in de agenda (na inloggen):',
  staffPrivacy:
    'Om de cliënt te beschermen staan naam en contactgegevens niet in e-mail of agenda.',
  calendarSummary: (reference: string, language: string, interpreter: boolean) =>
    `Spreekuur ${reference} (${language}${interpreter ? ', tolk' : ''})`,

  // Development only
  devMailTitle: 'Verstuurde e-mail (ontwikkeling)',
  devMailIntro:
    'Er is geen SMTP_URL ingesteld. Dit is wat Spreekuur zou hebben verstuurd, nieuwste eerst.',
  devMailEmpty: 'Nog niets verstuurd.',
  devMailTo: 'Aan',
  devMailSubject: 'Onderwerp',
  devMailSentAt: 'Tijd',

  // Privacy
  privacyLink: 'Privacy: wat we bewaren',
  privacyPageTitle: 'Wat we bewaren en waarom',
  privacyIntro:
    'U kunt een afspraak maken zonder te zeggen wie u bent. Een bijnaam of uw initialen is genoeg.',
  privacyWhatTitle: 'Wat we bewaren',
  privacyWhat:
    'Uw naam of bijnaam, de taal die u spreekt, of u een tolk wilt, waar u over wilt praten, en als u dat invult: uw e-mail, telefoonnummer en een korte opmerking. We vragen nooit naar uw verblijfsstatus, V-nummer, geboortedatum of nationaliteit.',
  privacyWhyTitle: 'Waarom',
  privacyWhy:
    'Zodat de counselor weet dat u komt, in welke taal, en of er een tolk nodig is. Uw e-mail gebruiken we alleen voor de bevestiging, een herinnering en wijzigingen van uw afspraak.',
  privacyWhoTitle: 'Wie het ziet',
  privacyWho:
    'Alleen de medewerkers van het steunpunt waar u een afspraak heeft. In agenda’s en e-mails van medewerkers staat alleen uw code, niet uw naam. We geven niets aan de overheid of aan anderen.',
  privacyWhenTitle: 'Wanneer we het wissen',
  privacyWhen: (days: number) =>
    `${days} dagen na de afspraak wissen we uw naam, e-mail, telefoon en opmerking. Zegt u de afspraak af, dan wissen we ze na één dag. Wat blijft, zijn alleen getallen zonder namen: hoeveel afspraken er waren, op welke dag en in welke taal.`,
  privacyNowTitle: 'Nu laten wissen',
  privacyNow:
    'Open de link van uw afspraak en kies “Mijn gegevens nu wissen”. Een afspraak in de toekomst wordt dan ook afgezegd.',
  eraseNow: 'Mijn gegevens nu wissen',
  eraseConfirmTitle: 'Wilt u uw gegevens nu wissen?',
  eraseConfirmText:
    'We wissen uw naam, e-mail, telefoon en opmerking meteen. Uw afspraak wordt afgezegd als die nog moet komen. Deze link werkt daarna niet meer.',
  eraseConfirmYes: 'Ja, nu wissen',
  erasedTitle: 'Uw gegevens zijn gewist',
  erasedText:
    'We hebben uw naam, e-mail, telefoon en opmerking gewist. U bent altijd welkom: kom binnen tijdens het spreekuur of maak een nieuwe afspraak.',

  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  badRequestTitle: 'Dat begrijpen we niet',
  badRequestText: 'Het verzoek klopt niet. Ga terug en probeer het opnieuw.',
  serverErrorTitle: 'Er ging iets mis',
  serverErrorText:
    'Er ging bij ons iets mis. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.',
  unavailableTitle: 'Tijdelijk niet beschikbaar',
  unavailableText:
    'Het systeem is even niet bereikbaar. Er is niets opgeslagen. Probeer het over een minuut opnieuw.',
  openNow: (until: string) => `Nu open, tot ${until}: loop binnen, of maak een afspraak.`,
  busyness: {
    quiet: 'Nu rustig: weinig of geen wachttijd.',
    some: 'Er wachten een paar mensen.',
    busy: 'Nu druk: reken op wachten.',
  },
  extraSessionsTitle: 'Extra spreekuren',
  findTitle: 'Afspraak terugvinden',
  findIntro:
    'Bent u de link naar uw afspraak kwijt? Vul de code van uw afspraak in en het telefoonnummer of e-mailadres dat u toen gaf. Dan sturen we u een nieuwe link. De oude link werkt daarna niet meer.',
  findCode: 'Code van uw afspraak',
  findCodeHint: 'Bijvoorbeeld K7QW D3MA. Hij staat op uw kaartje of in uw bevestiging.',
  findContact: 'Uw telefoonnummer of e-mailadres',
  findButton: 'Stuur mij de link',
  findSent:
    'Als deze gegevens bij een afspraak horen, hebben we de link gestuurd. Kijk op uw telefoon of in uw e-mail. Komt er niets? U kunt altijd binnenlopen tijdens het spreekuur.',
  findLink: 'Link kwijt? Vind uw afspraak terug',
  findInvalid:
    'Vul de code van uw afspraak in (8 letters en cijfers) en uw telefoonnummer of e-mailadres.',
  cardTitle: 'Kaartje voor uw afspraak',
  cardLink: 'Kaartje om te printen',
  cardPrint: 'Print dit kaartje',
  cardQrAlt: 'QR-code van uw eigen link',
  cardKeep:
    'Neem dit kaartje mee en laat de code zien bij de balie. Met de QR-code opent u uw afspraak op uw telefoon.',
  cardKeepNoLink: 'Neem dit kaartje mee en laat de code zien bij de balie.',
  cardPhone: 'Telefoon van het steunpunt',
  tooManyRequestsTitle: 'Even wachten',
  tooManyRequestsText: (minutes: number) =>
    `Er zijn te veel verzoeken vanaf dit adres. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  goHome: 'Naar de startpagina',
} as const

/** The shape every catalog must have: the Dutch keys, with any wording. */
export type Messages = Widen<typeof nl>
