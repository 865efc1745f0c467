import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'

// The house has one direction: routes → services → db → (database), and everything may
// use domain/ (pure rules) and i18n/. See docs/architecture.md.

const root = resolve(import.meta.dirname, '../..')

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * The modules a file imports at run time, as paths from the root ('src/db/bookings.ts').
 * `import type` is left out: a type leaves no arrow in the running program.
 */
function importsOf(file: string, { types = false } = {}): string[] {
  const source = readFileSync(join(root, file), 'utf8')
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s([^'"]*?)from\s+'([^']+)'/gm)]
    .filter((match) => types || !/^type\s/.test(match[1]!))
    .map((match) => match[2]!)
  return specifiers.map((specifier) =>
    specifier.startsWith('.')
      ? relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts')
      : specifier,
  )
}

const QUERY_BUILDER =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|transaction)\(|\bsql`|\bsql\.(raw|ref|lit|id|join)\b/

const STILL_MOVING: string[] = []

/** Arrows that point the wrong way and are being turned (same rule: the list only shrinks). */
const STILL_UPWARD: string[] = []

/**
 * The shapes of the named text rules (src/domain/text-rules.ts): a control-character range,
 * a slug, a calendar date, a line break. A file that spells one out has its own rule again.
 * Output formats that escape their own way (notifications/calendar.ts) are not input rules.
 */
const TEXT_RULE_SHAPES = [
  /\\u0000-|\\x00-/i,
  /\[a-z0-9\]\+\(\?:-|\[a-z0-9\]\+\(-/,
  /\\d\{4\}-\\d\{2\}-\\d\{2\}/,
  /\\r\\n\\u2028/,
]
const TEXT_RULES_HOME = 'src/domain/text-rules.ts'

describe('architecture', () => {
  it('text rules live in one place: no route, view, service or domain file spells one out', () => {
    const offenders = ['src/routes', 'src/http', 'src/services', 'src/domain', 'views']
      .flatMap(filesUnder)
      .filter((file) => file !== TEXT_RULES_HOME)
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            TEXT_RULE_SHAPES.some((shape) => shape.test(line))
              ? [`${file}:${index + 1}: ${line.trim()}`]
              : [],
          ),
      )
    expect(offenders).toEqual([])
  })

  it('the text-rule shapes are the ones text-rules.ts defines (the check above sees them)', () => {
    const home = readFileSync(join(root, TEXT_RULES_HOME), 'utf8')
    for (const shape of TEXT_RULE_SHAPES) expect(home).toMatch(shape)
  })

  it('routes speak HTTP only: no kysely, no query builder, no transactions', () => {
    const offenders = filesUnder('src/routes').flatMap((file) => {
      const source = readFileSync(join(root, file), 'utf8')
      const found: string[] = []
      const imports = importsOf(file, { types: true })
      if (imports.includes('kysely') || importsOf(file).some((t) => t.startsWith('src/db/')))
        found.push(`${file}: imports kysely or src/db`)
      for (const [index, line] of source.split('\n').entries())
        if (QUERY_BUILDER.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`)
      return found
    })
    const files = [...new Set(offenders.map((line) => line.split(':')[0]!))].sort()
    // Files still on their way out of this habit (architecture issue). The list may only
    // shrink: a file that is clean must leave it, a file not on it must stay clean.
    expect(files).toEqual(STILL_MOVING.filter((file) => files.includes(file)))
    expect(STILL_MOVING.filter((file) => !files.includes(file))).toEqual([])
  })

  it('forms are read in one place: routes go through src/http/form.ts, never parseBody', () => {
    const offenders = filesUnder('src/routes').flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /\.parseBody\(/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
        ),
    )
    expect(offenders).toEqual([])
  })

  // Which layer may import which. A layer not named for a target may not import it.
  // src/config.ts and src/assets.ts are leaves (read the environment, name asset files).
  const allowed: Record<string, string[]> = {
    'src/domain': ['src/domain'],
    'src/i18n': ['src/i18n', 'src/domain'],
    'src/db': ['src/db', 'src/domain', 'src/config.ts'],
    'src/services': [
      'src/services',
      'src/db',
      'src/domain',
      'src/i18n',
      'src/notifications',
      'src/config.ts',
    ],
    'src/notifications': ['src/notifications', 'src/db', 'src/domain', 'src/i18n', 'src/config.ts'],
    views: ['views', 'src/domain', 'src/i18n', 'src/assets.ts'],
  }

  it("nothing below the routes uses the HTTP app's environment, not even its types", () => {
    const below = ['src/db', 'src/services', 'src/notifications', 'src/domain', 'src/i18n', 'views']
    const users = below
      .flatMap(filesUnder)
      .filter((file) => importsOf(file, { types: true }).includes('src/app-env.ts'))
    expect(users).toEqual([])
  })

  it('the list of arrows being turned holds no arrow that is gone', () => {
    const all = Object.keys(allowed).flatMap((layer) =>
      filesUnder(layer).flatMap((file) => importsOf(file).map((target) => `${file} → ${target}`)),
    )
    expect(STILL_UPWARD.filter((arrow) => !all.includes(arrow))).toEqual([])
  })

  for (const [layer, targets] of Object.entries(allowed)) {
    it(`${layer} imports only from ${targets.join(', ')}`, () => {
      const upward = filesUnder(layer).flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith('src/') || target.startsWith('views/'))
          .filter((target) => !targets.some((ok) => target === ok || target.startsWith(ok + '/')))
          .map((target) => `${file} → ${target}`),
      )
      expect(upward.filter((arrow) => !STILL_UPWARD.includes(arrow))).toEqual([])
    })
  }
})
