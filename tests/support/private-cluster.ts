import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { freePort } from '../../bench/setup.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A PostgreSQL cluster of the test's own (issue 20): `initdb` and `pg_ctl` from the
 * installed server, in a temporary folder, on a free loopback port, so a fault test may
 * stop it, restart it and kill it with `kill -9` without touching the run's shared server
 * on 5432. PostgreSQL refuses to run as root: as root the cluster belongs to the
 * `postgres` system user (or `nobody`).
 *
 * @example const cluster = await startPrivateCluster(); … cluster.url('postgres'); … await cluster.destroy()
 */
export interface PrivateCluster {
  port: number
  /** A connection string to `database` on this cluster (as `postgres`). */
  url(database?: string): string
  start(): Promise<void>
  /** `pg_ctl stop -m fast`: clients are disconnected, the server shuts down cleanly. */
  stop(): Promise<void>
  /** SIGKILL to the postmaster and every backend at once (a crash, recovered at start); resolves once they are gone. */
  kill(): Promise<void>
  destroy(): Promise<void>
}

/** Where the installed server's programs are, the newest version first; null: none. */
export const postgresBin: string | null = (() => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
})()

function systemUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')
  const line =
    passwd.find((entry) => entry.startsWith('postgres:')) ??
    passwd.find((entry) => entry.startsWith('nobody:'))
  if (!line) throw new Error('running as root and no postgres or nobody user to run PostgreSQL')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

export async function startPrivateCluster(
  options: { password?: string } = {},
): Promise<PrivateCluster> {
  if (!postgresBin) throw new Error('no PostgreSQL server installed under /usr/lib/postgresql')
  const bin = postgresBin
  const user = systemUser()
  const dir = await mkdtemp(join(tmpdir(), 'spreekuur-pg-'))
  const data = join(dir, 'data')
  const port = await freePort()
  if (user) await chown(dir, user.uid, user.gid)
  await chmod(dir, 0o755)
  const as = (program: string, args: string[]) =>
    run(join(bin, program), args, { cwd: dir, ...(user ?? {}), timeout: 60_000 })

  const auth: string[] = []
  if (options.password !== undefined) {
    const file = join(dir, 'password')
    await writeFile(file, `${options.password}\n`)
    if (user) await chown(file, user.uid, user.gid)
    auth.push('--auth=scram-sha-256', `--pwfile=${file}`)
  } else auth.push('--auth=trust')
  await as('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
    ...auth,
  ])

  const postmasterPids = (): number[] => {
    const pidFile = join(data, 'postmaster.pid')
    if (!existsSync(pidFile)) return []
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
    const children = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may hold spaces.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
        } catch {
          return false
        }
      })
      .map(Number)
    return [postmaster, ...children]
  }

  const cluster: PrivateCluster = {
    port,
    url: (database = 'postgres') =>
      `postgres://postgres${options.password !== undefined ? `:${encodeURIComponent(options.password)}` : ''}@127.0.0.1:${port}/${database}`,
    async start() {
      await as('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '60',
        '-o',
        // fsync off: a killed server recovers from its WAL either way (the machine stays up).
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
        'start',
      ])
    },
    async stop() {
      await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'])
    },
    async kill() {
      const pids = postmasterPids()
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // gone already
        }
      }
      // Until reaped, a killed process still counts as running for PostgreSQL's lock file.
      const alive = (pid: number) => existsSync(`/proc/${pid}`)
      await waitFor('the killed PostgreSQL processes to end', () => !pids.some(alive), 10_000)
    },
    async destroy() {
      await cluster.kill()
      await rm(dir, { recursive: true, force: true })
    },
  }
  await cluster.start()
  return cluster
}

/** Waits until `check` is true, polling; throws with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
