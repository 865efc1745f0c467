import { seedDemo } from '../../seeds/demo.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { localToday } from '../services/directory.js'

/** `npm run seed`: load the demo data (idempotent: a second run changes nothing). */
const config = loadConfig(process.env)
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir })
try {
  await migrateToLatest(db)
  const counts = await seedDemo(db, { today: localToday(new Date()) })
  console.log(`Demo data present: ${counts.regions} regions, ${counts.locations} support points.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await db.destroy()
}
