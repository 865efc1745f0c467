// Reads vitest's JSON report (jest-compatible) and fails when the run cannot be trusted:
// a failed test or file, any skipped test (with TEST_DATABASE_URL set nothing may skip),
// or PostgreSQL-only tests that did not run. The last line printed is the summary.
//
// Usage: node .ci/check-test-report.mjs <report.json> [must-run file ...]
// Without files, the PostgreSQL proofs of `npm test` below must have run; with them, those.
import { readFileSync } from 'node:fs'

/**
 * Tests that prove the capacity rule and the scale-out (several server processes, one
 * database) against real PostgreSQL; they must run and pass in CI.
 */
const MUST_RUN =
  process.argv.length > 3
    ? process.argv.slice(3)
    : ['tests/integration/concurrency.test.ts', 'tests/integration/cluster.test.ts']
const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled'])

const path = process.argv[2]
if (!path) {
  console.error('usage: node .ci/check-test-report.mjs <report.json>')
  process.exit(2)
}

let report
try {
  report = JSON.parse(readFileSync(path, 'utf8'))
} catch (error) {
  console.log(`No readable test report at ${path}: ${error.message}`)
  console.log('0 passed, 0 failed, 0 skipped')
  process.exit(1)
}

const problems = []
let passed = 0
let failed = 0
let skipped = 0
const perFile = new Map(MUST_RUN.map((file) => [file, { passed: 0, skipped: 0, failed: 0 }]))

for (const file of report.testResults ?? []) {
  const name = String(file.name).replaceAll('\\', '/')
  const watched = MUST_RUN.find((suffix) => name.endsWith(`/${suffix}`) || name === suffix)
  // A file that could not even load has no assertions but status "failed".
  if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
    failed++
    problems.push(`${name}: ${String(file.message || 'failed to run').split('\n')[0]}`)
  }
  for (const test of file.assertionResults ?? []) {
    const counts = watched ? perFile.get(watched) : undefined
    if (test.status === 'passed') {
      passed++
      if (counts) counts.passed++
    } else if (SKIPPED.has(test.status)) {
      skipped++
      if (counts) counts.skipped++
      problems.push(`skipped: ${name} > ${test.fullName}`)
    } else {
      failed++
      if (counts) counts.failed++
      problems.push(`failed: ${name} > ${test.fullName}`)
    }
  }
}

for (const [file, counts] of perFile) {
  if (counts.passed === 0)
    problems.push(`${file}: no passing tests (did it run against PostgreSQL?)`)
  if (counts.skipped > 0) problems.push(`${file}: ${counts.skipped} skipped`)
}
if (skipped > 0) problems.push(`${skipped} skipped tests; with TEST_DATABASE_URL set none may skip`)
if (report.success === false && failed === 0) problems.push('vitest reported the run as failed')

// stdout, like the summary, so the summary is reliably the last line.
for (const problem of problems) console.log(`CI check: ${problem}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(problems.length > 0 ? 1 : 0)
