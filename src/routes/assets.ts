import { Hono } from 'hono'
import { assets, assetUrl } from '../assets.js'

export const assetRoutes = new Hono()

assetRoutes.get('/static/:hash/:name', (c) => {
  const asset = assets[c.req.param('name')]
  if (!asset) return c.notFound()
  const current = asset.hash === c.req.param('hash')
  c.header('Content-Type', asset.type)
  // An old hash still gets the file (a page cached before a deploy), but not for a year.
  c.header('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
  c.header('ETag', `"${asset.hash}"`)
  if (c.req.header('If-None-Match') === `"${asset.hash}"`) return c.body(null, 304)
  return c.body(new Uint8Array(asset.body))
})

assetRoutes.get('/favicon.svg', (c) => c.redirect(assetUrl('favicon.svg'), 301))
assetRoutes.get('/favicon.ico', (c) => c.redirect(assetUrl('favicon.svg'), 301))
