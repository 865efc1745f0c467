import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import type { OutboxMessage } from '../../src/db/schema.js'
import { createMailer } from '../../src/notifications/mailer.js'

// The SMTP transport as the worker uses it (ADR 25): one message after another over one
// kept connection, and a connection the server closed is replaced, not a lost message.

function message(n: number): OutboxMessage {
  return {
    to: `counselor${n}@example.test`,
    subject: `Message ${n}`,
    text: 'Body',
    html: null,
    icalEvent: null,
    attachments: [],
    headers: {},
  }
}

describe('the SMTP transport', () => {
  let server: SMTPServer
  let url: string
  const connections: string[] = []
  const received: string[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      disableReverseLookup: true,
      logger: false,
      onConnect(session, callback) {
        connections.push(session.id)
        callback()
      },
      onData(stream, _session, callback) {
        let subject = ''
        stream.on('data', (chunk: Buffer) => {
          subject ||= /^Subject: (.*)$/m.exec(chunk.toString('utf8'))?.[1] ?? ''
        })
        stream.on('end', () => {
          received.push(subject.trim())
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('sends messages one after another over one connection', async () => {
    connections.length = 0
    received.length = 0
    const mailer = createMailer({ smtpUrl: url, mailFrom: 'spreekuur@example.test', db: {} as Db })
    try {
      for (let n = 1; n <= 3; n++) await mailer.send(message(n), `<pool-${n}@spreekuur.test>`)
    } finally {
      mailer.close()
    }
    expect(received).toEqual(['Message 1', 'Message 2', 'Message 3'])
    expect(connections).toHaveLength(1)
  })

  test('opens a new connection when the server closed the kept one', async () => {
    connections.length = 0
    received.length = 0
    const mailer = createMailer({ smtpUrl: url, mailFrom: 'spreekuur@example.test', db: {} as Db })
    try {
      await mailer.send(message(1), '<closed-1@spreekuur.test>')
      // The server ends every open connection, as one does after its idle timeout.
      for (const connection of (server as unknown as { connections: Set<{ close(): void }> })
        .connections)
        connection.close()
      await new Promise((resolve) => setTimeout(resolve, 50))
      await mailer.send(message(2), '<closed-2@spreekuur.test>')
    } finally {
      mailer.close()
    }
    expect(received).toEqual(['Message 1', 'Message 2'])
    expect(connections).toHaveLength(2)
  })
})
