/**
 * Small-number suppression for aggregate reports (docs/decisions/0009-reports.md).
 *
 * A report is a set of counts, each under a key, and the sums a reader can see: "made =
 * active + cancelled by client + cancelled by staff", "total = January + February + …".
 * Counts 1–4 are shown as "< 5" (primary suppression). A reader who knows a sum and all
 * but one of its parts could still work a small count out, so more counts are hidden
 * (complementary suppression, shown as "×") until no small count can be pinned to one
 * value by interval reasoning over the sums. Zero is shown as 0: it singles no one out.
 * Pure: no I/O.
 */

export const THRESHOLD = 5

/** 'exact': shown as is; 'small': 1–4, shown as "< 5"; 'hidden': ≥ 5, hidden to protect a small one. */
export type Visibility = 'exact' | 'small' | 'hidden'

/** A displayed sum: `total` = the sum of `parts`, all of them shown on the same report. */
export interface SumLine {
  total: string
  parts: string[]
}

export interface Count {
  value: number
  visibility: Visibility
}

// Stands in for "no upper bound"; finite, so sums and differences of bounds never become
// NaN, and small enough that sums of thousands of them stay exact integers.
const UNBOUNDED = 1e12
// Interval reasoning converges quickly on report-sized tables; the cap keeps it bounded.
const MAX_ROUNDS = 50

type Bounds = Map<string, [number, number]>

/** How many candidate complements are tried before one is chosen. */
const LOOKAHEAD = 8

/**
 * What each count may show. While a small count can be pinned, one more count is hidden:
 * among the exact, non-zero counts of the sums that pin it, the one that leaves the fewest
 * small counts pinned, trying first what `rank` says matters least (lower ranks go first;
 * headline figures should rank high), then the smallest. Keys in `lines` without a count
 * are an error.
 *
 * @example suppress(new Map([['all', 9], ['a', 2], ['b', 7]]), [{ total: 'all', parts: ['a', 'b'] }])
 * // Map { all → 'exact', a → 'small', b → 'hidden' }
 */
export function suppress(
  counts: Map<string, number>,
  lines: SumLine[],
  rank: (key: string) => number = () => 0,
): Map<string, Visibility> {
  for (const line of lines) {
    for (const key of [line.total, ...line.parts]) {
      if (!counts.has(key)) throw new Error(`No count for ${key}`)
    }
  }
  const visibility = new Map<string, Visibility>()
  for (const [key, value] of counts) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Bad count ${key}: ${value}`)
    visibility.set(key, isSmall(value) ? 'small' : 'exact')
  }
  let pinned = pinnedSmallCounts(counts, visibility, lines)
  while (pinned.length > 0) {
    const candidates = complementCandidates(pinned, counts, visibility, lines, rank)
    // Nothing left to hide near the pinned counts: the documented limit (ADR 9).
    if (candidates.length === 0) return visibility
    let best: { key: string; pinned: string[] } | undefined
    for (const key of candidates.slice(0, LOOKAHEAD)) {
      visibility.set(key, 'hidden')
      const after = pinnedSmallCounts(counts, visibility, lines)
      visibility.set(key, 'exact')
      if (!best || after.length < best.pinned.length) best = { key, pinned: after }
      if (after.length === 0) break
    }
    visibility.set(best!.key, 'hidden')
    pinned = best!.pinned
  }
  return visibility
}

export function isSmall(value: number): boolean {
  return value > 0 && value < THRESHOLD
}

/**
 * The small counts whose value a reader can deduce from what is shown and the sums.
 *
 * @example pinnedSmallCounts(counts, visibility, lines) // ['lang:ti|total']
 */
export function pinnedSmallCounts(
  counts: Map<string, number>,
  visibility: Map<string, Visibility>,
  lines: SumLine[],
): string[] {
  const bounds = readerBounds(counts, visibility, lines)
  return [...visibility]
    .filter(([key, v]) => v === 'small' && bounds.get(key)![0] === bounds.get(key)![1])
    .map(([key]) => key)
}

/** What a reader can know of each count: shown exactly, 1–4, or ≥ 5; narrowed by the sums. */
function readerBounds(
  counts: Map<string, number>,
  visibility: Map<string, Visibility>,
  lines: SumLine[],
): Bounds {
  const bounds: Bounds = new Map()
  for (const [key, v] of visibility) {
    const value = counts.get(key)!
    bounds.set(
      key,
      v === 'exact' ? [value, value] : v === 'small' ? [1, THRESHOLD - 1] : [THRESHOLD, UNBOUNDED],
    )
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false
    for (const line of lines) changed = narrow(bounds, line) || changed
    if (!changed) break
  }
  return bounds
}

/** One pass of total = Σ parts over the bounds; true when any bound moved. */
function narrow(bounds: Bounds, line: SumLine): boolean {
  let changed = false
  const set = (key: string, lo: number, hi: number) => {
    const [oldLo, oldHi] = bounds.get(key)!
    const next: [number, number] = [Math.max(oldLo, lo), Math.min(oldHi, hi)]
    if (next[0] !== oldLo || next[1] !== oldHi) {
      bounds.set(key, next)
      changed = true
    }
  }
  const parts = line.parts.map((key) => bounds.get(key)!)
  const sumLo = parts.reduce((sum, [lo]) => sum + lo, 0)
  // Uncapped: a capped sum would make "sum minus this part" too small.
  const sumHi = parts.reduce((sum, [, hi]) => sum + hi, 0)
  set(line.total, sumLo, sumHi)
  const [totalLo, totalHi] = bounds.get(line.total)!
  line.parts.forEach((key, index) => {
    const [lo, hi] = parts[index]!
    set(key, totalLo - (sumHi - hi), totalHi - (sumLo - lo))
  })
  return changed
}

/**
 * The counts that could be hidden next, best first: the exact, non-zero counts of the
 * sums that hold a pinned count (parts before totals); failing those (the pin comes
 * through a chain of sums), those of any sum that holds a suppressed count. Within each
 * group, by `rank`, then by size.
 */
function complementCandidates(
  pinned: string[],
  counts: Map<string, number>,
  visibility: Map<string, Visibility>,
  lines: SumLine[],
  rank: (key: string) => number,
): string[] {
  const shown = (key: string) => visibility.get(key) === 'exact' && counts.get(key)! > 0
  const order = (keys: string[]) =>
    [...new Set(keys.filter(shown))].sort(
      (a, b) => rank(a) - rank(b) || counts.get(a)! - counts.get(b)!,
    )
  const pinnedSet = new Set(pinned)
  const holding = lines.filter((line) => [line.total, ...line.parts].some((k) => pinnedSet.has(k)))
  const near = [
    ...order(holding.flatMap((line) => line.parts)),
    ...order(holding.map((line) => line.total)),
  ]
  if (near.length > 0) return [...new Set(near)]
  const suppressed = lines.filter((line) =>
    [line.total, ...line.parts].some((k) => visibility.get(k) !== 'exact'),
  )
  return order(suppressed.flatMap((line) => [...line.parts, line.total]))
}

/**
 * A share (0..1) that reveals nothing hidden: only of exact counts, and only of a base
 * above zero; null otherwise.
 *
 * @example shareOf({ value: 6, visibility: 'exact' }, { value: 12, visibility: 'exact' }) // 0.5
 */
export function shareOf(part: Count, base: Count | number): number | null {
  const baseValue = typeof base === 'number' ? base : base.visibility === 'exact' ? base.value : 0
  if (part.visibility !== 'exact' || baseValue <= 0) return null
  return part.value / baseValue
}
