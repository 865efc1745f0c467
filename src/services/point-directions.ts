import type { Db } from '../db/database.js'
import { setTranslatedDirections } from '../db/locations.js'
import { inTransaction } from '../db/transaction.js'
import type { TranslatedDirections } from '../domain/point-details.js'
import { audit } from './audit.js'

/**
 * Saves the directions a coordinator wrote in other languages than Dutch (issue 17), with
 * the audit row in the same transaction. The public pages read them at once: the schedule
 * version moves with every change to `locations`.
 *
 * @example await saveTranslatedDirections(db, { locationId, directions: { ar: '…' }, staffId, now })
 */
export async function saveTranslatedDirections(
  db: Db,
  request: { locationId: string; directions: TranslatedDirections; staffId: string; now: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await setTranslatedDirections(trx, request.locationId, request.directions)
    const languages = Object.keys(request.directions).sort()
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: 'location.update',
        locationId: request.locationId,
        detail: ['directions', ...languages].join(' '),
      },
      request.now,
    )
  })
}
