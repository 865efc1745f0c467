import type { Context } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import {
  cancelBooking,
  notifySettings,
  rescheduleBooking,
  type Actor,
} from '../services/booking.js'

/** A booking as its client reaches it: by the manage token (the JSON API, the manage pages). */
interface Reached {
  booking: { id: string }
  point: SupportPoint
  token: string | null
}

/**
 * The client cancels; `actor` is the volunteer who does it for them, audited as such.
 *
 * @example if (!(await cancelForClient(c, found)).ok) return apiError(c, 409, ...)
 */
export function cancelForClient(c: Context<AppEnv>, found: Reached, actor?: Actor | null) {
  const { db, clock, config } = c.get('deps')
  return cancelBooking(db, {
    bookingId: found.booking.id,
    by: 'client',
    now: clock(),
    point: found.point,
    notify: notifySettings(config),
    actor,
  })
}

/**
 * The client moves to `start`; `actor` as for cancelling.
 *
 * @example const outcome = await moveForClient(c, found, start)
 */
export function moveForClient(
  c: Context<AppEnv>,
  found: Reached,
  start: Date,
  actor?: Actor | null,
) {
  const { db, clock, config } = c.get('deps')
  return rescheduleBooking(db, {
    bookingId: found.booking.id,
    point: found.point,
    start,
    now: clock(),
    token: found.token,
    notify: notifySettings(config),
    actor,
  })
}
