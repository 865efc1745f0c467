import { randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { BASE_URL, testApp } from '../support/app.js'
import { softPasskey } from '../support/authenticator.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, sessionCookie, signIn, TEST_PASSWORD } from '../support/staff.js'

// Passkeys as a second factor (issue 18; docs/decisions/0035-passkeys.md), through the HTTP
// routes with a software authenticator (tests/support/authenticator.ts) in the browser's
// place: a real registration and real signed assertions, checked by @simplewebauthn/server.

const NOW = new Date('2026-11-30T08:00:00Z')
const RP_ID = new URL(BASE_URL).hostname
const ORIGIN = BASE_URL
const WRONG_PASSKEY = 'Met deze passkey lukte het niet'

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

type App = ReturnType<typeof testApp>
type Key = ReturnType<typeof softPasskey>

function unescape(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

/** The WebAuthn options of the form marked `marker` on the page. */
function formOptions(
  html: string,
  marker: string,
): { challenge: string; allowCredentials?: unknown; rpId?: string } {
  const form = new RegExp(`<form[^>]*${marker}[^>]*>`).exec(html)?.[0] ?? ''
  const json = /data-options="([^"]*)"/.exec(form)?.[1]
  expect(json, `no ${marker} form`).toBeDefined()
  return JSON.parse(unescape(json!))
}

function hidden(html: string, name: string): string {
  return new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? ''
}

async function passwordOnly(app: App, email: string): Promise<string> {
  const res = await app.post('/login', { email, password: TEST_PASSWORD })
  expect(res.status).toBe(303)
  return sessionCookie(res)
}

/** Registers `key` from the two-factor page of a signed-in session; returns the answer. */
async function register(
  app: App,
  cookie: string,
  key: Key,
  options: { name?: string; origin?: string; rpId?: string; challenge?: string } = {},
) {
  const page = await (await app.get('/staff/tweestaps', { Cookie: cookie })).text()
  const { challenge } = formOptions(page, 'data-passkey-register')
  const credential = key.register({
    challenge: options.challenge ?? challenge,
    origin: options.origin ?? ORIGIN,
    rpId: options.rpId ?? RP_ID,
  })
  const res = await app.post(
    '/staff/tweestaps/passkeys',
    { name: options.name ?? 'Telefoon', credential },
    { Cookie: cookie },
  )
  return { res, credential }
}

/** A staff member with one registered passkey, signed in with the password at the time. */
async function withPasskey(role: 'coordinator' | 'counselor' = 'counselor') {
  const staff = await createStaff(db, { role })
  const app = testApp(db, { now: NOW })
  const key = softPasskey()
  const { res } = await register(app, await passwordOnly(app, staff.email), key)
  expect(res.status).toBe(200)
  const codes = [...(await res.text()).matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)]
  return { staff, app, key, codes: codes.map((m) => m[1]!) }
}

/** The password step: the login challenge and the passkey's WebAuthn challenge. */
async function passwordStep(app: App, email: string) {
  const res = await app.post('/login', { email, password: TEST_PASSWORD })
  expect(res.status).toBe(200)
  expect(sessionCookie(res)).toBe('')
  const html = await res.text()
  return { html, token: hidden(html, 'challenge'), ...formOptions(html, 'data-passkey-sign-in') }
}

/** The passkey's right answer to a sign-in's challenge, sent as the script sends it. */
function signedIn(app: App, step: { token: string; challenge: string }, key: Key) {
  return passkeyPost(app, step.token, key.signIn({ ...step, origin: ORIGIN, rpId: RP_ID }))
}

function passkeyPost(app: App, token: string, credential: string) {
  return app.post('/login/passkey?next=%2Fstaff%2Fagenda', { challenge: token, credential })
}

async function passkeysOf(staffId: string) {
  return db
    .selectFrom('passkeys')
    .select(['name', 'sign_count', 'last_used_at'])
    .where('staff_id', '=', staffId)
    .execute()
}

describe('registering a passkey', () => {
  test('it is a first factor: recovery codes, the other sessions end, audited, listed', async () => {
    const coordinator = await createStaff(db, { role: 'coordinator' })
    const app = testApp(db, { now: NOW })
    const elsewhere = await passwordOnly(app, coordinator.email)
    const cookie = await passwordOnly(app, coordinator.email)
    const setup = await app.get('/staff/tweestaps', { Cookie: cookie })
    const html = await setup.text()
    // The app's setup stays, and the passkey form waits for the script.
    expect(html).toContain('data-testid="totp-secret"')
    expect(html).toMatch(/<script src="\/static\/[0-9a-f]{12}\/passkey\.js" defer/)
    expect(html).toMatch(/<form[^>]*data-passkey-register[^>]*hidden/)
    expect(html).toContain('data-passkey-no-js')

    const key = softPasskey()
    const { res } = await register(app, cookie, key, { name: '  Telefoon   van Anna ' })
    expect(res.status).toBe(200)
    const codes = [...(await res.text()).matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)]
    expect(codes).toHaveLength(10)
    expect((await app.get('/staff/steunpunten', { Cookie: cookie })).status).toBe(200)
    expect((await app.get('/staff', { Cookie: elsewhere })).status).toBe(303)
    expect(await passkeysOf(coordinator.id)).toEqual([
      { name: 'Telefoon van Anna', sign_count: 0, last_used_at: null },
    ])
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(audit).toContainEqual({
      action: 'staff.passkey-add',
      detail: 'passkey "Telefoon van Anna"',
    })
    const overview = await (await app.get('/staff/tweestaps', { Cookie: cookie })).text()
    expect(overview).toContain('Telefoon van Anna')
    expect(overview).toContain('/staff/tweestaps/app')

    // A second passkey brings no new codes and ends the other sessions again.
    const other = await passwordLess(app, coordinator.id)
    const second = await register(app, cookie, softPasskey(), { name: 'Laptop' })
    expect(second.res.status).toBe(303)
    expect(second.res.headers.get('Location')).toBe('/staff/tweestaps?klaar=passkey')
    expect((await app.get('/staff', other)).status).toBe(303)
    expect((await passkeysOf(coordinator.id)).map((p) => p.name)).toEqual([
      'Telefoon van Anna',
      'Laptop',
    ])
  })

  test('a wrong origin, RP ID or challenge, a replay or a bad name stores nothing', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const app = testApp(db, { now: NOW })
    const cookie = await passwordOnly(app, counselor.email)
    const cases = [
      { origin: 'https://evil.test' },
      { rpId: 'evil.test' },
      { challenge: randomBytes(32).toString('base64url') },
    ]
    for (const wrong of cases) {
      const { res } = await register(app, cookie, softPasskey(), wrong)
      expect(res.status, JSON.stringify(wrong)).toBe(422)
      expect(await res.text()).toContain('Deze passkey konden we niet controleren')
    }
    const badName = await register(app, cookie, softPasskey(), { name: 'a\u202Eb' })
    expect(badName.res.status).toBe(422)
    expect(await badName.res.text()).toContain('Geef de passkey een naam')
    const junk = await app.post(
      '/staff/tweestaps/passkeys',
      { name: 'x', credential: '{"id":1' },
      { Cookie: cookie },
    )
    expect(junk.status).toBe(422)
    expect(await passkeysOf(counselor.id)).toEqual([])

    // The same answer twice: the challenge was spent by the first.
    const key = softPasskey()
    const first = await register(app, cookie, key)
    expect(first.res.status).toBe(200)
    const again = await app.post(
      '/staff/tweestaps/passkeys',
      { name: 'Nog eens', credential: first.credential },
      { Cookie: cookie },
    )
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('Het registreren duurde te lang')
    expect((await passkeysOf(counselor.id)).map((p) => p.name)).toEqual(['Telefoon'])
  })
})

/** A second session of the account, made directly (as a sign-in elsewhere would be). */
async function passwordLess(app: App, staffId: string) {
  return signIn(db, staffId, NOW)
}

describe('signing in with a passkey', () => {
  test('after the password, a passkey opens the session; its counter is kept', async () => {
    const { staff, app, key } = await withPasskey()
    // The password alone opens nothing.
    const step = await passwordStep(app, staff.email)
    expect(step.html).toMatch(/<form[^>]*data-passkey-sign-in[^>]*hidden/)
    expect(step.html).toContain('Herstelcode') // no app: recovery codes are the fallback
    expect(step.allowCredentials).toEqual([
      { id: key.id, type: 'public-key', transports: ['internal'] },
    ])
    expect(step.rpId).toBe(RP_ID)

    const res = await signedIn(app, step, key)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/staff/agenda')
    const cookie = sessionCookie(res)
    expect((await app.get('/staff', { Cookie: cookie })).status).toBe(200)
    expect(await passkeysOf(staff.id)).toEqual([
      { name: 'Telefoon', sign_count: 1, last_used_at: NOW },
    ])
  })

  test('wrong origin, RP ID or challenge, a replay, a falling counter: no session', async () => {
    const { staff, app, key } = await withPasskey()
    const attempts: Array<(step: { challenge: string }) => string> = [
      (s) => key.signIn({ challenge: s.challenge, origin: 'https://evil.test', rpId: RP_ID }),
      (s) => key.signIn({ challenge: s.challenge, origin: ORIGIN, rpId: 'evil.test' }),
      () =>
        key.signIn({
          challenge: randomBytes(32).toString('base64url'),
          origin: ORIGIN,
          rpId: RP_ID,
        }),
    ]
    for (const [i, answer] of attempts.entries()) {
      const step = await passwordStep(app, staff.email)
      const res = await passkeyPost(app, step.token, answer(step))
      expect(res.status, `attempt ${i}`).toBe(401)
      expect(sessionCookie(res)).toBe('')
      expect(await res.text()).toContain(WRONG_PASSKEY)
    }

    // A good sign-in, then its answer again: on the spent challenge and on a new one.
    const first = await passwordStep(app, staff.email)
    const answer = key.signIn({ challenge: first.challenge, origin: ORIGIN, rpId: RP_ID })
    expect((await passkeyPost(app, first.token, answer)).status).toBe(303)
    const counted = key.counter
    const spent = await passkeyPost(app, first.token, answer)
    expect(spent.status).toBe(401)
    expect(sessionCookie(spent)).toBe('')
    expect(await spent.text()).toContain('Log opnieuw in')
    const next = await passwordStep(app, staff.email)
    const replay = await passkeyPost(app, next.token, answer)
    expect(replay.status).toBe(401)
    expect(sessionCookie(replay)).toBe('')

    // A cloned key whose counter is behind the stored one is refused.
    key.counter = 0
    const cloned = await signedIn(app, next, key)
    expect(cloned.status).toBe(401)
    expect(sessionCookie(cloned)).toBe('')
    expect(await cloned.text()).toContain(WRONG_PASSKEY)
    expect((await passkeysOf(staff.id))[0]!.sign_count).toBe(counted)
    // The same key with its counter ahead again passes: it was the counter that failed.
    key.counter = counted
    const ahead = await signedIn(app, next, key)
    expect(ahead.status).toBe(303)
  })

  test("another account's passkey does not pass, and no passkey stands in for the password", async () => {
    const anna = await withPasskey()
    const bob = await withPasskey()
    const step = await passwordStep(anna.app, anna.staff.email)
    const res = await signedIn(anna.app, step, bob.key)
    expect(res.status).toBe(401)
    expect(sessionCookie(res)).toBe('')
    expect(await res.text()).toContain(WRONG_PASSKEY)

    // Without the password step there is no challenge to sign.
    const wrongPassword = await anna.app.post('/login', { email: anna.staff.email, password: 'x' })
    expect(wrongPassword.status).toBe(401)
    expect(await wrongPassword.text()).not.toContain('data-passkey-sign-in')
    for (const token of ['', 'x'.repeat(43), step.token.slice(1) + 'A']) {
      const forged = await passkeyPost(
        anna.app,
        token,
        anna.key.signIn({ challenge: step.challenge, origin: ORIGIN, rpId: RP_ID }),
      )
      expect(forged.status).toBe(401)
      expect(sessionCookie(forged)).toBe('')
    }
  })

  test('five wrong answers end the sign-in; a recovery code still works without the app', async () => {
    const { staff, app, key, codes } = await withPasskey()
    const step = await passwordStep(app, staff.email)
    for (let i = 0; i < 5; i++) await passkeyPost(app, step.token, 'not json')
    const late = await signedIn(app, step, key)
    expect(late.status).toBe(401)
    expect(sessionCookie(late)).toBe('')

    const fresh = await passwordStep(app, staff.email)
    const recovery = await app.post('/login/code', { challenge: fresh.token, code: codes[0]! })
    expect(recovery.status).toBe(303)
    expect(sessionCookie(recovery)).not.toBe('')
  })
})

describe('the app next to a passkey', () => {
  test('someone who began with a passkey sets up the app too; sign-in then offers both', async () => {
    const { staff, app, key } = await withPasskey('coordinator')
    const step = await passwordStep(app, staff.email)
    const cookie = sessionCookie(await signedIn(app, step, key))
    const setup = await (await app.get('/staff/tweestaps/app', { Cookie: cookie })).text()
    const secret = (/data-testid="totp-secret">([A-Z2-7 ]+)</.exec(setup)?.[1] ?? '').replace(
      /\s/g,
      '',
    )
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: NOW.getTime(),
    })
    const done = await app.post('/staff/tweestaps', { code }, { Cookie: cookie })
    expect(done.status).toBe(200)
    expect((await app.get('/staff/tweestaps/app', { Cookie: cookie })).status).toBe(303)

    const both = await passwordStep(app, staff.email)
    expect(both.html).toContain('Code (of herstelcode)')
    expect(both.html).toContain('data-passkey-sign-in')
  })
})

describe('removing passkeys', () => {
  test('the last factor stays; another one goes, audited; someone else’s is unknown', async () => {
    const { staff, app, key } = await withPasskey()
    const step = await passwordStep(app, staff.email)
    const session = await signedIn(app, step, key)
    const cookie = sessionCookie(session)
    const [only] = await db
      .selectFrom('passkeys')
      .select('id')
      .where('staff_id', '=', staff.id)
      .execute()
    const path = `/staff/tweestaps/passkeys/${only!.id}/verwijderen`
    const refused = await app.post(path, {}, { Cookie: cookie })
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('Dit is uw enige tweede stap')
    expect(await passkeysOf(staff.id)).toHaveLength(1)

    expect((await register(app, cookie, softPasskey(), { name: 'Sleutel' })).res.status).toBe(303)
    const other = await withPasskey()
    const foreign = await app.post(path, {}, await signIn(db, other.staff.id, NOW))
    expect(foreign.status).toBe(404)
    expect(
      (await app.post('/staff/tweestaps/passkeys/nope/verwijderen', {}, { Cookie: cookie })).status,
    ).toBe(404)

    const removed = await app.post(path, {}, { Cookie: cookie })
    expect(removed.status).toBe(303)
    expect((await passkeysOf(staff.id)).map((p) => p.name)).toEqual(['Sleutel'])
    const audit = await db
      .selectFrom('audit_log')
      .select('detail')
      .where('staff_id', '=', staff.id)
      .where('action', '=', 'staff.passkey-remove')
      .execute()
    expect(audit).toEqual([{ detail: 'passkey "Telefoon"' }])
  })

  test("the admin's reset of a lost factor removes the passkeys too", async () => {
    const { staff, app } = await withPasskey()
    const admin = await createStaff(db, { role: 'admin' })
    const page = await app.get(`/staff/medewerkers/${staff.id}`, await signIn(db, admin.id, NOW))
    expect(await page.text()).toContain('tweestaps-wissen')
    const done = await app.post(
      `/staff/medewerkers/${staff.id}/tweestaps-wissen`,
      {},
      await signIn(db, admin.id, NOW),
    )
    expect(done.status).toBe(303)
    expect(await passkeysOf(staff.id)).toEqual([])
    // The password alone signs the counselor in again, to set up a new factor.
    const res = await app.post('/login', { email: staff.email, password: TEST_PASSWORD })
    expect(res.status).toBe(303)
  })
})
