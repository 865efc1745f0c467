import type { Migration } from 'kysely'
import * as initialSchema from './2026-11-29-initial-schema.js'
import * as locationClosedPeriods from './2026-11-29T0900-location-closed-periods.js'
import * as outbox from './2026-11-29-outbox.js'
import * as passkeys from './2026-12-07T1000-passkeys.js'
import * as scheduleVersion from './2026-11-29T0500-schedule-version.js'
import * as staffAccounts from './2026-11-29-staff-accounts.js'
import * as twoFactor from './2026-12-06-two-factor.js'
import * as textMessages from './2026-12-06T2000-text-messages.js'
import * as textReceipts from './2026-12-07T0300-text-receipts.js'
import * as closureReasonCodes from './2026-12-07T0600-closure-reason-codes.js'
import * as counselorInvitations from './2026-12-07T1000-counselor-invitations.js'
import * as walkInDesk from './2026-12-06T1900-walk-in-desk.js'
import * as cancelReasonCodes from './2026-12-07T0900-cancel-reason-codes.js'
import * as translatedDirections from './2026-12-07T0930-translated-directions.js'

/**
 * Every migration, by name. A static index instead of Kysely's
 * FileMigrationProvider: it works the same under tsx, vitest and a bundler.
 * Names sort in the order they must run (Kysely runs them sorted by name); a second
 * migration on the same day carries the time, `YYYY-MM-DDTHHMM-name`, so it sorts last.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29-initial-schema': initialSchema,
  '2026-11-29-outbox': outbox,
  '2026-11-29-staff-accounts': staffAccounts,
  '2026-11-29T0500-schedule-version': scheduleVersion,
  '2026-11-29T0900-location-closed-periods': locationClosedPeriods,
  '2026-12-06-two-factor': twoFactor,
  '2026-12-06T1900-walk-in-desk': walkInDesk,
  '2026-12-06T2000-text-messages': textMessages,
  '2026-12-07T0300-text-receipts': textReceipts,
  '2026-12-07T0600-closure-reason-codes': closureReasonCodes,
  '2026-12-07T0900-cancel-reason-codes': cancelReasonCodes,
  '2026-12-07T0930-translated-directions': translatedDirections,
  '2026-12-07T1000-counselor-invitations': counselorInvitations,
  '2026-12-07T1000-passkeys': passkeys,
}
