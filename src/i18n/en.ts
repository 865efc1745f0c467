import type { Messages } from './nl.js'

export const en: Messages = {
  languageName: 'English',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `Support points in the ${region} region: walk-in hours, addresses and the regional project leader.`,
  metaPoint: (place) =>
    `Walk-in hours, address and closures of the ${place} support point. Walk in, or book an appointment with a counselor.`,
  metaBook: (place) =>
    `Book an appointment with a counselor at ${place}. It is free. We do not ask about your residence status.`,
  skipToContent: 'Skip to content',
  chooseLanguage: 'Language',
  footer:
    'Walk-in hours of the regional support points. We do not ask about your residence status.',

  homeTitle: 'Walk-in hours near you',
  homeIntro:
    'At a support point you talk with a counselor about your future. You can simply walk in during the hours, or book an appointment so that someone surely has time for you.',
  filterLabel: 'Search by town or postcode',
  filterButton: 'Search',
  filterClear: 'Show all',
  filterNoResults: (q) => `No support point found for "${q}".`,
  filterCount: (n) => (n === 1 ? '1 support point' : `${n} support points`),
  nearestTo: (place) => `No support point in ${place}. These are the nearest:`,
  nearestToPostcode: (postcode, place) => `Support points near postcode ${postcode} (${place}):`,
  aboutKm: (km) => `about ${km} km`,
  nextSession: 'Next walk-in hours',
  noUpcomingSession: 'No walk-in hours in the next two weeks',
  today: 'today',
  tomorrow: 'tomorrow',
  region: 'Region',
  regions: 'Regions',

  locationAddress: 'Address',
  locationDirections: 'How to get there',
  mapLink: 'See it on the map (OpenStreetMap)',
  inDutch: 'Text from the support point, in Dutch',
  holidays: {
    newYear: "New Year's Day",
    goodFriday: 'Good Friday',
    easter: 'Easter Sunday',
    easterMonday: 'Easter Monday',
    kingsDay: "King's Day",
    liberationDay: 'Liberation Day',
    ascension: 'Ascension Day',
    pentecost: 'Whit Sunday',
    whitMonday: 'Whit Monday',
    christmas: 'Christmas Day',
    boxingDay: 'Second day of Christmas',
  },
  closureReasons: {
    teamDay: 'Team day',
    training: 'Staff training',
    noCounselors: 'No counselors are available',
    buildingClosed: 'The building is closed',
    holidayPeriod: 'Holidays',
  },
  locationPhone: 'Phone',
  walkInHours: 'Walk-in hours',
  weekday: 'Day',
  time: 'Time',
  atOnce: 'Conversations at a time',
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

  // Booking
  stepOf: (step, total) => `Step ${step} of ${total}`,
  bookTitle: (place) => `Book an appointment at ${place}`,
  chooseDay: 'Choose a day',
  chooseTime: 'Choose a time',
  yourDetails: 'Your details',
  dayFree: (n) => (n === 1 ? '1 place left' : `${n} places left`),
  dayFull: 'full',
  dayClosedPrefix: 'closed: ',
  noDaysAvailable:
    'There are no free times in the coming weeks. You can still walk in during the hours.',
  slotsFor: (day) => `Free times on ${day}`,
  slotFree: (n) => (n === 1 ? '1 place' : `${n} places`),
  slotFull: 'full',
  noSlotsThisDay: 'No time is free on this day any more. Please choose another day.',
  chosenTime: 'Your time',
  changeTime: 'Choose another time',
  fieldName: 'Name or initials',
  fieldNameHint: 'A nickname or only your initials is fine too.',
  maxChars: (n) => `At most ${n} characters.`,
  fieldLanguage: 'Which language do you speak?',
  languageOther: 'Another language',
  fieldLanguageChoose: 'Choose a language',
  fieldInterpreter: 'Would you like an interpreter?',
  yes: 'Yes',
  no: 'No',
  fieldTopic: 'What would you like to talk about?',
  topicOrientation: 'My future and my options',
  topicReturn: 'Help with going back to my country',
  topicOther: 'Something else',
  topicUnspecified: 'I would rather not say',
  fieldEmail: 'Email (optional)',
  fieldEmailHint: 'Then we send you a confirmation.',
  fieldPhone: 'Phone (optional)',
  fieldPhoneHint:
    'Only if the counselor needs to call you, for example when the hours are cancelled.',
  fieldSms: 'Send me text messages about this appointment',
  fieldSmsHint:
    'A confirmation, a reminder and a message if anything changes. A foreign number works too, with + and the country code.',
  fieldNote: 'Anything else you want to say? (optional)',
  fieldNoteHint: 'Short. Do not write personal documents or numbers here.',
  optional: 'optional',
  privacyTitle: 'What we keep',
  privacyText: (days) =>
    `We only keep what you fill in here. Only the staff of this support point see it. ${days} days after the appointment we erase your name, email, phone and note. We never ask about your residence status or an immigration number.`,
  confirmBooking: 'Confirm appointment',
  confirmBookingBusy: 'One moment, booking your appointment…',
  errorSummary: 'Something is not filled in correctly:',
  errors: {
    required: 'Please fill this in.',
    tooLong: 'This is too long.',
    invalidCharacters: 'This contains characters we cannot use.',
    invalidEmail: 'This email address is not right. Example: name@example.com',
    invalidPhone: 'This phone number is not right. Use only digits, spaces and +.',
    notMobile:
      'This number cannot receive text messages. Give a mobile number, or untick text messages.',
    phoneForSms: 'Fill in your mobile number, so that we can send you text messages.',
    invalidChoice: 'Please choose one of the options.',
  },
  slotTakenTitle: 'This time was just taken',
  slotTakenText:
    'Someone else was just before you. Please choose another time below. What you filled in is kept.',
  slotUnavailableTitle: 'This time is no longer possible',
  slotUnavailableText:
    'This time has passed or is no longer available. Please choose another time below.',
  alternatives: 'Other free times',
  noAlternatives: 'There are no other free times. Please choose another day.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'Your appointment is booked',
  bookingTitle: 'Your appointment',
  referenceLabel: 'Your code',
  referenceHint: 'Show this code at the desk.',
  when: 'When',
  where: 'Where',
  whatToBring: 'What to bring',
  whatToBringText:
    'You do not need to bring anything. Do you have papers about your situation? Bring them if you like.',
  walkInStillOpen: 'You can always just walk in during the hours too.',
  addToCalendar: 'Add to my calendar',
  privateLinkTitle: 'Your own link',
  privateLinkText:
    'With this link you can see, move or cancel the appointment. Keep it safe and do not share it: anyone with the link can see your appointment.',
  textsSentTo: 'We are sending a text with your code and your link to',
  printHint: 'You can also print this page or take a photo of it.',
  moveBooking: 'Choose another time',
  cancelBooking: 'Cancel appointment',
  cancelConfirmTitle: 'Do you want to cancel the appointment?',
  cancelConfirmText:
    'Then we give your place to someone else. You can make a new appointment later.',
  cancelConfirmYes: 'Yes, cancel',
  cancelConfirmNo: 'No, go back',
  bookingCancelled: 'This appointment has been cancelled.',
  bookingCancelledText:
    'Do not come for this appointment. You are welcome during the walk-in hours, or make a new appointment.',
  bookingCodeLabel: 'Code of the appointment',
  bookingPast: 'This appointment is over.',
  bookingMoved: 'Your appointment has been moved.',
  bookAgain: 'Make a new appointment',
  moveTitle: 'Choose another time',
  moveCurrent: (when) => `Now: ${when}`,
  moveTo: (time) => `Move to ${time}`,
  notChangeable: 'This appointment can no longer be changed.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `Your appointment ${reference}`,
  emailConfirmedIntro: 'Your appointment at the support point is booked. Here are the details.',
  emailMovedSubject: (reference) => `Your appointment ${reference} has been moved`,
  emailMovedIntro: 'Your appointment has been moved to another time. This is the new time.',
  emailCancelledSubject: (reference) => `Your appointment ${reference} has been cancelled`,
  emailCancelledByClient: 'You cancelled this appointment. Your place has been given free.',
  emailCancelledByStaff:
    'The support point cancelled this appointment. We are sorry. You can make a new appointment or walk in during the hours.',
  emailCancelReason: 'Reason',
  emailCancelNote: 'Note',
  reasonScheduleChanged:
    'The walk-in hours have changed and your appointment unfortunately cannot go ahead. You are welcome to make a new appointment.',
  reasonPointClosing:
    'This support point is closing and your appointment unfortunately cannot go ahead. Please see the website for another support point near you.',
  cancelReasons: {
    counselorUnavailable: 'The counselor is unexpectedly not available at that time.',
    pointClosed: 'The support point is unexpectedly closed that day.',
    noInterpreter: 'There is no interpreter for your language at that time.',
    clientAsked: 'You asked us to cancel the appointment.',
    bookedTwice: 'You had made two appointments. This one has lapsed, the other one stands.',
  },
  emailReminderSubject: (reference) => `Reminder: your appointment ${reference}`,
  emailReminderIntro: 'This is a reminder of your appointment.',
  emailManage: 'See, move or cancel:',
  emailAutomatic: 'This message was sent automatically. You do not need to reply.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `Appointment ${reference}: ${when}, ${place}`,
  staffMovedSubject: (reference, when, place) =>
    `Moved: appointment ${reference}: ${when}, ${place}`,
  staffCancelledSubject: (reference, when, place) =>
    `Cancelled: appointment ${reference}: ${when}, ${place}`,
  staffNewIntro: 'An appointment was booked at your support point.',
  staffMovedIntro:
    'An appointment at your support point was moved. The invitation in your calendar is updated.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'The client cancelled this appointment. It has been removed from your calendar.'
      : 'The support point cancelled this appointment. It has been removed from your calendar.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'Booking code',
  staffLanguage: 'Language',
  staffInterpreter: 'Interpreter needed',
  staffAgendaLink: 'See the appointment in the agenda (after signing in):',
  staffPrivacy:
    'To protect the client, their name and contact details are not in email or calendar data.',
  calendarSummary: (reference, language, interpreter) =>
    `Walk-in ${reference} (${language}${interpreter ? ', interpreter' : ''})`,

  // Development only
  devMailTitle: 'Sent email (development)',
  devMailIntro: 'No SMTP_URL is set. This is what Spreekuur would have sent, newest first.',
  devMailEmpty: 'Nothing sent yet.',
  devMailTo: 'To',
  devMailSubject: 'Subject',
  devMailSentAt: 'Time',

  // Privacy
  privacyLink: 'Privacy: what we keep',
  privacyPageTitle: 'What we keep and why',
  privacyIntro:
    'You can book an appointment without saying who you are. A nickname or your initials is enough.',
  privacyWhatTitle: 'What we keep',
  privacyWhat:
    'Your name or nickname, the language you speak, whether you want an interpreter, what you want to talk about, and if you fill them in: your email, phone number and a short note. We never ask about your residence status, immigration number (V-nummer), date of birth or nationality.',
  privacyWhyTitle: 'Why',
  privacyWhy:
    'So the counselor knows you are coming, in which language, and whether an interpreter is needed. We only use your email for the confirmation, a reminder and changes to your appointment.',
  privacyWhoTitle: 'Who sees it',
  privacyWho:
    'Only the staff of the support point where you have your appointment. Staff calendars and emails show only your code, not your name. We give nothing to the government or to anyone else.',
  privacyWhenTitle: 'When we erase it',
  privacyWhen: (days) =>
    `${days} days after the appointment we erase your name, email, phone and note. If you cancel the appointment, we erase them after one day. What stays are only numbers without names: how many appointments there were, on which day and in which language.`,
  privacyNowTitle: 'Have it erased now',
  privacyNow:
    'Open the link of your appointment and choose “Erase my data now”. An appointment in the future is then cancelled too.',
  eraseNow: 'Erase my data now',
  eraseConfirmTitle: 'Do you want to erase your data now?',
  eraseConfirmText:
    'We erase your name, email, phone and note at once. Your appointment is cancelled if it is still to come. This link will not work after that.',
  eraseConfirmYes: 'Yes, erase now',
  erasedTitle: 'Your data has been erased',
  erasedText:
    'We have erased your name, email, phone and note. You are always welcome: walk in during the hours or make a new appointment.',

  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist (any more). Check the address or go to the home page.',
  badRequestTitle: 'We do not understand that',
  badRequestText: 'Something in the request is not right. Go back and try again.',
  serverErrorTitle: 'Something went wrong',
  serverErrorText:
    'Something went wrong on our side. Nothing was saved. Please try again in a few minutes.',
  unavailableTitle: 'Temporarily unavailable',
  unavailableText:
    'The system cannot be reached for a moment. Nothing was saved. Please try again in a minute.',
  openNow: (until) => `Open now, until ${until}: walk in, or book a time.`,
  busyness: {
    quiet: 'Quiet right now: little or no waiting.',
    some: 'A few people are waiting.',
    busy: 'Busy right now: expect to wait.',
  },
  extraSessionsTitle: 'Extra walk-in hours',
  findTitle: 'Find my appointment',
  findIntro:
    'Lost the link to your appointment? Fill in the code of your appointment and the phone number or email address you gave. We will send you a new link. The old link then stops working.',
  findCode: 'Code of your appointment',
  findCodeHint: 'For example K7QW D3MA. It is on your card or in your confirmation.',
  findContact: 'Your phone number or email address',
  findButton: 'Send me the link',
  findSent:
    'If these details belong to an appointment, we have sent the link. Look on your phone or in your email. Nothing came? You can always walk in during the walk-in hours.',
  findLink: 'Lost your link? Find your appointment',
  findInvalid:
    'Fill in the code of your appointment (8 letters and digits) and your phone number or email address.',
  cardTitle: 'Card for your appointment',
  cardLink: 'Card to print',
  cardPrint: 'Print this card',
  cardQrAlt: 'QR code of your private link',
  cardKeep:
    'Bring this card and show the code at the desk. The QR code opens your appointment on your phone.',
  cardKeepNoLink: 'Bring this card and show the code at the desk.',
  cardPhone: 'Phone of the support point',
  tooManyRequestsTitle: 'Please wait',
  tooManyRequestsText: (minutes) =>
    `There were too many requests from this address. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  goHome: 'Go to the home page',
}
