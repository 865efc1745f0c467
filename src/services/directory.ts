import { findRegion, type SupportPoint } from '../db/locations.js'
import { cachedSupportPoints } from '../db/schedule-cache.js'
import type { Db } from '../db/database.js'
import { distanceKm, findPlace, placeKey, placeOf } from '../domain/place-search.js'
import { sessionsOn, type Session } from '../domain/slots.js'
import { addDays, localDateOf } from '../domain/time.js'

const DIRECTORY_ZONE = 'Europe/Amsterdam'
const LOOKAHEAD_DAYS = 14

export interface DirectoryEntry {
  point: SupportPoint
  next: Session | null
}

/** How many support points a place search lists when none is in the place itself. */
const NEAREST = 3

export interface DirectorySearch {
  entries: DirectoryEntry[]
  /**
   * When no support point matches the text but it names a Dutch place (or a postcode):
   * that place and the nearest points, nearest first, with the distance in km.
   */
  nearest: {
    place: string
    byPostcode: boolean
    entries: (DirectoryEntry & { km: number })[]
  } | null
}

/**
 * The home page's search: the points whose place, name or region contains the text; if
 * none does and the text is a Dutch town, village or postcode, the nearest points to it.
 *
 * @example const { entries, nearest } = await searchDirectory(db, { now, query: 'Zeist' })
 */
export async function searchDirectory(
  db: Db,
  options: { now: Date; query: string },
): Promise<DirectorySearch> {
  if (options.query.trim() === '')
    return { entries: await listDirectory(db, options), nearest: null }
  const all = await listDirectory(db, { now: options.now })
  // A point's own town, name or region, written as it is: those points.
  const needle = placeKey(options.query)
  const exact = all.filter((entry) =>
    [entry.point.municipality, entry.point.name, entry.point.region.name].some(
      (text) => placeKey(text) === needle,
    ),
  )
  if (exact.length > 0) return { entries: exact, nearest: null }
  // A known place comes before part of a word: "Ede" is not "Enschede", "Elburg" not
  // "Middelburg" (issue 17).
  const place = findPlace(options.query)
  if (!place || !place.exact) {
    // Part of a name while typing ("Ensch") before a place one letter off ("Esch").
    const partly = await listDirectory(db, options)
    if (partly.length > 0 || !place) return { entries: partly, nearest: null }
  }
  // Another name for a place that has a point ("'s-Gravenhage", "Den Bosch"): that point.
  const inPlace = all.filter((entry) => placeOf(entry.point.municipality)?.name === place.name)
  if (inPlace.length > 0 && place.by === 'name') return { entries: inPlace, nearest: null }
  const near = all
    .flatMap((entry) => {
      const at = placeOf(entry.point.municipality)
      return at ? [{ ...entry, km: distanceKm(place, at) }] : []
    })
    .sort((a, b) => a.km - b.km)
    .slice(0, NEAREST)
  return {
    entries: [],
    nearest: { place: place.name, byPostcode: place.by === 'postcode', entries: near },
  }
}

/** Today's date where the support points are; the directory is national, so one zone. */
export function localToday(now: Date, zone = DIRECTORY_ZONE): string {
  return localDateOf(now, zone)
}

/**
 * The support points (optionally narrowed by a place name or a region) with their
 * next walk-in session that has not ended yet.
 *
 * @example const entries = await listDirectory(db, { now, query: 'utrecht' })
 */
export async function listDirectory(
  db: Db,
  options: { now: Date; query?: string; regionSlug?: string },
): Promise<DirectoryEntry[]> {
  const today = localToday(options.now)
  const { value: points } = await cachedSupportPoints(db, {
    today,
    ...(options.regionSlug ? { regionSlug: options.regionSlug } : {}),
  })
  const needle = placeKey(options.query ?? '')
  return points
    .filter((point) =>
      needle === ''
        ? true
        : [point.municipality, point.name, point.region.name].some((text) =>
            placeKey(text).includes(needle),
          ),
    )
    .map((point) => ({ point, next: nextSession(point, options.now) }))
}

/**
 * Every active support point as the public pages and the read API show them (through the
 * schedule cache), by region and name.
 *
 * @example const points = await activeSupportPoints(db, now)
 */
export async function activeSupportPoints(db: Db, now: Date): Promise<SupportPoint[]> {
  return (await cachedSupportPoints(db, { today: localToday(now) })).value
}

/**
 * A region by its slug with its project leader's name, email and phone (the public region
 * page shows them); undefined when there is none.
 *
 * @example const region = await publicRegion(db, 'midden-nederland')
 */
export function publicRegion(db: Db, slug: string) {
  return findRegion(db, slug)
}

/** The first session that has not ended yet, looking two weeks ahead. */
export function nextSession(point: SupportPoint, now: Date): Session | null {
  const today = localToday(now, point.zone)
  for (let offset = 0; offset < LOOKAHEAD_DAYS; offset++) {
    const { sessions } = sessionsOn(addDays(today, offset), point)
    const upcoming = sessions.find((session) => session.end.toMillis() > now.getTime())
    if (upcoming) return upcoming
  }
  return null
}
