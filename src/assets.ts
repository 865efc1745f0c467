import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

interface Asset {
  body: Buffer
  /** The same bytes gzipped once at start, for clients that take gzip. */
  gzipped: Buffer
  type: string
  hash: string
}

/**
 * The project directory: the nearest parent with a package.json. The same code runs from
 * src/ under tsx and from dist/src/ when built, so a fixed '../' would be wrong in one.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('package.json not found above ' + import.meta.url)
    dir = parent
  }
  return dir
}

const publicDir = join(projectRoot(), 'public') + '/'
const require = createRequire(import.meta.url)

function load(path: string, type: string, transform?: (text: string) => string): Asset {
  const body = transform ? Buffer.from(transform(readFileSync(path, 'utf8'))) : readFileSync(path)
  return {
    body,
    gzipped: gzipSync(body, { level: 9 }),
    type,
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
  }
}

/**
 * The few static files, read once at start. Their URLs carry a content hash, so they
 * can be cached for a year and still change the moment a file does. htmx comes from
 * its npm package, never from a CDN.
 */
/**
 * Tigrinya's letters for phones that have no Ethiopic font (they showed boxes). The
 * stylesheet names it with `local()` first and a `unicode-range`, so only a browser that
 * must draw Ethiopic letters and lacks the font downloads it, once (issue 17).
 */
const ethiopicFont = load(
  require.resolve('@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2'),
  'font/woff2',
)

export const assets: Record<string, Asset> = {
  // The stylesheet names the font by its hashed URL, so a new font is a new stylesheet.
  'style.css': load(publicDir + 'style.css', 'text/css; charset=utf-8', (css) =>
    css.replaceAll('url(ethiopic.woff2)', `url(/static/${ethiopicFont.hash}/ethiopic.woff2)`),
  ),
  'ethiopic.woff2': ethiopicFont,
  'htmx.min.js': load(
    require.resolve('htmx.org/dist/htmx.min.js'),
    'text/javascript; charset=utf-8',
  ),
  'app.js': load(publicDir + 'app.js', 'text/javascript; charset=utf-8'),
  // Only the pages with a passkey form load it (ADR 35).
  'passkey.js': load(publicDir + 'passkey.js', 'text/javascript; charset=utf-8'),
  'favicon.svg': load(publicDir + 'favicon.svg', 'image/svg+xml'),
}

/** @example assetUrl('style.css') // '/static/3f2a9c1b0d4e/style.css' */
export function assetUrl(name: keyof typeof assets & string): string {
  const asset = assets[name]
  if (!asset) throw new Error(`unknown asset ${name}`)
  return `/static/${asset.hash}/${name}`
}
