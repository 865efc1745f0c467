import { direction, type Locale } from './locales.js'

/**
 * The text messages to a client (issue 16), in every language of the interface. Short on
 * purpose: they show on lock screens, so never the client's name or topic; the reference,
 * day and time, the point's name (and phone number) and the manage link. Each fits three
 * parts in its encoding (tests/unit/sms-texts.test.ts). Ti and so want a native reader.
 */
export interface SmsFacts {
  reference: string
  /** Day and time written out, in the client's language: 'di 1 dec 13:00'. */
  when: string
  point: string
  /** The point's phone number, when it has one. */
  phone: string | null
  /** The short manage link; '' where none is sent (a reminder, a move by staff). */
  link: string
  /** Why staff cancelled, in their plain words. */
  reason?: string | null
  /** The reason is as staff typed it (Dutch), not one of the form's texts in the client's language. */
  reasonTyped?: boolean
}

export interface SmsTexts {
  confirmation: (f: SmsFacts) => string
  reminder: (f: SmsFacts) => string
  moved: (f: SmsFacts) => string
  cancelled: (f: SmsFacts) => string
}

type Words = {
  booked: string
  reminder: string
  moved: string
  cancelled: string
  reason: string
  call: string
  manage: string
}

const WORDS: Record<Locale, Words> = {
  nl: {
    booked: 'Afspraak',
    reminder: 'Herinnering: afspraak',
    moved: 'Afspraak verzet',
    cancelled: 'Afspraak afgezegd',
    reason: 'Reden',
    call: 'Bel',
    manage: 'Wijzigen',
  },
  en: {
    booked: 'Appointment',
    reminder: 'Reminder: appointment',
    moved: 'Appointment moved',
    cancelled: 'Appointment cancelled',
    reason: 'Reason',
    call: 'Call',
    manage: 'Change',
  },
  ar: {
    booked: 'موعد',
    reminder: 'تذكير: موعد',
    moved: 'تم تغيير الموعد',
    cancelled: 'تم إلغاء الموعد',
    reason: 'السبب',
    call: 'اتصل',
    manage: 'تعديل',
  },
  fa: {
    booked: 'نوبت',
    reminder: 'یادآوری: نوبت',
    moved: 'نوبت جابه‌جا شد',
    cancelled: 'نوبت لغو شد',
    reason: 'دلیل',
    call: 'تماس',
    manage: 'تغییر',
  },
  ti: {
    booked: 'ቆጸራ',
    reminder: 'ዘኪር: ቆጸራ',
    moved: 'ቆጸራ ተቐይሩ',
    cancelled: 'ቆጸራ ተሰሪዙ',
    reason: 'ምኽንያት',
    call: 'ደውሉ',
    manage: 'ቀይሩ',
  },
  fr: {
    booked: 'Rendez-vous',
    reminder: 'Rappel : rendez-vous',
    moved: 'Rendez-vous déplacé',
    cancelled: 'Rendez-vous annulé',
    reason: 'Raison',
    call: 'Appeler',
    manage: 'Modifier',
  },
  so: {
    booked: 'Ballan',
    reminder: 'Xusuusin: ballan',
    moved: 'Ballanta waa la beddelay',
    cancelled: 'Ballanta waa la joojiyay',
    reason: 'Sababta',
    call: 'Wac',
    manage: 'Beddel',
  },
  tr: {
    booked: 'Randevu',
    reminder: 'Hatirlatma: randevu',
    moved: 'Randevu degisti',
    cancelled: 'Randevu iptal edildi',
    reason: 'Neden',
    call: 'Arayin',
    manage: 'Degistir',
  },
  ru: {
    booked: 'Запись',
    reminder: 'Напоминание: запись',
    moved: 'Запись перенесена',
    cancelled: 'Запись отменена',
    reason: 'Причина',
    call: 'Тел.',
    manage: 'Изменить',
  },
}

/** The longest a staff reason and a point's name may be in a text; the rest is on the page. */
export const SMS_REASON_LIMIT = 40
export const SMS_POINT_LIMIT = 32

/**
 * One line, at most `limit` characters, with the typographic dashes and quotes GSM-7
 * lacks written plainly, so a Dutch text is not sent as UCS-2 for one '–'.
 */
function plain(text: string, limit: number): string {
  const line = text
    .replace(/\s+/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim()
  return line.length > limit ? `${line.slice(0, limit - 1).trimEnd()}.` : line
}

/**
 * In Arabic and Farsi a Dutch reason after 'السبب:' and a phone number after the words to
 * call are isolated, or the reason's full stop and the number's groups change places; the
 * other languages read left to right already and stay in GSM-7.
 */
function compose(w: Words, rtl: boolean, head: string, f: SmsFacts, withLink: boolean): string {
  const lines = [`${head} ${f.reference}`, plain(f.when, 40), plain(f.point, SMS_POINT_LIMIT)]
  // Only a cancellation says why: the other texts carry the link, and the page says more.
  if (f.reason && !withLink) {
    const reason = plain(f.reason, SMS_REASON_LIMIT)
    lines.push(`${w.reason}: ${rtl && f.reasonTyped ? `\u2068${reason}\u2069` : reason}`)
  }
  if (f.phone) lines.push(`${w.call} ${rtl ? `\u2066${f.phone}\u2069` : f.phone}`)
  if (withLink && f.link) lines.push(`${w.manage}: ${f.link}`)
  return lines.join('\n')
}

export function smsTexts(locale: Locale): SmsTexts {
  const w = WORDS[locale]
  const rtl = direction(locale) === 'rtl'
  return {
    confirmation: (f) => compose(w, rtl, w.booked, f, true),
    reminder: (f) => compose(w, rtl, w.reminder, f, true),
    moved: (f) => compose(w, rtl, w.moved, f, true),
    // A cancelled booking has nothing left to manage: the link would only confuse.
    cancelled: (f) => compose(w, rtl, w.cancelled, f, false),
  }
}
