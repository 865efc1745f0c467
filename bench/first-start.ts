import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, markdownTable } from './setup.js'

/**
 * `npm run bench:start [-- --runs 5] [-- --command "npm start"]`: the embedded quick start
 * as a user runs it (issue 21, ADRs 30 and 46). Each run starts the command in a fresh
 * PGLITE_DIR (the first start: template, migrations, demo data), stops it, and starts it
 * again on the same folder (the restart). Per start it prints the time from spawning until
 * /healthz answers, the CPU time of the whole process tree at that moment (npm, sh and the
 * server, from /proc, children that already exited included) and the peak of the tree's
 * summed resident memory (RSS, as ADR 30 counted; and PSS, shared pages counted once),
 * sampled every 25 ms until /healthz answers and for a second after it.
 */

const SAMPLE_MS = 25
const START_LIMIT_MS = 60_000
/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10

interface ProcInfo {
  pid: number
  ppid: number
  name: string
  /** user + system, own and of exited children waited for, in ms */
  cpuMs: number
  rssMb: number
}

/**
 * The process's proportional share of memory: pages it shares with others (the node
 * binary that npm and the server both map, say) counted by share, so a tree's sum is
 * what it occupies, not the same page twice.
 */
function pssMb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const close = stat.lastIndexOf(')')
    const name = stat.slice(stat.indexOf('(') + 1, close)
    const fields = stat.slice(close + 2).split(' ')
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14) … rss(21)
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    const pages = Number(fields[21])
    return {
      pid,
      ppid: Number(fields[1]),
      name,
      cpuMs: ticks * TICK_MS,
      rssMb: (pages * 4096) / 2 ** 20,
    }
  } catch {
    return undefined // exited between the listing and the read
  }
}

/** `root` and every process below it, as they are now. */
function tree(root: number): ProcInfo[] {
  const all = new Map<number, ProcInfo>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const info = readProc(Number(entry))
    if (info) all.set(info.pid, info)
  }
  const found: ProcInfo[] = []
  const wanted = new Set([root])
  // Parents get lower pids almost always, but not surely: repeat until nothing is added.
  for (let added = true; added;) {
    added = false
    for (const info of all.values()) {
      if (!wanted.has(info.pid) && !wanted.has(info.ppid)) continue
      if (found.includes(info)) continue
      wanted.add(info.pid)
      found.push(info)
      added = true
    }
  }
  return found
}

interface StartFigures {
  wallMs: number
  cpuMs: number
  peakTreeMb: number
  /** The peak of the tree's summed PSS. */
  peakPssMb: number
  /** The processes at the moment of the peak, largest first. */
  atPeak: string
  /** What the server logged about its start (startMs) and any demo line. */
  log: string
}

async function startOnce(command: string[], env: Record<string, string>): Promise<StartFigures> {
  const port = await freePort()
  const started = performance.now()
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // its own process group, so the whole tree is stopped at the end
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const pid = child.pid!
  let peakTreeMb = 0
  let peakPssMb = 0
  let atPeak = ''
  const sample = () => {
    const procs = tree(pid)
    const total = procs.reduce((sum, p) => sum + p.rssMb, 0)
    peakPssMb = Math.max(
      peakPssMb,
      procs.reduce((sum, p) => sum + pssMb(p.pid), 0),
    )
    if (total > peakTreeMb) {
      peakTreeMb = total
      atPeak = procs
        .sort((a, b) => b.rssMb - a.rssMb)
        .map((p) => `${p.name} ${Math.round(p.rssMb)}`)
        .join(', ')
    }
    return procs
  }
  const sampler = setInterval(sample, SAMPLE_MS)
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${command.join(' ')} exited with ${child.exitCode ?? child.signalCode}`)
      if (performance.now() - started > START_LIMIT_MS) throw new Error('no answer on /healthz')
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (res) => res.ok,
        () => false,
      )
      if (ok) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const wallMs = performance.now() - started
    const procs = sample()
    const cpuMs = procs.reduce((sum, p) => sum + p.cpuMs, 0)
    // What a server does just after it listens (the worker's first round) counts too.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    return { wallMs, cpuMs, peakTreeMb, peakPssMb, atPeak, log: summary(log) }
  } finally {
    clearInterval(sampler)
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await exited
    // The server finishes its shutdown after npm has gone: wait for the group to be empty.
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(-pid, 0)
      } catch {
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}

function summary(log: string): string {
  const lines = log.split('\n').filter((line) => line.startsWith('{'))
  return lines
    .map((line) => JSON.parse(line) as { msg: string; startMs?: number })
    .filter((entry) => entry.startMs !== undefined || entry.msg === 'demo data loaded')
    .map((entry) => (entry.startMs !== undefined ? `startMs ${entry.startMs}` : entry.msg))
    .join('; ')
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback
}

const runs = Number(option('runs', '3'))
const command = option('command', 'npm start').split(/\s+/)
const rows: Record<'first' | 'restart', StartFigures[]> = { first: [], restart: [] }
const env = { NODE_ENV: 'development', SEED_DEMO: 'true' }
for (let run = 0; run < runs; run++) {
  const root = await mkdtemp(join(tmpdir(), 'spreekuur-first-start-'))
  const dir = join(root, 'pglite')
  try {
    const first = await startOnce(command, { ...env, PGLITE_DIR: dir })
    const restart = await startOnce(command, { ...env, PGLITE_DIR: dir })
    rows.first.push(first)
    rows.restart.push(restart)
    for (const [kind, figures] of [
      ['first', first],
      ['restart', restart],
    ] as const) {
      console.log(
        `${kind} ${run + 1}: ${Math.round(figures.wallMs)} ms wall, ${figures.cpuMs} ms CPU, ` +
          `${Math.round(figures.peakTreeMb)} MB peak (${figures.atPeak}), ` +
          `${Math.round(figures.peakPssMb)} MB PSS [${figures.log}]`,
      )
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const range = (values: number[], unit: number) => {
  const [min, max, mid] = [Math.min(...values), Math.max(...values), median(values)]
  const f = (v: number) => (v / unit).toFixed(unit === 1 ? 0 : 2)
  return `${f(mid)} (${f(min)}–${f(max)})`
}
console.log(`\n${command.join(' ')}, ${runs} runs, median (min–max), load ${loadAverage()}`)
for (const line of markdownTable(
  ['start', 'wall s', 'CPU s, tree', 'peak RSS MB, tree', 'peak PSS MB, tree'],
  (['first', 'restart'] as const).map((kind) => [
    kind,
    range(
      rows[kind].map((r) => r.wallMs),
      1000,
    ),
    range(
      rows[kind].map((r) => r.cpuMs),
      1000,
    ),
    range(
      rows[kind].map((r) => r.peakTreeMb),
      1,
    ),
    range(
      rows[kind].map((r) => r.peakPssMb),
      1,
    ),
  ]),
))
  console.log(line)

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
}
