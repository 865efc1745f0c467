import { randomInt } from 'node:crypto'
import smpp, { type PDU, type Session } from 'smpp'
import { smsLayout } from '../domain/sms-text.js'

/**
 * Text messages over SMPP (issue 16), the protocol operators, Dutch SMS providers and
 * gateways (Jasmin, Kannel) speak. SMS_URL = smpp://system_id:password@host:port, or
 * smpps:// for TLS. One bind_transceiver per connection; a long text goes out as parts
 * with a concatenation header (UDH), data_coding 0 (GSM-7) or 8 (UCS-2).
 */

export interface SmppSettings {
  tls: boolean
  host: string
  port: number
  systemId: string
  password: string
}

/** @example parseSmsUrl('smpp://spreekuur:geheim@127.0.0.1:2775') */
export function parseSmsUrl(value: string): SmppSettings {
  const url = new URL(value)
  if (url.protocol !== 'smpp:' && url.protocol !== 'smpps:') {
    throw new Error('SMS_URL must be smpp:// or smpps://')
  }
  const tls = url.protocol === 'smpps:'
  return {
    tls,
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 3550 : 2775,
    systemId: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  }
}

/** An SMPP answer other than OK; `retryable` for throttling, a full queue, a refused bind. */
export class SmppError extends Error {
  constructor(
    readonly command: string,
    readonly status: number,
  ) {
    super(`SMPP ${command} answered status 0x${status.toString(16).padStart(4, '0')}`)
  }
  get retryable(): boolean {
    return [
      smpp.ESME_RTHROTTLED,
      smpp.ESME_RMSGQFUL,
      smpp.ESME_RBINDFAIL,
      smpp.ESME_RSYSERR,
    ].includes(this.status)
  }
}

export interface DeliveryReceipt {
  /** The id the SMSC gave the part when it took it. */
  smscId: string
  /** DELIVRD, UNDELIV, EXPIRED, REJECTD… as the SMSC writes it. */
  state: string
}

export interface SmsSender {
  /** Sends one text; resolves with the SMSC's message id of every part. */
  send(to: string, text: string): Promise<string[]>
  close(): Promise<void>
}

function answer(session: Session, call: 'bind_transceiver' | 'submit_sm', fields: object) {
  return new Promise<PDU>((resolve, reject) => {
    session[call](fields as Record<string, unknown>, (pdu) => {
      if (pdu.command_status === smpp.ESME_ROK) resolve(pdu)
      else reject(new SmppError(call, pdu.command_status))
    })
  })
}

/** The 6-byte concatenation header: reference, how many parts, which one. */
function concatenationHeader(reference: number, total: number, index: number): Buffer {
  return Buffer.from([0x05, 0x00, 0x03, reference, total, index])
}

/**
 * Binds to the SMSC and keeps the session for the texts that follow. Delivery receipts
 * (deliver_sm with a receipt) go to `onReceipt`.
 */
export async function openSmppSender(
  url: string,
  options: { from: string; onReceipt?: (receipt: DeliveryReceipt) => void },
): Promise<SmsSender> {
  const settings = parseSmsUrl(url)
  const session = smpp.connect({
    url: `${settings.tls ? 'ssmpp' : 'smpp'}://${settings.host}:${settings.port}`,
    auto_enquire_link_period: 30_000,
  })
  await new Promise<void>((resolve, reject) => {
    session.once(settings.tls ? 'secureConnect' : 'connect', () => resolve())
    session.once('error', reject)
  })
  session.on('error', () => {})
  try {
    await answer(session, 'bind_transceiver', {
      system_id: settings.systemId,
      password: settings.password,
    })
  } catch (error) {
    session.destroy()
    throw error
  }
  session.on('deliver_sm', (pdu: PDU) => {
    session.send(pdu.response())
    const text = String((pdu.short_message as { message?: string })?.message ?? '')
    // "id:… sub:001 dlvrd:001 submit date:… done date:… stat:DELIVRD err:000 text:…"
    // (SMPP 3.4 appendix B); anything else on deliver_sm is not a receipt.
    const id = /(?:^|\s)id:([\w.-]{1,65})(?:\s|$)/.exec(text)?.[1]
    const state = /(?:^|\s)stat:([A-Z]{5,8})(?:\s|$)/.exec(text)?.[1]
    if (id && state) options.onReceipt?.({ smscId: id, state })
  })
  // An alphanumeric sender ('Spreekuur') is TON 5; a number is international (TON 1).
  const alphanumeric = !/^\+?\d+$/.test(options.from)
  const source = {
    source_addr: alphanumeric ? options.from : options.from.replace(/^\+/, ''),
    source_addr_ton: alphanumeric ? 5 : 1,
    source_addr_npi: alphanumeric ? 0 : 1,
  }
  return {
    async send(to, text) {
      const layout = smsLayout(text)
      const reference = randomInt(0, 256)
      const ids: string[] = []
      for (const [index, part] of layout.parts.entries()) {
        const message =
          layout.parts.length === 1
            ? part
            : { udh: concatenationHeader(reference, layout.parts.length, index + 1), message: part }
        const pdu = await answer(session, 'submit_sm', {
          ...source,
          destination_addr: to.replace(/^\+/, ''),
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          data_coding: layout.dataCoding,
          registered_delivery: 1,
          esm_class: layout.parts.length === 1 ? 0 : 0x40,
          short_message: message,
        })
        ids.push(String(pdu.message_id))
      }
      return ids
    },
    close: () =>
      new Promise<void>((resolve) => {
        session.unbind(() => {
          session.close()
          resolve()
        })
      }),
  }
}
