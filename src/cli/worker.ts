import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { createMailer } from '../notifications/mailer.js'
import { createTexter } from '../notifications/texter.js'
import { startWorker } from '../notifications/worker.js'
import { retentionJob } from '../services/retention.js'

/**
 * `npm run worker`: delivers the outbox without serving HTTP, for deployments that
 * run workers apart from web servers. Any number may run against one database.
 */
const config = loadConfig(process.env)
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir })
await migrateToLatest(db)
const log = (entry: Record<string, unknown>) =>
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n')
const mailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, db })
const texter = createTexter({ smsUrl: config.smsUrl, smsFrom: config.smsFrom, db, log })
const worker = startWorker({
  db,
  mailer,
  texter,
  clock: () => new Date(),
  log,
  housekeeping: retentionJob(db, () => new Date(), config.retentionDays),
})
log({ level: 'info', msg: 'worker started', smtp: config.smtpUrl ? 'configured' : 'dev_mail' })

const stop = async () => {
  await worker.stop()
  mailer.close()
  await texter.close()
  await db.destroy()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
