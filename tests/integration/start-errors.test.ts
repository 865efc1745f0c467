import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { expectOneClearLine, START_LIMIT_MS, startOnce } from '../support/start-once.js'

// `npm start` with a setting that cannot work must say which one in one line and stop
// (issue 23): before, these printed `[object Object]` after ten seconds, a stack trace,
// or nothing at all while hanging for good.

/** A port nobody listens on, for the starts that should fail before they listen. */
let freePort = 0
const LIMIT_MS = START_LIMIT_MS
const start = (env: Record<string, string>, options: { uid?: number; gid?: number } = {}) =>
  startOnce({ PORT: String(freePort), ...env }, options)

describe('a start with a setting that cannot work', () => {
  let dir: string
  let silent: Server
  const sockets: Socket[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spreekuur-start-'))
    await chmod(dir, 0o755)
    // Accepts connections and never says a word, like a database behind a broken proxy.
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    freePort = (probe.address() as AddressInfo).port
    await new Promise<void>((resolve) => probe.close(() => resolve()))
    silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
    await rm(dir, { recursive: true, force: true })
  })

  test('a PGLITE_DIR that cannot be created', { timeout: LIMIT_MS + 5_000 }, async () => {
    const file = join(dir, 'a-file')
    await writeFile(file, '')
    expectOneClearLine(await start({ PGLITE_DIR: join(file, 'pglite') }), 'PGLITE_DIR=')
  })

  test(
    'a PGLITE_DIR that exists but may not be written',
    { timeout: LIMIT_MS + 5_000 },
    async () => {
      const readOnly = join(dir, 'read-only')
      await mkdir(readOnly, { mode: 0o755 })
      // Root may write anywhere: the server then runs as nobody, for whom it is read-only.
      const asRoot = process.getuid?.() === 0
      if (!asRoot) await chmod(readOnly, 0o555)
      const result = await start(
        { PGLITE_DIR: readOnly, ...(asRoot && { HOME: dir }) },
        asRoot ? { uid: 65534, gid: 65534 } : {},
      )
      expectOneClearLine(result, 'PGLITE_DIR=')
    },
  )

  test(
    'a DATABASE_URL whose server accepts but never answers',
    { timeout: LIMIT_MS + 5_000 },
    async () => {
      const port = (silent.address() as AddressInfo).port
      const result = await start({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${port}/x` })
      expectOneClearLine(result, 'DATABASE_URL')
      expect(result.stderr).not.toContain('secret')
    },
  )

  test('a DATABASE_URL on a port nobody listens on', { timeout: LIMIT_MS + 5_000 }, async () => {
    const result = await start({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${freePort}/x` })
    expectOneClearLine(result, 'DATABASE_URL')
    expect(result.stderr).not.toContain('secret')
  })

  test('a PORT another program listens on', { timeout: LIMIT_MS + 5_000 }, async () => {
    const port = (silent.address() as AddressInfo).port
    const databaseUrl = inject('databaseUrl')
    const result = await start({
      PORT: String(port),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: join(dir, 'pglite') }),
    })
    expectOneClearLine(result, `PORT=${port}`)
  })
})
