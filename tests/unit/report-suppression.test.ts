import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  pinnedSmallCounts,
  shareOf,
  suppress,
  type SumLine,
  type Visibility,
} from '../../src/domain/report-suppression.js'

function run(counts: Record<string, number>, lines: SumLine[]) {
  const values = new Map(Object.entries(counts))
  const visibility = suppress(values, lines)
  return { values, visibility, shown: Object.fromEntries(visibility) }
}

describe('small numbers', () => {
  test('1 to 4 are small, 0 and 5 and up are shown, without sums', () => {
    const { shown } = run({ zero: 0, one: 1, four: 4, five: 5, many: 120 }, [])
    expect(shown).toEqual({
      zero: 'exact',
      one: 'small',
      four: 'small',
      five: 'exact',
      many: 'exact',
    })
  })

  test('a total and all other parts would give a small part away: the next smallest part hides', () => {
    const { shown } = run({ all: 30, a: 2, b: 8, c: 20 }, [
      { total: 'all', parts: ['a', 'b', 'c'] },
    ])
    expect(shown).toEqual({ all: 'exact', a: 'small', b: 'hidden', c: 'exact' })
  })

  test('the complement is one that really unpins: hiding a part of 5 beside a 1 would not', () => {
    // Hiding b (5) leaves 26 − 20 − b ≤ 1, so a would still be 1; hiding c (20) does not.
    const lines = [{ total: 'all', parts: ['a', 'b', 'c'] }]
    const { shown, values, visibility } = run({ all: 26, a: 1, b: 5, c: 20 }, lines)
    expect(shown).toEqual({ all: 'exact', a: 'small', b: 'exact', c: 'hidden' })
    expect(pinnedSmallCounts(values, visibility, lines)).toEqual([])
  })

  test('counts that matter less are hidden first, when they protect as well', () => {
    const lines = [{ total: 'all', parts: ['a', 'headline', 'minor'] }]
    const counts = new Map(Object.entries({ all: 40, a: 2, headline: 18, minor: 20 }))
    const ranked = suppress(counts, lines, (key) => (key === 'headline' ? 1 : 0))
    expect(Object.fromEntries(ranked)).toMatchObject({ headline: 'exact', minor: 'hidden' })
    const unranked = suppress(counts, lines)
    expect(Object.fromEntries(unranked)).toMatchObject({ headline: 'hidden', minor: 'exact' })
  })

  test('two small parts that add up to what is missing are left alone when they cannot be told apart', () => {
    const { shown } = run({ all: 25, a: 2, b: 3, c: 20 }, [
      { total: 'all', parts: ['a', 'b', 'c'] },
    ])
    expect(shown).toEqual({ all: 'exact', a: 'small', b: 'small', c: 'exact' })
  })

  test('two parts of 1 are pinned by their sum of 2, so a third count hides', () => {
    const { shown } = run({ all: 12, a: 1, b: 1, c: 10 }, [
      { total: 'all', parts: ['a', 'b', 'c'] },
    ])
    expect(shown).toEqual({ all: 'exact', a: 'small', b: 'small', c: 'hidden' })
  })

  test('a zero part is public and never hidden to protect another', () => {
    const { shown } = run({ all: 13, a: 3, zero: 0, c: 10 }, [
      { total: 'all', parts: ['a', 'zero', 'c'] },
    ])
    expect(shown).toEqual({ all: 'exact', a: 'small', zero: 'exact', c: 'hidden' })
  })

  test('when hiding the other part is not enough, the total hides', () => {
    // b hidden (≥ 5) would leave a ≤ 6 − 5 = 1; with the total hidden, a is anything 1–4.
    const { shown } = run({ all: 6, a: 1, b: 5 }, [{ total: 'all', parts: ['a', 'b'] }])
    expect(shown).toEqual({ all: 'hidden', a: 'small', b: 'exact' })
  })

  test('sums that cross (months and statuses) are protected together', () => {
    // Rows: made = active + cancelled; columns: total = November + December.
    const counts = {
      'made|total': 24,
      'made|nov': 6,
      'made|dec': 18,
      'active|total': 22,
      'active|nov': 6,
      'active|dec': 16,
      'cancelled|total': 2,
      'cancelled|nov': 0,
      'cancelled|dec': 2,
    }
    const lines: SumLine[] = [
      { total: 'made|total', parts: ['active|total', 'cancelled|total'] },
      { total: 'made|nov', parts: ['active|nov', 'cancelled|nov'] },
      { total: 'made|dec', parts: ['active|dec', 'cancelled|dec'] },
      { total: 'made|total', parts: ['made|nov', 'made|dec'] },
      { total: 'active|total', parts: ['active|nov', 'active|dec'] },
      { total: 'cancelled|total', parts: ['cancelled|nov', 'cancelled|dec'] },
    ]
    const { values, visibility } = run(counts, lines)
    expect(visibility.get('cancelled|total')).toBe('small')
    expect(visibility.get('cancelled|dec')).toBe('small')
    expect(pinnedSmallCounts(values, visibility, lines)).toEqual([])
    // The zero stays a zero.
    expect(visibility.get('cancelled|nov')).toBe('exact')
  })

  test('a count in a sum must exist', () => {
    expect(() => suppress(new Map([['a', 1]]), [{ total: 'a', parts: ['b'] }])).toThrow('b')
  })
})

describe('no small number can be worked out from a suppressed table', () => {
  // A table of rows × columns with a total row and a total column, every sum declared:
  // the shape of the month and region tables. Cells 0–12, so small ones are frequent.
  const table = fc.array(
    fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 4 }),
    {
      minLength: 2,
      maxLength: 4,
    },
  )

  test('after suppression, interval reasoning pins no small count, unless nothing was left to hide', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const width = Math.min(...rows.map((row) => row.length))
        const counts = new Map<string, number>()
        const lines: SumLine[] = []
        rows.forEach((row, r) => {
          row.slice(0, width).forEach((value, c) => counts.set(`${r}|${c}`, value))
          const rowTotal = row.slice(0, width).reduce((a, b) => a + b, 0)
          counts.set(`${r}|T`, rowTotal)
          lines.push({ total: `${r}|T`, parts: [...Array(width).keys()].map((c) => `${r}|${c}`) })
        })
        for (const c of [...Array(width).keys(), 'T' as const]) {
          const column = rows.map((_, r) => `${r}|${c}`)
          counts.set(
            `T|${c}`,
            column.reduce((sum, key) => sum + counts.get(key)!, 0),
          )
          lines.push({ total: `T|${c}`, parts: column })
        }
        const visibility = suppress(counts, lines)
        for (const [key, v] of visibility) {
          const value = counts.get(key)!
          // Never a lie: small is 1–4, hidden is 5 or more, exact is the value.
          if (v === 'small') expect(value >= 1 && value <= 4).toBe(true)
          if (v === 'hidden') expect(value).toBeGreaterThanOrEqual(5)
          if (value >= 1 && value <= 4) expect(v).toBe('small')
        }
        const pinned = pinnedSmallCounts(counts, visibility, lines)
        if (pinned.length > 0) expect(nothingLeftToHide(counts, visibility, lines)).toBe(true)
      }),
      { numRuns: 300, seed: 20261201 },
    )
  })
})

/** The documented limit: every count in a sum with a suppressed one is already hidden or 0. */
function nothingLeftToHide(
  counts: Map<string, number>,
  visibility: Map<string, Visibility>,
  lines: SumLine[],
): boolean {
  return lines
    .filter((line) => [line.total, ...line.parts].some((k) => visibility.get(k) !== 'exact'))
    .every((line) =>
      [line.total, ...line.parts].every(
        (k) => visibility.get(k) !== 'exact' || counts.get(k) === 0,
      ),
    )
}

describe('shares', () => {
  test('only of exact counts and a base above zero', () => {
    expect(shareOf({ value: 6, visibility: 'exact' }, { value: 12, visibility: 'exact' })).toBe(0.5)
    expect(
      shareOf({ value: 3, visibility: 'small' }, { value: 12, visibility: 'exact' }),
    ).toBeNull()
    expect(
      shareOf({ value: 6, visibility: 'exact' }, { value: 9, visibility: 'hidden' }),
    ).toBeNull()
    expect(shareOf({ value: 0, visibility: 'exact' }, 0)).toBeNull()
    expect(shareOf({ value: 0, visibility: 'exact' }, 40)).toBe(0)
  })
})
