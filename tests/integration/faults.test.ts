import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { openDatabase, type Db } from '../../src/db/database.js'
import { createMailer } from '../../src/notifications/mailer.js'
import { enqueue } from '../../src/notifications/outbox.js'
import { deliverDue, startWorker, type DeliveryLedger } from '../../src/notifications/worker.js'
import type { OutboxEntry } from '../../src/notifications/compose.js'
import { testApp } from '../support/app.js'
import { databaseUrlOf, openTestDatabase, usingPostgres } from '../support/database.js'
import { startSmtpSink } from '../support/smtp-sink.js'
import { startTcpProxy } from '../support/tcp-proxy.js'

// The database going away under a running app, as seen from outside (issue 23): a TCP
// proxy between the app and the real PostgreSQL cuts or black-holes the connections,
// an SMTP sink counts what arrives by Message-ID. The server itself is never stopped,
// so the run's shared cluster is safe; this file has a database of its own (it drains
// the whole outbox).

const NOW = new Date('2026-12-01T09:00:00Z')

function message(n: number): OutboxEntry {
  return {
    kind: 'counselor-invitation',
    bookingId: null,
    locationId: null,
    recipient: `counselor${n}@example.test`,
    messageId: `<fault-${n}-${randomUUID()}@spreekuur.test>`,
    message: {
      to: `counselor${n}@example.test`,
      subject: `Fault test ${n}`,
      text: 'Body',
      html: null,
      icalEvent: null,
      attachments: [],
      headers: {},
    },
    notBefore: null,
  }
}

describe.skipIf(!usingPostgres)('when the database goes away', () => {
  let db: Db
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>
  let proxied: Db
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let mailer: ReturnType<typeof createMailer>

  beforeAll(async () => {
    db = await openTestDatabase({ own: true, poolSize: 3 })
    const direct = new URL(databaseUrlOf(db))
    proxy = await startTcpProxy(Number(direct.port || 5432), direct.hostname)
    // The app's side of the proxy, with short timeouts of its own so the test is quick.
    proxied = await openDatabase({
      databaseUrl: proxy.through(direct.toString()),
      poolSize: 3,
      timeouts: { connectMs: 1_000, queryMs: 1_500 },
    })
    sink = await startSmtpSink()
    mailer = createMailer({ smtpUrl: sink.url, mailFrom: 'spreekuur@example.test', db })
  })

  afterEach(async () => {
    proxy.restore()
    sink.whenReceived(undefined)
    await db.deleteFrom('outbox').execute()
    sink.received.length = 0
  })

  afterAll(async () => {
    mailer.close()
    await proxied.destroy()
    await proxy.close()
    await sink.close()
    await db.destroy()
  })

  const ids = () => sink.received.map((m) => m.parsed.messageId)

  test('a message delivered while the database is gone is recorded later and never sent twice', async () => {
    await enqueue(db, [message(1), message(2), message(3)], NOW)
    // The first message reaches SMTP; the database is gone before "sent" can be written.
    sink.whenReceived(() => {
      if (sink.received.length === 1) proxy.cut()
    })
    const ledger: DeliveryLedger = new Map()
    const deps = { db: proxied, mailer, clock: () => NOW, log: () => {} }

    const first = await deliverDue(deps, ledger)
    // The rest of the batch was not abandoned: all three went out, none is recorded yet.
    expect(first).toEqual({ sent: 3, failed: 0 })
    expect(ledger.size).toBe(3)
    expect(
      await db.selectFrom('outbox').select('status').where('status', '=', 'sent').execute(),
    ).toEqual([])

    // Still gone: nothing is written, and nothing is claimed to be sent again.
    await expect(deliverDue(deps, ledger)).rejects.toThrow()
    expect(ledger.size).toBe(3)

    // Back, long after the lease ran out: the outcomes are written, nothing is re-sent.
    proxy.restore()
    const later = new Date(NOW.getTime() + 10 * 60_000)
    const second = await deliverDue({ ...deps, clock: () => later }, ledger)
    expect(second).toEqual({ sent: 0, failed: 0 })
    expect(ledger.size).toBe(0)
    const rows = await db.selectFrom('outbox').select(['status', 'locked_until']).execute()
    expect(rows).toEqual([
      { status: 'sent', locked_until: null },
      { status: 'sent', locked_until: null },
      { status: 'sent', locked_until: null },
    ])
    expect(ids()).toHaveLength(3)
    expect(new Set(ids()).size).toBe(3)
  })

  test('the outbox worker carries on by itself after its connections were black-holed', async () => {
    const logs: Array<Record<string, unknown>> = []
    proxy.blackHole()
    const worker = startWorker(
      { db: proxied, mailer, clock: () => NOW, log: (entry) => logs.push(entry) },
      50,
    )
    try {
      // Its claim hangs in the hole until our side's timeout gives up on it.
      await expect
        .poll(() => logs.some((l) => l.msg === 'worker error'), { timeout: 10_000 })
        .toBe(true)
      // The network comes back; the old connections never do.
      proxy.restore()
      await enqueue(db, [message(4)], NOW)
      await expect.poll(() => sink.received.length, { timeout: 15_000 }).toBe(1)
      await expect
        .poll(
          async () => (await db.selectFrom('outbox').select('status').executeTakeFirst())?.status,
          {
            timeout: 5_000,
          },
        )
        .toBe('sent')
    } finally {
      await worker.stop()
    }
  })

  test('/healthz says 503 while the database does not answer, and 200 again after', async () => {
    const { get } = testApp(proxied, { now: NOW })
    expect((await get('/healthz')).status).toBe(200)
    proxy.blackHole()
    const res = await get('/healthz')
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ status: 'unavailable' })
    proxy.restore()
    await expect.poll(async () => (await get('/healthz')).status, { timeout: 10_000 }).toBe(200)
  })

  test('the API and the pages answer 503 with Retry-After, in the reader’s language', async () => {
    const { get } = testApp(proxied, { now: NOW })
    proxy.cut()
    const api = await get('/api/v1/locations', { 'Accept-Language': 'en' })
    expect(api.status).toBe(503)
    expect(api.headers.get('Retry-After')).toBe('30')
    expect(await api.json()).toEqual({ error: 'unavailable', message: 'Temporarily unavailable' })

    const page = await get('/?lang=fa')
    expect(page.status).toBe(503)
    expect(page.headers.get('Retry-After')).toBe('30')
    const html = await page.text()
    expect(html).toContain('dir="rtl"')
    expect(html).toContain('موقتاً در دسترس نیست')
    expect(html).not.toMatch(/at .*\.ts:\d+/)
  })
})
