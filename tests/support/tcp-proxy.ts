import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net'

/**
 * A loopback TCP proxy in front of a real server (PostgreSQL here), to give the app a
 * network that fails the ways networks do, without touching the server itself:
 * - `cut()`: every connection is reset and new ones are refused (a restart, a crash);
 * - `blackHole()`: what is open now is lost for good (a firewall or NAT forgetting the
 *   connection: packets vanish, no reset ever comes), and new connections hang;
 * - `delay(ms)`: every chunk, both ways, arrives `ms` later than it was sent, in order
 *   (a database answering slowly, a saturated link); `delay(0)` ends it;
 * - `restore()`: new connections work again (lost ones stay lost).
 *
 * @example const proxy = await startTcpProxy(5432); … proxy.cut(); … proxy.restore()
 */
export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1') {
  let mode: 'open' | 'cut' | 'black-hole' = 'open'
  let delayMs = 0
  const open = new Set<Socket>()
  const waiting: Socket[] = []

  const connect = (client: Socket) => {
    const upstream = createConnection({ port: targetPort, host: targetHost })
    const pair = [client, upstream]
    let lost = false
    for (const socket of pair) {
      open.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => {
        open.delete(socket)
        if (!lost) for (const other of pair) other.destroy()
      })
    }
    // Each direction is a queue: a chunk leaves at its time, never before the one ahead.
    const forward = (to: Socket) => {
      const queue: Array<{ at: number; chunk: Buffer }> = []
      let timer: NodeJS.Timeout | undefined
      const pump = () => {
        timer = undefined
        while (queue.length > 0 && queue[0]!.at <= performance.now()) {
          const { chunk } = queue.shift()!
          if (!lost && !to.destroyed) to.write(chunk)
        }
        if (queue.length > 0) timer = setTimeout(pump, queue[0]!.at - performance.now())
      }
      return (chunk: Buffer) => {
        if (lost) return
        if (delayMs === 0 && queue.length === 0) return void to.write(chunk)
        queue.push({ at: Math.max(performance.now() + delayMs, queue.at(-1)?.at ?? 0), chunk })
        if (!timer) timer = setTimeout(pump, queue[0]!.at - performance.now())
      }
    }
    client.on('data', forward(upstream))
    upstream.on('data', forward(client))
    lostHooks.add(() => {
      lost = true
    })
  }
  const lostHooks = new Set<() => void>()

  const server = createServer((client) => {
    client.on('error', () => {})
    if (mode === 'cut') return client.resetAndDestroy()
    if (mode === 'black-hole') {
      waiting.push(client)
      return
    }
    connect(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port

  return {
    port,
    /** `url` with its port pointed at this proxy. */
    through(url: string): string {
      const proxied = new URL(url)
      proxied.hostname = '127.0.0.1'
      proxied.port = String(port)
      return proxied.toString()
    },
    cut() {
      mode = 'cut'
      for (const socket of open) socket.resetAndDestroy()
    },
    blackHole() {
      mode = 'black-hole'
      for (const hook of lostHooks) hook()
      lostHooks.clear()
    },
    delay(ms: number) {
      delayMs = ms
    },
    restore() {
      mode = 'open'
      delayMs = 0
      // Connections that waited in the hole get through now, as SYN retries would.
      for (const client of waiting.splice(0)) if (!client.destroyed) connect(client)
    },
    close() {
      for (const socket of [...open, ...waiting]) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
