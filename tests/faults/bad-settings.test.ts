import { freePort } from '../../bench/setup.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectOneClearLine, START_LIMIT_MS, startOnce } from '../support/start-once.js'
import { startPrivateCluster, type PrivateCluster } from '../support/private-cluster.js'

// Scenario 5 of the fault suite (issue 20), the part that needs a server of its own: a
// DATABASE_URL with the wrong password, against a cluster that asks for one (the shared
// one trusts every local connection). One clear line, no password in it, a failing exit
// within seconds. The closed port, the silent server and an unwritable PGLITE_DIR are in
// tests/integration/start-errors.test.ts.

describe('a start with the wrong database password', () => {
  let pg: PrivateCluster
  let port = 0

  beforeAll(async () => {
    pg = await startPrivateCluster({ password: 'het-goede-wachtwoord' })
    port = await freePort()
  })

  afterAll(async () => {
    await pg?.destroy()
  })

  test('says DATABASE_URL in one line and stops', { timeout: START_LIMIT_MS + 5_000 }, async () => {
    const began = performance.now()
    const result = await startOnce({
      PORT: String(port),
      DATABASE_URL: `postgres://postgres:verkeerd-wachtwoord@127.0.0.1:${pg.port}/postgres`,
    })
    expectOneClearLine(result, 'DATABASE_URL')
    expect(result.stderr).not.toContain('verkeerd-wachtwoord')
    expect(result.stderr).toMatch(/password/i)
    expect(performance.now() - began).toBeLessThan(START_LIMIT_MS)
  })

  test(
    'the same cluster takes the right password, so the refusal above is the password',
    { timeout: 60_000 },
    async () => {
      const { Client } = (await import('pg')).default
      const client = new Client({ connectionString: pg.url() })
      await client.connect()
      expect((await client.query('select 1 as one')).rows[0]).toEqual({ one: 1 })
      await client.end()
    },
  )
})
