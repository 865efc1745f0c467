import { Hono } from 'hono'
import { DateTime } from 'luxon'
import { HomePage } from '../../views/pages/home.js'
import { LocationPage } from '../../views/pages/location.js'
import { PrivacyPage } from '../../views/pages/privacy.js'
import { RegionPage } from '../../views/pages/region.js'
import {
  LocationList,
  type LocationListItem,
  type RegionGroup,
} from '../../views/partials/location-list.js'
import type { ViewContext } from '../../views/context.js'
import type { AppEnv } from '../app-env.js'
import { bookablePoint } from '../services/booking-lookup.js'
import { cachedAvailability } from '../http/answer-cache.js'
import type { Session } from '../domain/slots.js'
import { SLUG } from '../domain/text-rules.js'
import { formatDate, formatTime, formatTimeRange, isolateTyped } from '../i18n/format.js'
import { openNowAt, type OpenNow } from '../services/open-now.js'
import {
  listDirectory,
  localToday,
  publicRegion,
  searchDirectory,
  type DirectoryEntry,
} from '../services/directory.js'
import { errorResponse } from './errors.js'
import { render, renderedOnce } from './render.js'

export const publicRoutes = new Hono<AppEnv>()

const MAX_QUERY = 80

publicRoutes.get('/', async (c) => {
  const { db, clock } = c.get('deps')
  const view = c.get('view')
  const query = (c.req.query('q') ?? '').trim()
  if (query.length > MAX_QUERY) return errorResponse(c, 400)
  const now = clock()
  const { entries, nearest } = await searchDirectory(db, { now, query })
  const open = await openNowAt(
    db,
    [...entries, ...(nearest?.entries ?? [])].map((entry) => entry.point),
    now,
  )
  const groups = groupByRegion(entries, view, now, open)
  const near = nearest && {
    place: nearest.place,
    byPostcode: nearest.byPostcode,
    points: nearest.entries.map((entry) => ({
      ...listItem(entry, view, now, open),
      region: entry.point.region.name,
      km: entry.km,
    })),
  }
  return render(c, {
    title: view.t.homeTitle,
    description: view.t.homeIntro,
    page: <HomePage ctx={view} groups={groups} query={query} nearest={near} />,
    fragment: <LocationList ctx={view} groups={groups} query={query} nearest={near} />,
  })
})

publicRoutes.get('/steunpunt/:slug', async (c) => {
  const slug = c.req.param('slug')
  if (!SLUG.test(slug)) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const view = c.get('view')
  const now = clock()
  const today = localToday(now)
  // The page is a function of the schedule, the minute ("open now"), the language and the
  // URL. It is kept at most a second, like the free places, and dropped at once when this
  // process changes the point or its desk (ADR 11): a view then needs no query at all.
  const minute = Math.floor(now.getTime() / 60_000)
  const key = `point|${today}|${minute}|${view.locale}|${view.url.pathname}${view.url.search}`
  return cachedAvailability(c, key, async (shows) => {
    const point = await bookablePoint(db, 'public', slug, now)
    if (!point) return errorResponse(c, 404)
    shows(point.id)
    const openNow = openNowLine((await openNowAt(db, [point], now)).get(point.id), view)
    return render(c, {
      title: point.name,
      description: view.t.metaPoint(isolateTyped(point.name, view.locale)),
      // All but the language switch is the same for every URL of this point and language.
      page: renderedOnce(point, `${today}|${view.locale}|${openNow ?? ''}`, () => (
        <LocationPage ctx={view} point={point} today={today} openNow={openNow} />
      )),
    })
  })
})

publicRoutes.get('/regio/:slug', async (c) => {
  const slug = c.req.param('slug')
  if (!SLUG.test(slug)) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const view = c.get('view')
  const region = await publicRegion(db, slug)
  if (!region) return errorResponse(c, 404)
  const now = clock()
  const entries = await listDirectory(db, { now, regionSlug: slug })
  const open = await openNowAt(
    db,
    entries.map((entry) => entry.point),
    now,
  )
  const group = groupByRegion(entries, view, now, open)[0] ?? {
    slug,
    name: region.name,
    points: [],
  }
  const leader =
    region.leader_name && region.leader_email
      ? { name: region.leader_name, email: region.leader_email, phone: region.leader_phone }
      : null
  return render(c, {
    title: region.name,
    description: view.t.metaRegion(isolateTyped(region.name, view.locale)),
    page: <RegionPage ctx={view} name={region.name} leader={leader} group={group} />,
  })
})

publicRoutes.get('/privacy', (c) => {
  const view = c.get('view')
  return render(c, {
    title: view.t.privacyPageTitle,
    description: view.t.privacyIntro,
    page: <PrivacyPage ctx={view} retentionDays={c.get('deps').config.retentionDays} />,
  })
})

function groupByRegion(
  entries: DirectoryEntry[],
  view: ViewContext,
  now: Date,
  open: Map<string, OpenNow>,
): RegionGroup[] {
  const groups = new Map<string, RegionGroup>()
  for (const { point, next } of entries) {
    let group = groups.get(point.region.slug)
    if (!group) {
      group = { slug: point.region.slug, name: point.region.name, points: [] }
      groups.set(point.region.slug, group)
    }
    group.points.push(listItem({ point, next }, view, now, open))
  }
  return [...groups.values()]
}

function listItem(
  { point, next }: DirectoryEntry,
  view: ViewContext,
  now: Date,
  open: Map<string, OpenNow>,
): LocationListItem {
  return {
    openNow: openNowLine(open.get(point.id), view),
    slug: point.slug,
    name: point.name,
    municipality: point.municipality,
    address: `${point.address}, ${point.municipality}`,
    nextSession: next ? describeSession(next, view, now, point.zone) : null,
  }
}

/** "Open now, until 12:30: walk in, or book a time. A few people are waiting." */
function openNowLine(open: OpenNow | undefined, view: ViewContext): string | null {
  if (!open) return null
  const line = view.t.openNow(formatTime(open.until, view.locale))
  return open.busy ? `${line} ${view.t.busyness[open.busy]}` : line
}

/** 'vandaag 13:00–16:00', 'morgen 10:00–12:00' or 'dinsdag 2 december 10:00–12:00'. */
function describeSession(session: Session, view: ViewContext, now: Date, zone: string): string {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day')
  const days = Math.round(session.start.setZone(zone).startOf('day').diff(today, 'days').days)
  const day =
    days === 0
      ? view.t.today
      : days === 1
        ? view.t.tomorrow
        : formatDate(session.start, view.locale)
  return `${day} ${formatTimeRange(session.start.setZone(zone), session.end.setZone(zone), view.locale)}`
}
