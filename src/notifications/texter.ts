import type { LogEntry } from '../domain/log-entry.js'
import type { Db } from '../db/database.js'
import { recordReceipt, recordTextParts } from '../db/messages.js'
import type { OutboxMessage } from '../db/schema.js'
import { openSmppSender, type SmsSender } from './sms.js'

/** Sends one text from the outbox; throws when the gateway refuses it, so the worker retries. */
export interface Texter {
  send(message: OutboxMessage, messageId: string, outboxId: string): Promise<void>
  close(): Promise<void>
}

/**
 * The one way texts leave Spreekuur (ADR 19). With SMS_URL, through SMPP: one bound
 * session, opened at the first text and opened again after it broke. Without, the text is
 * kept in `dev_mail` and shown at /dev/mail beside the emails.
 *
 * @example const texter = createTexter({ smsUrl: config.smsUrl, smsFrom: config.smsFrom, db })
 */
export function createTexter(options: {
  smsUrl: string | undefined
  smsFrom: string
  db: Db
  clock?: () => Date
  log?: (entry: LogEntry) => void
}): Texter {
  const { smsUrl, db } = options
  const clock = options.clock ?? (() => new Date())
  const log = options.log ?? (() => {})
  if (!smsUrl) {
    return {
      async send(message, messageId) {
        await db
          .insertInto('dev_mail')
          .values({
            message_id: messageId,
            recipient: message.to,
            subject: `SMS ${message.subject}`,
            raw: `To: ${message.to}\nFrom: ${options.smsFrom}\n\n${message.text}\n`,
          })
          .execute()
      },
      close: async () => {},
    }
  }
  let session: Promise<SmsSender> | null = null
  return {
    async send(message, _messageId, outboxId) {
      session ??= openSmppSender(smsUrl, {
        from: options.smsFrom,
        // Receipts come on the same session, seconds or days later, part by part.
        onReceipt: (receipt) => {
          recordReceipt(db, receipt, clock()).catch((error: unknown) =>
            log({ level: 'warn', msg: 'delivery receipt not recorded', error: String(error) }),
          )
        },
      })
      const current = session
      let smscIds: string[]
      try {
        smscIds = await (await current).send(message.to, message.text)
      } catch (error) {
        // A refused bind or a broken connection: the next text binds afresh.
        if (session === current) session = null
        await current.then((s) => s.close()).catch(() => {})
        throw error
      }
      // The text has left: a failure to note its ids must not make the worker send it again.
      await recordTextParts(db, outboxId, smscIds).catch((error: unknown) =>
        log({ level: 'warn', msg: 'text ids not recorded', error: String(error) }),
      )
    },
    async close() {
      const current = session
      session = null
      if (current) await current.then((s) => s.close()).catch(() => {})
    },
  }
}
