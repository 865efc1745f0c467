import type { Messages } from './nl.js'

export const fr: Messages = {
  languageName: 'Français',
  appName: 'Spreekuur',
  metaRegion: (region) =>
    `Points d’accueil de la région ${region} : heures de permanence, adresses et responsable régional du projet.`,
  metaPoint: (place) =>
    `Heures de permanence, adresse et fermetures du point d’accueil ${place}. Venez sans rendez-vous ou prenez rendez-vous avec un conseiller.`,
  metaBook: (place) =>
    `Prenez rendez-vous avec un conseiller à ${place}. C’est gratuit. Nous ne demandons pas votre situation de séjour.`,
  skipToContent: 'Aller au contenu',
  chooseLanguage: 'Langue',
  footer:
    'Permanences des points d’accueil régionaux. Nous ne posons pas de questions sur votre statut de séjour.',

  homeTitle: 'Permanences près de chez vous',
  homeIntro:
    'Dans un point d’accueil, vous parlez de votre avenir avec un conseiller. Vous pouvez venir sans rendez-vous pendant la permanence. Vous pouvez aussi prendre rendez-vous : comme ça, un conseiller aura du temps pour vous, c’est sûr.',
  filterLabel: 'Chercher une ville ou un code postal',
  filterButton: 'Chercher',
  filterClear: 'Tout afficher',
  filterNoResults: (q) => `Aucun point d’accueil trouvé pour « ${q} ».`,
  filterCount: (n) => (n < 2 ? `${n} point d’accueil` : `${n} points d’accueil`),
  nearestTo: (place) => `Pas de point d’accueil à ${place}. Voici les plus proches :`,
  nearestToPostcode: (postcode, place) =>
    `Points d’accueil près du code postal ${postcode} (${place}) :`,
  aboutKm: (km) => `environ ${km} km`,
  nextSession: 'Prochaine permanence',
  noUpcomingSession: 'Pas de permanence dans les deux prochaines semaines',
  today: 'aujourd’hui',
  tomorrow: 'demain',
  region: 'Région',
  regions: 'Régions',

  locationAddress: 'Adresse',
  locationDirections: 'Comment venir',
  mapLink: 'Voir sur la carte (OpenStreetMap)',
  inDutch: 'Texte du point d’accueil, en néerlandais',
  holidays: {
    newYear: 'Jour de l’An',
    goodFriday: 'Vendredi saint',
    easter: 'Dimanche de Pâques',
    easterMonday: 'Lundi de Pâques',
    kingsDay: 'Fête du Roi',
    liberationDay: 'Fête de la Libération',
    ascension: 'Ascension',
    pentecost: 'Dimanche de Pentecôte',
    whitMonday: 'Lundi de Pentecôte',
    christmas: 'Noël',
    boxingDay: 'Lendemain de Noël',
  },
  closureReasons: {
    teamDay: 'Journée d’équipe',
    training: 'Formation du personnel',
    noCounselors: 'Aucun conseiller n’est disponible',
    buildingClosed: 'Le bâtiment est fermé',
    holidayPeriod: 'Vacances',
  },
  locationPhone: 'Téléphone',
  walkInHours: 'Heures de permanence',
  weekday: 'Jour',
  time: 'Heure',
  atOnce: 'Entretiens en même temps',
  validFrom: (date) => `à partir du ${date}`,
  validUntil: (date) => `jusqu’au ${date} inclus`,
  noWalkInHours: 'Pour le moment, ce point d’accueil n’a pas d’heures de permanence fixes.',
  upcomingClosures: 'Jours de fermeture',
  noClosures: 'Aucune fermeture prévue.',
  projectLeader: 'Responsable régional du projet',
  projectLeaderIntro:
    'Pour les partenaires et les communes : pour toute question sur le projet dans cette région, contactez',
  bookCta: 'Prendre rendez-vous',
  walkInNote: 'Vous pouvez aussi venir sans rendez-vous pendant la permanence.',
  locationsInRegion: 'Points d’accueil dans cette région',
  backToOverview: 'Retour à tous les points d’accueil',

  // Booking
  stepOf: (step, total) => `Étape ${step} sur ${total}`,
  bookTitle: (place) => `Prendre rendez-vous à ${place}`,
  chooseDay: 'Choisissez un jour',
  chooseTime: 'Choisissez une heure',
  yourDetails: 'Vos informations',
  dayFree: (n) => (n < 2 ? `encore ${n} place libre` : `encore ${n} places libres`),
  dayFull: 'complet',
  dayClosedPrefix: 'fermé : ',
  noDaysAvailable:
    'Il n’y a pas d’heure libre dans les prochaines semaines. Mais vous pouvez toujours venir sans rendez-vous pendant la permanence.',
  slotsFor: (day) => `Heures libres le ${day}`,
  slotFree: (n) => (n < 2 ? `${n} place` : `${n} places`),
  slotFull: 'complet',
  noSlotsThisDay: 'Il n’y a plus d’heure libre ce jour-là. Choisissez un autre jour.',
  chosenTime: 'Votre heure',
  changeTime: 'Choisir une autre heure',
  fieldName: 'Nom ou initiales',
  fieldNameHint: 'Vous pouvez aussi donner un surnom ou seulement vos initiales.',
  maxChars: (n) => `${n} caractères au plus.`,
  fieldLanguage: 'Quelle langue parlez-vous ?',
  languageOther: 'Une autre langue',
  fieldLanguageChoose: 'Choisissez une langue',
  fieldInterpreter: 'Voulez-vous un interprète ?',
  yes: 'Oui',
  no: 'Non',
  fieldTopic: 'De quoi voulez-vous parler ?',
  topicOrientation: 'Mon avenir et mes possibilités',
  topicReturn: 'Aide pour retourner dans mon pays',
  topicOther: 'Autre chose',
  topicUnspecified: 'Je préfère ne pas le dire',
  fieldEmail: 'E-mail (pas obligatoire)',
  fieldEmailHint: 'Si vous le donnez, nous vous envoyons une confirmation.',
  fieldPhone: 'Téléphone (pas obligatoire)',
  fieldPhoneHint:
    'Seulement si le conseiller doit vous appeler, par exemple si la permanence est annulée.',
  fieldSms: 'Envoyez-moi des SMS sur ce rendez-vous',
  fieldSmsHint:
    'Une confirmation, un rappel et un message si quelque chose change. Un numéro étranger convient aussi, avec + et l’indicatif du pays.',
  fieldNote: 'Voulez-vous dire autre chose ? (pas obligatoire)',
  fieldNoteHint: 'En quelques mots. N’écrivez ici aucun numéro et aucun document personnel.',
  optional: 'pas obligatoire',
  privacyTitle: 'Ce que nous gardons',
  privacyText: (days) =>
    `Nous gardons seulement ce que vous écrivez ici. Seules les personnes qui travaillent dans ce point d’accueil peuvent le voir. ${days} ${days < 2 ? 'jour' : 'jours'} après le rendez-vous, nous effaçons votre nom, votre e-mail, votre téléphone et votre message. Nous ne demandons jamais votre statut de séjour ni votre numéro d’immigration (V-nummer).`,
  confirmBooking: 'Confirmer le rendez-vous',
  confirmBookingBusy: 'Un instant, votre rendez-vous est en cours de réservation…',
  errorSummary: 'Certaines informations ne sont pas bien remplies :',
  errors: {
    required: 'Veuillez remplir ce champ.',
    tooLong: 'C’est trop long.',
    invalidCharacters: 'Il y a ici des caractères que nous ne pouvons pas utiliser.',
    invalidEmail: 'Cette adresse e-mail n’est pas correcte. Exemple : nom@example.com',
    invalidPhone:
      'Ce numéro de téléphone n’est pas correct. Utilisez seulement des chiffres, des espaces et le signe +.',
    notMobile:
      'Ce numéro ne peut pas recevoir de SMS. Donnez un numéro de portable, ou décochez les SMS.',
    phoneForSms: 'Indiquez votre numéro de portable pour que nous puissions vous envoyer des SMS.',
    invalidChoice: 'Veuillez choisir une des réponses.',
  },
  slotTakenTitle: 'Cette heure vient d’être prise',
  slotTakenText:
    'Quelqu’un d’autre a été plus rapide. Choisissez une autre heure ci-dessous. Ce que vous avez écrit est gardé.',
  slotUnavailableTitle: 'Cette heure n’est plus possible',
  slotUnavailableText:
    'Cette heure est passée ou n’est plus disponible. Choisissez une autre heure ci-dessous.',
  alternatives: 'Autres heures libres',
  noAlternatives: 'Il n’y a pas d’autre heure libre. Choisissez un autre jour.',

  // The booking, behind its private link
  bookingConfirmedTitle: 'Votre rendez-vous est confirmé',
  bookingTitle: 'Votre rendez-vous',
  referenceLabel: 'Votre code',
  referenceHint: 'Montrez ce code à l’accueil.',
  when: 'Quand',
  where: 'Où',
  whatToBring: 'Que faut-il apporter ?',
  whatToBringText:
    'Vous n’avez rien à apporter. Vous avez des papiers sur votre situation ? Apportez-les si vous le souhaitez.',
  walkInStillOpen: 'Vous pouvez aussi toujours venir sans rendez-vous pendant la permanence.',
  addToCalendar: 'Ajouter à mon agenda',
  privateLinkTitle: 'Votre lien personnel',
  privateLinkText:
    'Avec ce lien, vous pouvez voir, déplacer ou annuler le rendez-vous. Gardez-le bien et ne le partagez pas : toute personne qui a ce lien peut voir votre rendez-vous.',
  textsSentTo: 'Nous envoyons un SMS avec votre code et votre lien au',
  printHint: 'Vous pouvez aussi imprimer cette page ou la prendre en photo.',
  moveBooking: 'Choisir une autre heure',
  cancelBooking: 'Annuler le rendez-vous',
  cancelConfirmTitle: 'Voulez-vous annuler le rendez-vous ?',
  cancelConfirmText:
    'Nous donnerons alors votre place à quelqu’un d’autre. Vous pourrez prendre un nouveau rendez-vous plus tard.',
  cancelConfirmYes: 'Oui, annuler',
  cancelConfirmNo: 'Non, retour',
  bookingCancelled: 'Ce rendez-vous est annulé.',
  bookingCancelledText:
    'Ne venez pas pour ce rendez-vous. Vous êtes le bienvenu pendant la permanence, ou prenez un nouveau rendez-vous.',
  bookingCodeLabel: 'Code du rendez-vous',
  bookingPast: 'Ce rendez-vous est passé.',
  bookingMoved: 'Votre rendez-vous a été déplacé.',
  bookAgain: 'Prendre un nouveau rendez-vous',
  moveTitle: 'Choisissez une autre heure',
  moveCurrent: (when) => `Votre rendez-vous actuel : ${when}`,
  moveTo: (time) => `Changer pour ${time}`,
  notChangeable: 'Ce rendez-vous ne peut plus être modifié.',

  // Emails to the client (in the language they booked in)
  emailConfirmedSubject: (reference) => `Votre rendez-vous ${reference}`,
  emailConfirmedIntro: 'Votre rendez-vous au point d’accueil est confirmé. Voici les détails.',
  emailMovedSubject: (reference) => `Votre rendez-vous ${reference} a été déplacé`,
  emailMovedIntro: 'Votre rendez-vous a été déplacé à une autre heure. Voici la nouvelle heure.',
  emailCancelledSubject: (reference) => `Votre rendez-vous ${reference} a été annulé`,
  emailCancelledByClient:
    'Vous avez annulé ce rendez-vous. Votre place est maintenant libre pour quelqu’un d’autre.',
  emailCancelledByStaff:
    'Le point d’accueil a annulé ce rendez-vous. Nous en sommes désolés. Vous pouvez prendre un nouveau rendez-vous ou venir sans rendez-vous pendant la permanence.',
  emailCancelReason: 'Raison',
  emailCancelNote: 'Précision',
  reasonScheduleChanged:
    'Les heures de permanence ont changé et votre rendez-vous ne peut malheureusement pas avoir lieu. Vous pouvez prendre un nouveau rendez-vous.',
  reasonPointClosing:
    'Ce point d’accueil ferme et votre rendez-vous ne peut malheureusement pas avoir lieu. Consultez le site pour trouver un autre point d’accueil près de chez vous.',
  cancelReasons: {
    counselorUnavailable: 'Le conseiller n’est pas disponible à ce moment-là, de façon imprévue.',
    pointClosed: 'Le point d’accueil est fermé ce jour-là, de façon imprévue.',
    noInterpreter: 'Il n’y a pas d’interprète pour votre langue à ce moment-là.',
    clientAsked: 'Vous nous avez demandé d’annuler le rendez-vous.',
    bookedTwice: 'Vous aviez pris deux rendez-vous. Celui-ci est annulé, l’autre est maintenu.',
  },
  emailReminderSubject: (reference) => `Rappel : votre rendez-vous ${reference}`,
  emailReminderIntro: 'Ceci est un rappel de votre rendez-vous.',
  emailManage: 'Voir, déplacer ou annuler :',
  emailAutomatic: 'Ce message est envoyé automatiquement. Vous n’avez pas besoin de répondre.',

  // Emails to counselors
  staffNewSubject: (reference, when, place) => `Rendez-vous ${reference} : ${when}, ${place}`,
  staffMovedSubject: (reference, when, place) =>
    `Déplacé : rendez-vous ${reference} : ${when}, ${place}`,
  staffCancelledSubject: (reference, when, place) =>
    `Annulé : rendez-vous ${reference} : ${when}, ${place}`,
  staffNewIntro: 'Un rendez-vous a été pris dans votre point d’accueil.',
  staffMovedIntro:
    'Un rendez-vous dans votre point d’accueil a été déplacé. L’invitation dans votre agenda a été mise à jour.',
  staffCancelledIntro: (by) =>
    by === 'client'
      ? 'La personne a annulé ce rendez-vous. Le rendez-vous a été retiré de votre agenda.'
      : 'Le point d’accueil a annulé ce rendez-vous. Le rendez-vous a été retiré de votre agenda.',
  /** The code as staff read it (the client's own word is referenceLabel, 'Uw code'). */
  staffReferenceLabel: 'Code du rendez-vous',
  staffLanguage: 'Langue',
  staffInterpreter: 'Interprète nécessaire',
  staffAgendaLink: 'Voir le rendez-vous dans l’agenda (après connexion) :',
  staffPrivacy:
    'Pour protéger la personne, son nom et ses coordonnées ne figurent ni dans l’e-mail ni dans l’agenda.',
  calendarSummary: (reference, language, interpreter) =>
    `Permanence ${reference} (${language}${interpreter ? ', interprète' : ''})`,

  // Development only
  devMailTitle: 'E-mails envoyés (développement)',
  devMailIntro:
    'Aucune SMTP_URL n’est configurée. Voici ce que Spreekuur aurait envoyé, du plus récent au plus ancien.',
  devMailEmpty: 'Rien n’a encore été envoyé.',
  devMailTo: 'À',
  devMailSubject: 'Objet',
  devMailSentAt: 'Heure',

  // Privacy
  privacyLink: 'Vie privée : ce que nous gardons',
  privacyPageTitle: 'Ce que nous gardons et pourquoi',
  privacyIntro:
    'Vous pouvez prendre rendez-vous sans dire qui vous êtes. Un surnom ou vos initiales suffisent.',
  privacyWhatTitle: 'Ce que nous gardons',
  privacyWhat:
    'Votre nom ou surnom, la langue que vous parlez, si vous voulez un interprète, le sujet dont vous voulez parler et, si vous les donnez : votre e-mail, votre numéro de téléphone et un court message. Nous ne demandons jamais votre statut de séjour, votre numéro d’immigration (V-nummer), votre date de naissance ou votre nationalité.',
  privacyWhyTitle: 'Pourquoi',
  privacyWhy:
    'Pour que le conseiller sache que vous venez, dans quelle langue, et si un interprète est nécessaire. Nous utilisons votre e-mail seulement pour la confirmation, un rappel et les changements de votre rendez-vous.',
  privacyWhoTitle: 'Qui le voit',
  privacyWho:
    'Seules les personnes qui travaillent dans le point d’accueil où vous avez rendez-vous. Dans les agendas et les e-mails du personnel, il y a seulement votre code, pas votre nom. Nous ne donnons rien aux autorités ni à personne d’autre.',
  privacyWhenTitle: 'Quand nous l’effaçons',
  privacyWhen: (days) =>
    `${days} ${days < 2 ? 'jour' : 'jours'} après le rendez-vous, nous effaçons votre nom, votre e-mail, votre téléphone et votre message. Si vous annulez le rendez-vous, nous les effaçons après un jour. Il reste seulement des chiffres sans noms : combien de rendez-vous il y a eu, quel jour et dans quelle langue.`,
  privacyNowTitle: 'Tout effacer maintenant',
  privacyNow:
    'Ouvrez le lien de votre rendez-vous et choisissez « Effacer mes données maintenant ». Si votre rendez-vous n’a pas encore eu lieu, il est alors aussi annulé.',
  eraseNow: 'Effacer mes données maintenant',
  eraseConfirmTitle: 'Voulez-vous effacer vos données maintenant ?',
  eraseConfirmText:
    'Nous effaçons tout de suite votre nom, votre e-mail, votre téléphone et votre message. Si votre rendez-vous n’a pas encore eu lieu, il est annulé. Ensuite, ce lien ne marche plus.',
  eraseConfirmYes: 'Oui, effacer maintenant',
  erasedTitle: 'Vos données ont été effacées',
  erasedText:
    'Nous avons effacé votre nom, votre e-mail, votre téléphone et votre message. Notre porte vous reste toujours ouverte : venez pendant la permanence ou prenez un nouveau rendez-vous.',

  notFoundTitle: 'Page introuvable',
  notFoundText:
    'Cette page n’existe pas (ou plus). Vérifiez l’adresse ou allez à la page d’accueil.',
  badRequestTitle: 'Nous ne comprenons pas',
  badRequestText:
    'Cette demande n’est pas correcte. Revenez en arrière et essayez encore une fois.',
  serverErrorTitle: 'Un problème est survenu',
  serverErrorText:
    'Nous avons eu un problème. Rien n’a été enregistré. Essayez encore une fois dans quelques minutes.',
  unavailableTitle: 'Momentanément indisponible',
  unavailableText:
    'Le système est injoignable pour un moment. Rien n’a été enregistré. Réessayez dans une minute.',
  openNow: (until) =>
    `Ouvert maintenant, jusqu’à ${until} : entrez sans rendez-vous, ou réservez une heure.`,
  busyness: {
    quiet: 'Calme en ce moment : peu ou pas d’attente.',
    some: 'Quelques personnes attendent.',
    busy: 'Beaucoup de monde en ce moment : prévoyez d’attendre.',
  },
  extraSessionsTitle: 'Permanences supplémentaires',
  findTitle: 'Retrouver mon rendez-vous',
  findIntro:
    'Vous avez perdu le lien vers votre rendez-vous ? Indiquez le code de votre rendez-vous et le numéro de téléphone ou l’adresse e-mail que vous aviez donnés. Nous vous enverrons un nouveau lien ; l’ancien ne fonctionnera plus.',
  findCode: 'Code de votre rendez-vous',
  findCodeHint: 'Par exemple K7QW D3MA. Il figure sur votre carte ou dans votre confirmation.',
  findContact: 'Votre numéro de téléphone ou votre e-mail',
  findButton: 'Envoyez-moi le lien',
  findSent:
    'Si ces informations correspondent à un rendez-vous, nous avons envoyé le lien. Regardez votre téléphone ou vos e-mails. Rien reçu ? Vous pouvez toujours venir pendant la permanence.',
  findLink: 'Lien perdu ? Retrouvez votre rendez-vous',
  findInvalid:
    'Indiquez le code de votre rendez-vous (8 lettres et chiffres) et votre numéro de téléphone ou votre e-mail.',
  cardTitle: 'Carte de votre rendez-vous',
  cardLink: 'Carte à imprimer',
  cardPrint: 'Imprimer cette carte',
  cardQrAlt: 'Code QR de votre lien personnel',
  cardKeep:
    'Apportez cette carte et montrez le code à l’accueil. Le code QR ouvre votre rendez-vous sur votre téléphone.',
  cardKeepNoLink: 'Apportez cette carte et montrez le code à l’accueil.',
  cardPhone: 'Téléphone du point d’accueil',
  tooManyRequestsTitle: 'Merci de patienter',
  tooManyRequestsText: (minutes) =>
    `Il y a eu trop de demandes depuis cette adresse. Essayez encore une fois dans ${minutes} ${minutes < 2 ? 'minute' : 'minutes'}.`,
  goHome: 'Aller à la page d’accueil',
}
