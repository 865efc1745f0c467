import { randomBytes } from 'node:crypto'
import { encode as base64, wrap as wrapBase64 } from 'nodemailer/lib/base64'
import {
  encodeWord,
  encodeWords,
  hasLongerLines,
  isPlainText,
  quoteString,
} from 'nodemailer/lib/mime-funcs'
import { encode as quotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp'
import type { OutboxMessage } from '../db/schema.js'
import { mailFromParts } from './message-parts.js'

/**
 * Our messages as MIME, built as one string (ADR 52): the tree nodemailer's composer makes
 * for them (text and HTML as alternatives, a counselor's calendar as a third alternative and
 * as `invite.ics`, the client's `.ics` attached), with nodemailer's own encoders for every
 * header word, quoted-printable and base64 body. nodemailer's composer streams each part
 * through transforms of its own, which cost more than the rest of a delivery together.
 *
 * Returns null for a message outside that fixed shape (an address, header or file name that
 * is not plain ASCII): the caller gives that one to nodemailer's composer.
 *
 * @example const built = buildMime(message, '<id@host>', 'Spreekuur <no-reply@host>')
 */
export function buildMime(
  message: OutboxMessage,
  messageId: string,
  mailFrom: string,
  date: Date = new Date(),
): { envelope: { from: string; to: string[] }; raw: string } | null {
  const from = sender(mailFrom)
  if (!from || !PLAIN_ADDRESS.test(message.to) || !PLAIN_MESSAGE_ID.test(messageId)) return null
  const custom = Object.entries({ 'Auto-Submitted': 'auto-generated', ...message.headers })
  if (
    !custom.every(
      ([key, value]) => HEADER_NAME.test(key) && !OURS.test(key) && PLAIN_HEADER_VALUE.test(value),
    ) ||
    new Set(custom.map(([key]) => key.toLowerCase())).size !== custom.length
  )
    return null
  if (
    !message.attachments.every(
      (a) => PLAIN_FILENAME.test(a.filename) && PLAIN_TYPE.test(a.contentType),
    )
  )
    return null
  if (message.icalEvent && !/^[A-Z]+$/.test(message.icalEvent.method)) return null
  // No message of ours has both; nodemailer would order them otherwise, so it builds that one.
  if (message.icalEvent && message.attachments.length > 0) return null

  const boundary = `--_Spk-${randomBytes(8).toString('hex')}-Part_`
  const alternatives = [textPart('text/plain; charset=utf-8', message.text)]
  if (message.html) alternatives.push(textPart('text/html; charset=utf-8', message.html))
  const files: string[] = []
  if (message.icalEvent) {
    const { method, content } = message.icalEvent
    alternatives.push(textPart(`text/calendar; charset=utf-8; method=${method}`, content))
    files.push(filePart('application/ics; name=invite.ics', 'invite.ics', content))
  }
  for (const a of message.attachments)
    files.push(filePart(`${a.contentType}; name=${a.filename}`, a.filename, a.content))

  let parts = 0
  const multipart = (type: string, children: string[]) => {
    const b = `${boundary}${++parts}`
    return `${header('Content-Type', `${type}; boundary="${b}"`)}\r\n\r\n${children.map((c) => `--${b}\r\n${c}\r\n`).join('')}--${b}--\r\n`
  }
  // Numbered from the outside in, as nodemailer numbers them.
  const body =
    files.length > 0
      ? (() => {
          const outer = `${boundary}${++parts}`
          const first =
            alternatives.length > 1
              ? multipart('multipart/alternative', alternatives)
              : alternatives[0]!
          return `${header('Content-Type', `multipart/mixed; boundary="${outer}"`)}\r\n\r\n${[first, ...files].map((c) => `--${outer}\r\n${c}\r\n`).join('')}--${outer}--\r\n`
        })()
      : alternatives.length > 1
        ? multipart('multipart/alternative', alternatives)
        : alternatives[0]!

  const head = [
    ...custom.map(([key, value]) => `${key}: ${value}`),
    header('From', from.header),
    `To: ${message.to}`,
    header('Subject', headerText(message.subject)),
    `Message-ID: ${messageId}`,
    `Date: ${date.toUTCString().replace(/GMT/, '+0000')}`,
    'MIME-Version: 1.0',
  ]
  return {
    envelope: { from: from.address, to: [message.to] },
    raw: `${head.join('\r\n')}\r\n${body}`,
  }
}

/** An address the headers and the envelope can carry as it is (no IDN, no quoting). */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/
const PLAIN_MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+>$/
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]*$/
/** Headers this file writes itself: a custom one of these names would stand twice. */
const OURS =
  /^(from|to|cc|bcc|subject|date|message-id|mime-version|sender|reply-to|content-[a-z-]+)$/i
const PLAIN_HEADER_VALUE = /^[\x20-\x7e]{0,900}$/
const PLAIN_FILENAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/
const PLAIN_TYPE = /^[a-z]+\/[a-z0-9.+-]+(?:; ?[a-z-]+=[A-Za-z0-9.+-]+)*$/

/** MAIL_FROM as a From header and an envelope address, or null when it is not plain. */
function sender(mailFrom: string): { header: string; address: string } | null {
  const { name, address } = mailFromParts(mailFrom)
  if (!PLAIN_ADDRESS.test(address) || /[\x00-\x1f\x7f]/.test(name)) return null
  if (!name) return { header: address, address }
  // As nodemailer writes an address's name: a word as it is, ASCII quoted, else encoded.
  const shown = /^[\w ]*$/.test(name)
    ? name
    : /^[\x20-\x7e]*$/.test(name)
      ? quoteString(name)
      : encodeWord(name, wordEncoding(name), 52)
  return { header: `${shown} <${address}>`, address }
}

/** An unstructured header's value (the subject), encoded where it is not ASCII. */
function headerText(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ')
  return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(clean)
    ? encodeWord(clean, wordEncoding(clean), 52)
    : encodeWords(clean, wordEncoding(clean), 52, true)
}

/** A header folded at 76 characters where it has spaces, as nodemailer folds its own. */
function header(key: string, value: string): string {
  const words = `${key}: ${value}`.split(' ')
  const lines: string[] = []
  let line = words.shift()!
  for (const word of words) {
    // An empty word (a space at a fold) stays on its line: no line of only whitespace.
    if (word && line.length + 1 + word.length > 76) {
      lines.push(line)
      line = word
    } else line += ` ${word}`
  }
  lines.push(line)
  return lines.join('\r\n ')
}

/**
 * nodemailer's choice for text: quoted-printable where more letters are Latin than not,
 * else base64 (Arabic, Farsi, Tigrinya, Russian bodies).
 */
function wordEncoding(value: string): 'Q' | 'B' {
  let other = 0
  let latin = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (
      code <= 0x08 ||
      code === 0x0b ||
      code === 0x0c ||
      (code >= 0x0e && code <= 0x1f) ||
      code >= 0x80
    )
      other += 1
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1
  }
  return other < latin ? 'Q' : 'B'
}

function textPart(contentType: string, text: string): string {
  const content = text.replace(/\r\n|\r|\n/g, '\r\n')
  if (isPlainText(content) && !hasLongerLines(content, 76))
    return `${header('Content-Type', contentType)}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${content}`
  return wordEncoding(content) === 'Q'
    ? `${header('Content-Type', contentType)}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${wrapQuotedPrintable(quotedPrintable(content), 76)}`
    : `${header('Content-Type', contentType)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrapBase64(base64(content), 76)}`
}

function filePart(contentType: string, filename: string, content: string): string {
  return `${header('Content-Type', contentType)}\r\nContent-Transfer-Encoding: base64\r\n${header('Content-Disposition', `attachment; filename=${filename}`)}\r\n\r\n${wrapBase64(base64(content), 76)}`
}
