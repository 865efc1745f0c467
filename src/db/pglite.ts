import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PGlite, PGliteOptions } from '@electric-sql/pglite'

/**
 * Where the template of an empty embedded database is kept: a dump of what PGlite's
 * `initdb` makes, which only depends on the PGlite release (ADR 30). Next to the default
 * PGLITE_DIR, and named after the release, so an upgrade never loads an older cluster.
 */
export function pgliteTemplatePath(cwd: string = process.cwd()): string {
  // The package does not export its package.json: found from its entry point (dist/).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const { version } = JSON.parse(
    readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'),
  ) as { version: string }
  return join(cwd, 'data', 'pglite-template', `${version}.tar`)
}

/**
 * PostgreSQL's own default keeps 128 MB of shared buffers, which PGlite's WebAssembly
 * memory touches in full at start: a third of the process for a database of a few MB.
 * 8 MB holds the demo data and a small organisation's bookings several times over, and what
 * does not fit is read from files the operating system caches (ADR 30, ADR 43: 16 → 8 MB).
 */
export const PGLITE_START_PARAMS = ['-c', 'shared_buffers=8MB']

type PGliteClass = typeof PGlite

/**
 * Opens PGlite in `dir` (or in memory for `memory://`). A folder without a database gets
 * the template's files instead of running `initdb` (2–3 s and 700 MB of WebAssembly
 * memory for a second and third instance); the template is made the first time it is
 * missing, by that one `initdb`. A folder that already holds a database just opens.
 * `prefilled`, asked only for a folder without a database, may name a finished cluster
 * (a folder with PG_VERSION, ADR 46) whose files are copied instead of the template's.
 */
export async function openPgliteInstance(
  PGliteImpl: PGliteClass,
  dir: string,
  options: Pick<PGliteOptions, 'parsers'>,
  templatePath: string = pgliteTemplatePath(),
  prefilled?: () => string | undefined,
): Promise<PGlite> {
  const inMemory = dir.startsWith('memory://')
  const startParams = [...PGliteImpl.defaultStartParams, ...PGLITE_START_PARAMS]
  if (!inMemory && existsSync(join(dir, 'PG_VERSION'))) {
    return PGliteImpl.create(dir, { ...options, startParams })
  }
  const cluster = inMemory ? undefined : prefilled?.()
  if (cluster) {
    await copyCluster(cluster, dir)
    return PGliteImpl.create(dir, { ...options, startParams })
  }
  const template = await readTemplate(PGliteImpl, templatePath)
  if (inMemory) {
    return PGliteImpl.create({ ...options, startParams, loadDataDir: new Blob([template]) })
  }
  await extractCluster(template, dir)
  return PGliteImpl.create(dir, { ...options, startParams })
}

/**
 * Makes the template at `path` unless it is there; true when it was made.
 *
 * @example await preparePgliteTemplate(pgliteTemplatePath())
 */
export async function preparePgliteTemplate(path: string): Promise<boolean> {
  if (existsSync(path)) return false
  const { PGlite } = await import('@electric-sql/pglite')
  await readTemplate(PGlite, path)
  return true
}

/** The template's bytes; made (and kept, when the folder may be written) if missing. */
async function readTemplate(PGliteImpl: PGliteClass, path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch {
    // Not made yet (or unreadable): make it now, the one slow start.
  }
  const fresh = await PGliteImpl.create({ startParams: PGliteImpl.defaultStartParams })
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await (await fresh.dumpDataDir('none')).arrayBuffer())
  } finally {
    await fresh.close()
  }
  try {
    await mkdir(dirname(path), { recursive: true })
    // Written aside and renamed: parallel test workers (and a kill) never see half a file.
    const partial = `${path}.${process.pid}.partial`
    await writeFile(partial, bytes)
    await rename(partial, path)
  } catch {
    // A folder we may not write: this start goes on, the next one makes it again.
  }
  return bytes
}

/**
 * Writes the cluster of an uncompressed tar (as PGlite's dumpDataDir makes it) into `dir`,
 * the top-level PG_VERSION last: PGlite takes a folder with PG_VERSION for a finished
 * database, so a start killed half-way leaves a folder that the next start fills again.
 */
export async function extractCluster(tar: Uint8Array, dir: string): Promise<void> {
  let version: Uint8Array | undefined
  for (const entry of tarEntries(tar)) {
    const path = join(dir, entry.name)
    if (entry.type === 'directory') {
      await mkdir(path, { recursive: true })
    } else if (entry.name === 'PG_VERSION') {
      version = entry.data
    } else {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, entry.data, { mode: 0o600 })
    }
  }
  if (!version) throw new Error('the PGlite template has no PG_VERSION')
  await writeFile(join(dir, 'PG_VERSION'), version, { mode: 0o600 })
}

/**
 * Copies the cluster in folder `from` into `dir` file by file (the kernel copies, no
 * buffer of ours), the top-level PG_VERSION last, for the same reason as extractCluster.
 */
export async function copyCluster(from: string, dir: string): Promise<void> {
  const copyTree = async (source: string, target: string, top: boolean) => {
    await mkdir(target, { recursive: true })
    for (const entry of await readdir(source, { withFileTypes: true })) {
      if (top && entry.name === 'PG_VERSION') continue
      const [s, t] = [join(source, entry.name), join(target, entry.name)]
      if (entry.isDirectory()) await copyTree(s, t, false)
      else await copyFile(s, t)
    }
  }
  await copyTree(from, dir, true)
  await copyFile(join(from, 'PG_VERSION'), join(dir, 'PG_VERSION'))
}

/**
 * Makes the finished cluster folder `path` unless it is there: `fill` gets a database
 * opened on the template's files in a folder aside, which is closed (a clean shutdown,
 * so a copy opens without recovery) and renamed into place. True when it was made.
 *
 * @example await preparePrefilledCluster(PGlite, path, (pglite) => pglite.exec('…'))
 */
export async function preparePrefilledCluster(
  PGliteImpl: PGliteClass,
  path: string,
  fill: (pglite: PGlite) => Promise<void>,
  templatePath: string = pgliteTemplatePath(),
): Promise<boolean> {
  if (existsSync(join(path, 'PG_VERSION'))) return false
  const partial = `${path}.${process.pid}.partial`
  await rm(partial, { recursive: true, force: true })
  const pglite = await openPgliteInstance(PGliteImpl, partial, {}, templatePath)
  try {
    await fill(pglite)
  } finally {
    await pglite.close()
  }
  await rm(path, { recursive: true, force: true })
  await rename(partial, path)
  return true
}

interface TarEntry {
  name: string
  type: 'file' | 'directory'
  data: Uint8Array
}

/** The files and folders of a ustar archive, names without a leading slash. */
export function* tarEntries(tar: Uint8Array): Generator<TarEntry> {
  const text = new TextDecoder()
  const field = (offset: number, length: number) =>
    text.decode(tar.subarray(offset, offset + length)).replace(/\0[\s\S]*$/, '')
  let offset = 0
  while (offset + 512 <= tar.length && tar[offset] !== 0) {
    const name = field(offset, 100)
    const prefix = field(offset + 345, 155)
    const size = parseInt(field(offset + 124, 12).trim() || '0', 8)
    const flag = field(offset + 156, 1)
    const fullName = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '').replace(/\/+$/, '')
    const dataStart = offset + 512
    if (fullName && (flag === '5' || flag === '0' || flag === '')) {
      yield {
        name: fullName,
        type: flag === '5' ? 'directory' : 'file',
        data: tar.subarray(dataStart, dataStart + size),
      }
    }
    offset = dataStart + Math.ceil(size / 512) * 512
  }
}
