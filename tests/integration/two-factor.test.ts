import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { hashToken } from '../../src/services/tokens.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, sessionCookie, signIn, TEST_PASSWORD } from '../support/staff.js'

// Two-factor sign-in for staff (issue 18; docs/decisions/0022-two-factor-sign-in.md), through
// the forms as a browser uses them: password, then the code from the app.

const NOW = new Date('2026-11-30T08:00:00Z')
const STEP = 30_000

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** The code an authenticator app shows for `secret` at `at`. */
function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')) }).generate({
    timestamp: at.getTime(),
  })
}

function hidden(html: string, name: string): string {
  return new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? ''
}

/** Signs in with the password only, as a coordinator without a factor yet would. */
async function passwordOnly(app: ReturnType<typeof testApp>, email: string) {
  const res = await app.post('/login', { email, password: TEST_PASSWORD })
  expect(res.status).toBe(303)
  return sessionCookie(res)
}

/** Sets up the app for a signed-in person; returns the secret and the recovery codes. */
async function setUp(app: ReturnType<typeof testApp>, cookie: string, at: Date) {
  const page = await (await app.get('/staff/tweestaps', { Cookie: cookie })).text()
  const secret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page)?.[1] ?? ''
  expect(secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/)
  expect(page).toContain('data:image/svg+xml;base64,')
  const done = await app.post('/staff/tweestaps', { code: codeAt(secret, at) }, { Cookie: cookie })
  expect(done.status).toBe(200)
  const codes = [...(await done.text()).matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map(
    (m) => m[1]!,
  )
  expect(codes).toHaveLength(10)
  return { secret, codes }
}

describe('the admin and coordinators set up a second factor first', () => {
  test('until it is set up only the setup page opens; setting it up ends the other sessions', async () => {
    const coordinator = await createStaff(db, { role: 'coordinator' })
    const app = testApp(db, { now: NOW })
    const elsewhere = await passwordOnly(app, coordinator.email)
    const cookie = await passwordOnly(app, coordinator.email)

    const home = await app.get('/staff/steunpunten', { Cookie: cookie })
    expect(home.status).toBe(303)
    expect(home.headers.get('Location')).toBe('/staff/tweestaps?next=%2Fstaff%2Fsteunpunten')
    const write = await app.post('/logout-everywhere', {}, { Cookie: cookie })
    expect(write.status).toBe(303) // signing out is always allowed
    const again = await passwordOnly(app, coordinator.email)
    const blockedPost = await app.post('/staff/agenda-link', {}, { Cookie: again })
    expect(blockedPost.status).toBe(403)

    const other = await passwordOnly(app, coordinator.email)
    await setUp(app, again, NOW)
    expect((await app.get('/staff/steunpunten', { Cookie: again })).status).toBe(200)
    // The session opened with the password alone, before the factor, is gone.
    expect((await app.get('/staff', { Cookie: other })).status).toBe(303)
    expect((await app.get('/staff', { Cookie: elsewhere })).status).toBe(303)
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(audit.map((a) => a.action)).toContain('staff.two-factor-on')
  })

  test('a wrong first code sets nothing up and shows the same key again', async () => {
    const admin = await createStaff(db, { role: 'admin' })
    const app = testApp(db, { now: NOW })
    const cookie = await passwordOnly(app, admin.email)
    const first = await (await app.get('/staff/tweestaps', { Cookie: cookie })).text()
    const wrong = await app.post('/staff/tweestaps', { code: '000000' }, { Cookie: cookie })
    expect(wrong.status).toBe(422)
    const html = await wrong.text()
    const key = (page: string) => /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page)?.[1]
    expect(key(html)).toBe(key(first))
    const row = await db
      .selectFrom('staff')
      .select('totp_secret')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow()
    expect(row.totp_secret).toBeNull()
  })
})

describe('signing in with a second factor', () => {
  test('the password alone opens no session; the code does, once', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const app = testApp(db, { now: NOW })
    const { secret } = await setUp(app, await passwordOnly(app, counselor.email), NOW)

    app.setNow(new Date(+NOW + 5 * STEP))
    const res = await app.post('/login', { email: counselor.email, password: TEST_PASSWORD })
    expect(res.status).toBe(200)
    expect(sessionCookie(res)).toBe('')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const challenge = hidden(await res.text(), 'challenge')
    expect(challenge).not.toBe('')

    const wrong = await app.post('/login/code', { challenge, code: '000000' })
    expect(wrong.status).toBe(401)
    expect(sessionCookie(wrong)).toBe('')
    const code = codeAt(secret, new Date(+NOW + 5 * STEP))
    const right = await app.post('/login/code?next=%2Fstaff%2Fagenda', { challenge, code })
    expect(right.status).toBe(303)
    expect(right.headers.get('Location')).toBe('/staff/agenda')
    const cookie = sessionCookie(right)
    expect((await app.get('/staff', { Cookie: cookie })).status).toBe(200)

    // The challenge is spent, and the same code does not work a second time.
    expect((await app.post('/login/code', { challenge, code })).status).toBe(401)
    const next = await app.post('/login', { email: counselor.email, password: TEST_PASSWORD })
    const again = hidden(await next.text(), 'challenge')
    const replay = await app.post('/login/code', { challenge: again, code })
    expect(replay.status).toBe(401)
    expect(sessionCookie(replay)).toBe('')
  })

  test('no code stands in for the password', async () => {
    const volunteer = await createStaff(db, { role: 'volunteer' })
    const app = testApp(db, { now: NOW })
    const { secret } = await setUp(app, await passwordOnly(app, volunteer.email), NOW)
    const wrongPassword = await app.post('/login', { email: volunteer.email, password: 'nope' })
    expect(wrongPassword.status).toBe(401)
    expect(await wrongPassword.text()).not.toContain('name="challenge"')
    // A made-up challenge, or none, with a right code is a failed sign-in.
    const code = codeAt(secret, new Date(+NOW + 3 * STEP))
    app.setNow(new Date(+NOW + 3 * STEP))
    for (const challenge of ['', 'x'.repeat(43), hashToken('guess')]) {
      const res = await app.post('/login/code', { challenge, code })
      expect(res.status).toBe(401)
      expect(sessionCookie(res)).toBe('')
    }
  })

  test('five wrong codes end the sign-in; a recovery code works once', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const app = testApp(db, { now: NOW })
    const { codes } = await setUp(app, await passwordOnly(app, counselor.email), NOW)
    const start = async () =>
      hidden(
        await (
          await app.post('/login', { email: counselor.email, password: TEST_PASSWORD })
        ).text(),
        'challenge',
      )
    const challenge = await start()
    for (let i = 0; i < 5; i++) await app.post('/login/code', { challenge, code: '111111' })
    const late = await app.post('/login/code', { challenge, code: codes[0]! })
    expect(late.status).toBe(401)
    expect(sessionCookie(late)).toBe('')

    const fresh = await start()
    const withRecovery = await app.post('/login/code', {
      challenge: fresh,
      code: codes[0]!.toUpperCase().replace('-', ' '),
    })
    expect(withRecovery.status).toBe(303)
    const reused = await app.post('/login/code', { challenge: await start(), code: codes[0]! })
    expect(reused.status).toBe(401)
  })
})

describe('the admin removes a lost factor', () => {
  test('audited, every session ends, and only the admin may', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const admin = await createStaff(db, { role: 'admin' })
    const coordinator = await createStaff(db, { role: 'coordinator' })
    const app = testApp(db, { now: NOW })
    const mine = await passwordOnly(app, counselor.email)
    await setUp(app, mine, NOW)

    const path = `/staff/medewerkers/${counselor.id}/tweestaps-wissen`
    const refused = await app.post(path, {}, await signIn(db, coordinator.id, NOW))
    expect(refused.status).toBe(404)
    const page = await app.get(
      `/staff/medewerkers/${counselor.id}`,
      await signIn(db, admin.id, NOW),
    )
    expect(await page.text()).toContain('tweestaps-wissen')

    const done = await app.post(path, {}, await signIn(db, admin.id, NOW))
    expect(done.status).toBe(303)
    const row = await db
      .selectFrom('staff')
      .select('totp_secret')
      .where('id', '=', counselor.id)
      .executeTakeFirstOrThrow()
    expect(row.totp_secret).toBeNull()
    expect((await app.get('/staff', { Cookie: mine })).status).toBe(303)
    const logged = await db
      .selectFrom('audit_log')
      .select('detail')
      .where('staff_id', '=', admin.id)
      .where('action', '=', 'staff.two-factor-reset')
      .execute()
    expect(logged).toEqual([{ detail: counselor.id }])
    // The password alone signs them in again, to set up a new factor.
    const res = await app.post('/login', { email: counselor.email, password: TEST_PASSWORD })
    expect(res.status).toBe(303)
  })
})
