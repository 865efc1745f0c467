/**
 * Dutch: the source catalog. Every other catalog is typed against this one, so the
 * type checker refuses a catalog that misses a key. Plain words, language level B1.
 */
export const nl = {
  languageName: 'Nederlands',
  appName: 'Spreekuur',
  skipToContent: 'Naar de inhoud',
  chooseLanguage: 'Taal',
  footer: 'Spreekuur van de regionale steunpunten. Wij vragen niet naar uw verblijfsstatus.',

  homeTitle: 'Spreekuren bij u in de buurt',
  homeIntro:
    'Bij een steunpunt praat u met een counselor over uw toekomst. U mag gewoon binnenlopen tijdens het spreekuur, of een afspraak maken zodat er zeker tijd voor u is.',
  filterLabel: 'Zoek op plaats',
  filterButton: 'Zoeken',
  filterClear: 'Alles tonen',
  filterNoResults: (q: string) => `Geen steunpunt gevonden voor "${q}".`,
  filterCount: (n: number) => (n === 1 ? '1 steunpunt' : `${n} steunpunten`),
  nextSession: 'Volgend spreekuur',
  noUpcomingSession: 'Geen spreekuur in de komende twee weken',
  today: 'vandaag',
  tomorrow: 'morgen',
  region: 'Regio',
  regions: 'Regio’s',

  locationAddress: 'Adres',
  locationDirections: 'Zo komt u er',
  locationPhone: 'Telefoon',
  walkInHours: 'Spreekuren',
  weekday: 'Dag',
  time: 'Tijd',
  counselors: 'Counselors',
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

  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  badRequestTitle: 'Dat begrijpen we niet',
  badRequestText: 'Het verzoek klopt niet. Ga terug en probeer het opnieuw.',
  serverErrorTitle: 'Er ging iets mis',
  serverErrorText:
    'Er ging bij ons iets mis. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.',
  tooManyRequestsTitle: 'Even wachten',
  tooManyRequestsText: (minutes: number) =>
    `Er zijn te veel verzoeken vanaf dit adres. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  goHome: 'Naar de startpagina',
} as const

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> }

/** The shape every catalog must have: the Dutch keys, with any wording. */
export type Messages = Widen<typeof nl>
