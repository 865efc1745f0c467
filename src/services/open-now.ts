import type { DateTime } from 'luxon'
import type { Db } from '../db/database.js'
import { waitingCounts } from '../db/desk.js'
import type { SupportPoint } from '../db/locations.js'
import { busyness, deskSession, type Busyness } from '../domain/desk.js'
import { sessionsOn } from '../domain/slots.js'
import { localDateOf, localInstant } from '../domain/time.js'

/**
 * A support point whose walk-in hours are on right now, with a rough idea how busy; null
 * when the desk recorded nobody today, so nothing honest can be said about it.
 */
export interface OpenNow {
  until: DateTime
  busy: Busyness | null
}

/**
 * The points among `points` whose walk-in hours are on now, by id (issue 15): "open now,
 * until 12:30", and how busy as a rough figure from the desk (no names, no count). One
 * query for all of them, none when no point is open.
 *
 * @example const open = await openNowAt(db, points, now); open.get(point.id)?.until
 */
export async function openNowAt(
  db: Db,
  points: readonly SupportPoint[],
  now: Date,
): Promise<Map<string, OpenNow>> {
  const running = new Map<string, { until: DateTime; counselors: number; since: number }>()
  for (const point of points) {
    const today = localDateOf(now, point.zone)
    const sessions = sessionsOn(today, point).sessions
    const found = deskSession(
      sessions.map((s) => ({
        startMs: s.start.toMillis(),
        endMs: s.end.toMillis(),
        counselors: s.counselors,
        end: s.end,
      })),
      now.getTime(),
    )
    if (!found?.running) continue
    running.set(point.id, {
      until: found.session.end,
      counselors: found.session.counselors,
      since: localInstant(today, '00:00', point.zone),
    })
  }
  if (running.size === 0) return new Map()
  const since = new Date(Math.min(...[...running.values()].map((r) => r.since)))
  const waiting = await waitingCounts(db, [...running.keys()], since)
  return new Map(
    [...running].map(([id, r]) => [
      id,
      {
        until: r.until,
        busy: waiting.has(id) ? busyness(waiting.get(id)!.waiting, r.counselors) : null,
      },
    ]),
  )
}
