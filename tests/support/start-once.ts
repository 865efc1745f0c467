import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect } from 'vitest'

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx')
/** A start that cannot work must have said so and stopped by then. */
export const START_LIMIT_MS = 20_000

/**
 * `npm start` with exactly these settings (and PATH); resolves when it exits, with what
 * it wrote to stderr. A start that hangs is killed at the limit (and then fails its test).
 *
 * @example const result = await startOnce({ PORT: '3999', DATABASE_URL: 'postgres://…' })
 */
export function startOnce(
  env: Record<string, string>,
  options: { uid?: number; gid?: number } = {},
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/server.ts'], {
      env: { PATH: process.env.PATH ?? '', SEED_DEMO: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      // A group of its own: tsx runs the server as a child, which killing tsx alone left
      // running (ADR 49); the limit kills the whole group.
      detached: true,
      ...options,
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), START_LIMIT_MS)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

/** One line that names `setting`, and a failing exit. */
export function expectOneClearLine(
  result: { code: number | null; stderr: string },
  setting: string,
) {
  expect(result.code, result.stderr).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^Spreekuur could not start: /)
  expect(lines[0]).toContain(setting)
  expect(lines[0]).not.toMatch(/\[object Object\]|\bat .+:\d+:\d+/)
}
