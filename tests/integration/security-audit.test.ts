import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { ConfigError, loadConfig } from '../../src/config.js'
import { BASE_URL, testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, signIn } from '../support/staff.js'

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
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.test:25' }).smtpUrl).toBe(
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
