import { afterAll, beforeAll, expect, test } from 'vitest'
import { openSmppSender, SmppError, type DeliveryReceipt } from '../../src/notifications/sms.js'
import { smsTexts } from '../../src/i18n/sms.js'
import { startSmppSink } from '../support/smpp-sink.js'

let sink: Awaited<ReturnType<typeof startSmppSink>>
beforeAll(async () => {
  sink = await startSmppSink({ systemId: 'spreekuur', password: 'geheim' })
})
afterAll(async () => {
  await sink.close()
})

const FACTS = {
  reference: 'ABCD EFGH',
  when: 'di 1 dec 13:00',
  point: 'Steunpunt Utrecht',
  phone: '+31 30 123 45 67',
  link: `http://spreekuur.test/b/${'x'.repeat(43)}`,
}

test('binds with the configured credentials and sends a short Dutch text as one GSM-7 message', async () => {
  const sender = await openSmppSender(sink.url, { from: 'Spreekuur' })
  sink.received.length = 0
  const ids = await sender.send('+31612345678', 'Afspraak ABCD EFGH')
  await sender.close()
  expect(ids).toHaveLength(1)
  expect(sink.received).toEqual([
    expect.objectContaining({
      destination: '31612345678',
      source: 'Spreekuur',
      dataCoding: 0,
      part: null,
      message: 'Afspraak ABCD EFGH',
    }),
  ])
})

test('a Russian confirmation goes as UCS-2 parts with one concatenation reference', async () => {
  const sender = await openSmppSender(sink.url, { from: 'Spreekuur' })
  sink.received.length = 0
  const text = smsTexts('ru').confirmation(FACTS)
  const ids = await sender.send('+4915123456789', text)
  await sender.close()
  expect(ids.length).toBeGreaterThan(1)
  expect(sink.received.every((p) => p.dataCoding === 8)).toBe(true)
  const references = new Set(sink.received.map((p) => p.part?.[0]))
  expect(references.size).toBe(1)
  expect(sink.received.map((p) => p.part?.slice(1))).toEqual(ids.map((_, i) => [ids.length, i + 1]))
  expect(sink.received.map((p) => p.message).join('')).toBe(text)
})

test('wrong credentials are refused; throttling is a retryable error', async () => {
  await expect(
    openSmppSender(sink.url.replace('geheim', 'fout'), { from: 'Spreekuur' }),
  ).rejects.toBeInstanceOf(SmppError)
  const sender = await openSmppSender(sink.url, { from: 'Spreekuur' })
  sink.behaviour.throttle = 1
  const error = await sender.send('+31612345678', 'Afspraak').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SmppError)
  expect((error as SmppError).retryable).toBe(true)
  sink.received.length = 0
  await sender.send('+31612345678', 'Afspraak')
  expect(sink.received).toHaveLength(1)
  await sender.close()
})

test('delivery receipts reach the sender', async () => {
  const receipts: DeliveryReceipt[] = []
  let delivered: () => void = () => {}
  const arrived = new Promise<void>((resolve) => (delivered = resolve))
  const sender = await openSmppSender(sink.url, {
    from: 'Spreekuur',
    onReceipt: (receipt) => {
      receipts.push(receipt)
      delivered()
    },
  })
  const [id] = await sender.send('+31612345678', 'Afspraak')
  sink.receipt(id!, 'DELIVRD')
  await arrived
  await sender.close()
  expect(receipts).toEqual([{ smscId: id, state: 'DELIVRD' }])
})
