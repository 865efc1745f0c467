// The few parts of the `smpp` package (no published types) that Spreekuur uses.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events'
  export interface PDU {
    command: string
    command_status: number
    [field: string]: unknown
    response(fields?: Record<string, unknown>): PDU
  }
  export interface Session extends EventEmitter {
    send(pdu: PDU, callback?: (response: PDU) => void): boolean
    bind_transceiver(fields: Record<string, unknown>, callback: (pdu: PDU) => void): void
    submit_sm(fields: Record<string, unknown>, callback: (pdu: PDU) => void): void
    deliver_sm(fields: Record<string, unknown>, callback?: (pdu: PDU) => void): void
    unbind(callback?: () => void): void
    close(callback?: () => void): void
    destroy(): void
    pause(): void
    resume(): void
  }
  export interface Server extends EventEmitter {
    listen(port: number, host: string, callback?: () => void): void
    close(callback?: () => void): void
    address(): { port: number }
  }
  export function connect(options: Record<string, unknown>, listener?: () => void): Session
  export function createServer(
    options: Record<string, unknown>,
    listener: (session: Session) => void,
  ): Server
  export const ESME_ROK: number
  export const ESME_RBINDFAIL: number
  export const ESME_RTHROTTLED: number
  export const ESME_RMSGQFUL: number
  export const ESME_RSYSERR: number
  const smpp: {
    connect: typeof connect
    createServer: typeof createServer
    ESME_ROK: number
    ESME_RBINDFAIL: number
    ESME_RTHROTTLED: number
    ESME_RMSGQFUL: number
    ESME_RSYSERR: number
  }
  export default smpp
}
