import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ConfigError, loadConfig } from '../../src/config.js'
import type { Db } from '../../src/db/database.js'
import { openSecret, sealSecret } from '../../src/services/secret-box.js'
import { testApp, TEST_SECRETS_KEY } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, sessionCookie, TEST_PASSWORD } from '../support/staff.js'

// The TOTP secret is encrypted in the database (issue 18; docs/decisions/
// 0036-totp-secrets-encrypted.md): whoever reads a dump or a backup cannot make codes.

const NOW = new Date('2026-11-30T08:00:00Z')
const KEY = Buffer.from(TEST_SECRETS_KEY, 'hex')

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })
}

async function stored(staffId: string) {
  return db
    .selectFrom('staff')
    .select(['totp_secret', 'totp_pending_secret'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow()
}

describe('TOTP secrets at rest', () => {
  test('the pending and the set-up secret are stored encrypted, never as shown', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const app = testApp(db, { now: NOW })
    const cookie = sessionCookie(
      await app.post('/login', { email: counselor.email, password: TEST_PASSWORD }),
    )
    const page = await (await app.get('/staff/tweestaps', { Cookie: cookie })).text()
    const secret = (/data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page)?.[1] ?? '').replace(
      /\s/g,
      '',
    )
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const pending = (await stored(counselor.id)).totp_pending_secret!
    expect(pending).toMatch(/^v1:[\w-]+$/)
    expect(pending).not.toContain(secret)
    expect(openSecret(KEY, counselor.id, pending)).toBe(secret)

    const done = await app.post(
      '/staff/tweestaps',
      { code: codeAt(secret, NOW) },
      { Cookie: cookie },
    )
    expect(done.status).toBe(200)
    const row = await stored(counselor.id)
    expect(row.totp_pending_secret).toBeNull()
    expect(row.totp_secret).toMatch(/^v1:[\w-]+$/)
    expect(row.totp_secret).not.toContain(secret)
    // A fresh nonce each time: the same secret never looks the same twice.
    expect(row.totp_secret).not.toBe(pending)
  })

  test('a secret stored in plain text before still works, and is encrypted at its first use', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const secret = new Secret({ size: 20 }).base32
    await db
      .updateTable('staff')
      .set({ totp_secret: secret })
      .where('id', '=', counselor.id)
      .execute()
    const app = testApp(db, { now: NOW })
    const password = await app.post('/login', { email: counselor.email, password: TEST_PASSWORD })
    const challenge = /name="challenge" value="([^"]+)"/.exec(await password.text())?.[1] ?? ''
    const res = await app.post('/login/code', { challenge, code: codeAt(secret, NOW) })
    expect(res.status).toBe(303)
    expect(sessionCookie(res)).not.toBe('')
    const now = (await stored(counselor.id)).totp_secret!
    expect(now).toMatch(/^v1:/)
    expect(openSecret(KEY, counselor.id, now)).toBe(secret)
  })

  test('another key, or another account, does not open a sealed secret', () => {
    const sealed = sealSecret(KEY, 'staff-a', 'JBSWY3DPEHPK3PXP')
    expect(openSecret(KEY, 'staff-a', sealed)).toBe('JBSWY3DPEHPK3PXP')
    expect(() => openSecret(Buffer.alloc(32, 1), 'staff-a', sealed)).toThrow(/SECRETS_KEY/)
    expect(() => openSecret(KEY, 'staff-b', sealed)).toThrow(/SECRETS_KEY/)
  })
})

describe('SECRETS_KEY', () => {
  const production = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.test:25' }

  test('production refuses to start without it, or with a malformed one, naming it', () => {
    expect(() => loadConfig(production)).toThrow(ConfigError)
    expect(() => loadConfig(production)).toThrow(/^SECRETS_KEY must be set/)
    expect(() => loadConfig({ ...production, SECRETS_KEY: 'short' })).toThrow(
      /^SECRETS_KEY must be 64 hex digits/,
    )
    expect(() => loadConfig({ ...production, SECRETS_KEY: 'short' })).not.toThrow(/short/)
    expect(loadConfig({ ...production, SECRETS_KEY: 'ab'.repeat(32) }).secretsKey).toEqual(
      Buffer.alloc(32, 0xab),
    )
  })

  test('development has a fixed key of its own, so the quick start needs none', () => {
    const dev = loadConfig({}).secretsKey
    expect(dev).toHaveLength(32)
    expect(loadConfig({}).secretsKey).toEqual(dev)
  })
})
