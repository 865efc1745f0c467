/**
 * How a text message is carried (issue 16): GSM-7 when every character is in the GSM 03.38
 * alphabet (160 characters in one message, 153 per part of a concatenated one; characters
 * of the extension table count twice), UCS-2 otherwise (70, or 67 per part). A text is
 * allowed at most three parts: our texts are short on purpose.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '^{}\\[~]|€\f'

const BASIC = new Set([...GSM_BASIC].filter((ch) => ch !== '\u001b'))
const EXTENSION = new Set([...GSM_EXTENSION])

export const MAX_PARTS = 3

export type SmsEncoding = 'gsm7' | 'ucs2'

export interface SmsLayout {
  encoding: SmsEncoding
  /** SMPP data_coding: 0 (SMSC default alphabet, GSM-7) or 8 (UCS-2). */
  dataCoding: 0 | 8
  /** The text cut into the parts it travels in, each whole characters only. */
  parts: string[]
}

/** GSM-7 when every character is in the basic or extension table. */
export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return 'ucs2'
  return 'gsm7'
}

/** Units a character takes: septets in GSM-7, UTF-16 code units in UCS-2. */
function unitsOf(ch: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return ch.length
  return EXTENSION.has(ch) ? 2 : 1
}

/**
 * The text's encoding and parts. A character (an escape pair, a surrogate pair) is never
 * split over two parts.
 *
 * @example smsLayout('Afspraak ABCD EFGH').parts.length // 1
 */
export function smsLayout(text: string): SmsLayout {
  const encoding = smsEncoding(text)
  const single = encoding === 'gsm7' ? 160 : 70
  const perPart = encoding === 'gsm7' ? 153 : 67
  const chars = [...text]
  const total = chars.reduce((sum, ch) => sum + unitsOf(ch, encoding), 0)
  const dataCoding = encoding === 'gsm7' ? 0 : 8
  if (total <= single) return { encoding, dataCoding, parts: [text] }
  const parts: string[] = []
  let current = ''
  let used = 0
  for (const ch of chars) {
    const units = unitsOf(ch, encoding)
    if (used + units > perPart) {
      parts.push(current)
      current = ''
      used = 0
    }
    current += ch
    used += units
  }
  if (current) parts.push(current)
  return { encoding, dataCoding, parts }
}

/** True when the text fits in at most three parts. */
export function fitsInParts(text: string, max = MAX_PARTS): boolean {
  return smsLayout(text).parts.length <= max
}
