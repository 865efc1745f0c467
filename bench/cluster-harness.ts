import { randomBytes } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import { loadSupportPoints } from '../src/db/locations.js'
import { computeSlots, findSlot } from '../src/domain/slots.js'
import { addDays } from '../src/domain/time.js'
import { localToday } from '../src/services/directory.js'
import { startSmtpSink } from '../tests/support/smtp-sink.js'
import type { ClusterFacts, ReceivedMail } from './cluster-check.js'
import { migratedDatabase, startServer, type Db, type RunningServer } from './setup.js'

/**
 * Several real server processes (`src/server.ts`, each with its outbox worker) on one
 * fresh PostgreSQL database, mailing to one SMTP sink: the deployment of "Running at
 * scale" in the README, on one machine. Used by `npm run bench:cluster` and by
 * `tests/integration/cluster.test.ts`, so the benchmark and CI check the same things.
 */

export interface ClusterOptions {
  /** A PostgreSQL server we may create a database on; default as in bench/setup.ts. */
  serverUrl?: string
  processes: number
  /** How many slots the burst aims at. */
  slots: number
  /** Bookable places per slot (counselors on duty; no walk-in seats kept). */
  capacity: number
  /** Counselor accounts at the point; each gets every booking's invitation. */
  counselors: number
  /** How long a server may take to answer /healthz; default 60 s. */
  startTimeoutMs?: number
  /** Run the compiled dist/ build (see `buildServer`) instead of tsx. */
  compiled?: boolean
  /** More settings for every server process. */
  env?: Record<string, string>
}

export interface Cluster {
  servers: RunningServer[]
  db: Db
  point: { id: string; slug: string }
  counselors: string[]
  /** The slots the burst aims at, as ISO instants with offset. */
  starts: string[]
  /** The SMTP sink every server mails to. */
  smtpUrl: string
  sink: Awaited<ReturnType<typeof startSmtpSink>>
  /** The cluster's database, for another server process to join. */
  databaseUrl: string
  mail: ReceivedMail[]
  stop(): Promise<void>
}

/**
 * Starts everything; on a failure part-way it stops what did start before throwing.
 *
 * @example const cluster = await startCluster({ processes: 2, slots: 4, capacity: 3, counselors: 2 })
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const cleanup: Array<() => Promise<void>> = []
  const stop = async () => {
    // Servers first: they hold connections to the database and to the sink.
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => {})
  }
  try {
    const database = await migratedDatabase('spreekuur_cluster', {
      serverUrl: options.serverUrl,
      poolSize: 4,
    })
    cleanup.push(database.drop)
    const sink = await startSmtpSink()
    cleanup.push(sink.close)
    const { point, counselors } = await createBurstPoint(database.db, options)
    const starts = await burstStarts(database.db, point.id, options.slots)

    const servers: RunningServer[] = []
    const starting = Array.from({ length: options.processes }, async () => {
      const server = await startServer(
        {
          DATABASE_URL: database.url,
          SMTP_URL: sink.url,
          SECRETS_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', // production refuses to start without one (ADR 36)
          RATE_LIMIT_BOOKINGS: 'off',
          SEED_DEMO: 'false',
          NODE_ENV: 'production',
          ...options.env,
        },
        { timeoutMs: options.startTimeoutMs, compiled: options.compiled ?? false },
      )
      servers.push(server)
      cleanup.push(() => server.stop())
    })
    const started = await Promise.allSettled(starting)
    const failure = started.find((result) => result.status === 'rejected')
    if (failure) throw failure.reason
    const mail = sink.received
    return {
      servers,
      db: database.db,
      point,
      counselors,
      starts,
      smtpUrl: sink.url,
      sink,
      databaseUrl: database.url,
      get mail() {
        return mail.map(({ parsed }) => receivedMail(parsed))
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function receivedMail(parsed: ParsedMail): ReceivedMail {
  const to = parsed.to === undefined ? [] : Array.isArray(parsed.to) ? parsed.to : [parsed.to]
  return {
    messageId: parsed.messageId ?? null,
    recipients: to.flatMap((group) => group.value.map((address) => address.address ?? '')),
    subject: parsed.subject ?? '',
  }
}

/** A support point open every day 08:00–20:00 with `capacity` places per half hour. */
async function createBurstPoint(db: Db, options: ClusterOptions) {
  const tag = randomBytes(3).toString('hex')
  const region = await db
    .insertInto('regions')
    .values({ slug: `cluster-${tag}`, name: 'Regio Cluster', project_leader_id: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const point = await db
    .insertInto('locations')
    .values({
      region_id: region.id,
      slug: `cluster-${tag}`,
      name: 'Steunpunt Cluster',
      municipality: 'Cluster',
      address: 'Drukstraat 1',
      postal_code: '0000 AA',
      directions: null,
      phone: null,
      slot_minutes: 30,
      min_notice_minutes: 0,
      horizon_days: 28,
      walk_in_seats: 0,
    })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow()
  for (let weekday = 1; weekday <= 7; weekday++) {
    await db
      .insertInto('walk_in_hours')
      .values({
        location_id: point.id,
        weekday,
        start_time: '08:00',
        end_time: '20:00',
        counselors: options.capacity,
        valid_from: null,
        valid_until: null,
      })
      .execute()
  }
  const counselors: string[] = []
  for (let i = 1; i <= options.counselors; i++) {
    const email = `counselor${i}.${tag}@example.org`
    const staff = await db
      .insertInto('staff')
      .values({
        name: `Counselor ${i}`,
        email,
        phone: null,
        role: 'counselor',
        password_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('staff_locations')
      .values({ staff_id: staff.id, location_id: point.id })
      .execute()
    counselors.push(email)
  }
  return { point, counselors }
}

/** The first `count` slots from tomorrow on, as the app computes them. */
async function burstStarts(db: Db, locationId: string, count: number): Promise<string[]> {
  const now = new Date()
  const today = localToday(now)
  const [point] = await loadSupportPoints(db, { today, locationId })
  const slots = computeSlots({
    ...point!,
    booked: new Map(),
    now,
    from: addDays(today, 1),
    to: addDays(today, point!.rules.horizonDays - 1),
  })
  if (slots.length < count) throw new Error(`only ${slots.length} slots in the booking window`)
  return slots.slice(0, count).map((slot) => slot.start.toISO()!)
}

export interface BurstResult {
  requests: number
  /** References of the 201 answers. */
  created: string[]
  full: number
  /** Neither 201 nor 409 slot_full, or no answer at all; the first few kept to show. */
  errors: number
  examples: string[]
  seconds: number
  /** Per server process: how many requests it answered with 201 or 409. */
  answered: number[]
}

/**
 * Fires `requests` booking POSTs at the JSON API, `concurrency` at a time. Request i
 * goes to process i mod N and consecutive pairs aim at the same slot, so every slot is
 * fought over by every process at once.
 *
 * @example const burst = await bookingBurst(cluster, { requests: 40, concurrency: 40 })
 */
export async function bookingBurst(
  cluster: Cluster,
  options: { requests: number; concurrency: number },
): Promise<BurstResult> {
  const processes = cluster.servers.length
  const result: BurstResult = {
    requests: options.requests,
    created: [],
    full: 0,
    errors: 0,
    examples: [],
    seconds: 0,
    answered: cluster.servers.map(() => 0),
  }
  const fail = (example: string) => {
    result.errors += 1
    if (result.examples.length < 5) result.examples.push(example)
  }
  let next = 0
  const started = performance.now()
  const client = async () => {
    for (let i = next++; i < options.requests; i = next++) {
      const server = i % processes
      const start = cluster.starts[Math.floor(i / processes) % cluster.starts.length]!
      try {
        const res = await fetch(`${cluster.servers[server]!.url}/api/v1/bookings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ location: cluster.point.slug, start, name: 'C.', language: 'ar' }),
        })
        const body = (await res.json().catch(() => ({}))) as { reference?: string; error?: string }
        if (res.status === 201 && body.reference) {
          result.created.push(body.reference)
          result.answered[server]! += 1
        } else if (res.status === 409 && body.error === 'slot_full') {
          result.full += 1
          result.answered[server]! += 1
        } else fail(`${res.status} ${JSON.stringify(body)}`)
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.requests) }, client))
  result.seconds = (performance.now() - started) / 1000
  return result
}

/**
 * Waits until the workers have sent everything in the outbox (or `timeoutMs` passes),
 * then a little longer, so a copy a second worker still had in flight would land too;
 * then reads the slots, bookings and mail for `checkCluster`.
 */
export async function gatherFacts(
  cluster: Cluster,
  /** What the HTTP answers said: the confirmed references, and the requests that failed. */
  burst: Pick<BurstResult, 'created' | 'errors'>,
  options: { timeoutMs?: number } = {},
): Promise<ClusterFacts> {
  const { db } = cluster
  const unsent = async () => {
    const row = await db
      .selectFrom('outbox')
      .select(db.fn.countAll<string>().as('count'))
      .where('status', '!=', 'sent')
      .executeTakeFirstOrThrow()
    return Number(row.count)
  }
  const deadline = performance.now() + (options.timeoutMs ?? 60_000)
  while ((await unsent()) > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // Longer than a worker's idle poll (1 s).
  await new Promise((resolve) => setTimeout(resolve, 1500))

  const now = new Date()
  const [point] = await loadSupportPoints(db, {
    today: localToday(now),
    locationId: cluster.point.id,
  })
  const active = await db
    .selectFrom('bookings')
    .select(['starts_at', db.fn.countAll<string>().as('count')])
    .where('location_id', '=', cluster.point.id)
    .where('status', '=', 'active')
    .groupBy('starts_at')
    .execute()
  const counters = await db
    .selectFrom('slot_counters')
    .select(['starts_at', 'booked'])
    .where('location_id', '=', cluster.point.id)
    .execute()
  const slots = new Map<number, { active: number; counter: number }>()
  const entry = (start: Date) => {
    const at = start.getTime()
    if (!slots.has(at)) slots.set(at, { active: 0, counter: 0 })
    return slots.get(at)!
  }
  for (const start of cluster.starts) entry(new Date(start))
  for (const row of active) entry(row.starts_at).active = Number(row.count)
  for (const row of counters) entry(row.starts_at).counter = row.booked
  const stored = await db
    .selectFrom('bookings')
    .select('reference')
    .where('location_id', '=', cluster.point.id)
    .where('status', '=', 'active')
    .execute()

  return {
    slots: [...slots].map(([at, counts]) => ({
      start: new Date(at).toISOString(),
      // As the app decides it when booking; a slot no longer offered has no places.
      capacity: findSlot({ ...point!, booked: new Map(), now }, new Date(at))?.capacity ?? 0,
      ...counts,
    })),
    stored: stored.map((row) => row.reference),
    confirmed: burst.created,
    errors: burst.errors,
    counselors: cluster.counselors,
    mail: cluster.mail,
    undelivered: await unsent(),
  }
}
