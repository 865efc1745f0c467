import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
} from 'kysely'
import { describe, expect, test } from 'vitest'
import { compiledOnce } from '../../src/db/compiled-once.js'
import type { Db } from '../../src/db/database.js'

/** A Kysely that compiles as PostgreSQL and keeps every statement it is asked to run. */
function recordingDb() {
  const ran: CompiledQuery[] = []
  const connection: DatabaseConnection = {
    executeQuery: async (query) => {
      ran.push(query)
      return { rows: [] }
    },
    streamQuery: () => {
      throw new Error('not used')
    },
  }
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  }
  const db = new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }) as unknown as Db
  return { db, ran }
}

describe('compiledOnce', () => {
  test('builds once, then runs the same text with each run’s values in their places', async () => {
    const { db, ran } = recordingDb()
    let builds = 0
    const query = compiledOnce(['id', 'role'], (k, p) => {
      builds += 1
      return k
        .selectFrom('staff')
        .select('id')
        .where('id', '=', p.id)
        .where('active', '=', true)
        .where('role', '=', p.role as 'counselor')
    })
    await query(db, { id: 'a', role: 'counselor' })
    await query(db, { id: 'b', role: 'coordinator' })
    expect(builds).toBe(1)
    expect(ran.map((q) => q.parameters)).toEqual([
      ['a', true, 'counselor'],
      ['b', true, 'coordinator'],
    ])
    expect(ran[1]!.sql).toBe(ran[0]!.sql)
    expect(ran[0]!.sql).toBe(
      db
        .selectFrom('staff')
        .select('id')
        .where('id', '=', 'x')
        .where('active', '=', true)
        .where('role', '=', 'counselor')
        .compile().sql,
    )
  })

  test('refuses a placeholder the query does not use as a parameter', async () => {
    const { db, ran } = recordingDb()
    const query = compiledOnce(['id', 'forgotten'], (k, p) =>
      k.selectFrom('staff').select('id').where('id', '=', p.id),
    )
    await expect(query(db, { id: 'a', forgotten: 'b' })).rejects.toThrow(/forgotten/)
    expect(ran).toEqual([])
  })
})
