import type { Messages } from './nl.js'

export const en: Messages = {
  languageName: 'English',
  appName: 'Spreekuur',
  skipToContent: 'Skip to content',
  chooseLanguage: 'Language',
  footer:
    'Walk-in hours of the regional support points. We do not ask about your residence status.',

  homeTitle: 'Walk-in hours near you',
  homeIntro:
    'At a support point you talk with a counselor about your future. You can simply walk in during the hours, or book an appointment so that someone surely has time for you.',
  filterLabel: 'Search by place',
  filterButton: 'Search',
  filterClear: 'Show all',
  filterNoResults: (q) => `No support point found for "${q}".`,
  filterCount: (n) => (n === 1 ? '1 support point' : `${n} support points`),
  nextSession: 'Next walk-in hours',
  noUpcomingSession: 'No walk-in hours in the next two weeks',
  today: 'today',
  tomorrow: 'tomorrow',
  region: 'Region',
  regions: 'Regions',

  locationAddress: 'Address',
  locationDirections: 'How to get there',
  locationPhone: 'Phone',
  walkInHours: 'Walk-in hours',
  weekday: 'Day',
  time: 'Time',
  counselors: 'Counselors',
  validFrom: (date) => `from ${date}`,
  validUntil: (date) => `until ${date}`,
  noWalkInHours: 'This support point has no regular walk-in hours at the moment.',
  upcomingClosures: 'Closed on',
  noClosures: 'No closures planned.',
  projectLeader: 'Regional project leader',
  projectLeaderIntro:
    'For partners and municipalities: for questions about the project in this region, contact',
  bookCta: 'Book an appointment',
  walkInNote: 'You can also come without an appointment during the walk-in hours.',
  locationsInRegion: 'Support points in this region',
  backToOverview: 'Back to all support points',

  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist (any more). Check the address or go to the home page.',
  badRequestTitle: 'We do not understand that',
  badRequestText: 'Something in the request is not right. Go back and try again.',
  serverErrorTitle: 'Something went wrong',
  serverErrorText:
    'Something went wrong on our side. Nothing was saved. Please try again in a few minutes.',
  tooManyRequestsTitle: 'Please wait',
  tooManyRequestsText: (minutes) =>
    `There were too many requests from this address. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  goHome: 'Go to the home page',
}
