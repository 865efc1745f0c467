import { relative } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that take longest, longest first, by their durations in a whole run on
 * PostgreSQL (ADR 49). Two workers end together only when the long files start first:
 * one started last would run alone at the end. Files not named here follow in vitest's
 * own order (longest first by the last run's durations, else largest first).
 */
export const LONGEST_FIRST = [
  'tests/e2e/booking.test.ts',
  'tests/e2e/admin.test.ts',
  'tests/integration/unreadable-forms.test.ts',
  'tests/integration/staff-fuzz.test.ts',
  'tests/e2e/staff-phone.test.ts',
  'tests/integration/security-audit.test.ts',
  'tests/integration/authorization.test.ts',
  'tests/integration/start-launcher.test.ts',
  'tests/e2e/staff.test.ts',
  'tests/e2e/desk.test.ts',
  'tests/integration/start-errors.test.ts',
  'tests/e2e/passkeys.test.ts',
  'tests/integration/auth.test.ts',
  'tests/integration/cluster.test.ts',
  'tests/unit/cached-zone.test.ts',
  'tests/integration/pglite-template.test.ts',
]

/**
 * vitest's order, with the files of LONGEST_FIRST moved to the front in that order. The
 * cache vitest sorts by is this machine's last run, of whatever files it ran and under
 * whatever load; a fresh checkout (CI) has none and would start the largest files first.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const root = this.ctx.config.root
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(root, file.moduleId).replaceAll('\\', '/'))
      return at < 0 ? LONGEST_FIRST.length : at
    }
    // Array.prototype.sort is stable: the files not named keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}
