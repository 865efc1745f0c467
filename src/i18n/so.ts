import type { Messages } from './nl.js'

export const so: Messages = {
  languageName: 'Soomaali',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `Xarumaha taageerada ee gobolka ${region}: saacadaha la-talinta, cinwaannada iyo maamulaha mashruuca gobolka.`,
  metaPoint: (place) =>
    `Saacadaha la-talinta, cinwaanka iyo maalmaha xiran ee xarunta taageerada ${place}. Kaalay adigoon ballan lahayn, ama lataliye ballan ka qabso.`,
  metaBook: (place) =>
    `Ballan ka qabso lataliye ${place}. Waa bilaash. Nama weydiinno xaaladda degganaanshahaaga.`,
  skipToContent: 'U gudub qoraalka',
  chooseLanguage: 'Luqadda',
  footer:
    'Saacadaha la-talinta ee xarumaha taageerada gobollada. Kuma weydiinno xaaladdaada deganaanshaha.',

  homeTitle: 'Saacadaha la-talinta ee kuu dhow',
  homeIntro:
    'Xarunta taageerada, waxaad lataliye kala hadlaysaa mustaqbalkaaga. Waad iman kartaa adigoon ballan lahayn inta lagu jiro saacadaha la-talinta. Ama waxaad qabsan kartaa ballan, si aad u hubiso in waqti laguu hayo.',
  filterLabel: 'Ku raadi magaalo ama koodhka boostada',
  filterButton: 'Raadi',
  filterClear: 'Tus dhammaan',
  filterNoResults: (q) => `Lama helin xarun taageero oo ku taal "${q}".`,
  filterCount: (n) => (n === 1 ? '1 xarun taageero' : `${n} xarumood taageero`),
  nearestTo: (place) => `Ma jirto xarun taageero oo ku taal ${place}. Kuwan ayaa ugu dhow:`,
  nearestToPostcode: (postcode, place) =>
    `Xarumaha taageerada ee u dhow koodhka boostada ${postcode} (${place}):`,
  aboutKm: (km) => `qiyaastii ${km} km`,
  nextSession: 'Saacadaha la-talinta ee xiga',
  noUpcomingSession: 'Ma jiraan saacado la-talin labada toddobaad ee soo socda',
  today: 'maanta',
  tomorrow: 'berri',
  region: 'Gobol',
  regions: 'Gobollo',

  locationAddress: 'Cinwaanka',
  locationDirections: 'Sida loo tago',
  mapLink: 'Ka eeg khariidadda (OpenStreetMap)',
  inDutch: 'Qoraal ka yimid xarunta, af Nederlands',
  holidays: {
    newYear: 'Sannadka Cusub',
    goodFriday: 'Jimcaha Wanaagsan',
    easter: 'Axadda Easter',
    easterMonday: 'Isniinta Easter',
    kingsDay: 'Maalinta Boqorka',
    liberationDay: 'Maalinta Xorriyadda',
    ascension: 'Maalinta Kor-u-qaadista',
    pentecost: 'Axadda Pentecost',
    whitMonday: 'Isniinta Pentecost',
    christmas: 'Kirismas',
    boxingDay: 'Maalinta labaad ee Kirismas',
  },
  closureReasons: {
    teamDay: 'Maalinta kooxda',
    training: 'Tababarka shaqaalaha',
    noCounselors: 'La-taliye diyaar ah ma jiro',
    buildingClosed: 'Dhismaha waa xiran yahay',
    holidayPeriod: 'Fasax',
  },
  locationPhone: 'Telefoon',
  walkInHours: 'Saacadaha la-talinta',
  weekday: 'Maalin',
  time: 'Waqti',
  atOnce: 'Wadahadallo isku mar ah',
  validFrom: (date) => `laga bilaabo ${date}`,
  validUntil: (date) => `ilaa ${date}`,
  noWalkInHours: 'Xaruntan taageero hadda ma laha saacado la-talin oo joogto ah.',
  upcomingClosures: 'Maalmaha ay xiran tahay',
  noClosures: 'Ma jiraan maalmo xiritaan ah oo la qorsheeyay.',
  projectLeader: 'Hoggaamiyaha mashruuca ee gobolka',
  projectLeaderIntro:
    "La-hawlgalayaasha iyo dawladaha hoose: haddii aad su'aal ka qabtaan mashruuca gobolkan, la xiriira:",
  bookCta: 'Qabso ballan',
  walkInNote:
    'Sidoo kale waad iman kartaa adigoon ballan lahayn inta lagu jiro saacadaha la-talinta.',
  locationsInRegion: 'Xarumaha taageerada ee gobolkan',
  backToOverview: 'Ku noqo dhammaan xarumaha taageerada',

  // Booking
  stepOf: (step, total) => `Tallaabada ${step} ka mid ah ${total}`,
  bookTitle: (place) => `Ballan ka qabso ${place}`,
  chooseDay: 'Dooro maalin',
  chooseTime: 'Dooro waqti',
  yourDetails: 'Macluumaadkaaga',
  dayFree: (n) => (n === 1 ? '1 meel ayaa bannaan' : `${n} meelood ayaa bannaan`),
  dayFull: 'buuxa',
  dayClosedPrefix: 'xiran: ',
  noDaysAvailable:
    'Toddobaadyada soo socda ma jiro waqti bannaan. Laakiin waad iman kartaa adigoon ballan lahayn inta lagu jiro saacadaha la-talinta.',
  slotsFor: (day) => `Waqtiyada bannaan ee ${day}`,
  slotFree: (n) => (n === 1 ? '1 meel' : `${n} meelood`),
  slotFull: 'buuxa',
  noSlotsThisDay: 'Maalintan waqti bannaan kuma harin. Fadlan dooro maalin kale.',
  chosenTime: 'Waqtigaaga',
  changeTime: 'Dooro waqti kale',
  fieldName: 'Magaca ama xarfaha hore ee magaca',
  fieldNameHint: 'Waxaad qori kartaa naanays ama xarfaha hore ee magacaaga oo keliya.',
  maxChars: (n) => `Ugu badnaan ${n} xaraf.`,
  fieldLanguage: 'Luqaddee ayaad ku hadashaa?',
  languageOther: 'Luqad kale',
  fieldLanguageChoose: 'Dooro luqad',
  fieldInterpreter: 'Ma rabtaa turjubaan?',
  yes: 'Haa',
  no: 'Maya',
  fieldTopic: 'Maxaad rabtaa inaad ka hadasho?',
  topicOrientation: 'Mustaqbalkayga iyo fursadahayga',
  topicReturn: 'Caawimaad si aan ugu laabto dalkayga',
  topicOther: 'Wax kale',
  topicUnspecified: 'Waxaan doorbidayaa inaanan sheegin',
  fieldEmail: 'Iimayl (qasab ma aha)',
  fieldEmailHint: 'Markaas waxaan kuu soo diri doonnaa xaqiijin.',
  fieldPhone: 'Telefoon (qasab ma aha)',
  fieldPhoneHint:
    'Kaliya haddii lataliyuhu u baahdo inuu ku soo waco, tusaale ahaan haddii saacadaha la-talinta la joojiyo.',
  fieldSms: 'Ii soo dir fariimo qoraal ah oo ku saabsan ballantan',
  fieldSmsHint:
    'Xaqiijin, xusuusin iyo fariin haddii wax isbeddelaan. Lambar dibadeed sidoo kale waa la aqbalayaa, oo leh + iyo koodka dalka.',
  fieldNote: 'Wax kale ma rabtaa inaad sheegto? (qasab ma aha)',
  fieldNoteHint: 'Si gaaban u qor. Halkan ha ku qorin dukumiintiyo shakhsi ah ama lambarro.',
  optional: 'qasab ma aha',
  privacyTitle: 'Waxa aan kaydinno',
  privacyText: (days) =>
    `Waxa keliya ee aan kaydinno waa waxa aad halkan ku qorto. Shaqaalaha xaruntan oo keliya ayaa arki kara. ${days} ${days === 1 ? 'maalin' : 'maalmood'} kadib ballanta, waxaan tirtirnaa magacaaga, iimaylkaaga, telefoonkaaga iyo fariintaada. Weligeen kuma weydiinno xaaladdaada deganaanshaha ama lambarka socdaalka (V-nummer).`,
  confirmBooking: 'Xaqiiji ballanta',
  confirmBookingBusy: 'Fadlan sug, ballantaada waa la qabanayaa…',
  errorSummary: 'Wax si sax ah looma buuxin:',
  errors: {
    required: 'Fadlan buuxi meeshan.',
    tooLong: 'Tani aad bay u dheer tahay.',
    invalidCharacters: 'Waxaa ku jira xarfo ama calaamado aynaan isticmaali karin.',
    invalidEmail: 'Cinwaanka iimaylkan sax ma aha. Tusaale: name@example.com',
    invalidPhone:
      'Lambarka telefoonkan sax ma aha. Isticmaal oo keliya tirooyin, meel bannaan iyo +.',
    notMobile:
      'Lambarkan ma heli karo fariimo qoraal ah. Bixi lambar mobil ah, ama ka saar calaamadda fariimaha.',
    phoneForSms: 'Geli lambarkaaga mobilka si aan kuugu soo dirno fariimo qoraal ah.',
    invalidChoice: 'Fadlan dooro mid ka mid ah doorashooyinka.',
  },
  slotTakenTitle: 'Waqtigan hadda uun baa la qaatay',
  slotTakenText:
    'Qof kale ayaa kaa horreeyay. Fadlan hoos ka dooro waqti kale. Waxa aad buuxisay waa la kaydiyay.',
  slotUnavailableTitle: 'Waqtigan lama heli karo',
  slotUnavailableText:
    'Waqtigan waa dhaafay ama hadda lama heli karo. Fadlan hoos ka dooro waqti kale.',
  alternatives: 'Waqtiyo kale oo bannaan',
  noAlternatives: 'Ma jiraan waqtiyo kale oo bannaan. Fadlan dooro maalin kale.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'Ballantaada waa la xaqiijiyay',
  bookingTitle: 'Ballantaada',
  referenceLabel: 'Koodkaaga',
  referenceHint: 'Koodkan ku tus miiska soo dhaweynta.',
  when: 'Goorma',
  where: 'Halkee',
  whatToBring: 'Maxaad la imaanaysaa?',
  whatToBringText:
    'Waxba uma baahnid inaad keento. Ma haysaa waraaqo ku saabsan xaaladdaada? Haddii aad rabto, soo qaado.',
  walkInStillOpen:
    'Had iyo jeer waad iman kartaa adigoon ballan lahayn inta lagu jiro saacadaha la-talinta.',
  addToCalendar: 'Ku dar jadwalkayga',
  privateLinkTitle: 'Linkigaaga gaarka ah',
  privateLinkText:
    'Linkigan waxaad ku arki kartaa ballanta, waad beddeli kartaa ama waad joojin kartaa. Si fiican u kaydi, qofna ha la wadaagin: qof kasta oo haysta linkiga wuu arki karaa ballantaada.',
  textsSentTo: 'Waxaan u diraynaa fariin qoraal ah oo leh koodkaaga iyo linkigaaga',
  printHint: 'Sidoo kale waad daabici kartaa boggan ama sawir ka qaadi kartaa.',
  moveBooking: 'Dooro waqti kale',
  cancelBooking: 'Jooji ballanta',
  cancelConfirmTitle: 'Ma rabtaa inaad joojiso ballanta?',
  cancelConfirmText:
    'Markaas meeshaada waxaan siinaynaa qof kale. Hadhow waad qabsan kartaa ballan cusub.',
  cancelConfirmYes: 'Haa, jooji',
  cancelConfirmNo: 'Maya, dib u noqo',
  bookingCancelled: 'Ballantan waa la joojiyay.',
  bookingCancelledText:
    'Ha u iman ballantan. Waad ku soo dhowaan kartaa saacadaha la-talinta, ama qabso ballan cusub.',
  bookingCodeLabel: 'Koodhka ballanta',
  bookingPast: 'Ballantan waa dhaaftay.',
  bookingMoved: 'Waqtiga ballantaada waa la beddelay.',
  bookAgain: 'Qabso ballan cusub',
  moveTitle: 'Dooro waqti kale',
  moveCurrent: (when) => `Hadda: ${when}`,
  moveTo: (time) => `U beddel ${time}`,
  notChangeable: 'Ballantan hadda lama beddeli karo.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `Ballantaada ${reference}`,
  emailConfirmedIntro:
    'Ballantaada xarunta taageerada waa la xaqiijiyay. Faahfaahintu waa halkan hoose.',
  emailMovedSubject: (reference) => `Ballantaada ${reference} waa la beddelay`,
  emailMovedIntro: 'Ballantaada waxaa loo beddelay waqti kale. Kani waa waqtiga cusub.',
  emailCancelledSubject: (reference) => `Ballantaada ${reference} waa la joojiyay`,
  emailCancelledByClient:
    'Adiga ayaa joojiyay ballantan. Meeshaadii hadda waa u bannaan tahay dad kale.',
  emailCancelledByStaff:
    'Xarunta taageerada ayaa joojisay ballantan. Waan ka xunnahay. Waad qabsan kartaa ballan cusub ama waad iman kartaa adigoon ballan lahayn inta lagu jiro saacadaha la-talinta.',
  emailCancelReason: 'Sababta',
  emailCancelNote: 'Faahfaahin',
  reasonScheduleChanged:
    'Saacadaha booqashada way isbeddeleen, ballantaaduna nasiib darro ma dhici karto. Waad ku mahadsan tahay inaad ballan cusub qabsato.',
  reasonPointClosing:
    'Goobtan taageerada way xirmaysaa, ballantaaduna nasiib darro ma dhici karto. Degelka ka eeg goob taageero oo kale oo kuu dhow.',
  cancelReasons: {
    counselorUnavailable: 'La-taliyaha si lama filaan ah uma diyaar aha waqtigaas.',
    pointClosed: 'Goobta taageerada si lama filaan ah ayay u xiran tahay maalintaas.',
    noInterpreter: 'Waqtigaas ma jiro turjubaan luqaddaada ku hadla.',
    clientAsked: 'Waxaad naga codsatay inaan ballanta joojinno.',
    bookedTwice: 'Laba ballan ayaad qabsatay. Tan waa la joojiyay, tan kale way sii jirtaa.',
  },
  emailReminderSubject: (reference) => `Xusuusin: ballantaada ${reference}`,
  emailReminderIntro: 'Tani waa xusuusin ku saabsan ballantaada.',
  emailManage: 'Arag, beddel ama jooji:',
  emailAutomatic: 'Fariintan si toos ah ayaa loo diray. Uma baahnid inaad ka jawaabto.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `Ballan ${reference}: ${when}, ${place}`,
  staffMovedSubject: (reference, when, place) =>
    `La beddelay: ballan ${reference}: ${when}, ${place}`,
  staffCancelledSubject: (reference, when, place) =>
    `La joojiyay: ballan ${reference}: ${when}, ${place}`,
  staffNewIntro: 'Ballan ayaa laga qabsaday xaruntaada taageerada.',
  staffMovedIntro:
    'Ballan ka dhacaysay xaruntaada taageerada waa la beddelay. Casuumadda ku jirta jadwalkaaga waa la cusboonaysiiyay.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'Macmiilka ayaa joojiyay ballantan. Waa laga saaray jadwalkaaga.'
      : 'Xarunta taageerada ayaa joojisay ballantan. Waa laga saaray jadwalkaaga.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'Koodka ballanta',
  staffLanguage: 'Luqad',
  staffInterpreter: 'Turjubaan ayaa loo baahan yahay',
  staffAgendaLink: 'Ka eeg ballanta ajandaha (marka aad gasho kadib):',
  staffPrivacy:
    'Si loo ilaaliyo macmiilka, magaca iyo macluumaadka xiriirka kuma jiraan iimaylka ama jadwalka.',
  calendarSummary: (reference, language, interpreter) =>
    `La-talin ${reference} (${language}${interpreter ? ', turjubaan' : ''})`,

  // Development only
  devMailTitle: 'Iimaylka la diray (horumarin)',
  devMailIntro:
    'SMTP_URL lama dejin. Kani waa waxa Spreekuur diri lahaa, kuwa ugu cusub ayaa ugu horreeya.',
  devMailEmpty: 'Weli waxba lama dirin.',
  devMailTo: 'Loo diray',
  devMailSubject: 'Mawduuc',
  devMailSentAt: 'Waqti',

  // Privacy
  privacyLink: 'Asturnaanta: waxa aan kaydinno',
  privacyPageTitle: 'Waxa aan kaydinno iyo sababta',
  privacyIntro:
    'Waxaad qabsan kartaa ballan adigoon sheegin cidda aad tahay. Naanays ama xarfaha hore ee magacaaga ayaa ku filan.',
  privacyWhatTitle: 'Waxa aan kaydinno',
  privacyWhat:
    'Magacaaga ama naanaystaada, luqadda aad ku hadasho, haddii aad rabto turjubaan, waxa aad rabto inaad ka hadasho, iyo haddii aad qorto: iimaylkaaga, lambarka telefoonkaaga iyo fariin gaaban. Weligeen kuma weydiinno xaaladdaada deganaanshaha, lambarka socdaalka (V-nummer), taariikhda dhalashadaada ama jinsiyaddaada.',
  privacyWhyTitle: 'Sababta',
  privacyWhy:
    'Si lataliyuhu u ogaado inaad imanayso, luqadda aad ku hadasho, iyo haddii turjubaan loo baahan yahay. Iimaylkaaga waxaan u isticmaalnaa oo keliya xaqiijinta, xusuusinta iyo isbeddellada ballantaada.',
  privacyWhoTitle: 'Cidda arkaysa',
  privacyWho:
    'Oo keliya shaqaalaha xarunta taageerada ee aad ballanta ku leedahay. Jadwalka iyo iimaylada shaqaalaha waxaa ku jira koodkaaga oo keliya, ma aha magacaaga. Waxba ma siinno dawladda ama cid kale.',
  privacyWhenTitle: 'Goorta aan tirtirno',
  privacyWhen: (days) =>
    `${days} ${days === 1 ? 'maalin' : 'maalmood'} kadib ballanta, waxaan tirtirnaa magacaaga, iimaylkaaga, telefoonkaaga iyo fariintaada. Haddii aad joojiso ballanta, waxaan tirtirnaa hal maalin kadib. Waxa hadha waa tirooyin aan magac lahayn oo keliya: imisa ballan ayaa jiray, maalintee iyo luqaddee.`,
  privacyNowTitle: 'Hadda tirtir',
  privacyNow:
    'Fur linkiga ballantaada oo dooro “Hadda tirtir macluumaadkayga”. Haddii ballantu weli soo socoto, sidoo kale waa la joojinayaa.',
  eraseNow: 'Hadda tirtir macluumaadkayga',
  eraseConfirmTitle: 'Ma rabtaa inaad hadda tirtirto macluumaadkaaga?',
  eraseConfirmText:
    'Isla markiiba waxaan tirtiraynaa magacaaga, iimaylkaaga, telefoonkaaga iyo fariintaada. Haddii ballantaadu weli soo socoto, waa la joojinayaa. Kadib linkigan ma shaqaynayo.',
  eraseConfirmYes: 'Haa, hadda tirtir',
  erasedTitle: 'Macluumaadkaaga waa la tirtiray',
  erasedText:
    'Waxaan tirtirnay magacaaga, iimaylkaaga, telefoonkaaga iyo fariintaada. Had iyo jeer waad soo dhowdahay: kaalay inta lagu jiro saacadaha la-talinta ama qabso ballan cusub.',

  notFoundTitle: 'Bogga lama helin',
  notFoundText: 'Boggan ma jiro (ama hadda ma jiro). Hubi cinwaanka ama u gudub bogga hore.',
  badRequestTitle: 'Taas ma aanu fahmin',
  badRequestText: 'Codsigu sax ma aha. Dib u noqo oo mar kale isku day.',
  serverErrorTitle: 'Wax baa khaldamay',
  serverErrorText:
    'Dhinacayaga wax baa ka khaldamay. Waxba lama kaydin. Fadlan mar kale isku day dhowr daqiiqo kadib.',
  unavailableTitle: 'Si ku meel gaar ah looma heli karo',
  unavailableText:
    'Nidaamka hadda lama gaari karo. Waxba lama kaydin. Fadlan mar kale isku day hal daqiiqo kadib.',
  openNow: (until) =>
    `Hadda waa furan yahay, ilaa ${until}: soo gal adigoon ballan lahayn, ama qabso waqti.`,
  busyness: {
    quiet: 'Hadda waa deggan yahay: sugitaan yar ama la’aan.',
    some: 'Dad yar ayaa sugaya.',
    busy: 'Hadda waa mashquul: filo inaad sugto.',
  },
  extraSessionsTitle: 'Saacado la-talin oo dheeraad ah',
  findTitle: 'Hel ballantayda',
  findIntro:
    'Ma lumisay linkiga ballantaada? Geli koodka ballantaada iyo lambarka telefoonka ama iimaylka aad bixisay. Waxaan kuu soo diraynaa link cusub; kii hore mar dambe ma shaqeynayo.',
  findCode: 'Koodka ballantaada',
  findCodeHint: 'Tusaale K7QW D3MA. Wuxuu ku qoran yahay kaarkaaga ama xaqiijintaada.',
  findContact: 'Lambarkaaga telefoonka ama iimaylkaaga',
  findButton: 'Ii soo dir linkiga',
  findSent:
    'Haddii xogtani ay tahay ballan, waanu soo dirnay linkiga. Eeg telefoonkaaga ama iimaylkaaga. Waxba ma iman? Had iyo jeer waad iman kartaa saacadaha la-talinta.',
  findLink: 'Linkiga ma lumisay? Hel ballantaada',
  findInvalid:
    'Geli koodka ballantaada (8 xaraf iyo tiro) iyo lambarkaaga telefoonka ama iimaylkaaga.',
  cardTitle: 'Kaarka ballantaada',
  cardLink: 'Kaar la daabaco',
  cardPrint: 'Daabac kaarkan',
  cardQrAlt: 'Koodka QR ee linkigaaga gaarka ah',
  cardKeep:
    'Keen kaarkan oo tus koodka miiska soo dhaweynta. Koodka QR wuxuu ballantaada ka furayaa telefoonkaaga.',
  cardKeepNoLink: 'Keen kaarkan oo tus koodka miiska soo dhaweynta.',
  cardPhone: 'Telefoonka xarunta taageerada',
  tooManyRequestsTitle: 'Fadlan sug wax yar',
  tooManyRequestsText: (minutes) =>
    `Codsiyo aad u badan ayaa ka yimid cinwaankan. Fadlan mar kale isku day ${minutes} daqiiqo kadib.`,
  goHome: 'U gudub bogga hore',
}
