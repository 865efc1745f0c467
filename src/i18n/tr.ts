import type { Messages } from './nl.js'

export const tr: Messages = {
  languageName: 'Türkçe',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `${region} bölgesindeki destek noktaları: görüşme saatleri, adresler ve bölge proje sorumlusu.`,
  metaPoint: (place) =>
    `${place} destek noktasının görüşme saatleri, adresi ve kapalı olduğu günler. Randevusuz gelin ya da bir danışmandan randevu alın.`,
  metaBook: (place) =>
    `${place} noktasında bir danışmandan randevu alın. Ücretsizdir. Oturum durumunuzu sormuyoruz.`,
  skipToContent: 'İçeriğe geç',
  chooseLanguage: 'Dil',
  footer:
    'Bölgesel destek noktalarının görüşme saatleri. Size oturum durumunuzla ilgili soru sormuyoruz.',

  homeTitle: 'Yakınınızdaki görüşme saatleri',
  homeIntro:
    'Destek noktasında bir danışmanla geleceğiniz hakkında konuşursunuz. Görüşme saatlerinde randevusuz gelebilirsiniz. Randevu da alabilirsiniz; böylece size mutlaka zaman ayrılır.',
  filterLabel: 'Yer adı veya posta koduyla arayın',
  filterButton: 'Ara',
  filterClear: 'Tümünü göster',
  filterNoResults: (q) => `"${q}" için destek noktası bulunamadı.`,
  filterCount: (n) => `${n} destek noktası`,
  nearestTo: (place) => `${place}: destek noktası yok. En yakın olanlar:`,
  nearestToPostcode: (postcode, place) =>
    `${postcode} posta kodunun yakınındaki destek noktaları (${place}):`,
  aboutKm: (km) => `yaklaşık ${km} km`,
  nextSession: 'Sonraki görüşme saatleri',
  noUpcomingSession: 'Önümüzdeki iki hafta görüşme saati yok',
  today: 'bugün',
  tomorrow: 'yarın',
  region: 'Bölge',
  regions: 'Bölgeler',

  locationAddress: 'Adres',
  locationDirections: 'Nasıl gidilir',
  mapLink: 'Haritada görün (OpenStreetMap)',
  inDutch: 'Destek noktasının metni, Felemenkçe',
  holidays: {
    newYear: 'Yılbaşı',
    goodFriday: 'Kutsal Cuma',
    easter: 'Paskalya Pazarı',
    easterMonday: 'Paskalya Pazartesisi',
    kingsDay: 'Kral Günü',
    liberationDay: 'Kurtuluş Günü',
    ascension: 'Göğe Yükseliş Günü',
    pentecost: 'Pentekost Pazarı',
    whitMonday: 'Pentekost Pazartesisi',
    christmas: 'Noel',
    boxingDay: 'Noel’in ikinci günü',
  },
  closureReasons: {
    teamDay: 'Ekip günü',
    training: 'Personel eğitimi',
    noCounselors: 'Müsait danışman yok',
    buildingClosed: 'Bina kapalı',
    holidayPeriod: 'Tatil',
  },
  locationPhone: 'Telefon',
  walkInHours: 'Görüşme saatleri',
  weekday: 'Gün',
  time: 'Saat',
  atOnce: 'Aynı anda görüşme',
  validFrom: (date) => `${date} tarihinden itibaren`,
  validUntil: (date) => `${date} tarihine kadar (bu gün dahil)`,
  noWalkInHours: 'Bu destek noktasının şu anda sabit görüşme saatleri yok.',
  upcomingClosures: 'Kapalı olduğu günler',
  noClosures: 'Planlanmış kapalı gün yok.',
  projectLeader: 'Bölge proje yöneticisi',
  projectLeaderIntro:
    'Ortaklar ve belediyeler için: Bu bölgedeki proje hakkında sorularınız için şu kişiyle iletişime geçin:',
  bookCta: 'Randevu al',
  walkInNote: 'Görüşme saatlerinde randevusuz da gelebilirsiniz.',
  locationsInRegion: 'Bu bölgedeki destek noktaları',
  backToOverview: 'Tüm destek noktalarına dön',

  // Booking
  stepOf: (step, total) => `Adım ${step} / ${total}`,
  bookTitle: (place) => `${place} için randevu alın`,
  chooseDay: 'Bir gün seçin',
  chooseTime: 'Bir saat seçin',
  yourDetails: 'Bilgileriniz',
  dayFree: (n) => `${n} boş yer kaldı`,
  dayFull: 'dolu',
  dayClosedPrefix: 'kapalı: ',
  noDaysAvailable:
    'Önümüzdeki haftalarda boş saat yok. Ama görüşme saatlerinde randevusuz gelebilirsiniz.',
  slotsFor: (day) => `${day} için boş saatler`,
  slotFree: (n) => `${n} yer`,
  slotFull: 'dolu',
  noSlotsThisDay: 'Bu günde boş saat kalmadı. Lütfen başka bir gün seçin.',
  chosenTime: 'Seçtiğiniz saat',
  changeTime: 'Başka bir saat seçin',
  fieldName: 'Adınız veya baş harfleriniz',
  fieldNameHint: 'Bir takma ad veya sadece baş harfleriniz de olur.',
  maxChars: (n) => `En fazla ${n} karakter.`,
  fieldLanguage: 'Hangi dili konuşuyorsunuz?',
  languageOther: 'Başka bir dil',
  fieldLanguageChoose: 'Bir dil seçin',
  fieldInterpreter: 'Tercüman ister misiniz?',
  yes: 'Evet',
  no: 'Hayır',
  fieldTopic: 'Ne hakkında konuşmak istiyorsunuz?',
  topicOrientation: 'Geleceğim ve seçeneklerim',
  topicReturn: 'Ülkeme geri dönmek için yardım',
  topicOther: 'Başka bir konu',
  topicUnspecified: 'Söylemek istemiyorum',
  fieldEmail: 'E-posta (zorunlu değil)',
  fieldEmailHint: 'Yazarsanız size bir onay göndeririz.',
  fieldPhone: 'Telefon (zorunlu değil)',
  fieldPhoneHint:
    'Sadece danışmanın sizi araması gerekirse. Örneğin görüşme saatleri iptal olursa.',
  fieldSms: 'Bu randevu hakkında bana SMS gönderin',
  fieldSmsHint:
    'Bir onay, bir hatırlatma ve bir şey değişirse bir mesaj. Yabancı bir numara da olur, + ve ülke koduyla.',
  fieldNote: 'Söylemek istediğiniz başka bir şey var mı? (zorunlu değil)',
  fieldNoteHint: 'Kısa yazın. Buraya kişisel belge bilgileri veya numaralar yazmayın.',
  optional: 'zorunlu değil',
  privacyTitle: 'Neleri saklıyoruz',
  privacyText: (days) =>
    `Sadece burada yazdıklarınızı saklıyoruz. Bunları sadece bu destek noktasının çalışanları görür. Randevudan ${days} gün sonra adınızı, e-postanızı, telefonunuzu ve notunuzu sileriz. Oturum durumunuzu veya göçmenlik numaranızı (V-nummer) asla sormayız.`,
  confirmBooking: 'Randevuyu onayla',
  confirmBookingBusy: 'Lütfen bekleyin, randevunuz alınıyor…',
  errorSummary: 'Bazı bilgiler doğru doldurulmamış:',
  errors: {
    required: 'Lütfen burayı doldurun.',
    tooLong: 'Bu çok uzun.',
    invalidCharacters: 'Burada kullanamadığımız karakterler var.',
    invalidEmail: 'Bu e-posta adresi doğru değil. Örnek: isim@example.com',
    invalidPhone: 'Bu telefon numarası doğru değil. Sadece rakam, boşluk ve + kullanın.',
    notMobile:
      'Bu numara SMS alamaz. Bir cep telefonu numarası verin ya da SMS seçeneğini kaldırın.',
    phoneForSms: 'Size SMS gönderebilmemiz için cep telefonu numaranızı yazın.',
    invalidChoice: 'Lütfen seçeneklerden birini seçin.',
  },
  slotTakenTitle: 'Bu saat az önce doldu',
  slotTakenText:
    'Başka biri sizden biraz önce bu saati aldı. Lütfen aşağıdan başka bir saat seçin. Yazdığınız bilgiler kaybolmadı.',
  slotUnavailableTitle: 'Bu saat artık mümkün değil',
  slotUnavailableText: 'Bu saat geçti veya artık boş değil. Lütfen aşağıdan başka bir saat seçin.',
  alternatives: 'Diğer boş saatler',
  noAlternatives: 'Başka boş saat yok. Lütfen başka bir gün seçin.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'Randevunuz alındı',
  bookingTitle: 'Randevunuz',
  referenceLabel: 'Kodunuz',
  referenceHint: 'Bu kodu resepsiyonda gösterin.',
  when: 'Ne zaman',
  where: 'Nerede',
  whatToBring: 'Yanınızda ne getirmelisiniz?',
  whatToBringText:
    'Bir şey getirmeniz gerekmiyor. Durumunuzla ilgili belgeleriniz var mı? İsterseniz onları getirebilirsiniz.',
  walkInStillOpen: 'Görüşme saatlerinde her zaman randevusuz da gelebilirsiniz.',
  addToCalendar: 'Takvimime ekle',
  privateLinkTitle: 'Size özel bağlantı',
  privateLinkText:
    'Bu bağlantıyla randevunuzu görebilir, saatini değiştirebilir veya iptal edebilirsiniz. Bağlantıyı iyi saklayın ve kimseyle paylaşmayın: bağlantıya sahip olan herkes randevunuzu görebilir.',
  textsSentTo: 'Kodunuzu ve bağlantınızı içeren bir SMS gönderiyoruz:',
  printHint: 'Bu sayfayı yazdırabilir veya fotoğrafını çekebilirsiniz.',
  moveBooking: 'Başka bir saat seçin',
  cancelBooking: 'Randevuyu iptal et',
  cancelConfirmTitle: 'Randevuyu iptal etmek istiyor musunuz?',
  cancelConfirmText:
    'O zaman yerinizi başka birine veririz. Daha sonra yeni bir randevu alabilirsiniz.',
  cancelConfirmYes: 'Evet, iptal et',
  cancelConfirmNo: 'Hayır, geri dön',
  bookingCancelled: 'Bu randevu iptal edildi.',
  bookingCancelledText:
    'Bu randevu için gelmeyin. Görüşme saatlerinde gelebilir ya da yeni bir randevu alabilirsiniz.',
  bookingCodeLabel: 'Randevu kodu',
  bookingPast: 'Bu randevunun zamanı geçti.',
  bookingMoved: 'Randevunuzun saati değiştirildi.',
  bookAgain: 'Yeni randevu al',
  moveTitle: 'Başka bir saat seçin',
  moveCurrent: (when) => `Şu anki randevunuz: ${when}`,
  moveTo: (time) => `${time} saatini seç`,
  notChangeable: 'Bu randevu artık değiştirilemez.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `Randevunuz ${reference}`,
  emailConfirmedIntro: 'Destek noktasındaki randevunuz alındı. Bilgiler aşağıdadır.',
  emailMovedSubject: (reference) => `Randevunuz ${reference}: saat değişti`,
  emailMovedIntro: 'Randevunuz başka bir saate alındı. Yeni saat aşağıdadır.',
  emailCancelledSubject: (reference) => `Randevunuz ${reference} iptal edildi`,
  emailCancelledByClient: 'Bu randevuyu iptal ettiniz. Yeriniz artık başkası için boş.',
  emailCancelledByStaff:
    'Destek noktası bu randevuyu iptal etti. Özür dileriz. Yeni bir randevu alabilir veya görüşme saatlerinde randevusuz gelebilirsiniz.',
  emailCancelReason: 'Neden',
  emailCancelNote: 'Açıklama',
  reasonScheduleChanged:
    'Görüşme saatleri değişti ve randevunuz maalesef gerçekleşemiyor. Yeni bir randevu alabilirsiniz.',
  reasonPointClosing:
    'Bu destek noktası kapanıyor ve randevunuz maalesef gerçekleşemiyor. Size yakın başka bir destek noktası için web sitesine bakın.',
  cancelReasons: {
    counselorUnavailable: 'Danışman o saatte beklenmedik şekilde müsait değil.',
    pointClosed: 'Destek noktası o gün beklenmedik şekilde kapalı.',
    noInterpreter: 'O saatte diliniz için tercüman yok.',
    clientAsked: 'Randevuyu iptal etmemizi istediniz.',
    bookedTwice: 'İki randevu almıştınız. Bu randevu iptal edildi, diğeri geçerli.',
  },
  emailReminderSubject: (reference) => `Hatırlatma: randevunuz ${reference}`,
  emailReminderIntro: 'Randevunuzu hatırlatmak istiyoruz.',
  emailManage: 'Randevunuzu görmek, saatini değiştirmek veya iptal etmek için:',
  emailAutomatic: 'Bu mesaj otomatik olarak gönderildi. Cevap vermeniz gerekmiyor.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `Randevu ${reference}: ${when}, ${place}`,
  staffMovedSubject: (reference, when, place) =>
    `Saat değişti: randevu ${reference}: ${when}, ${place}`,
  staffCancelledSubject: (reference, when, place) =>
    `İptal: randevu ${reference}: ${when}, ${place}`,
  staffNewIntro: 'Destek noktanızda bir randevu alındı.',
  staffMovedIntro:
    'Destek noktanızdaki bir randevunun saati değişti. Takviminizdeki davet güncellendi.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'Danışan bu randevuyu iptal etti. Randevu takviminizden kaldırıldı.'
      : 'Bu randevu destek noktası tarafından iptal edildi. Randevu takviminizden kaldırıldı.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'Randevu kodu',
  staffLanguage: 'Dil',
  staffInterpreter: 'Tercüman gerekli',
  staffAgendaLink: 'Randevuyu ajandada görün (giriş yaptıktan sonra):',
  staffPrivacy:
    'Danışanı korumak için adı ve iletişim bilgileri e-postada veya takvimde yer almaz.',
  calendarSummary: (reference, language, interpreter) =>
    `Görüşme ${reference} (${language}${interpreter ? ', tercüman' : ''})`,

  // Development only
  devMailTitle: 'Gönderilen e-postalar (geliştirme)',
  devMailIntro:
    'SMTP_URL ayarlanmamış. Spreekuur aşağıdaki e-postaları gönderecekti. En yenisi en üstte.',
  devMailEmpty: 'Henüz bir şey gönderilmedi.',
  devMailTo: 'Alıcı',
  devMailSubject: 'Konu',
  devMailSentAt: 'Saat',

  // Privacy
  privacyLink: 'Gizlilik: neleri saklıyoruz',
  privacyPageTitle: 'Neleri saklıyoruz ve neden',
  privacyIntro:
    'Kim olduğunuzu söylemeden randevu alabilirsiniz. Bir takma ad veya baş harfleriniz yeterli.',
  privacyWhatTitle: 'Neleri saklıyoruz',
  privacyWhat:
    'Adınız veya takma adınız, konuştuğunuz dil, tercüman isteyip istemediğiniz, ne hakkında konuşmak istediğiniz ve yazarsanız: e-postanız, telefon numaranız ve kısa bir not. Oturum durumunuzu, göçmenlik numaranızı (V-nummer), doğum tarihinizi veya uyruğunuzu asla sormayız.',
  privacyWhyTitle: 'Neden',
  privacyWhy:
    'Danışman geleceğinizi, hangi dilde konuşacağınızı ve tercüman gerekip gerekmediğini bilsin diye. E-postanızı sadece onay, hatırlatma ve randevunuzdaki değişiklikler için kullanırız.',
  privacyWhoTitle: 'Kim görür',
  privacyWho:
    'Sadece randevu aldığınız destek noktasının çalışanları. Çalışanların takvimlerinde ve e-postalarında adınız yoktur, sadece kodunuz vardır. Devlete veya başka kimseye hiçbir bilgi vermeyiz.',
  privacyWhenTitle: 'Ne zaman siliyoruz',
  privacyWhen: (days) =>
    `Randevudan ${days} gün sonra adınızı, e-postanızı, telefonunuzu ve notunuzu sileriz. Randevuyu iptal ederseniz, bunları bir gün sonra sileriz. Geriye sadece isimsiz sayılar kalır: kaç randevu olduğu, hangi gün ve hangi dilde.`,
  privacyNowTitle: 'Şimdi silinmesini isteyin',
  privacyNow:
    'Randevunuzun bağlantısını açın ve “Bilgilerimi şimdi sil” düğmesini seçin. Gelecekte bir randevunuz varsa, o da iptal edilir.',
  eraseNow: 'Bilgilerimi şimdi sil',
  eraseConfirmTitle: 'Bilgilerinizi şimdi silmek istiyor musunuz?',
  eraseConfirmText:
    'Adınızı, e-postanızı, telefonunuzu ve notunuzu hemen sileriz. Randevunuzun zamanı henüz gelmediyse, randevunuz iptal edilir. Bundan sonra bu bağlantı çalışmaz.',
  eraseConfirmYes: 'Evet, şimdi sil',
  erasedTitle: 'Bilgileriniz silindi',
  erasedText:
    'Adınızı, e-postanızı, telefonunuzu ve notunuzu sildik. Sizi her zaman bekleriz: görüşme saatlerinde gelin veya yeni bir randevu alın.',

  notFoundTitle: 'Sayfa bulunamadı',
  notFoundText: 'Bu sayfa yok veya artık yok. Adresi kontrol edin veya ana sayfaya gidin.',
  badRequestTitle: 'Bunu anlayamadık',
  badRequestText: 'İstekte bir sorun var. Lütfen geri dönün ve tekrar deneyin.',
  serverErrorTitle: 'Bir sorun oluştu',
  serverErrorText:
    'Bizim tarafımızda bir sorun oluştu. Hiçbir şey kaydedilmedi. Lütfen birkaç dakika sonra tekrar deneyin.',
  unavailableTitle: 'Geçici olarak kullanılamıyor',
  unavailableText:
    'Sisteme şu anda ulaşılamıyor. Hiçbir şey kaydedilmedi. Lütfen bir dakika sonra tekrar deneyin.',
  openNow: (until) =>
    `Şu an açık, ${until} saatine kadar: randevusuz gelin ya da bir saat ayırtın.`,
  busyness: {
    quiet: 'Şu an sakin: bekleme az ya da hiç yok.',
    some: 'Birkaç kişi bekliyor.',
    busy: 'Şu an yoğun: beklemeniz gerekebilir.',
  },
  extraSessionsTitle: 'Ek görüşme saatleri',
  findTitle: 'Randevumu bul',
  findIntro:
    'Randevunuzun bağlantısını mı kaybettiniz? Randevu kodunuzu ve verdiğiniz telefon numarasını ya da e-posta adresini yazın. Size yeni bir bağlantı göndeririz; eski bağlantı artık çalışmaz.',
  findCode: 'Randevu kodunuz',
  findCodeHint: 'Örneğin K7QW D3MA. Kartınızda ya da onay mesajınızda yazar.',
  findContact: 'Telefon numaranız ya da e-posta adresiniz',
  findButton: 'Bağlantıyı bana gönderin',
  findSent:
    'Bu bilgiler bir randevuya aitse bağlantıyı gönderdik. Telefonunuza ya da e-postanıza bakın. Bir şey gelmedi mi? Görüşme saatlerinde her zaman randevusuz gelebilirsiniz.',
  findLink: 'Bağlantıyı mı kaybettiniz? Randevunuzu bulun',
  findInvalid:
    'Randevu kodunuzu (8 harf ve rakam) ve telefon numaranızı ya da e-posta adresinizi yazın.',
  cardTitle: 'Randevu kartınız',
  cardLink: 'Yazdırılacak kart',
  cardPrint: 'Bu kartı yazdırın',
  cardQrAlt: 'Kişisel bağlantınızın QR kodu',
  cardKeep:
    'Bu kartı yanınızda getirin ve kodu danışmada gösterin. QR kod randevunuzu telefonunuzda açar.',
  cardKeepNoLink: 'Bu kartı yanınızda getirin ve kodu danışmada gösterin.',
  cardPhone: 'Destek noktasının telefonu',
  tooManyRequestsTitle: 'Lütfen biraz bekleyin',
  tooManyRequestsText: (minutes) =>
    `Bu adresten çok fazla istek geldi. Lütfen ${minutes} dakika sonra tekrar deneyin.`,
  goHome: 'Ana sayfaya git',
}
