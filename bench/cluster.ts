import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { checkCluster } from './cluster-check.js'
import { bookingBurst, gatherFacts, startCluster } from './cluster-harness.js'
import { buildServer } from './setup.js'

/**
 * `npm run bench:cluster`: the scale-out proof. N server processes, each with its outbox
 * worker, on one fresh PostgreSQL database; a burst of bookings spread over them, many
 * aimed at each slot; then: no slot holds more than its places, every counter matches its
 * bookings, and every booking's counselor invitations reach the SMTP sink exactly once.
 * Exits non-zero when any of that fails.
 *
 *   npm run bench:cluster -- --processes 3 --requests 3000 --slots 40 --capacity 20
 */
const { values } = parseArgs({
  options: {
    processes: { type: 'string', default: '2' },
    requests: { type: 'string', default: '1000' },
    slots: { type: 'string', default: '20' },
    capacity: { type: 'string', default: '20' },
    counselors: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '64' },
  },
})
const option = (name: keyof typeof values) => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1, not ${values[name]}`)
    process.exit(2)
  }
  return value
}
const processes = option('processes')
const requests = option('requests')
const slots = option('slots')
const capacity = option('capacity')
const counselors = option('counselors')
const concurrency = option('concurrency')

buildServer()
const cluster = await startCluster({ processes, slots, capacity, counselors, compiled: true })
try {
  const burst = await bookingBurst(cluster, { requests, concurrency })
  const drainStarted = performance.now()
  const facts = await gatherFacts(cluster, burst, { timeoutMs: 300_000 })
  const drainSeconds = (performance.now() - drainStarted) / 1000 - 1.5
  const verdict = checkCluster(facts)
  const { invitations } = verdict
  const row = [
    processes,
    requests,
    burst.created.length,
    burst.full,
    burst.errors,
    Math.round(requests / burst.seconds),
    Math.round(burst.created.length / burst.seconds),
    verdict.overbookedSlots,
    verdict.counterMismatches,
    invitations.expected,
    invitations.received,
    invitations.duplicates,
    invitations.missing,
  ]
  console.log(
    [
      `Spreekuur cluster benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `Node ${process.version}, ${availableParallelism()} cores; ${processes} server processes, ` +
        `${slots} slots of ${capacity} places, ${counselors} counselors, ${concurrency} requests ` +
        `in flight; app, PostgreSQL, SMTP sink and load generator on one machine.`,
      '',
      '| processes | requests | 201 | 409 | errors | req/s | bookings/s | overbooked slots | counter ≠ bookings | invitations expected | received | duplicates | missing |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${row.join(' | ')} |`,
      '',
      `Burst ${burst.seconds.toFixed(1)} s; outbox drained ${Math.max(0, drainSeconds).toFixed(1)} s ` +
        `after it; 201/409 answered per process: ${burst.answered.join(', ')}.`,
    ].join('\n'),
  )
  for (const example of burst.examples) console.log(`error: ${example}`)
  if (verdict.problems.length > 0) {
    for (const problem of verdict.problems) console.log(`FAILED: ${problem}`)
    process.exitCode = 1
  } else {
    console.log('All invariants hold.')
  }
} finally {
  await cluster.stop()
}
