/**
 * "The free places of this support point changed": raised in this process after a
 * booking, a move, a cancellation or a schedule change has committed, so answers kept in
 * memory about that point's availability are dropped at once (ADR 11). On PostgreSQL the
 * server also publishes it (`setAvailabilityPublisher`, a NOTIFY) so every other process
 * drops its copies too (`availabilityChangedElsewhere`, from its LISTEN).
 */
type Listener = (locationId: string) => void

const listeners = new Set<Listener>()

/** @example onAvailabilityChange((id) => forgetTagged(`availability:${id}`)) */
export function onAvailabilityChange(listener: Listener): void {
  listeners.add(listener)
}

let publish: ((locationId: string) => void) | undefined

/** How other processes hear of a change here; set once at server start. */
export function setAvailabilityPublisher(publisher: ((locationId: string) => void) | undefined) {
  publish = publisher
}

/**
 * `published`: the change's own statement raised the NOTIFY already (a booking's write,
 * ADR 45), so only this process's listeners are told.
 *
 * @example availabilityChanged(point.id)
 */
export function availabilityChanged(locationId: string, options?: { published: true }): void {
  for (const listener of listeners) listener(locationId)
  if (!options?.published) publish?.(locationId)
}

/** A change another process published: dropped here, not published again. */
export function availabilityChangedElsewhere(locationId: string): void {
  for (const listener of listeners) listener(locationId)
}
