import type { SupportPoint } from '../db/locations.js'
import { cachedSupportPoints } from '../db/schedule-cache.js'
import type { Db } from '../db/database.js'
import { sessionsOn, type Session } from '../domain/slots.js'
import { addDays, inZone } from '../domain/time.js'

const DIRECTORY_ZONE = 'Europe/Amsterdam'
const LOOKAHEAD_DAYS = 14

export interface DirectoryEntry {
  point: SupportPoint
  next: Session | null
}

/** Today's date where the support points are; the directory is national, so one zone. */
export function localToday(now: Date, zone = DIRECTORY_ZONE): string {
  return inZone(now, zone).toISODate()!
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
  const needle = fold(options.query ?? '')
  return points
    .filter((point) =>
      needle === ''
        ? true
        : [point.municipality, point.name, point.region.name].some((text) =>
            fold(text).includes(needle),
          ),
    )
    .map((point) => ({ point, next: nextSession(point, options.now) }))
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

/** Case- and accent-insensitive matching: "den haag" finds "Den Haag", "curacao" finds "Curaçao". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}
