import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, test } from 'vitest'
import { freePort } from '../../bench/setup.js'

// `npm start` runs src/cli/start.mjs: the server compiled into one file by esbuild, built
// again when a source changed since, and through tsx when it cannot be built (ADR 46).

const OUT = `dist/test-start-${process.pid}`
const LIMIT_MS = 90_000

afterAll(() => rm(OUT, { recursive: true, force: true }))

function launcher(args: string[]) {
  return spawnSync(process.execPath, ['src/cli/start.mjs', ...args], { encoding: 'utf8' })
}

/** Starts the launcher with `args`, waits for /healthz, stops it; what it wrote to stderr. */
async function serveOnce(args: string[]): Promise<{ status: number; stderr: string }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['src/cli/start.mjs', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      PGLITE_DIR: 'memory://',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    const deadline = Date.now() + LIMIT_MS
    while (Date.now() < deadline && child.exitCode === null) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined)
      if (res) return { status: res.status, stderr }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return { status: 0, stderr }
  } finally {
    child.kill('SIGKILL')
    await exited
  }
}

describe('npm start through the compiled server', () => {
  test(
    'builds once, serves from the build, and builds again when a source changed',
    { timeout: 2 * LIMIT_MS },
    async () => {
      const built = launcher(['--build', `--out=${OUT}`])
      expect(built.status, built.stderr).toBe(0)
      expect(existsSync(`${OUT}/server.js`)).toBe(true)
      const manifestPath = `${OUT}/manifest.json`
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        inputs: Record<string, [number, number]>
      }
      expect(Object.keys(manifest.inputs)).toEqual(
        expect.arrayContaining(['src/server.ts', 'seeds/demo.ts', 'src/cli/start.mjs']),
      )

      // Fresh: nothing is built again.
      const madeAt = statSync(`${OUT}/server.js`).mtimeMs
      expect(launcher(['--build', `--out=${OUT}`]).status).toBe(0)
      expect(statSync(`${OUT}/server.js`).mtimeMs).toBe(madeAt)

      const { status, stderr } = await serveOnce([`--out=${OUT}`])
      expect(status, stderr).toBe(200)
      expect(stderr).toBe('')

      // As after a `git pull`: a source no longer has the size the build was made from.
      manifest.inputs['src/server.ts']![1] += 1
      writeFileSync(manifestPath, JSON.stringify(manifest))
      expect(launcher(['--build', `--out=${OUT}`]).status).toBe(0)
      expect(statSync(`${OUT}/server.js`).mtimeMs).not.toBe(madeAt)
      const rebuilt = JSON.parse(readFileSync(manifestPath, 'utf8')) as typeof manifest
      expect(rebuilt.inputs['src/server.ts']![1]).toBe(statSync('src/server.ts').size)
    },
  )

  test(
    'runs the sources through tsx when it cannot build, and says so',
    { timeout: LIMIT_MS + 5_000 },
    async () => {
      // A folder inside a file cannot be made.
      const { status, stderr } = await serveOnce(['--out=package.json/start'])
      expect(status, stderr).toBe(200)
      expect(stderr).toMatch(/^Spreekuur: could not compile the server \(.+\); running tsx\.\n$/)
    },
  )
})
