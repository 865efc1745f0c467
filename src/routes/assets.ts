import { Hono } from 'hono'
import { assets, assetUrl } from '../assets.js'
import { acceptsGzip } from '../http/gzip.js'

export const assetRoutes = new Hono()

assetRoutes.get('/static/:hash/:name', (c) => {
  const asset = assets[c.req.param('name')]
  if (!asset) return c.notFound()
  const current = asset.hash === c.req.param('hash')
  c.header('Content-Type', asset.type)
  // An old hash still gets the file (a page cached before a deploy), but not for a year.
  c.header('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
  // Each encoding is its own representation with its own validator (RFC 9110 8.8.3).
  const gzipped = acceptsGzip(c.req.header('Accept-Encoding'))
  const etag = gzipped ? `"${asset.hash}.gz"` : `"${asset.hash}"`
  c.header('ETag', etag)
  c.header('Vary', 'Accept-Encoding')
  const ifNoneMatch = c.req.header('If-None-Match') ?? ''
  if (ifNoneMatch.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === etag)) {
    return c.body(null, 304)
  }
  if (gzipped) {
    c.header('Content-Encoding', 'gzip')
    return c.body(new Uint8Array(asset.gzipped))
  }
  return c.body(new Uint8Array(asset.body))
})

assetRoutes.get('/favicon.svg', (c) => c.redirect(assetUrl('favicon.svg'), 301))
assetRoutes.get('/favicon.ico', (c) => c.redirect(assetUrl('favicon.svg'), 301))
