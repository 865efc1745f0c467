/**
 * The walk-in desk's rules, without a database: who is next, how the places of a slot are
 * shared between bookings and walk-ins, and which session the desk is about (issue 15,
 * docs/decisions/0023-walk-in-desk.md).
 */

/** Where a client of today stands at the desk. */
export type DeskState = 'expected' | 'waiting' | 'in_conversation' | 'done' | 'no_show'

export interface DeskEntry {
  id: string
  walkIn: boolean
  /** epoch millis of the slot's start */
  startsAt: number
  endsAt: number
  arrivedAt: number | null
  calledAt: number | null
  finishedAt: number | null
  noShow: boolean
}

/** @example deskState({ ...entry, arrivedAt: null, noShow: true }) // 'no_show' */
export function deskState(entry: DeskEntry): DeskState {
  if (entry.finishedAt !== null) return 'done'
  if (entry.calledAt !== null) return 'in_conversation'
  if (entry.arrivedAt !== null) return 'waiting'
  return entry.noShow ? 'no_show' : 'expected'
}

/**
 * The moment a waiting client's turn is measured from: a walk-in from their arrival, a
 * booked client from their time, or from their arrival when they came late. Someone who
 * booked 11:00 and came at 10:30 does not pass the walk-in who has waited since 10:40.
 */
export function turnAt(entry: DeskEntry): number {
  const arrived = entry.arrivedAt ?? entry.startsAt
  return entry.walkIn ? arrived : Math.max(arrived, entry.startsAt)
}

/**
 * Who is waiting, in the order they are taken in: by `turnAt`, then by who arrived first,
 * then booked before walk-in (they were promised the time). Booked clients who arrived
 * early and walk-ins share one list.
 *
 * @example waitingOrder(entries).map((e) => e.id) // ['walk-in 10:40', 'booked 11:00', ...]
 */
export function waitingOrder<T extends DeskEntry>(entries: readonly T[]): T[] {
  return entries
    .filter((entry) => deskState(entry) === 'waiting')
    .sort(
      (a, b) =>
        turnAt(a) - turnAt(b) ||
        a.arrivedAt! - b.arrivedAt! ||
        Number(a.walkIn) - Number(b.walkIn) ||
        a.id.localeCompare(b.id),
    )
}

/** Whole minutes someone has waited since arriving (0 before they arrived). */
export function minutesWaited(entry: DeskEntry, now: number): number {
  if (entry.arrivedAt === null) return 0
  const until = entry.calledAt ?? now
  return Math.max(0, Math.floor((until - entry.arrivedAt) / 60_000))
}

/** A booked client may be marked "did not come" once their slot is over, never a walk-in. */
export function mayMarkNoShow(entry: DeskEntry, now: number): boolean {
  return !entry.walkIn && deskState(entry) === 'expected' && entry.endsAt <= now
}

export interface SlotPlaces {
  /** counselors on duty in the slot: every seat */
  counselors: number
  /** seats kept free for walk-ins; bookings may use the others */
  walkInSeats: number
  /** places taken, walk-ins included */
  booked: number
  /** of `booked`, the walk-ins */
  walkIns: number
}

/**
 * The places of a slot a booking counts against: all taken, less the walk-ins on the
 * kept-free seats. The SQL of `takePlace` (src/db/bookings.ts) says the same.
 */
export function onlinePlacesUsed(places: SlotPlaces): number {
  return places.booked - Math.min(places.walkIns, places.walkInSeats)
}

/**
 * Places left in a slot for a booking (online, volunteer) and for a walk-in. Walk-ins take
 * the kept-free seats first and then bookable ones; bookings never take a kept-free seat.
 *
 * @example placesLeft({ counselors: 3, walkInSeats: 1, booked: 1, walkIns: 1 }) // { booking: 2, walkIn: 2 }
 */
export function placesLeft(places: SlotPlaces): { booking: number; walkIn: number } {
  const capacity = Math.max(0, places.counselors - places.walkInSeats)
  const walkIn = Math.max(0, places.counselors - places.booked)
  return { booking: Math.min(walkIn, Math.max(0, capacity - onlinePlacesUsed(places))), walkIn }
}

export interface DeskSession {
  startMs: number
  endMs: number
  counselors: number
}

/**
 * The session the desk is about: the one on now, or else the next one today; null when
 * today's sessions are over (or there are none).
 */
export function deskSession<T extends DeskSession>(
  sessions: readonly T[],
  now: number,
): { session: T; running: boolean } | null {
  const sorted = [...sessions].sort((a, b) => a.startMs - b.startMs)
  const running = sorted.find((s) => s.startMs <= now && now < s.endMs)
  if (running) return { session: running, running: true }
  const next = sorted.find((s) => s.startMs > now)
  return next ? { session: next, running: false } : null
}

/** How busy a point is, as the public page says it: no names, no exact count. */
export type Busyness = 'quiet' | 'some' | 'busy'

/**
 * A rough figure, honest and safe: nobody waiting is quiet; up to one person per counselor
 * on duty is "a few waiting"; more is busy. The exact number is never published (a small
 * number could tell someone who is there).
 */
export function busyness(waiting: number, counselors: number): Busyness {
  if (waiting <= 0) return 'quiet'
  return waiting <= Math.max(1, counselors) ? 'some' : 'busy'
}
