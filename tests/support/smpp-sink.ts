import smpp, { type PDU, type Session } from 'smpp'

export interface ReceivedPart {
  destination: string
  source: string
  dataCoding: number
  /** The concatenation header's [reference, total, index], or null for a single message. */
  part: [number, number, number] | null
  message: string
  messageId: string
}

/**
 * A real SMPP server (the `smpp` package's server side) on a loopback port: checks the
 * bind's credentials, records every submit_sm, and can refuse binds or throttle.
 */
export async function startSmppSink(options: { systemId: string; password: string }) {
  const received: ReceivedPart[] = []
  const sessions: Session[] = []
  const behaviour = { refuseBinds: 0, throttle: 0 }
  let counter = 0
  const server = smpp.createServer({}, (session) => {
    sessions.push(session)
    session.on('error', () => {})
    session.on('close', () => sessions.splice(sessions.indexOf(session), 1))
    session.on('bind_transceiver', (pdu: PDU) => {
      const ok =
        behaviour.refuseBinds === 0 &&
        pdu.system_id === options.systemId &&
        pdu.password === options.password
      if (behaviour.refuseBinds > 0) behaviour.refuseBinds -= 1
      session.send(pdu.response({ command_status: ok ? smpp.ESME_ROK : smpp.ESME_RBINDFAIL }))
    })
    session.on('submit_sm', (pdu: PDU) => {
      if (behaviour.throttle > 0) {
        behaviour.throttle -= 1
        session.send(pdu.response({ command_status: smpp.ESME_RTHROTTLED }))
        return
      }
      const short = pdu.short_message as { message: string; udh?: Buffer[] }
      const udh = short.udh?.[0]
      const messageId = `m${++counter}`
      received.push({
        destination: String(pdu.destination_addr),
        source: String(pdu.source_addr),
        dataCoding: Number(pdu.data_coding),
        part: udh ? [udh[2]!, udh[3]!, udh[4]!] : null,
        message: short.message,
        messageId,
      })
      session.send(pdu.response({ message_id: messageId }))
    })
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = server.address().port
  return {
    port,
    url: `smpp://${options.systemId}:${options.password}@127.0.0.1:${port}`,
    received,
    behaviour,
    /** Sends a delivery receipt for a message id to every open session. */
    receipt(messageId: string, state: string) {
      for (const session of sessions) {
        session.deliver_sm({
          esm_class: 0x04,
          short_message: `id:${messageId} sub:001 dlvrd:001 stat:${state} err:000 text:`,
        })
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy()
        server.close(() => resolve())
      }),
  }
}
