import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on a loopback port that keeps what it receives, parsed with
 * mailparser. `refuse` makes it answer 421 (try again later) like a server in trouble.
 *
 * @example const sink = await startSmtpSink(); … sink.url; … await sink.close()
 */
export async function startSmtpSink() {
  const received: Array<{ raw: string; parsed: ParsedMail }> = []
  let refusing = false
  let holding: { release: () => void; gate: Promise<void>; held: number } | undefined
  let onReceived: ((parsed: ParsedMail) => void | Promise<void>) | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (holding) {
        holding.held += 1
        void holding.gate.then(() => callback())
        return
      }
      if (refusing) {
        const error = new Error('Service not available, try again later') as Error & {
          responseCode: number
        }
        error.responseCode = 421
        return callback(error)
      }
      callback()
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then((parsed) => {
            received.push({ raw, parsed })
            // Before the 250 reply: the sender only learns of the delivery afterwards.
            return Promise.resolve(onReceived?.(parsed)).then(() => callback())
          })
          .catch(callback)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Runs `hook` on each message after it is kept and before the server says so. */
    whenReceived(hook: typeof onReceived) {
      onReceived = hook
    },
    refuse(value: boolean) {
      refusing = value
    },
    /**
     * Makes every sender wait at MAIL FROM, before any message is handed over, until
     * `release()`; `held()` counts the senders that are waiting or have waited.
     */
    hold() {
      let release = () => {}
      const gate = new Promise<void>((resolve) => (release = resolve))
      const state = { release, gate, held: 0 }
      holding = state
      return {
        held: () => state.held,
        release: () => {
          if (holding === state) holding = undefined
          state.release()
        },
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
