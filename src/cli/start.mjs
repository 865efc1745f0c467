// `npm start`: the server as one JavaScript file, compiled from the TypeScript sources by
// esbuild (which tsx brings along) and kept in dist/start/ (ADR 46). Loading one compiled
// file instead of some 1,000 TypeScript and package files through tsx halves the start's
// CPU and saves a third of its memory. This file is plain JavaScript so that it runs
// before anything is built.
//
// The build is kept only while it is what the sources make: its manifest holds the size
// and modification time of every file of ours esbuild read, and of npm's lock of the
// installed packages; when any differs (a `git pull`, an edit, `npm install`), the next
// start builds again (a second or two), and when it cannot build, it runs the sources
// through tsx as before.
//
//   node src/cli/start.mjs            start the server (building first when stale)
//   node src/cli/start.mjs --build    only make the build fresh (postinstall)
//   --out=DIR                         keep the build in DIR (default dist/start)
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const launcher = relative(root, fileURLToPath(import.meta.url))
const outOption = process.argv.find((arg) => arg.startsWith('--out='))
const outDir = resolve(root, outOption ? outOption.slice('--out='.length) : 'dist/start')
const ENTRY = 'src/server.ts'

/**
 * Packages left outside the bundle and loaded from node_modules as they are: PGlite finds
 * its WebAssembly and data files next to its own module, ical-timezones its zone files
 * next to its __dirname.
 */
const EXTERNAL = ['@electric-sql/pglite', '@touch4it/ical-timezones']

/** Whether the build in `dir` is what the sources make now. */
function isFresh(dir) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  } catch {
    return false
  }
  if (manifest.node !== process.version) return false
  for (const [path, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    try {
      const stat = statSync(join(root, path))
      if (stat.mtimeMs !== mtimeMs || stat.size !== size) return false
    } catch {
      return false
    }
  }
  return true
}

/** Builds into a folder aside and renames it into place, so no start sees half a build. */
async function build(dir) {
  const { build: esbuild } = await import('esbuild')
  const partial = `${dir}.${process.pid}.partial`
  rmSync(partial, { recursive: true, force: true })
  try {
    const result = await esbuild({
      absWorkingDir: root,
      entryPoints: [ENTRY],
      outdir: partial,
      bundle: true,
      splitting: true, // what the server imports lazily stays a chunk of its own
      format: 'esm',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      jsxImportSource: 'hono/jsx',
      external: EXTERNAL,
      metafile: true,
      logLevel: 'silent',
      // Packages written as CommonJS call require() for Node's own modules.
      banner: {
        js: "import { createRequire as __spreekuurRequire } from 'node:module'; const require = __spreekuurRequire(import.meta.url);",
      },
    })
    for (const output of Object.keys(result.metafile.outputs)) {
      // A package that finds its files next to itself would look in dist/start/ instead.
      if (/\b__(dirname|filename)\b/.test(readFileSync(join(root, output), 'utf8')))
        throw new Error(`${output} uses __dirname: add its package to EXTERNAL in ${launcher}`)
    }
    // Packages change only by npm, which rewrites its lock of node_modules each time: that
    // one file stands for the 800 package files, and checking it costs a stat, not 30 ms.
    const ours = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'))
    const inputs = {}
    for (const path of [...ours, launcher, 'package.json', 'node_modules/.package-lock.json']) {
      const stat = statSync(join(root, path))
      inputs[path] = [stat.mtimeMs, stat.size]
    }
    writeFileSync(
      join(partial, 'manifest.json'),
      JSON.stringify({ node: process.version, inputs }, null, 1),
    )
    rmSync(dir, { recursive: true, force: true })
    renameSync(partial, dir)
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** A fresh build in `dir`, built now when needed; false when it cannot be built. */
async function freshBuild(dir) {
  if (isFresh(dir)) return true
  try {
    await build(dir)
    return true
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`Spreekuur: could not compile the server (${reason}); running tsx.\n`)
    return false
  }
}

if (process.argv.includes('--build')) {
  const built = await freshBuild(outDir)
  console.log(built ? `Server compiled: ${relative(root, outDir)}` : 'Server not compiled.')
} else if (await freshBuild(outDir)) {
  await import(pathToFileURL(join(outDir, 'server.js')).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  if (!existsSync(join(root, ENTRY))) throw new Error(`${ENTRY} is missing`)
  await import(pathToFileURL(join(root, ENTRY)).href)
}
