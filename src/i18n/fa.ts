import type { Messages } from './nl.js'

export const fa: Messages = {
  languageName: 'فارسی',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `مراکز حمایت در منطقه ${region}: ساعت‌های مشاوره، نشانی‌ها و مسئول پروژه منطقه.`,
  metaPoint: (place) =>
    `ساعت‌های مشاوره، نشانی و روزهای تعطیل مرکز حمایت ${place}. بدون نوبت بیایید یا نزد یک مشاور نوبت بگیرید.`,
  metaBook: (place) =>
    `نزد یک مشاور در ${place} نوبت بگیرید. رایگان است. ما درباره وضعیت اقامت شما سؤال نمی‌کنیم.`,
  skipToContent: 'رفتن به محتوای اصلی',
  chooseLanguage: 'زبان',
  footer: 'ساعت‌های مشاوره در مراکز حمایت منطقه‌ای. ما درباره وضعیت اقامت شما سؤال نمی‌کنیم.',

  homeTitle: 'ساعت‌های مشاوره در نزدیکی شما',
  homeIntro:
    'در مرکز حمایت با یک مشاور درباره آینده‌تان صحبت می‌کنید. در ساعت‌های مشاوره می‌توانید بدون نوبت بیایید، یا نوبت بگیرید تا مطمئن باشید که برای شما وقت هست.',
  filterLabel: 'جستجو بر اساس شهر یا کد پستی',
  filterButton: 'جستجو',
  filterClear: 'نمایش همه',
  filterNoResults: (q) => `هیچ مرکز حمایتی برای «${q}» پیدا نشد.`,
  filterCount: (n) => (n === 1 ? 'یک مرکز حمایت' : `${n} مرکز حمایت`),
  nearestTo: (place) => `در ${place} مرکز حمایت نیست. نزدیک‌ترین مراکز:`,
  nearestToPostcode: (postcode, place) => `مراکز حمایت نزدیک کد پستی ${postcode} (${place}):`,
  aboutKm: (km) => `حدود ${km} کیلومتر`,
  nextSession: 'ساعت مشاوره بعدی',
  noUpcomingSession: 'در دو هفته آینده ساعت مشاوره‌ای نیست',
  today: 'امروز',
  tomorrow: 'فردا',
  region: 'منطقه',
  regions: 'منطقه‌ها',

  locationAddress: 'آدرس',
  locationDirections: 'راه رسیدن به اینجا',
  mapLink: 'دیدن روی نقشه (OpenStreetMap)',
  inDutch: 'متن مرکز حمایت، به زبان هلندی',
  holidays: {
    newYear: 'روز سال نو میلادی',
    goodFriday: 'جمعه نیک',
    easter: 'یکشنبه عید پاک',
    easterMonday: 'دوشنبه عید پاک',
    kingsDay: 'روز پادشاه',
    liberationDay: 'روز آزادی',
    ascension: 'عید صعود',
    pentecost: 'یکشنبه پنطیکاست',
    whitMonday: 'دوشنبه پنطیکاست',
    christmas: 'کریسمس',
    boxingDay: 'روز دوم کریسمس',
  },
  closureReasons: {
    teamDay: 'روز کاری تیم',
    training: 'آموزش کارکنان',
    noCounselors: 'مشاوری در دسترس نیست',
    buildingClosed: 'ساختمان بسته است',
    holidayPeriod: 'تعطیلات',
  },
  locationPhone: 'تلفن',
  walkInHours: 'ساعت‌های مشاوره',
  weekday: 'روز',
  time: 'ساعت',
  atOnce: 'تعداد گفتگوهای هم‌زمان',
  validFrom: (date) => `از ${date}`,
  validUntil: (date) => `تا پایان روز ${date}`,
  noWalkInHours: 'این مرکز حمایت در حال حاضر ساعت مشاوره ثابتی ندارد.',
  upcomingClosures: 'روزهای تعطیل',
  noClosures: 'هیچ روز تعطیلی برنامه‌ریزی نشده است.',
  projectLeader: 'مسئول پروژه در منطقه',
  projectLeaderIntro:
    'برای سازمان‌های همکار و شهرداری‌ها: اگر درباره پروژه در این منطقه سؤالی دارید، با این شخص تماس بگیرید:',
  bookCta: 'گرفتن نوبت',
  walkInNote: 'در ساعت‌های مشاوره می‌توانید بدون نوبت هم بیایید.',
  locationsInRegion: 'مراکز حمایت در این منطقه',
  backToOverview: 'برگشت به همه مراکز حمایت',

  // Booking
  stepOf: (step, total) => `مرحله ${step} از ${total}`,
  bookTitle: (place) => `گرفتن نوبت در ${place}`,
  chooseDay: 'یک روز انتخاب کنید',
  chooseTime: 'یک زمان انتخاب کنید',
  yourDetails: 'اطلاعات شما',
  dayFree: (n) => (n === 1 ? 'فقط یک جای خالی مانده' : `${n} جای خالی مانده`),
  dayFull: 'پر',
  dayClosedPrefix: 'تعطیل: ',
  noDaysAvailable:
    'در هفته‌های آینده وقت خالی نیست. ولی در ساعت‌های مشاوره می‌توانید بدون نوبت بیایید.',
  slotsFor: (day) => `زمان‌های خالی: ${day}`,
  slotFree: (n) => (n === 1 ? 'یک جای خالی' : `${n} جای خالی`),
  slotFull: 'پر',
  noSlotsThisDay: 'در این روز دیگر وقت خالی نیست. لطفاً روز دیگری انتخاب کنید.',
  chosenTime: 'زمان انتخابی شما',
  changeTime: 'انتخاب زمان دیگر',
  fieldName: 'نام یا حروف اول نام',
  fieldNameHint: 'می‌توانید یک نام مستعار یا فقط حروف اول نامتان را هم بنویسید.',
  maxChars: (n) => `حداکثر ${n} نویسه.`,
  fieldLanguage: 'به چه زبانی صحبت می‌کنید؟',
  languageOther: 'زبان دیگر',
  fieldLanguageChoose: 'یک زبان انتخاب کنید',
  fieldInterpreter: 'آیا مترجم می‌خواهید؟',
  yes: 'بله',
  no: 'نه',
  fieldTopic: 'درباره چه موضوعی می‌خواهید صحبت کنید؟',
  topicOrientation: 'آینده من و راه‌هایی که پیش رو دارم',
  topicReturn: 'کمک برای بازگشت به کشورم',
  topicOther: 'موضوع دیگر',
  topicUnspecified: 'ترجیح می‌دهم نگویم',
  fieldEmail: 'ایمیل (اختیاری)',
  fieldEmailHint: 'اگر ایمیل بنویسید، تأیید نوبت را برایتان می‌فرستیم.',
  fieldPhone: 'تلفن (اختیاری)',
  fieldPhoneHint: 'فقط برای وقتی که مشاور باید به شما زنگ بزند، مثلاً اگر ساعت مشاوره لغو شود.',
  fieldSms: 'درباره این قرار برایم پیامک بفرستید',
  fieldSmsHint:
    'یک تأیید، یک یادآوری و یک پیام اگر چیزی تغییر کند. شماره خارجی هم با + و کد کشور قابل قبول است.',
  fieldNote: 'چیز دیگری می‌خواهید بگویید؟ (اختیاری)',
  fieldNoteHint: 'کوتاه بنویسید. اینجا مدارک شخصی یا شماره‌های شخصی ننویسید.',
  optional: 'اختیاری',
  privacyTitle: 'چه چیزی را نگه می‌داریم',
  // "V-nummer" in a left-to-right isolate with a no-break hyphen: in a right-to-left line it
  // would otherwise break at its hyphen, its bracket on the wrong side.
  privacyText: (days) =>
    `ما فقط چیزی را نگه می‌داریم که شما اینجا می‌نویسید. فقط کارکنان همین مرکز حمایت آن را می‌بینند. ${days} روز بعد از نوبت، نام، ایمیل، تلفن و یادداشت شما را پاک می‌کنیم. ما هرگز درباره وضعیت اقامت شما یا شماره مهاجرت شما (\u2066V\u2011nummer\u2069) سؤال نمی‌کنیم.`,
  confirmBooking: 'تأیید نوبت',
  confirmBookingBusy: 'لطفاً صبر کنید، نوبت شما ثبت می\u200cشود…',
  errorSummary: 'بعضی از قسمت‌ها درست پر نشده‌اند:',
  errors: {
    required: 'لطفاً این قسمت را پر کنید.',
    tooLong: 'این متن خیلی طولانی است.',
    invalidCharacters: 'در این متن نشانه‌هایی هست که نمی‌توانیم از آن‌ها استفاده کنیم.',
    invalidEmail: 'این آدرس ایمیل درست نیست. نمونه: name@example.com',
    invalidPhone: 'این شماره تلفن درست نیست. فقط از عدد، فاصله و + استفاده کنید.',
    notMobile:
      'این شماره نمی‌تواند پیامک دریافت کند. یک شماره موبایل بدهید، یا تیک پیامک را بردارید.',
    phoneForSms: 'شماره موبایل خود را وارد کنید تا بتوانیم برایتان پیامک بفرستیم.',
    invalidChoice: 'لطفاً یکی از گزینه‌ها را انتخاب کنید.',
  },
  slotTakenTitle: 'این زمان همین حالا گرفته شد',
  slotTakenText:
    'کس دیگری کمی زودتر از شما این زمان را گرفت. لطفاً از زمان‌های پایین یکی دیگر را انتخاب کنید. چیزهایی که نوشته‌اید، حفظ شده است.',
  slotUnavailableTitle: 'این زمان دیگر ممکن نیست',
  slotUnavailableText:
    'این زمان گذشته است یا دیگر خالی نیست. لطفاً از زمان‌های پایین یکی دیگر را انتخاب کنید.',
  alternatives: 'زمان‌های خالی دیگر',
  noAlternatives: 'زمان خالی دیگری نیست. لطفاً روز دیگری انتخاب کنید.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'نوبت شما ثبت شد',
  bookingTitle: 'نوبت شما',
  referenceLabel: 'کد شما',
  referenceHint: 'این کد را در پذیرش نشان دهید.',
  when: 'تاریخ و ساعت',
  where: 'مکان',
  whatToBring: 'چه چیزی همراه بیاورید؟',
  whatToBringText:
    'لازم نیست چیزی همراه بیاورید. آیا مدارکی درباره وضعیت خود دارید؟ اگر بخواهید، می‌توانید آن‌ها را بیاورید.',
  walkInStillOpen: 'همیشه هم می‌توانید در ساعت‌های مشاوره بدون نوبت بیایید.',
  addToCalendar: 'افزودن به تقویم من',
  privateLinkTitle: 'لینک شخصی شما',
  privateLinkText:
    'با این لینک می‌توانید نوبت را ببینید، تغییر دهید یا لغو کنید. آن را خوب نگه دارید و به کسی ندهید: هر کسی این لینک را داشته باشد، می‌تواند نوبت شما را ببیند.',
  textsSentTo: 'یک پیامک با کد و لینک شما می‌فرستیم به',
  printHint: 'می‌توانید این صفحه را چاپ کنید یا از آن عکس بگیرید.',
  moveBooking: 'انتخاب زمان دیگر',
  cancelBooking: 'لغو نوبت',
  cancelConfirmTitle: 'آیا می‌خواهید نوبت را لغو کنید؟',
  cancelConfirmText:
    'در این صورت جای شما را به کس دیگری می‌دهیم. بعداً می‌توانید نوبت تازه‌ای بگیرید.',
  cancelConfirmYes: 'بله، لغو شود',
  cancelConfirmNo: 'نه، برگشت',
  bookingCancelled: 'این نوبت لغو شده است.',
  bookingCancelledText:
    'برای این نوبت نیایید. در ساعت‌های مشاوره خوش آمدید، یا یک نوبت تازه بگیرید.',
  bookingCodeLabel: 'کد نوبت',
  bookingPast: 'زمان این نوبت گذشته است.',
  bookingMoved: 'زمان نوبت شما تغییر کرد.',
  bookAgain: 'گرفتن نوبت تازه',
  moveTitle: 'یک زمان دیگر انتخاب کنید',
  moveCurrent: (when) => `زمان فعلی: ${when}`,
  moveTo: (time) => `تغییر به ${time}`,
  notChangeable: 'این نوبت دیگر قابل تغییر نیست.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `نوبت شما ${reference}`,
  emailConfirmedIntro: 'نوبت شما در مرکز حمایت ثبت شد. جزئیات آن را در پایین می‌بینید.',
  emailMovedSubject: (reference) => `زمان نوبت ${reference} شما تغییر کرد`,
  emailMovedIntro: 'زمان نوبت شما تغییر کرد. زمان تازه را در پایین می‌بینید.',
  emailCancelledSubject: (reference) => `نوبت ${reference} شما لغو شد`,
  emailCancelledByClient: 'شما این نوبت را لغو کردید. جای شما برای کس دیگری آزاد شد.',
  emailCancelledByStaff:
    'مرکز حمایت این نوبت را لغو کرد. متأسفیم. می‌توانید نوبت تازه‌ای بگیرید یا در ساعت‌های مشاوره بدون نوبت بیایید.',
  emailCancelReason: 'دلیل',
  emailCancelNote: 'توضیح',
  reasonScheduleChanged:
    'ساعت\u200cهای مراجعه تغییر کرده و متأسفانه قرار ملاقات شما برگزار نمی\u200cشود. می\u200cتوانید یک نوبت تازه بگیرید.',
  reasonPointClosing:
    'این مرکز حمایت بسته می\u200cشود و متأسفانه قرار ملاقات شما برگزار نمی\u200cشود. در وب\u200cسایت مرکز حمایت دیگری نزدیک خود پیدا کنید.',
  cancelReasons: {
    counselorUnavailable: 'مشاور در آن زمان به\u200cطور غیرمنتظره در دسترس نیست.',
    pointClosed: 'مرکز حمایت در آن روز به\u200cطور غیرمنتظره بسته است.',
    noInterpreter: 'در آن زمان مترجمی برای زبان شما نیست.',
    clientAsked: 'شما از ما خواستید این نوبت را لغو کنیم.',
    bookedTwice: 'شما دو نوبت گرفته بودید. این یکی لغو شد و دیگری سر جایش می\u200cماند.',
  },
  emailReminderSubject: (reference) => `یادآوری: نوبت شما ${reference}`,
  emailReminderIntro: 'این یک یادآوری برای نوبت شماست.',
  emailManage: 'دیدن، تغییر یا لغو نوبت:',
  emailAutomatic: 'این پیام به طور خودکار فرستاده شده است. لازم نیست جواب بدهید.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `نوبت ${reference}: ${when}، ${place}`,
  staffMovedSubject: (reference, when, place) => `تغییر زمان: نوبت ${reference}: ${when}، ${place}`,
  staffCancelledSubject: (reference, when, place) => `لغو شد: نوبت ${reference}: ${when}، ${place}`,
  staffNewIntro: 'یک نوبت در مرکز حمایت شما گرفته شد.',
  staffMovedIntro:
    'زمان یک نوبت در مرکز حمایت شما تغییر کرد. دعوت‌نامه در تقویم شما به‌روز شده است.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'مراجعه‌کننده این نوبت را لغو کرد. این نوبت از تقویم شما حذف شد.'
      : 'مرکز حمایت این نوبت را لغو کرد. این نوبت از تقویم شما حذف شد.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'کد نوبت',
  staffLanguage: 'زبان',
  staffInterpreter: 'مترجم لازم است',
  staffAgendaLink: 'دیدن نوبت در برنامه (پس از ورود):',
  staffPrivacy: 'برای حفاظت از مراجعه‌کننده، نام و اطلاعات تماس او در ایمیل و تقویم نمی‌آید.',
  calendarSummary: (reference, language, interpreter) =>
    `نوبت ${reference} (${language}${interpreter ? '، با مترجم' : ''})`,

  // Development only
  devMailTitle: 'ایمیل‌های فرستاده‌شده (محیط توسعه)',
  devMailIntro:
    'SMTP_URL تنظیم نشده است. این‌ها ایمیل‌هایی است که Spreekuur می‌فرستاد، جدیدترین اول.',
  devMailEmpty: 'هنوز چیزی فرستاده نشده است.',
  devMailTo: 'به',
  devMailSubject: 'موضوع',
  devMailSentAt: 'زمان',

  // Privacy
  privacyLink: 'حریم خصوصی: چه چیزی را نگه می‌داریم',
  privacyPageTitle: 'چه چیزی را نگه می‌داریم و چرا',
  privacyIntro:
    'می‌توانید بدون گفتن اینکه چه کسی هستید، نوبت بگیرید. یک نام مستعار یا حروف اول نامتان کافی است.',
  privacyWhatTitle: 'چه چیزی را نگه می‌داریم',
  privacyWhat:
    'نام یا نام مستعار شما، زبانی که با آن صحبت می‌کنید، اینکه مترجم می‌خواهید یا نه، موضوعی که می‌خواهید درباره‌اش صحبت کنید، و اگر آن‌ها را بنویسید: ایمیل، شماره تلفن و یک یادداشت کوتاه. ما هرگز درباره وضعیت اقامت، شماره مهاجرت (\u2066V\u2011nummer\u2069)، تاریخ تولد یا ملیت شما سؤال نمی‌کنیم.',
  privacyWhyTitle: 'چرا',
  privacyWhy:
    'تا مشاور بداند که شما می‌آیید، به چه زبانی صحبت می‌کنید و آیا مترجم لازم است. از ایمیل شما فقط برای تأیید نوبت، یادآوری و خبر دادن درباره تغییرات نوبت استفاده می‌کنیم.',
  privacyWhoTitle: 'چه کسی آن را می‌بیند',
  privacyWho:
    'فقط کارکنان مرکز حمایتی که در آن نوبت دارید. در تقویم و ایمیل‌های کارکنان فقط کد شما هست، نه نام شما. ما هیچ چیزی به دولت یا به کس دیگری نمی‌دهیم.',
  privacyWhenTitle: 'چه زمانی آن را پاک می‌کنیم',
  privacyWhen: (days) =>
    `${days} روز بعد از نوبت، نام، ایمیل، تلفن و یادداشت شما را پاک می‌کنیم. اگر نوبت را لغو کنید، آن‌ها را بعد از یک روز پاک می‌کنیم. فقط عددهایی بدون نام باقی می‌ماند: چند نوبت بود، در چه روزی و به چه زبانی.`,
  privacyNowTitle: 'پاک کردن همین حالا',
  privacyNow:
    'لینک نوبت خود را باز کنید و «اطلاعاتم همین حالا پاک شود» را انتخاب کنید. اگر نوبت شما هنوز نرسیده باشد، آن هم لغو می‌شود.',
  eraseNow: 'اطلاعاتم همین حالا پاک شود',
  eraseConfirmTitle: 'آیا می‌خواهید اطلاعاتتان همین حالا پاک شود؟',
  eraseConfirmText:
    'نام، ایمیل، تلفن و یادداشت شما را فوراً پاک می‌کنیم. اگر نوبت شما هنوز نرسیده باشد، لغو می‌شود. بعد از آن، این لینک دیگر کار نمی‌کند.',
  eraseConfirmYes: 'بله، همین حالا پاک شود',
  erasedTitle: 'اطلاعات شما پاک شد',
  erasedText:
    'نام، ایمیل، تلفن و یادداشت شما را پاک کردیم. شما همیشه خوش آمدید: در ساعت‌های مشاوره بدون نوبت بیایید یا نوبت تازه‌ای بگیرید.',

  notFoundTitle: 'صفحه پیدا نشد',
  notFoundText:
    'این صفحه وجود ندارد (یا دیگر وجود ندارد). آدرس را بررسی کنید یا به صفحه اصلی بروید.',
  badRequestTitle: 'این را متوجه نشدیم',
  badRequestText: 'درخواست درست نیست. به صفحه قبل برگردید و دوباره امتحان کنید.',
  serverErrorTitle: 'مشکلی پیش آمد',
  serverErrorText:
    'در سیستم ما مشکلی پیش آمد. چیزی ذخیره نشد. لطفاً چند دقیقه دیگر دوباره امتحان کنید.',
  unavailableTitle: 'موقتاً در دسترس نیست',
  unavailableText:
    'سیستم برای لحظه‌ای در دسترس نیست. چیزی ذخیره نشد. لطفاً یک دقیقه دیگر دوباره امتحان کنید.',
  openNow: (until) => `اکنون باز است، تا ${until}: بدون وقت قبلی بیایید، یا وقت بگیرید.`,
  busyness: {
    quiet: 'اکنون خلوت است: انتظار کم یا بدون انتظار.',
    some: 'چند نفر در انتظارند.',
    busy: 'اکنون شلوغ است: احتمالاً باید منتظر بمانید.',
  },
  extraSessionsTitle: 'ساعت‌های مشاوره اضافی',
  findTitle: 'پیدا کردن قرار من',
  findIntro:
    'لینک قرارتان را گم کرده‌اید؟ کد قرار و شماره تلفن یا ایمیلی را که داده بودید وارد کنید. یک لینک تازه برایتان می‌فرستیم و لینک قبلی دیگر کار نمی‌کند.',
  findCode: 'کد قرار شما',
  findCodeHint: 'مثلاً K7QW D3MA. روی کارت شما یا در پیام تأیید هست.',
  findContact: 'شماره تلفن یا ایمیل شما',
  findButton: 'لینک را برایم بفرستید',
  findSent:
    'اگر این اطلاعات به یک قرار مربوط باشد، لینک را فرستاده‌ایم. تلفن یا ایمیل خود را نگاه کنید. چیزی نرسید؟ همیشه می‌توانید در ساعت مشاوره بدون وقت قبلی بیایید.',
  findLink: 'لینک را گم کرده‌اید؟ قرارتان را پیدا کنید',
  findInvalid: 'کد قرار (۸ حرف و عدد) و شماره تلفن یا ایمیل خود را وارد کنید.',
  cardTitle: 'کارت قرار شما',
  cardLink: 'کارت برای چاپ',
  cardPrint: 'این کارت را چاپ کنید',
  cardQrAlt: 'کد QR لینک شخصی شما',
  cardKeep:
    'این کارت را همراه بیاورید و کد را به پذیرش نشان دهید. کد QR قرار شما را روی تلفنتان باز می‌کند.',
  cardKeepNoLink: 'این کارت را همراه بیاورید و کد را به پذیرش نشان دهید.',
  cardPhone: 'تلفن مرکز حمایت',
  tooManyRequestsTitle: 'لطفاً کمی صبر کنید',
  tooManyRequestsText: (minutes) =>
    `از این آدرس اینترنتی درخواست‌های زیادی آمده است. لطفاً ${minutes === 1 ? 'یک' : minutes} دقیقه دیگر دوباره امتحان کنید.`,
  goHome: 'رفتن به صفحه اصلی',
}
