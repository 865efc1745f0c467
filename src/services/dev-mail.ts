import type { Db } from '../db/database.js'
import { devMailRaw, latestDevMail, type DevMailLine } from '../db/dev-mail.js'
import { isUuid } from '../domain/uuid.js'

export type { DevMailLine }

/** How many kept messages /dev/mail lists. */
const LISTED = 200

/** The messages the quick start kept instead of sending, newest first (/dev/mail). */
export function keptMessages(db: Db): Promise<DevMailLine[]> {
  return latestDevMail(db, LISTED)
}

/** One kept message as raw text; undefined for an unknown id or anything that is no uuid. */
export async function keptMessageSource(db: Db, id: string): Promise<string | undefined> {
  return isUuid(id) ? devMailRaw(db, id) : undefined
}
