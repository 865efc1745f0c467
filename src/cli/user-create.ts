import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import type { Role } from '../db/schema.js'
import { issueStaffToken } from '../services/auth.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../services/passwords.js'

/**
 * `npm run user:create -- --email a@example.org --role admin [--name "…"] [--password …]`
 * Creates the first accounts of a new installation. Without --password it prints a
 * single-use link (seven days) to choose one.
 */
const ROLES: Role[] = ['admin', 'coordinator', 'counselor', 'volunteer']
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
})
const role = values.role as Role | undefined
if (!values.email || !role || !ROLES.includes(role)) {
  console.error(
    `Usage: npm run user:create -- --email someone@example.org --role ${ROLES.join('|')} [--name "Name"] [--password …]`,
  )
  process.exit(2)
}
if (values.password !== undefined && values.password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`)
  process.exit(2)
}
const config = loadConfig(process.env)
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir })
try {
  await migrateToLatest(db)
  const existing = await db
    .selectFrom('staff')
    .select('id')
    .where(sql<string>`lower(email)`, '=', values.email.toLowerCase())
    .executeTakeFirst()
  if (existing) {
    console.error(`An account for ${values.email} exists already.`)
    process.exitCode = 1
  } else {
    const staff = await db
      .insertInto('staff')
      .values({
        name: values.name ?? values.email.split('@')[0]!,
        email: values.email,
        phone: null,
        role,
        password_hash: values.password ? await hashPassword(values.password) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (values.password) {
      console.log(`Created ${role} ${values.email}. Sign in at ${config.baseUrl}/login`)
    } else {
      const token = await issueStaffToken(db, staff.id, 'invite', new Date())
      console.log(`Created ${role} ${values.email}. Choose a password here (valid 7 days, once):`)
      console.log(`${config.baseUrl}/wachtwoord/${token}`)
    }
  }
} finally {
  await db.destroy()
}
