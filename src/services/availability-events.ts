/**
 * "The free places of this support point changed": raised in this process after a
 * booking, a move, a cancellation or a schedule change has committed, so answers kept in
 * memory about that point's availability are dropped at once (ADR 11). Other processes
 * learn of it when their short-lived copies expire.
 */
type Listener = (locationId: string) => void

const listeners = new Set<Listener>()

/** @example onAvailabilityChange((id) => forgetTagged(`availability:${id}`)) */
export function onAvailabilityChange(listener: Listener): void {
  listeners.add(listener)
}

/** @example availabilityChanged(point.id) */
export function availabilityChanged(locationId: string): void {
  for (const listener of listeners) listener(locationId)
}
