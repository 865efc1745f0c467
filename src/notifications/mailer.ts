import nodemailer from 'nodemailer'
import type { Db } from '../db/database.js'
import type { OutboxMessage } from '../db/schema.js'
import { buildMime } from './mime.js'

export interface Mailer {
  /** Sends one message; throws when the server refuses it, so the worker retries. */
  send(message: OutboxMessage, messageId: string): Promise<void>
  close(): void
}

/** What nodemailer's composer is given for a message (also the reference ADR 52's test reads). */
export function mailOptions(message: OutboxMessage, messageId: string, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    messageId,
    headers: { 'Auto-Submitted': 'auto-generated', ...message.headers },
    // A counselor invitation is the calendar part alone (text/calendar; method=…), so
    // Outlook, Google and Apple show it as an invitation they can accept.
    ...(message.icalEvent
      ? { icalEvent: { method: message.icalEvent.method, content: message.icalEvent.content } }
      : {}),
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
    })),
  }
}

/**
 * The one way mail leaves Spreekuur. With SMTP_URL it goes through nodemailer's SMTP
 * transport (STARTTLS where the server offers it). Without, the composed message is kept
 * in `dev_mail` and shown at /dev/mail, so the quick start shows everything it would send.
 *
 * @example const mailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, db })
 */
export function createMailer(options: {
  smtpUrl: string | undefined
  mailFrom: string
  db: Db
  /** The worker's lease: every SMTP wait is at most a quarter of it, so a send ends first. */
  leaseMs?: number
}): Mailer {
  if (options.smtpUrl) {
    const quarter = (options.leaseMs ?? Infinity) / 4
    const transport = nodemailer.createTransport({
      url: options.smtpUrl,
      // One connection kept open and reused: a message then costs MAIL, RCPT and DATA
      // instead of a new TCP connection, greeting, EHLO and QUIT each (ADR 25). The worker
      // sends one message at a time, so one connection is all it uses.
      pool: true,
      maxConnections: 1,
      // A hung server must not hold the worker: fail, and let the backoff retry.
      connectionTimeout: Math.min(10_000, quarter),
      greetingTimeout: Math.min(10_000, quarter),
      socketTimeout: Math.min(20_000, quarter),
    })
    // The message is built in memory first and handed over whole: built as it is sent,
    // nodemailer writes every header line and encoded slice to the socket on its own, a
    // system call each (ADR 44). The bytes are the same; only how many writes carry them.
    const builder = nodemailer.createTransport({ streamTransport: true, buffer: true })
    return {
      async send(message, messageId) {
        // Our fixed shape is built as one string; anything else by nodemailer's composer (ADR 52).
        const ours = buildMime(message, messageId, options.mailFrom)
        if (ours) {
          await transport.sendMail({
            envelope: ours.envelope,
            raw: Buffer.from(ours.raw, 'latin1'),
          })
          return
        }
        const built = await builder.sendMail(mailOptions(message, messageId, options.mailFrom))
        await transport.sendMail({ envelope: built.envelope, raw: built.message as Buffer })
      },
      close: () => {
        transport.close()
        builder.close()
      },
    }
  }
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  })
  return {
    async send(message, messageId) {
      const info = await composer.sendMail(mailOptions(message, messageId, options.mailFrom))
      await options.db
        .insertInto('dev_mail')
        .values({
          message_id: messageId,
          recipient: message.to,
          subject: message.subject,
          raw: (info.message as Buffer).toString('utf8'),
        })
        .execute()
    },
    close: () => composer.close(),
  }
}
