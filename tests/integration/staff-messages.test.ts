import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

const NOW = new Date('2026-11-30T08:00:00Z')
let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

async function failedMessageAt(locationId: string, subject: string) {
  return db
    .insertInto('outbox')
    .values({
      kind: 'counselor-invitation',
      booking_id: null,
      location_id: locationId,
      recipient: 'noor@example.org',
      message_id: `<${subject}@spreekuur.test>`,
      message: JSON.stringify({
        to: 'noor@example.org',
        subject,
        text: '',
        html: null,
        icalEvent: null,
        attachments: [],
        headers: {},
      }),
      status: 'failed',
      attempts: 19,
      last_error: '550 mailbox unavailable',
      created_at: new Date(NOW.getTime() - 2 * 86_400_000),
      next_attempt_at: NOW,
      locked_until: null,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
}

describe('failed notifications', () => {
  test('a coordinator sees and resends those of their region only', async () => {
    const mine = await createSupportPoint(db)
    const other = await createSupportPoint(db)
    const ours = await failedMessageAt(mine.id, `ours-${mine.slug}`)
    const theirs = await failedMessageAt(other.id, `theirs-${other.slug}`)
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [mine.region.id] })
    const cookie = await signIn(db, coordinator.id, NOW)
    const { get, post } = testApp(db, { now: NOW })

    const page = await (await get('/staff/berichten', cookie)).text()
    expect(page).toContain(`ours-${mine.slug}`)
    expect(page).toContain('550 mailbox unavailable')
    expect(page).not.toContain(`theirs-${other.slug}`)

    expect((await post(`/staff/berichten/${theirs.id}/opnieuw`, {}, cookie)).status).toBe(404)
    const res = await post(`/staff/berichten/${ours.id}/opnieuw`, {}, cookie)
    expect(res.status).toBe(303)
    const rows = await db
      .selectFrom('outbox')
      .select(['id', 'status', 'attempts', 'next_attempt_at'])
      .where('id', 'in', [ours.id, theirs.id])
      .execute()
    expect(rows.find((r) => r.id === ours.id)).toMatchObject({ status: 'pending', attempts: 0 })
    expect(rows.find((r) => r.id === theirs.id)).toMatchObject({ status: 'failed' })
    const logged = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(logged.map((l) => l.action)).toEqual(['message.resend'])
  })

  test('counselors and volunteers do not get the page', async () => {
    const point = await createSupportPoint(db)
    for (const role of ['counselor', 'volunteer'] as const) {
      const staff = await createStaff(db, { role, locationIds: [point.id] })
      const { get } = testApp(db, { now: NOW })
      expect((await get('/staff/berichten', await signIn(db, staff.id, NOW))).status).toBe(404)
    }
  })

  test('the admin sees every region', async () => {
    const point = await createSupportPoint(db)
    await failedMessageAt(point.id, `admin-${point.slug}`)
    const admin = await createStaff(db, { role: 'admin' })
    const { get } = testApp(db, { now: NOW })
    const page = await (await get('/staff/berichten', await signIn(db, admin.id, NOW))).text()
    expect(page).toContain(`admin-${point.slug}`)
  })
})
