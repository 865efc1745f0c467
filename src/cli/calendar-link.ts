import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { issueCalendarToken } from '../services/calendar-feed.js'

/**
 * `npm run calendar:link -- --email x@example.org`: (re)issues a staff member's private
 * calendar subscription link and prints it. The previous link stops working.
 * Until staff accounts have their own page, this is how a coordinator hands one out.
 */
const { values } = parseArgs({ options: { email: { type: 'string' } } })
if (!values.email) {
  console.error('Usage: npm run calendar:link -- --email someone@example.org')
  process.exit(2)
}
const config = loadConfig(process.env)
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir })
try {
  await migrateToLatest(db)
  const staff = await db
    .selectFrom('staff')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', values.email!.toLowerCase()))
    .executeTakeFirst()
  if (!staff) {
    console.error(`No staff member with email ${values.email}.`)
    process.exitCode = 1
  } else {
    const token = await issueCalendarToken(db, staff.id)
    console.log(`${config.baseUrl}/agenda/${token}.ics`)
  }
} finally {
  await db.destroy()
}
