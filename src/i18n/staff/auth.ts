import type { Widen } from '../widen.js'

/**
 * Staff pages speak Dutch or English (a staff member's choice); clients' pages speak
 * nine languages. Each staff area has its own small catalog like this one, typed
 * against its Dutch half. See docs/decisions/0007-staff-accounts.md.
 */
export const authNl = {
  loginTitle: 'Inloggen voor medewerkers',
  loginIntro: 'Voor counselors, coördinatoren en vrijwilligers van de steunpunten.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  loginButton: 'Inloggen',
  loginFailed: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.',
  loginLocked: (minutes: number) =>
    `Te veel pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  forgotLink: 'Wachtwoord vergeten?',
  forgotTitle: 'Wachtwoord vergeten',
  forgotIntro:
    'Vul uw e-mailadres in. Als er een account bij hoort, sturen we een link om een nieuw wachtwoord te kiezen.',
  forgotButton: 'Stuur de link',
  forgotSent:
    'Als dit adres bij een account hoort, is er nu een e-mail onderweg. De link werkt zeven dagen en één keer.',
  setPasswordTitle: 'Kies een wachtwoord',
  setPasswordIntro: (name: string) =>
    `Welkom, ${name}. Kies een wachtwoord van minstens 12 tekens.`,
  newPassword: 'Nieuw wachtwoord',
  repeatPassword: 'Herhaal het wachtwoord',
  setPasswordButton: 'Wachtwoord opslaan',
  passwordTooShort: 'Gebruik minstens 12 tekens.',
  passwordTooLong: 'Gebruik hooguit 200 tekens.',
  passwordsDiffer: 'De twee wachtwoorden zijn niet gelijk.',
  linkInvalid: 'Deze link werkt niet (meer). Vraag een nieuwe aan.',
  passwordSet: 'Uw wachtwoord is opgeslagen. U kunt nu inloggen.',
  logout: 'Uitloggen',
  logoutEverywhere: 'Overal uitloggen',
  loggedOut: 'U bent uitgelogd.',
  signedInAs: (name: string) => `Ingelogd als ${name}`,
  staffHome: 'Medewerkers',
  resetSubject: 'Nieuw wachtwoord voor Spreekuur',
  resetText: (link: string) =>
    `Iemand (hopelijk u) vroeg een nieuw wachtwoord aan voor Spreekuur.\n\nKies een nieuw wachtwoord met deze link (zeven dagen geldig, één keer te gebruiken):\n${link}\n\nHeeft u dit niet gevraagd? Dan kunt u dit bericht negeren.`,
  inviteSubject: 'Uitnodiging voor Spreekuur',
  inviteText: (name: string, link: string) =>
    `Hallo ${name},\n\nU bent uitgenodigd voor Spreekuur, het afsprakensysteem van de steunpunten.\n\nKies uw wachtwoord met deze link (zeven dagen geldig, één keer te gebruiken):\n${link}`,
  codeTitle: 'Code uit uw app',
  codeIntro:
    'Open de authenticator-app op uw telefoon en vul de code van zes cijfers in die bij Spreekuur staat. Geen telefoon bij de hand? Gebruik een van uw herstelcodes.',
  codeLabel: 'Code (of herstelcode)',
  codeButton: 'Verder',
  codeWrong:
    'Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat, en probeer de nieuwste code.',
  codeExpired: 'Het inloggen duurde te lang of de code was te vaak fout. Log opnieuw in.',
  setupTitle: 'Tweestapsverificatie instellen',
  setupIntro:
    'Uw account ziet namen en gegevens van cliënten. Daarom vragen we bij het inloggen, naast uw wachtwoord, een code uit een app op uw telefoon (bijvoorbeeld Aegis, FreeOTP, Google Authenticator of de app van uw wachtwoordmanager).',
  setupStep1: 'Scan deze QR-code met de app. Lukt scannen niet? Typ dan deze sleutel over:',
  setupStep2: 'Vul de code van zes cijfers in die de app nu laat zien.',
  setupButton: 'Instellen',
  setupWrong:
    'Deze code klopt niet. Scan de QR-code opnieuw, of kijk of de tijd op uw telefoon goed staat.',
  setupDoneTitle: 'Tweestapsverificatie staat aan',
  setupDoneIntro:
    'Bewaar deze herstelcodes op papier of in uw wachtwoordmanager. Elke code werkt één keer, als u uw telefoon niet bij de hand hebt. U ziet ze maar één keer. Andere sessies van uw account zijn beëindigd.',
  setupContinue: 'Verder',
  twoFactorOn: (left: number) =>
    `Tweestapsverificatie staat aan. U heeft nog ${left} ${left === 1 ? 'herstelcode' : 'herstelcodes'}.`,
  twoFactorOff:
    'Tweestapsverificatie staat uit. Zet het aan: uw account ziet gegevens van cliënten.',
  twoFactorSetUp: 'Tweestapsverificatie instellen',
  newRecoveryCodes: 'Nieuwe herstelcodes maken',
  newRecoveryCodesTitle: 'Nieuwe herstelcodes',
  newRecoveryCodesIntro:
    'Uw oude herstelcodes werken niet meer. Bewaar deze; u ziet ze maar één keer.',
  twoFactorReset: 'Tweestapsverificatie wissen (telefoon kwijt)',
  passkeysTitle: 'Passkeys',
  passkeysIntro:
    'Een passkey is de makkelijkste tweede stap op een telefoon: u ontgrendelt met uw vingerafdruk, gezicht of pincode. U kunt er meer dan één registreren (telefoon, laptop, beveiligingssleutel).',
  passkeysNoScript:
    'Een passkey registreren of gebruiken kan alleen met JavaScript aan, in een browser die passkeys kent. Zonder JavaScript werkt de code uit een authenticator-app.',
  passkeysNone: 'U heeft nog geen passkey.',
  passkeyName: 'Naam van de nieuwe passkey (bijvoorbeeld “Telefoon”)',
  passkeyAdd: 'Passkey registreren',
  passkeyRetry: 'Opnieuw proberen',
  passkeyAdded: (date: string) => `geregistreerd ${date}`,
  passkeyLastUsed: (date: string) => `laatst gebruikt ${date}`,
  passkeyRemove: (name: string) => `Passkey “${name}” verwijderen`,
  passkeyRemoveButton: 'Verwijderen',
  passkeyFailed:
    'Er is geen passkey gemaakt of gebruikt: geannuleerd, verlopen of niet gelukt. Probeer het opnieuw, of gebruik een code.',
  passkeyDoneTitle: 'Passkey geregistreerd',
  passkeyDone: 'De passkey is geregistreerd. Uw andere sessies zijn beëindigd.',
  passkeyRemoved: 'De passkey is verwijderd. Uw andere sessies zijn beëindigd.',
  passkeyLastFactor:
    'Dit is uw enige tweede stap. Stel eerst de app in of registreer een andere passkey; daarna kunt u deze verwijderen.',
  passkeyExpired: 'Het registreren duurde te lang. Probeer het opnieuw.',
  passkeyRefused: 'Deze passkey konden we niet controleren. Probeer het opnieuw.',
  passkeyTaken: 'Deze passkey is al geregistreerd.',
  passkeyNameWrong: 'Geef de passkey een naam van 1 tot 60 tekens, op één regel.',
  appTitle: 'Authenticator-app',
  appOn: 'De authenticator-app is ingesteld.',
  appOff: 'Er is geen authenticator-app ingesteld. Die werkt ook zonder JavaScript.',
  appSetUp: 'Authenticator-app instellen',
  passkeySignIn: 'Inloggen met passkey',
  passkeyWrong:
    'Met deze passkey lukte het niet: hij hoort niet bij dit account of kon niet worden gecontroleerd. Probeer het opnieuw of gebruik een code.',
  orCode: 'Of met een code',
  recoveryIntro: 'Gebruik uw passkey. Lukt dat niet? Gebruik een van uw herstelcodes.',
  recoveryLabel: 'Herstelcode',
} as const

export type AuthMessages = Widen<typeof authNl>

export const authEn: AuthMessages = {
  loginTitle: 'Staff sign-in',
  loginIntro: 'For counselors, coordinators and volunteers of the support points.',
  email: 'Email address',
  password: 'Password',
  loginButton: 'Sign in',
  loginFailed: 'We do not know this combination of email address and password.',
  loginLocked: (minutes) =>
    `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  forgotLink: 'Forgot your password?',
  forgotTitle: 'Forgot your password',
  forgotIntro:
    'Enter your email address. If it belongs to an account, we send a link to choose a new password.',
  forgotButton: 'Send the link',
  forgotSent:
    'If this address belongs to an account, an email is on its way. The link works for seven days, once.',
  setPasswordTitle: 'Choose a password',
  setPasswordIntro: (name) => `Welcome, ${name}. Choose a password of at least 12 characters.`,
  newPassword: 'New password',
  repeatPassword: 'Repeat the password',
  setPasswordButton: 'Save password',
  passwordTooShort: 'Use at least 12 characters.',
  passwordTooLong: 'Use at most 200 characters.',
  passwordsDiffer: 'The two passwords are not the same.',
  linkInvalid: 'This link does not work (any more). Ask for a new one.',
  passwordSet: 'Your password has been saved. You can sign in now.',
  logout: 'Sign out',
  logoutEverywhere: 'Sign out everywhere',
  loggedOut: 'You have signed out.',
  signedInAs: (name) => `Signed in as ${name}`,
  staffHome: 'Staff',
  resetSubject: 'New password for Spreekuur',
  resetText: (link) =>
    `Someone (hopefully you) asked for a new Spreekuur password.\n\nChoose a new password with this link (valid for seven days, usable once):\n${link}\n\nDid you not ask for this? Then you can ignore this message.`,
  inviteSubject: 'Invitation to Spreekuur',
  inviteText: (name, link) =>
    `Hello ${name},\n\nYou have been invited to Spreekuur, the booking system of the support points.\n\nChoose your password with this link (valid for seven days, usable once):\n${link}`,
  codeTitle: 'Code from your app',
  codeIntro:
    'Open the authenticator app on your phone and enter the six-digit code shown for Spreekuur. No phone at hand? Use one of your recovery codes.',
  codeLabel: 'Code (or recovery code)',
  codeButton: 'Continue',
  codeWrong:
    'This code is not right. Check that your phone shows the right time, and try the newest code.',
  codeExpired: 'Signing in took too long or the code was wrong too often. Please sign in again.',
  setupTitle: 'Set up two-step sign-in',
  setupIntro:
    'Your account sees names and details of clients. So at sign-in we ask, besides your password, for a code from an app on your phone (for example Aegis, FreeOTP, Google Authenticator or your password manager).',
  setupStep1: 'Scan this QR code with the app. Cannot scan? Type in this key instead:',
  setupStep2: 'Enter the six-digit code the app shows now.',
  setupButton: 'Set up',
  setupWrong:
    'This code is not right. Scan the QR code again, or check that your phone shows the right time.',
  setupDoneTitle: 'Two-step sign-in is on',
  setupDoneIntro:
    'Keep these recovery codes on paper or in your password manager. Each code works once, when you do not have your phone. You see them only once. Your account’s other sessions have ended.',
  setupContinue: 'Continue',
  twoFactorOn: (left: number) =>
    `Two-step sign-in is on. You have ${left} recovery ${left === 1 ? 'code' : 'codes'} left.`,
  twoFactorOff: 'Two-step sign-in is off. Turn it on: your account sees client details.',
  twoFactorSetUp: 'Set up two-step sign-in',
  newRecoveryCodes: 'Make new recovery codes',
  newRecoveryCodesTitle: 'New recovery codes',
  newRecoveryCodesIntro:
    'Your old recovery codes no longer work. Keep these; you see them only once.',
  twoFactorReset: 'Remove two-step sign-in (phone lost)',
  passkeysTitle: 'Passkeys',
  passkeysIntro:
    'A passkey is the easiest second step on a phone: you unlock with your fingerprint, face or PIN. You can register more than one (phone, laptop, security key).',
  passkeysNoScript:
    'Registering or using a passkey needs JavaScript, in a browser that knows passkeys. Without JavaScript, the code from an authenticator app works.',
  passkeysNone: 'You have no passkey yet.',
  passkeyName: 'Name of the new passkey (for example “Phone”)',
  passkeyAdd: 'Register a passkey',
  passkeyRetry: 'Try again',
  passkeyAdded: (date) => `registered ${date}`,
  passkeyLastUsed: (date) => `last used ${date}`,
  passkeyRemove: (name) => `Remove passkey “${name}”`,
  passkeyRemoveButton: 'Remove',
  passkeyFailed:
    'No passkey was made or used: cancelled, timed out or failed. Please try again, or use a code.',
  passkeyDoneTitle: 'Passkey registered',
  passkeyDone: 'The passkey is registered. Your account’s other sessions have ended.',
  passkeyRemoved: 'The passkey is removed. Your account’s other sessions have ended.',
  passkeyLastFactor:
    'This is your only second step. Set up the app or register another passkey first; then you can remove this one.',
  passkeyExpired: 'Registering took too long. Please try again.',
  passkeyRefused: 'We could not check this passkey. Please try again.',
  passkeyTaken: 'This passkey is already registered.',
  passkeyNameWrong: 'Give the passkey a name of 1 to 60 characters, on one line.',
  appTitle: 'Authenticator app',
  appOn: 'The authenticator app is set up.',
  appOff: 'No authenticator app is set up. It works without JavaScript too.',
  appSetUp: 'Set up an authenticator app',
  passkeySignIn: 'Sign in with a passkey',
  passkeyWrong:
    'That passkey did not work: it does not belong to this account or could not be checked. Please try again or use a code.',
  orCode: 'Or with a code',
  recoveryIntro: 'Use your passkey. Does that not work? Use one of your recovery codes.',
  recoveryLabel: 'Recovery code',
}

export const authMessages = { nl: authNl, en: authEn }
