import type { Messages } from './nl.js'

/**
 * Arabic counts the noun by number: 1 and 2 have their own forms, 3–10 take the
 * plural, 11–99 the singular accusative, 100 and up (and the rest) the singular.
 * Zero is rare here; it takes the plural.
 *
 * @example plural(3, { one: 'مكان واحد', two: 'مكانان', few: (n) => `${n} أماكن`, many: (n) => `${n} مكاناً`, other: (n) => `${n} مكان` }) // '3 أماكن'
 */
function plural(
  n: number,
  forms: {
    one: string
    two: string
    few: (n: number) => string
    many: (n: number) => string
    other: (n: number) => string
  },
): string {
  if (n === 1) return forms.one
  if (n === 2) return forms.two
  const rest = n % 100
  if (n === 0 || (rest >= 3 && rest <= 10)) return forms.few(n)
  if (rest >= 11 && rest <= 99) return forms.many(n)
  return forms.other(n)
}

/** A number of days after بعد: 'يوم واحد', 'يومين', '7 أيام', '30 يوماً'. */
function daysAr(n: number): string {
  return plural(n, {
    one: 'يوم واحد',
    two: 'يومين',
    few: (n) => `${n} أيام`,
    many: (n) => `${n} يوماً`,
    other: (n) => `${n} يوم`,
  })
}

export const ar: Messages = {
  languageName: 'العربية',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `مراكز الدعم في منطقة ${region}: ساعات الاستقبال والعناوين ومسؤول المشروع في المنطقة.`,
  metaPoint: (place) =>
    `ساعات الاستقبال والعنوان وأيام الإغلاق في مركز الدعم ${place}. تعال بدون موعد أو احجز موعداً مع مستشار.`,
  metaBook: (place) => `احجز موعداً مع مستشار في ${place}. الخدمة مجانية. لا نسأل عن وضع إقامتك.`,
  skipToContent: 'الانتقال إلى المحتوى',
  chooseLanguage: 'اللغة',
  footer: 'ساعات الاستقبال في مراكز الدعم الإقليمية. نحن لا نسأل عن وضع إقامتك.',

  homeTitle: 'ساعات الاستقبال بالقرب منك',
  homeIntro:
    'في مركز الدعم يمكنك التحدث مع مستشار عن مستقبلك. يمكنك الحضور بدون موعد خلال ساعات الاستقبال، أو حجز موعد حتى يكون لديك وقت مؤكد.',
  filterLabel: 'البحث حسب المدينة أو الرمز البريدي',
  filterButton: 'بحث',
  filterClear: 'عرض الكل',
  filterNoResults: (q) => `لم نجد أي مركز دعم عند البحث عن «${q}».`,
  filterCount: (n) =>
    plural(n, {
      one: 'مركز دعم واحد',
      two: 'مركزان للدعم',
      few: (n) => `${n} مراكز دعم`,
      many: (n) => `${n} مركز دعم`,
      other: (n) => `${n} مركز دعم`,
    }),
  nearestTo: (place) => `لا يوجد مركز دعم في ${place}. هذه أقرب المراكز:`,
  nearestToPostcode: (postcode, place) =>
    `مراكز الدعم القريبة من الرمز البريدي ${postcode} (${place}):`,
  aboutKm: (km) => `حوالي ${km} كم`,
  nextSession: 'ساعات الاستقبال القادمة',
  noUpcomingSession: 'لا توجد ساعات استقبال في الأسبوعين القادمين',
  today: 'اليوم',
  tomorrow: 'غداً',
  region: 'المنطقة',
  regions: 'المناطق',

  locationAddress: 'العنوان',
  locationDirections: 'طريقة الوصول',
  mapLink: 'عرض على الخريطة (OpenStreetMap)',
  inDutch: 'نص من مركز الدعم، باللغة الهولندية',
  holidays: {
    newYear: 'رأس السنة الميلادية',
    goodFriday: 'الجمعة العظيمة',
    easter: 'أحد الفصح',
    easterMonday: 'اثنين الفصح',
    kingsDay: 'يوم الملك',
    liberationDay: 'يوم التحرير',
    ascension: 'عيد الصعود',
    pentecost: 'أحد العنصرة',
    whitMonday: 'اثنين العنصرة',
    christmas: 'عيد الميلاد',
    boxingDay: 'اليوم الثاني من عيد الميلاد',
  },
  closureReasons: {
    teamDay: 'يوم الفريق',
    training: 'تدريب الموظفين',
    noCounselors: 'لا يوجد مستشارون متاحون',
    buildingClosed: 'المبنى مغلق',
    holidayPeriod: 'عطلة',
  },
  locationPhone: 'الهاتف',
  walkInHours: 'ساعات الاستقبال',
  weekday: 'اليوم',
  time: 'الوقت',
  atOnce: 'عدد المحادثات في الوقت نفسه',
  validFrom: (date) => `ابتداءً من ${date}`,
  validUntil: (date) => `حتى نهاية يوم ${date}`,
  noWalkInHours: 'لا توجد في هذا المركز حالياً ساعات استقبال ثابتة.',
  upcomingClosures: 'أيام الإغلاق',
  noClosures: 'لا توجد أيام إغلاق مخطط لها.',
  projectLeader: 'مسؤول المشروع في المنطقة',
  projectLeaderIntro:
    'للجهات الشريكة والبلديات: إذا كانت لديكم أسئلة عن المشروع في هذه المنطقة، يرجى التواصل مع',
  bookCta: 'حجز موعد',
  walkInNote: 'يمكنك أيضاً الحضور بدون موعد خلال ساعات الاستقبال.',
  locationsInRegion: 'مراكز الدعم في هذه المنطقة',
  backToOverview: 'الرجوع إلى جميع مراكز الدعم',

  // Booking
  stepOf: (step, total) => `الخطوة ${step} من ${total}`,
  bookTitle: (place) => `حجز موعد في ${place}`,
  chooseDay: 'اختيار اليوم',
  chooseTime: 'اختيار الوقت',
  yourDetails: 'معلوماتك',
  dayFree: (n) =>
    plural(n, {
      one: 'بقي مكان واحد',
      two: 'بقي مكانان',
      few: (n) => `بقي ${n} أماكن`,
      many: (n) => `بقي ${n} مكاناً`,
      other: (n) => `بقي ${n} مكان`,
    }),
  dayFull: 'محجوز بالكامل',
  dayClosedPrefix: 'مغلق: ',
  noDaysAvailable:
    'لا توجد أوقات متاحة في الأسابيع القادمة. لكن يمكنك الحضور بدون موعد خلال ساعات الاستقبال.',
  slotsFor: (day) => `الأوقات المتاحة: ${day}`,
  slotFree: (n) =>
    plural(n, {
      one: 'مكان واحد',
      two: 'مكانان',
      few: (n) => `${n} أماكن`,
      many: (n) => `${n} مكاناً`,
      other: (n) => `${n} مكان`,
    }),
  slotFull: 'محجوز بالكامل',
  noSlotsThisDay: 'لم يبق وقت متاح في هذا اليوم. يرجى اختيار يوم آخر.',
  chosenTime: 'الوقت الذي اخترته',
  changeTime: 'اختيار وقت آخر',
  fieldName: 'الاسم أو الأحرف الأولى من الاسم',
  fieldNameHint: 'يمكنك أيضاً كتابة اسم مستعار أو الأحرف الأولى من اسمك فقط.',
  maxChars: (n) =>
    `${plural(n, {
      one: 'حرف واحد',
      two: 'حرفان',
      few: (n) => `${n} أحرف`,
      many: (n) => `${n} حرفاً`,
      other: (n) => `${n} حرف`,
    })} على الأكثر.`,
  fieldLanguage: 'ما هي لغتك؟',
  languageOther: 'لغة أخرى',
  fieldLanguageChoose: 'اختيار اللغة',
  fieldInterpreter: 'هل يلزمك مترجم؟',
  yes: 'نعم',
  no: 'لا',
  fieldTopic: 'ما الموضوع الذي يهمك؟',
  topicOrientation: 'مستقبلي والخيارات المتاحة لي',
  topicReturn: 'المساعدة في العودة إلى بلدي',
  topicOther: 'موضوع آخر',
  topicUnspecified: 'أفضل ألا أذكر ذلك',
  fieldEmail: 'البريد الإلكتروني (اختياري)',
  fieldEmailHint: 'إذا كتبت بريدك الإلكتروني، نرسل لك تأكيداً للموعد.',
  fieldPhone: 'رقم الهاتف (اختياري)',
  fieldPhoneHint: 'نستخدمه فقط إذا احتاج المستشار إلى الاتصال بك، مثلاً إذا أُلغيت ساعات الاستقبال.',
  fieldSms: 'أرسلوا لي رسائل نصية عن هذا الموعد',
  fieldSmsHint: 'تأكيد وتذكير ورسالة إذا تغيّر شيء. يمكن أيضًا استخدام رقم أجنبي مع + ورمز البلد.',
  fieldNote: 'هل لديك ملاحظة أخرى؟ (اختياري)',
  fieldNoteHint: 'يرجى الاختصار. يرجى عدم كتابة وثائق شخصية أو أرقام شخصية هنا.',
  optional: 'اختياري',
  privacyTitle: 'ما الذي نحفظه',
  // "V-nummer" in a left-to-right isolate with a no-break hyphen: in a right-to-left line it
  // would otherwise break at its hyphen, its bracket on the wrong side.
  privacyText: (days) =>
    `نحفظ فقط ما تكتبه هنا. لا يراه إلا موظفو مركز الدعم هذا. بعد ${daysAr(days)} من الموعد نحذف اسمك وبريدك الإلكتروني ورقم هاتفك وملاحظتك. لا نسأل أبداً عن وضع إقامتك أو عن رقم الهجرة الخاص بك (\u2066V\u2011nummer\u2069).`,
  confirmBooking: 'تأكيد الموعد',
  confirmBookingBusy: 'لحظة من فضلك، يجري حجز موعدك…',
  errorSummary: 'بعض المعلومات ناقصة أو غير صحيحة:',
  errors: {
    required: 'يرجى تعبئة هذا الحقل.',
    tooLong: 'هذا النص طويل جداً.',
    invalidCharacters: 'يحتوي هذا النص على رموز لا يمكننا استخدامها.',
    invalidEmail: 'عنوان البريد الإلكتروني غير صحيح. مثال: name@example.com',
    invalidPhone: 'رقم الهاتف غير صحيح. يرجى استخدام الأرقام والمسافات وعلامة + فقط.',
    notMobile:
      'لا يمكن لهذا الرقم استقبال الرسائل النصية. أدخل رقم هاتف محمول، أو ألغِ اختيار الرسائل النصية.',
    phoneForSms: 'أدخل رقم هاتفك المحمول لنتمكن من إرسال الرسائل النصية إليك.',
    invalidChoice: 'يرجى اختيار أحد الخيارات.',
  },
  slotTakenTitle: 'تم حجز هذا الوقت قبل قليل',
  slotTakenText:
    'شخص آخر حجز هذا الوقت قبلك بقليل. يرجى اختيار وقت آخر من القائمة أدناه. المعلومات التي كتبتها ما زالت محفوظة.',
  slotUnavailableTitle: 'هذا الوقت لم يعد ممكناً',
  slotUnavailableText: 'هذا الوقت انتهى أو لم يعد متاحاً. يرجى اختيار وقت آخر من القائمة أدناه.',
  alternatives: 'أوقات أخرى متاحة',
  noAlternatives: 'لا توجد أوقات أخرى متاحة. يرجى اختيار يوم آخر.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'تم حجز موعدك',
  bookingTitle: 'موعدك',
  referenceLabel: 'رمز موعدك',
  referenceHint: 'يرجى إظهار هذا الرمز في مكتب الاستقبال.',
  when: 'التاريخ والوقت',
  where: 'المكان',
  whatToBring: 'ما الذي يجب إحضاره؟',
  whatToBringText: 'لا حاجة لإحضار أي شيء. هل لديك أوراق عن وضعك؟ يمكنك إحضارها إذا أردت.',
  walkInStillOpen: 'ويمكنك دائماً الحضور بدون موعد خلال ساعات الاستقبال.',
  addToCalendar: 'إضافة إلى تقويمي',
  privateLinkTitle: 'رابطك الخاص',
  privateLinkText:
    'بهذا الرابط يمكنك رؤية الموعد أو تغييره أو إلغاؤه. يرجى الاحتفاظ به جيداً وعدم مشاركته مع أحد: كل من لديه الرابط يستطيع رؤية موعدك.',
  textsSentTo: 'نرسل رسالة نصية فيها رمزك ورابطك إلى',
  printHint: 'يمكنك أيضاً طباعة هذه الصفحة أو التقاط صورة لها.',
  moveBooking: 'اختيار وقت آخر',
  cancelBooking: 'إلغاء الموعد',
  cancelConfirmTitle: 'هل تريد إلغاء الموعد؟',
  cancelConfirmText: 'عندها نعطي مكانك لشخص آخر. يمكنك حجز موعد جديد لاحقاً.',
  cancelConfirmYes: 'نعم، إلغاء الموعد',
  cancelConfirmNo: 'لا، رجوع',
  bookingCancelled: 'تم إلغاء هذا الموعد.',
  bookingCancelledText:
    'لا تأتِ لهذا الموعد. أنت مرحَّب بك خلال ساعات الاستقبال، أو احجز موعداً جديداً.',
  bookingCodeLabel: 'رمز الموعد',
  bookingPast: 'انتهى وقت هذا الموعد.',
  bookingMoved: 'تم تغيير وقت موعدك.',
  bookAgain: 'حجز موعد جديد',
  moveTitle: 'اختيار وقت آخر',
  moveCurrent: (when) => `الوقت الحالي: ${when}`,
  moveTo: (time) => `تغيير الموعد إلى ${time}`,
  notChangeable: 'لم يعد من الممكن تغيير هذا الموعد.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `موعدك ${reference}`,
  emailConfirmedIntro: 'تم حجز موعدك في مركز الدعم. فيما يلي تفاصيل الموعد.',
  emailMovedSubject: (reference) => `تم تغيير وقت موعدك ${reference}`,
  emailMovedIntro: 'تم تغيير موعدك إلى وقت آخر. هذا هو الوقت الجديد.',
  emailCancelledSubject: (reference) => `تم إلغاء موعدك ${reference}`,
  emailCancelledByClient: 'لقد ألغيت هذا الموعد. أصبح مكانك متاحاً لشخص آخر.',
  emailCancelledByStaff:
    'ألغى مركز الدعم هذا الموعد. نعتذر عن ذلك. يمكنك حجز موعد جديد، أو الحضور بدون موعد خلال ساعات الاستقبال.',
  emailCancelReason: 'السبب',
  emailCancelNote: 'ملاحظة',
  reasonScheduleChanged:
    'تغيّرت مواعيد الاستقبال، ولا يمكن للأسف أن يتم موعدك. نرحّب بك لحجز موعد جديد.',
  reasonPointClosing:
    'نقطة الدعم هذه ستُغلق، ولا يمكن للأسف أن يتم موعدك. انظر في الموقع لتجد نقطة دعم أخرى قريبة منك.',
  cancelReasons: {
    counselorUnavailable: 'المستشار غير متاح بشكل غير متوقع في ذلك الوقت.',
    pointClosed: 'نقطة الدعم مغلقة بشكل غير متوقع في ذلك اليوم.',
    noInterpreter: 'لا يوجد مترجم للغتك في ذلك الوقت.',
    clientAsked: 'لقد طلبت منا إلغاء الموعد.',
    bookedTwice: 'كان لديك موعدان. أُلغي هذا الموعد، ويبقى الموعد الآخر قائمًا.',
  },
  emailReminderSubject: (reference) => `تذكير: موعدك ${reference}`,
  emailReminderIntro: 'هذا تذكير بموعدك.',
  emailManage: 'لرؤية الموعد أو تغييره أو إلغائه:',
  emailAutomatic: 'تم إرسال هذه الرسالة تلقائياً. لا داعي للرد عليها.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `موعد ${reference}: ${when}، ${place}`,
  staffMovedSubject: (reference, when, place) =>
    `تغيير الوقت: موعد ${reference}: ${when}، ${place}`,
  staffCancelledSubject: (reference, when, place) => `ملغى: موعد ${reference}: ${when}، ${place}`,
  staffNewIntro: 'تم حجز موعد في مركز الدعم الخاص بك.',
  staffMovedIntro: 'تم تغيير وقت موعد في مركز الدعم الخاص بك. تم تحديث الدعوة في تقويمك.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'ألغى المراجع هذا الموعد. تمت إزالة الموعد من تقويمك.'
      : 'ألغى مركز الدعم هذا الموعد. تمت إزالة الموعد من تقويمك.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'رمز الموعد',
  staffLanguage: 'اللغة',
  staffInterpreter: 'يحتاج إلى مترجم',
  staffAgendaLink: 'عرض الموعد في جدول المواعيد (بعد تسجيل الدخول):',
  staffPrivacy:
    'لحماية المراجع، لا يظهر اسمه ولا بيانات الاتصال به في البريد الإلكتروني أو في التقويم.',
  calendarSummary: (reference, language, interpreter) =>
    `موعد ${reference} (${language}${interpreter ? '، مع مترجم' : ''})`,

  // Development only
  devMailTitle: 'الرسائل المرسلة (بيئة التطوير)',
  devMailIntro: 'لم يتم ضبط SMTP_URL. هذا ما كان Spreekuur سيرسله، الأحدث أولاً.',
  devMailEmpty: 'لم يتم إرسال أي شيء بعد.',
  devMailTo: 'إلى',
  devMailSubject: 'الموضوع',
  devMailSentAt: 'الوقت',

  // Privacy
  privacyLink: 'الخصوصية: ما الذي نحفظه',
  privacyPageTitle: 'ما الذي نحفظه ولماذا',
  privacyIntro: 'يمكنك حجز موعد بدون أن تقول من أنت. يكفي اسم مستعار أو الأحرف الأولى من اسمك.',
  privacyWhatTitle: 'ما الذي نحفظه',
  privacyWhat:
    'اسمك أو اسمك المستعار، واللغة التي تتكلمها، وهل يلزمك مترجم، والموضوع الذي يهمك، وإذا كتبتها: بريدك الإلكتروني ورقم هاتفك وملاحظة قصيرة. لا نسأل أبداً عن وضع إقامتك أو رقم الهجرة (\u2066V\u2011nummer\u2069) أو تاريخ ميلادك أو جنسيتك.',
  privacyWhyTitle: 'لماذا',
  privacyWhy:
    'حتى يعرف المستشار بقدومك، وبأي لغة، وهل يلزم مترجم. نستخدم بريدك الإلكتروني فقط لتأكيد الموعد، وللتذكير به، ولإبلاغك بأي تغيير في موعدك.',
  privacyWhoTitle: 'من يرى هذه المعلومات',
  privacyWho:
    'فقط موظفو مركز الدعم الذي حجزت فيه موعدك. في تقويم الموظفين ورسائلهم الإلكترونية يظهر رمز موعدك فقط، وليس اسمك. لا نعطي أي معلومات للجهات الحكومية ولا لأي أحد آخر.',
  privacyWhenTitle: 'متى نحذفها',
  privacyWhen: (days) =>
    `بعد ${daysAr(days)} من الموعد نحذف اسمك وبريدك الإلكتروني ورقم هاتفك وملاحظتك. إذا ألغيت الموعد، نحذفها بعد يوم واحد. ما يبقى هو أرقام فقط بدون أسماء: عدد المواعيد، وفي أي يوم كانت، وبأي لغة.`,
  privacyNowTitle: 'الحذف الآن',
  privacyNow:
    'يرجى فتح رابط موعدك واختيار «حذف بياناتي الآن». إذا كان موعدك في المستقبل، فسيتم إلغاؤه أيضاً.',
  eraseNow: 'حذف بياناتي الآن',
  eraseConfirmTitle: 'هل تريد حذف بياناتك الآن؟',
  eraseConfirmText:
    'نحذف اسمك وبريدك الإلكتروني ورقم هاتفك وملاحظتك فوراً. إذا كان موعدك لم يأت بعد، فسيتم إلغاؤه. بعد ذلك لن يعمل هذا الرابط.',
  eraseConfirmYes: 'نعم، الحذف الآن',
  erasedTitle: 'تم حذف بياناتك',
  erasedText:
    'حذفنا اسمك وبريدك الإلكتروني ورقم هاتفك وملاحظتك. مرحباً بك دائماً: يمكنك الحضور خلال ساعات الاستقبال أو حجز موعد جديد.',

  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText:
    'هذه الصفحة غير موجودة أو لم تعد موجودة. يرجى التحقق من العنوان أو الذهاب إلى الصفحة الرئيسية.',
  badRequestTitle: 'لم نفهم هذا الطلب',
  badRequestText: 'هناك خطأ في الطلب. يرجى الرجوع إلى الصفحة السابقة والمحاولة مرة أخرى.',
  serverErrorTitle: 'حدث خطأ',
  serverErrorText: 'حدث خطأ من جهتنا. لم يتم حفظ أي شيء. يرجى المحاولة مرة أخرى بعد بضع دقائق.',
  unavailableTitle: 'غير متاح مؤقتاً',
  unavailableText:
    'لا يمكن الوصول إلى النظام للحظة. لم يتم حفظ أي شيء. يرجى المحاولة مرة أخرى بعد دقيقة.',
  openNow: (until) => `مفتوح الآن حتى ${until}: تفضّل بالدخول، أو احجز موعدًا.`,
  busyness: {
    quiet: 'هادئ الآن: انتظار قليل أو بدون انتظار.',
    some: 'ينتظر بعض الأشخاص.',
    busy: 'مزدحم الآن: توقّع الانتظار.',
  },
  extraSessionsTitle: 'ساعات استقبال إضافية',
  findTitle: 'العثور على موعدي',
  findIntro:
    'هل فقدت رابط موعدك؟ أدخل رمز موعدك ورقم الهاتف أو البريد الإلكتروني الذي أعطيته. سنرسل لك رابطًا جديدًا، ولن يعمل الرابط القديم بعد ذلك.',
  findCode: 'رمز موعدك',
  findCodeHint: 'مثلًا K7QW D3MA. تجده على بطاقتك أو في رسالة التأكيد.',
  findContact: 'رقم هاتفك أو بريدك الإلكتروني',
  findButton: 'أرسلوا لي الرابط',
  findSent:
    'إذا كانت هذه البيانات تخص موعدًا، فقد أرسلنا الرابط. انظر في هاتفك أو بريدك الإلكتروني. لم يصل شيء؟ يمكنك دائمًا الحضور خلال ساعات الاستقبال.',
  findLink: 'فقدت الرابط؟ اعثر على موعدك',
  findInvalid: 'أدخل رمز موعدك (8 حروف وأرقام) ورقم هاتفك أو بريدك الإلكتروني.',
  cardTitle: 'بطاقة موعدك',
  cardLink: 'بطاقة للطباعة',
  cardPrint: 'اطبع هذه البطاقة',
  cardQrAlt: 'رمز QR لرابطك الخاص',
  cardKeep: 'أحضر هذه البطاقة وأظهر الرمز عند المكتب. يفتح رمز QR موعدك على هاتفك.',
  cardKeepNoLink: 'أحضر هذه البطاقة وأظهر الرمز عند المكتب.',
  cardPhone: 'هاتف نقطة الدعم',
  tooManyRequestsTitle: 'يرجى الانتظار قليلاً',
  tooManyRequestsText: (minutes) =>
    `وصلت طلبات كثيرة جداً من هذا العنوان على الإنترنت. يرجى المحاولة مرة أخرى بعد ${plural(
      minutes,
      {
        one: 'دقيقة واحدة',
        two: 'دقيقتين',
        few: (n) => `${n} دقائق`,
        many: (n) => `${n} دقيقة`,
        other: (n) => `${n} دقيقة`,
      },
    )}.`,
  goHome: 'الذهاب إلى الصفحة الرئيسية',
}
