import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
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
