import type { Db } from './database.js'

/**
 * What the quick start kept instead of sending (no SMTP server or SMSC configured): the
 * mailer and texter write these rows, /dev/mail reads them.
 */

export interface DevMailLine {
  id: string
  recipient: string
  subject: string
  created_at: Date
}

/**
 * The latest kept messages, newest first, without their bodies.
 *
 * @example const mails = await latestDevMail(db, 200)
 */
export function latestDevMail(db: Db, limit: number): Promise<DevMailLine[]> {
  return db
    .selectFrom('dev_mail')
    .select(['id', 'recipient', 'subject', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}

/**
 * One kept message as it would have gone out (headers and body), or undefined.
 *
 * @example const raw = await devMailRaw(db, id)
 */
export async function devMailRaw(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('dev_mail').select('raw').where('id', '=', id).executeTakeFirst()
  return row?.raw
}
