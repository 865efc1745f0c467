import { describe, expect, test } from 'vitest'
import type { BookingRow, OutboxMessage, OutboxRow } from '../../src/db/schema.js'
import { LOCALES } from '../../src/i18n/locales.js'
import {
  clientMessages,
  clientTexts,
  counselorInvitations,
  type BookingChange,
  type OutboxEntry,
} from '../../src/notifications/compose.js'
import { composeClaimed, storedMessage } from '../../src/notifications/recipes.js'
import { MESSAGE_POINT } from '../support/fixtures.js'

// A booking change writes recipes, and the worker composes them (ADR 56): what it composes
// must be, byte for byte, the message the change would have written.

const COUNSELORS = [
  { name: 'Anna de Vries', email: 'anna@example.org', locale: 'nl' },
  { name: 'Bram "B" Bakker', email: 'bram@example.org', locale: 'en' },
  { name: 'Carla', email: 'carla@example.org' },
]

function booking(locale: string, n: number): BookingRow {
  return {
    id: `0b7c1f5e-1111-4222-8333-${String(n).padStart(12, '0')}`,
    reference: 'K7QWD3MA',
    location_id: MESSAGE_POINT.id,
    starts_at: new Date('2026-12-12T09:00:00Z'),
    ends_at: new Date('2026-12-12T09:30:00Z'),
    created_at: new Date('2026-12-07T09:00:00Z'),
    updated_at: new Date('2026-12-07T09:00:00Z'),
    language: n % 2 ? 'ar' : 'other',
    locale,
    interpreter: n % 2 === 0,
    name: 'Hiwet Tesfay',
    note: 'Kan alleen na 10 uur',
    topic: 'return',
    email: 'client@example.org',
    phone: '+31612345678',
    sms: true,
    sequence: n % 3,
    cancel_reason: n % 2 ? 'Ziek. Bel even: 030 123 4567.' : null,
    cancel_reason_code: n % 2 ? null : 'counselorIll',
  } as BookingRow
}

/** What a change composes its messages in: the booking, the point and the deployment. */
function context(locale: string, n: number) {
  return {
    booking: booking(locale, n),
    point: MESSAGE_POINT,
    baseUrl: 'https://spreekuur.test',
    mailFrom: 'Spreekuur <no-reply@spreekuur.test>',
  }
}

/** The entries as a change writes them, and as their outbox rows hold them after JSON. */
function written(entries: OutboxEntry[]): OutboxRow[] {
  return entries.map((entry, n) => ({
    id: `row-${n}`,
    kind: entry.kind,
    booking_id: entry.bookingId,
    location_id: entry.locationId,
    recipient: entry.recipient,
    message_id: entry.messageId,
    message: JSON.parse(JSON.stringify(storedMessage(entry))),
    status: 'pending',
    attempts: 0,
    next_attempt_at: entry.notBefore ?? new Date(),
    locked_until: null,
    last_error: null,
    created_at: new Date(),
    sent_at: null,
  }))
}

const CHANGES: BookingChange[] = [
  { type: 'created' },
  { type: 'moved' },
  { type: 'cancelled', by: 'client' },
  { type: 'cancelled', by: 'staff' },
]

describe('messages composed from their recipes', () => {
  test.each(LOCALES.flatMap((locale) => CHANGES.map((change) => [locale, change] as const)))(
    '%s, %o: the same messages as composed at the change',
    (locale, change) => {
      const ctx = context(locale, LOCALES.indexOf(locale))
      const options = { token: 'a'.repeat(43), reminderHours: 24 }
      const entries = [
        ...counselorInvitations(ctx, change, COUNSELORS),
        ...clientMessages(ctx, change, options),
        ...clientTexts(ctx, change, options),
      ]
      const rows = written(entries)
      expect(rows.every((row) => 'recipe' in row.message)).toBe(true)
      // Composed in the change (what was written before ADR 56) …
      const atChange: OutboxMessage[] = entries.map((entry) => entry.message)
      // … and by the worker, rows shuffled, as a batch it claimed.
      const shuffled = [...rows].reverse()
      const byWorker = composeClaimed(shuffled).reverse()
      expect(byWorker.map(({ message }) => message)).toEqual(atChange)
    },
  )

  test("a counselor's recipe keeps nothing of the client but the code, times and language", () => {
    const ctx = context('ar', 1)
    const [row] = written(counselorInvitations(ctx, { type: 'cancelled', by: 'staff' }, COUNSELORS))
    const kept = JSON.stringify(row!.message)
    for (const personal of ['Hiwet', 'client@example.org', '612345678', 'Ziek', '10 uur', 'return'])
      expect(kept).not.toContain(personal)
  })

  test('a recipe the worker cannot compose gives no message, and the rows beside it theirs', () => {
    const ctx = context('nl', 2)
    const rows = written(
      clientMessages(ctx, { type: 'created' }, { token: null, reminderHours: 24 }),
    )
    const broken = { ...rows[0]!, id: 'row-broken', message: { recipe: { of: 'a later kind' } } }
    const renamed = { ...rows[1]!, id: 'row-renamed', message_id: '<another@spreekuur.test>' }
    const composed = composeClaimed([broken, renamed, rows[0]!])
    expect(composed.map(({ message }) => message?.subject ?? null)).toEqual([
      null,
      null,
      expect.stringContaining('K7QWD3MA'),
    ])
  })
})
