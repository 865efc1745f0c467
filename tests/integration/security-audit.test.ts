import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { ConfigError, loadConfig } from '../../src/config.js'
import { issueStaffToken } from '../../src/services/auth.js'
import { BASE_URL, testApp } from '../support/app.js'
import { bookDirect } from '../support/booking.js'
import { createSupportPoint } from '../support/fixtures.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, signIn, TEST_PASSWORD } from '../support/staff.js'

// The findings of the go-live audit (issue 18) that are not the API's or the calendar's;
// each test fails without its fix. See docs/SECURITY.md, "Audit before go-live".

const NOW = new Date('2026-11-30T08:00:00Z')

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

describe('cross-site writes on pages, whatever the content type (finding 8)', () => {
  test('a JSON POST from another site cannot sign a counselor out everywhere', async () => {
    const staff = await createStaff(db, { role: 'counselor' })
    const { app } = testApp(db, { now: NOW })
    const cookie = await signIn(db, staff.id, NOW)
    const attempts: Record<string, string>[] = [
      { Origin: 'https://evil.test', 'Content-Type': 'application/json' },
      { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/octet-stream' },
      { 'Content-Type': 'application/json' },
    ]
    for (const headers of attempts) {
      const res = await app.request(`${BASE_URL}/logout-everywhere`, {
        method: 'POST',
        headers: { ...cookie, ...headers },
        body: '{}',
      })
      expect(res.status, JSON.stringify(headers)).toBe(403)
    }
    const sessions = await db
      .selectFrom('sessions')
      .select('staff_id')
      .where('staff_id', '=', staff.id)
      .execute()
    expect(sessions).toHaveLength(1)
  })
})

describe('production needs a mail server (finding 2)', () => {
  test('NODE_ENV=production without SMTP_URL refuses to start, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^SMTP_URL /)
    const production = { NODE_ENV: 'production', SECRETS_KEY: '5e'.repeat(32) }
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail.test:25' }).smtpUrl).toBe(
      'smtp://mail.test:25',
    )
    // Development keeps its quick start: messages go to /dev/mail.
    expect(loadConfig({}).smtpUrl).toBeUndefined()
  })
})

describe('links on a page never lead off-site (finding 3)', () => {
  test('the 404 page for //evil.test/x links to our own paths only', async () => {
    const { app } = testApp(db, { now: NOW })
    for (const path of ['//evil.test/x', '/\\evil.test/x', '///evil.test/x']) {
      const res = await app.request(`${BASE_URL}${path}`)
      expect(res.status).toBe(404)
      const hrefs = [...(await res.text()).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!)
      expect(hrefs.length).toBeGreaterThan(5)
      for (const href of hrefs) {
        expect(href, `${path} → ${href}`).toMatch(/^(\/(?![/\\])|#)/)
      }
    }
  })
})

describe('links and pages that outlived what should end them (finding 8)', () => {
  test('the calendar feed ends with "sign out everywhere" and with a new password', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const app = testApp(db, { now: NOW })
    const feedUrl = async () => {
      const page = await app.post('/staff/agenda-link', {}, await signIn(db, counselor.id, NOW))
      return /\/agenda\/[\w-]+\.ics/.exec(await page.text())![0]
    }
    const first = await feedUrl()
    expect((await app.get(first)).status).toBe(200)
    await app.post('/logout-everywhere', {}, await signIn(db, counselor.id, NOW))
    expect((await app.get(first)).status).toBe(404)

    const second = await feedUrl()
    const token = await issueStaffToken(db, counselor.id, 'reset', NOW)
    const set = await app.post(`/wachtwoord/${token}`, {
      password: 'a new long password',
      repeat: 'a new long password',
    })
    expect(set.status).toBe(303)
    expect((await app.get(second)).status).toBe(404)
  })

  test('a reset link dies when the account is deactivated, and stays dead after reactivation', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const admin = await createStaff(db, { role: 'admin' })
    const app = testApp(db, { now: NOW })
    const token = await issueStaffToken(db, counselor.id, 'reset', NOW)
    expect((await app.get(`/wachtwoord/${token}`)).status).toBe(200)
    const base = `/staff/medewerkers/${counselor.id}`
    expect(
      (await app.post(`${base}/deactiveren`, {}, await signIn(db, admin.id, NOW))).status,
    ).toBe(303)
    expect((await app.post(`${base}/activeren`, {}, await signIn(db, admin.id, NOW))).status).toBe(
      303,
    )
    expect((await app.get(`/wachtwoord/${token}`)).status).toBe(404)
  })

  test('a navigation from another site writes no "viewed" under a staff name', async () => {
    const point = await createSupportPoint(db, {
      hours: [{ weekday: 2, start: '13:00', end: '14:00', counselors: 1 }],
    })
    await bookDirect(db, { locationId: point.id, start: '2026-12-01T12:00:00Z', now: NOW })
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const app = testApp(db, { now: NOW })
    const cookie = await signIn(db, counselor.id, NOW)
    const path = `/staff/agenda?steunpunt=${point.slug}&dag=2026-12-01`
    const views = async () =>
      (
        await db
          .selectFrom('audit_log')
          .select('id')
          .where('staff_id', '=', counselor.id)
          .where('action', '=', 'agenda.view')
          .execute()
      ).length
    const forged = await app.get(path, { ...cookie, 'Sec-Fetch-Site': 'cross-site' })
    expect(forged.status).toBe(200)
    const html = await forged.text()
    expect(html).toContain('href="/staff/agenda?steunpunt=')
    expect(await views()).toBe(0)
    // The click on our own page (same-origin) opens it, and that is logged.
    expect((await app.get(path, { ...cookie, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    expect(await views()).toBe(1)
  })

  test('/login is never cached; volunteers make no calendar feed', async () => {
    const { app } = testApp(db, { now: NOW })
    const login = await app.request(`${BASE_URL}/login`)
    expect(login.headers.get('Cache-Control')).toBe('no-store')
    const volunteer = await createStaff(db, { role: 'volunteer' })
    const res = await testApp(db, { now: NOW }).post(
      '/staff/agenda-link',
      {},
      await signIn(db, volunteer.id, NOW),
    )
    expect(res.status).toBe(404)
    const row = await db
      .selectFrom('staff')
      .select('calendar_token_hash')
      .where('id', '=', volunteer.id)
      .executeTakeFirstOrThrow()
    expect(row.calendar_token_hash).toBeNull()
  })
})

describe('guessing passwords cannot lock a staff member out (finding 6)', () => {
  test('a stranger’s failures elsewhere do not block the right password from the office', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const { post } = testApp(db, { now: NOW, env: { TRUST_PROXY: 'true' } })
    const from = (address: string) => ({ 'X-Forwarded-For': address })
    for (let i = 0; i < 5; i++) {
      const guess = await post(
        '/login',
        { email: counselor.email, password: 'wrong password!!' },
        from('203.0.113.9'),
      )
      expect(guess.status).toBe(401)
    }
    const stranger = await post(
      '/login',
      { email: counselor.email, password: TEST_PASSWORD },
      from('203.0.113.9'),
    )
    expect(stranger.status).toBe(429)
    const office = await post(
      '/login',
      { email: counselor.email, password: TEST_PASSWORD },
      from('198.51.100.7'),
    )
    expect(office.status).toBe(303)
  }, 30_000)

  test('a burst of parallel guesses gets no more tries than the limit', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const { post } = testApp(db, { now: NOW, env: { TRUST_PROXY: 'true' } })
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        post(
          '/login',
          { email: counselor.email, password: 'wrong password!!' },
          { 'X-Forwarded-For': '203.0.113.44' },
        ),
      ),
    )
    const statuses = answers.map((res) => res.status)
    // Five tries per account and address; counted before judging, so a burst cannot slip by.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(7)
  }, 30_000)

  test('successful sign-ins from one office address use up no allowance', async () => {
    const { post } = testApp(db, { now: NOW, env: { TRUST_PROXY: 'true' } })
    const office = { 'X-Forwarded-For': '198.51.100.77' }
    for (let i = 0; i < 35; i++) {
      const colleague = await createStaff(db, { role: 'volunteer' })
      const res = await post('/login', { email: colleague.email, password: TEST_PASSWORD }, office)
      expect(res.status, `sign-in ${i + 1}`).toBe(303)
    }
  }, 60_000)
})

describe('the reset form does the same work for every address (finding 7)', () => {
  test('a known and an unknown address run the same statements', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const statements: string[] = []
    const counting = db.withPlugin({
      transformQuery: (args) => {
        statements.push(
          `${args.node.kind}:${'into' in args.node ? String((args.node.into as { table?: { identifier?: { name?: string } } })?.table?.identifier?.name) : ''}`,
        )
        return args.node
      },
      transformResult: async (args) => args.result,
    })
    const run = async (email: string) => {
      statements.length = 0
      const { post } = testApp(counting, { now: NOW, env: { TRUST_PROXY: 'true' } })
      const res = await post('/wachtwoord-vergeten', { email }, { 'X-Forwarded-For': email })
      expect(res.status).toBe(200)
      return [...statements]
    }
    const known = await run(counselor.email)
    const unknown = await run('nobody.here@example.org')
    expect(known.length).toBeGreaterThan(3)
    expect(unknown).toEqual(known)
    // And the known address did get its link.
    const queued = await db
      .selectFrom('outbox')
      .select('id')
      .where('recipient', '=', counselor.email)
      .execute()
    expect(queued).toHaveLength(1)
  })
})
