import type { Widen } from '../widen.js'
import { plural } from './plural.js'

/** The admin's pages for regions and support points (labels of point details: locations.ts). */
export const adminNl = {
  errorTitle: 'Er is iets niet goed ingevuld',
  required: 'Vul dit in.',
  tooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
  invalidText: 'Deze tekst bevat tekens die niet zijn toegestaan.',
  invalidSlug:
    'Gebruik alleen kleine letters a–z, cijfers en losse streepjes ertussen, zoals noord-holland.',
  chooseFromList: 'Kies iemand of iets uit de lijst.',
  invalidTimezone: 'Vul een tijdzone in zoals Europe/Amsterdam.',
  none: '(niemand)',
  choose: 'Kies…',
  active: 'open',
  inactive: 'gesloten',

  regionsTitle: 'Regio’s',
  regionsIntro:
    'Elke regio heeft een regionaal projectleider, die op de openbare pagina staat, en coördinatoren die de steunpunten van de regio beheren.',
  noRegions: 'Er zijn nog geen regio’s.',
  newRegion: 'Nieuwe regio',
  regionName: 'Naam',
  slug: 'Webadres (slug)',
  regionSlugHint:
    'Kleine letters, cijfers en streepjes. De openbare pagina staat op /regio/…; een ander webadres maakt oude links ongeldig.',
  projectLeader: 'Regionaal projectleider',
  projectLeaderHint:
    'Naam, e-mailadres en telefoonnummer staan op de openbare pagina’s van de regio en haar steunpunten.',
  activePoints: 'Open steunpunten',
  coordinatorsColumn: 'Coördinatoren',
  editRegion: (name: string) => `Wijzig ${name}`,
  newRegionTitle: 'Nieuwe regio',
  createRegionButton: 'Regio aanmaken',
  saveRegionButton: 'Regio opslaan',
  regionSlugTaken: 'Dit webadres is al in gebruik door een andere regio.',
  regionCreated: 'De regio is aangemaakt.',
  regionSaved: 'De regio is opgeslagen.',
  backToRegions: 'Alle regio’s',
  publicRegionPage: 'Openbare pagina van deze regio',
  coordinatorsTitle: 'Coördinatoren van deze regio',
  coordinatorsIntro:
    'Zij beheren de steunpunten, counselors en vrijwilligers van deze regio. Iemand wordt coördinator via Medewerkers.',
  noCoordinators: 'Deze regio heeft nog geen coördinator.',
  addCoordinatorLabel: 'Coördinator toevoegen',
  addCoordinatorButton: 'Toevoegen',
  removeCoordinator: (name: string) => `${name} van deze regio halen`,
  coordinatorAdded: 'De coördinator is aan de regio gekoppeld.',
  coordinatorRemoved: 'De coördinator is van de regio gehaald.',
  coordinatorAlreadyLinked: 'Deze coördinator hoort al bij deze regio.',
  coordinatorLastRegion:
    'Dit is de enige regio van deze coördinator. Koppel eerst een andere regio, of zet het account op non-actief.',
  inactiveAccount: 'account niet actief',
  pointsInRegionTitle: 'Steunpunten in deze regio',
  noPointsInRegion: 'Deze regio heeft nog geen steunpunten.',

  pointsTitle: 'Alle steunpunten beheren',
  pointsIntro:
    'Alle steunpunten, ook de gesloten. Gegevens, spreekuren en sluitingen wijzigt u op de pagina van het steunpunt zelf.',
  noPoints: 'Er zijn nog geen steunpunten.',
  newPoint: 'Nieuw steunpunt',
  newPointTitle: 'Nieuw steunpunt',
  newPointIntro:
    'Na het aanmaken voegt u op de pagina van het steunpunt de wekelijkse spreekuren toe; pas dan kan er geboekt worden.',
  pointName: 'Naam',
  pointSlugHint: 'Kleine letters, cijfers en streepjes. De openbare pagina staat op /steunpunt/….',
  municipality: 'Gemeente',
  region: 'Regio',
  timezone: 'Tijdzone',
  timezoneHint: 'Een IANA-tijdzone; in Nederland Europe/Amsterdam.',
  createPointButton: 'Steunpunt aanmaken',
  pointSlugTaken: 'Dit webadres is al in gebruik door een ander steunpunt.',
  status: 'Status',
  pointAdminTitle: (name: string) => `${name}: naam, regio, openen en sluiten`,
  backToPoints: 'Alle steunpunten',
  editDetails: 'Gegevens, spreekuren en sluitingen wijzigen',
  publicPointPage: 'Openbare pagina',
  inactiveIntro:
    'Dit steunpunt is gesloten: het staat niet op de website en er kan niet geboekt worden.',
  renameTitle: 'Naam en gemeente',
  renameIntro:
    'Zo staat het steunpunt op de website en in de berichten. Het webadres blijft hetzelfde, zodat bewaarde links blijven werken.',
  renameButton: 'Opslaan',
  renamed: 'De naam en gemeente zijn opgeslagen.',
  moveTitle: 'Naar een andere regio',
  moveIntro:
    'De coördinatoren van de nieuwe regio beheren het steunpunt daarna; de counselors blijven gekoppeld.',
  moveLabel: 'Nieuwe regio',
  moveButton: 'Verplaatsen',
  sameRegion: 'Het steunpunt hoort al bij deze regio.',
  moved: 'Het steunpunt hoort nu bij de andere regio.',
  deactivateTitle: 'Steunpunt sluiten',
  deactivateIntro:
    'Het steunpunt verdwijnt van de website en er kan niet meer geboekt worden. Afspraken die nog komen worden eerst getoond; u beslist wat ermee gebeurt.',
  deactivateButton: 'Steunpunt sluiten',
  reactivateTitle: 'Steunpunt weer openen',
  reactivateIntro: 'Het steunpunt komt terug op de website met de spreekuren die het had.',
  reactivateButton: 'Steunpunt weer openen',
  deactivated: (n: number) =>
    n === 0
      ? 'Het steunpunt is gesloten.'
      : `Het steunpunt is gesloten; ${plural(n, '1 afspraak is', `${n} afspraken zijn`)} geannuleerd en de cliënten en counselors krijgen bericht.`,
  reactivated: 'Het steunpunt is weer open.',
  conflictTitle: 'Er zijn nog afspraken bij dit steunpunt',
  conflictIntro: (n: number) =>
    `${plural(n, '1 afspraak', `${n} afspraken`)} bij dit steunpunt ${plural(n, 'moet', 'moeten')} nog plaatsvinden. Er is nog niets gewijzigd.`,
  conflictWhy:
    'Een gesloten steunpunt staat niet in de agenda en cliënten kunnen hun afspraak daar niet meer inzien of verzetten. Sluiten kan daarom alleen als deze afspraken geannuleerd worden.',
  conflictStale: 'De lijst is veranderd sinds u hem zag. Kijk hem opnieuw na en kies dan.',
  cancelAndDeactivate: 'Afspraken annuleren en steunpunt sluiten',
  messageDefault:
    'Dit steunpunt sluit en uw afspraak kan helaas niet doorgaan. Kijk op de website voor een ander steunpunt bij u in de buurt.',
  keepOpen: 'Niet sluiten, terug naar het steunpunt',
} as const

export type AdminMessages = Widen<typeof adminNl>

export const adminEn: AdminMessages = {
  errorTitle: 'Something was not filled in correctly',
  required: 'Please fill this in.',
  tooLong: (max) => `Use at most ${max} characters.`,
  invalidText: 'This text contains characters that are not allowed.',
  invalidSlug:
    'Use only lowercase letters a–z, digits and single hyphens in between, like noord-holland.',
  chooseFromList: 'Choose someone or something from the list.',
  invalidTimezone: 'Enter a time zone like Europe/Amsterdam.',
  none: '(nobody)',
  choose: 'Choose…',
  active: 'open',
  inactive: 'closed',

  regionsTitle: 'Regions',
  regionsIntro:
    'Each region has a regional project leader, shown on the public page, and coordinators who manage the region’s support points.',
  noRegions: 'There are no regions yet.',
  newRegion: 'New region',
  regionName: 'Name',
  slug: 'Web address (slug)',
  regionSlugHint:
    'Lowercase letters, digits and hyphens. The public page is at /regio/…; another address breaks old links.',
  projectLeader: 'Regional project leader',
  projectLeaderHint:
    'Name, email address and phone number are shown on the public pages of the region and its support points.',
  activePoints: 'Open support points',
  coordinatorsColumn: 'Coordinators',
  editRegion: (name) => `Edit ${name}`,
  newRegionTitle: 'New region',
  createRegionButton: 'Create region',
  saveRegionButton: 'Save region',
  regionSlugTaken: 'Another region already uses this web address.',
  regionCreated: 'The region has been created.',
  regionSaved: 'The region has been saved.',
  backToRegions: 'All regions',
  publicRegionPage: 'Public page of this region',
  coordinatorsTitle: 'Coordinators of this region',
  coordinatorsIntro:
    'They manage the support points, counselors and volunteers of this region. Someone becomes a coordinator under Staff.',
  noCoordinators: 'This region has no coordinator yet.',
  addCoordinatorLabel: 'Add a coordinator',
  addCoordinatorButton: 'Add',
  removeCoordinator: (name) => `Remove ${name} from this region`,
  coordinatorAdded: 'The coordinator has been linked to the region.',
  coordinatorRemoved: 'The coordinator has been removed from the region.',
  coordinatorAlreadyLinked: 'This coordinator already belongs to this region.',
  coordinatorLastRegion:
    'This is the coordinator’s only region. Link another region first, or deactivate the account.',
  inactiveAccount: 'account inactive',
  pointsInRegionTitle: 'Support points in this region',
  noPointsInRegion: 'This region has no support points yet.',

  pointsTitle: 'Manage all support points',
  pointsIntro:
    'Every support point, closed ones included. Details, walk-in hours and closures are changed on the support point’s own page.',
  noPoints: 'There are no support points yet.',
  newPoint: 'New support point',
  newPointTitle: 'New support point',
  newPointIntro:
    'After creating it, add the weekly walk-in hours on the support point’s page; only then can people book.',
  pointName: 'Name',
  pointSlugHint: 'Lowercase letters, digits and hyphens. The public page is at /steunpunt/….',
  municipality: 'Municipality',
  region: 'Region',
  timezone: 'Time zone',
  timezoneHint: 'An IANA time zone; in the Netherlands Europe/Amsterdam.',
  createPointButton: 'Create support point',
  pointSlugTaken: 'Another support point already uses this web address.',
  status: 'Status',
  pointAdminTitle: (name) => `${name}: name, region, open and close`,
  backToPoints: 'All support points',
  editDetails: 'Change details, walk-in hours and closures',
  publicPointPage: 'Public page',
  inactiveIntro: 'This support point is closed: it is not on the website and cannot be booked.',
  renameTitle: 'Name and municipality',
  renameIntro:
    'This is how the support point appears on the website and in messages. Its web address stays the same, so saved links keep working.',
  renameButton: 'Save',
  renamed: 'The name and municipality have been saved.',
  moveTitle: 'Move to another region',
  moveIntro:
    'The coordinators of the new region manage the support point from then on; its counselors stay linked.',
  moveLabel: 'New region',
  moveButton: 'Move',
  sameRegion: 'The support point already belongs to this region.',
  moved: 'The support point now belongs to the other region.',
  deactivateTitle: 'Close the support point',
  deactivateIntro:
    'The support point disappears from the website and can no longer be booked. Bookings still to come are shown first; you decide what happens to them.',
  deactivateButton: 'Close the support point',
  reactivateTitle: 'Reopen the support point',
  reactivateIntro: 'The support point returns to the website with the walk-in hours it had.',
  reactivateButton: 'Reopen the support point',
  deactivated: (n) =>
    n === 0
      ? 'The support point has been closed.'
      : `The support point has been closed; ${plural(n, '1 booking was', `${n} bookings were`)} cancelled and the clients and counselors are told.`,
  reactivated: 'The support point is open again.',
  conflictTitle: 'This support point still has bookings',
  conflictIntro: (n) =>
    `${plural(n, '1 booking', `${n} bookings`)} at this support point ${plural(n, 'is', 'are')} still to come. Nothing has been changed yet.`,
  conflictWhy:
    'A closed support point is not in the agenda, and clients can no longer view or move their booking there. So it can only close if these bookings are cancelled.',
  conflictStale: 'The list has changed since you saw it. Please check it again, then choose.',
  cancelAndDeactivate: 'Cancel the bookings and close the support point',
  messageDefault:
    'This support point is closing and your appointment unfortunately cannot go ahead. Please see the website for another support point near you.',
  keepOpen: 'Do not close, back to the support point',
}

export const adminMessages = { nl: adminNl, en: adminEn }
