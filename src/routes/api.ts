import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import { loadSupportPoints } from '../db/locations.js'
import { localToday } from '../services/directory.js'
import { formatClock } from '../i18n/format.js'

/** JSON for integrations and automated checks; shapes as in docs (DESIGN.md, JSON API). */
export const apiRoutes = new Hono<AppEnv>()

apiRoutes.get('/locations', async (c) => {
  const { db, clock } = c.get('deps')
  const points = await loadSupportPoints(db, { today: localToday(clock()) })
  return c.json(
    points.map((point) => ({
      slug: point.slug,
      name: point.name,
      region: { slug: point.region.slug, name: point.region.name },
      municipality: point.municipality,
      address: point.address,
      postalCode: point.postalCode,
      timezone: point.zone,
      projectLeader: point.projectLeader,
      walkInHours: point.hours.map((h) => ({
        weekday: h.weekday,
        start: formatClock(h.start),
        end: formatClock(h.end),
        counselors: h.counselors,
        validFrom: h.validFrom,
        validUntil: h.validUntil,
      })),
    })),
  )
})
