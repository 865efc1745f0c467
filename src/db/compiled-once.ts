import type { Compilable, CompiledQuery, QueryResult } from 'kysely'
import type { Db } from './database.js'

/**
 * A query Kysely builds and compiles once per process and runs with new values each time:
 * for statements on the booking path, where building and compiling the same query on every
 * request was a measurable share of its CPU (ADR 54). `build` gets one placeholder per
 * name, to use where the values go; each run puts the values in their places. The text is
 * the same for every database we open (pg and PGlite both compile as PostgreSQL).
 *
 * @example const lock = compiledOnce(['id'], (db, p) => db.selectFrom('locations').select('id').where('id', '=', p.id))
 * @example const { rows } = await lock(trx, { id: point.id })
 */
export function compiledOnce<Name extends string, Row>(
  names: readonly Name[],
  build: (db: Db, placeholders: Record<Name, string>) => Compilable<Row>,
): (db: Db, values: Record<Name, unknown>) => Promise<QueryResult<Row>> {
  const placeholders = new Map<unknown, Name>()
  const forBuild = {} as Record<Name, string>
  for (const name of names) {
    // An object no value can be: found again by identity among the compiled parameters.
    const placeholder = Object.freeze({ placeholder: name })
    placeholders.set(placeholder, name)
    forBuild[name] = placeholder as unknown as string
  }
  let compiled: CompiledQuery<Row> | undefined
  return async (db, values) => {
    if (compiled === undefined) {
      const made = build(db, forBuild).compile()
      const used = new Set(made.parameters.map((p) => placeholders.get(p)))
      const unused = names.filter((name) => !used.has(name))
      if (unused.length > 0) throw new Error(`compiledOnce: ${unused.join(', ')} not a parameter`)
      compiled = made
    }
    const parameters = compiled.parameters.map((p) => {
      const name = placeholders.get(p)
      return name === undefined ? p : values[name]
    })
    return db.executeQuery({ ...compiled, parameters })
  }
}
