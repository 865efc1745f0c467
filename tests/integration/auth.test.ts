import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { hashToken } from '../../src/services/tokens.js'
import { testApp } from '../support/app.js'
import { asSent, openTestDatabase } from '../support/database.js'
import { createStaff, sessionCookie, signIn, TEST_PASSWORD } from '../support/staff.js'

const NOW = new Date('2026-11-30T08:00:00Z')
const HOUR = 3600_000

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

function login(
  post: ReturnType<typeof testApp>['post'],
  email: string,
  password: string,
  extra = {},
) {
  return post('/login', { email, password }, extra)
}

describe('signing in', () => {
  test('the right password opens a session: HttpOnly, SameSite=Lax, stored only as a hash', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const { post, get } = testApp(db, { now: NOW })
    const res = await login(post, staff.email.toUpperCase(), TEST_PASSWORD)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/staff')
    const header = res.headers.get('Set-Cookie') ?? ''
    expect(header).toMatch(/HttpOnly/)
    expect(header).toMatch(/SameSite=Lax/)
    const cookie = sessionCookie(res)
    const rows = await db
      .selectFrom('sessions')
      .select('id_hash')
      .where('staff_id', '=', staff.id)
      .execute()
    expect(rows).toEqual([{ id_hash: hashToken(cookie.slice(4)) }])
    const home = await get('/staff', { Cookie: cookie })
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Welkom, Test counselor')
  })

  test('a wrong password and an unknown address get the same answer, and the address is kept', async () => {
    const staff = await createStaff(db, { role: 'volunteer' })
    const { post } = testApp(db, { now: NOW })
    const wrong = await login(post, staff.email, 'not the password at all')
    const unknown = await login(post, 'nobody@example.org', 'not the password at all')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    const wrongText = await wrong.text()
    expect(wrongText).toContain('Deze combinatie van e-mailadres en wachtwoord kennen we niet.')
    expect(wrongText).toContain(`value="${staff.email}"`)
    expect(await unknown.text()).toContain(
      'Deze combinatie van e-mailadres en wachtwoord kennen we niet.',
    )
    expect(sessionCookie(wrong)).toBe('')
  })

  test('after five failures for one account, even the right password waits (429)', async () => {
    const staff = await createStaff(db, { role: 'volunteer' })
    const { post } = testApp(db, { now: NOW })
    for (let i = 0; i < 5; i++)
      expect((await login(post, staff.email, 'wrong password!!')).status).toBe(401)
    const locked = await login(post, staff.email, TEST_PASSWORD)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(sessionCookie(locked)).toBe('')
  }, 30_000)

  test('a planted session id is replaced at sign-in', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const planted = await signIn(db, staff.id, NOW)
    const { post, get } = testApp(db, { now: NOW })
    const res = await login(post, staff.email, TEST_PASSWORD, planted)
    const fresh = sessionCookie(res)
    expect(fresh).not.toBe(planted.Cookie)
    expect((await get('/staff', planted)).status).toBe(303)
    expect((await get('/staff', { Cookie: fresh })).status).toBe(200)
  })

  test('only our own staff pages are a place to go next', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const { app } = testApp(db, { now: NOW })
    for (const next of ['//evil.example/staff', 'https://evil.example', '/staff/../x//y']) {
      const res = await app.request(
        `http://spreekuur.test/login?next=${encodeURIComponent(next)}`,
        {
          method: 'POST',
          headers: {
            Origin: 'http://spreekuur.test',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ email: staff.email, password: TEST_PASSWORD }).toString(),
        },
      )
      expect(res.headers.get('Location'), next).toBe('/staff')
    }
  })
})

describe('sessions', () => {
  test('staff pages without a session lead to the sign-in page, with the way back', async () => {
    const { get } = testApp(db, { now: NOW })
    const res = await get('/staff')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/login?next=%2Fstaff')
    expect((await get('/staff', { Cookie: 'sid=garbage' })).status).toBe(303)
  })

  test('a session ends after two idle hours and after twelve hours in any case', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const cookie = await signIn(db, staff.id, NOW)
    const { get, setNow } = testApp(db, { now: NOW })
    setNow(new Date(NOW.getTime() + 1.5 * HOUR))
    expect((await get('/staff', cookie)).status).toBe(200)
    setNow(new Date(NOW.getTime() + 3 * HOUR))
    expect((await get('/staff', cookie)).status).toBe(200)
    setNow(new Date(NOW.getTime() + 5.1 * HOUR))
    expect((await get('/staff', cookie)).status).toBe(303)

    const active = await signIn(db, staff.id, NOW)
    for (let h = 1; h <= 12; h++) {
      setNow(new Date(NOW.getTime() + h * HOUR))
      const status = (await get('/staff', active)).status
      expect(status, `hour ${h}`).toBe(h < 12 ? 200 : 303)
    }
  })

  test('signing out ends the session; signing out everywhere ends them all', async () => {
    const staff = await createStaff(db, { role: 'coordinator' })
    const one = await signIn(db, staff.id, NOW)
    const two = await signIn(db, staff.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect((await post('/logout', {}, one)).status).toBe(303)
    expect((await get('/staff', one)).status).toBe(303)
    expect((await get('/staff', two)).status).toBe(200)
    const three = await signIn(db, staff.id, NOW)
    await post('/logout-everywhere', {}, three)
    expect((await get('/staff', two)).status).toBe(303)
    expect((await get('/staff', three)).status).toBe(303)
  })

  test('a deactivated account loses its sessions at once', async () => {
    const staff = await createStaff(db, { role: 'volunteer' })
    const cookie = await signIn(db, staff.id, NOW)
    const { get } = testApp(db, { now: NOW })
    await db.updateTable('staff').set({ active: false }).where('id', '=', staff.id).execute()
    expect((await get('/staff', cookie)).status).toBe(303)
  })
})

describe('password reset', () => {
  test('does not tell whether an address has an account; the link works once and ends sessions', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const old = await signIn(db, staff.id, NOW)
    const { get, post } = testApp(db, { now: NOW, env: { TRUST_PROXY: 'true' } })
    const ip = { 'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 200) + 1}` }
    const known = await post('/wachtwoord-vergeten', { email: staff.email }, ip)
    const unknown = await post('/wachtwoord-vergeten', { email: 'nobody@example.org' }, ip)
    expect(known.status).toBe(unknown.status)
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '')
    expect(strip(await known.text())).toBe(strip(await unknown.text()))

    const [message] = asSent(
      await db
        .selectFrom('outbox')
        .selectAll()
        .where('recipient', '=', staff.email)
        .where('kind', '=', 'staff-account')
        .execute(),
    )
    const link = /\/wachtwoord\/([A-Za-z0-9_-]{43})/.exec(message!.message.text)?.[0]
    expect(link).toBeDefined()

    expect((await get(link!)).status).toBe(200)
    const short = await post(link!, { password: 'kort', repeat: 'kort' })
    expect(short.status).toBe(422)
    expect(await short.text()).toContain('Gebruik minstens 12 tekens.')
    const done = await post(link!, {
      password: 'een nieuw lang wachtwoord',
      repeat: 'een nieuw lang wachtwoord',
    })
    expect(done.status).toBe(303)
    expect((await get('/staff', old)).status).toBe(303)
    expect((await get(link!)).status).toBe(404)
    expect(
      (await post('/login', { email: staff.email, password: 'een nieuw lang wachtwoord' })).status,
    ).toBe(303)
  })
})
