import type { Db } from '../db/database.js'
import { agendaPoints, type ListedPoint } from '../db/agenda.js'
import {
  deskBookings,
  pointsInRegionsOf,
  recordDeskStep,
  slotTotals,
  type DeskStep,
} from '../db/desk.js'
import { loadSupportPoints, type SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import {
  validateClientDetails,
  type FieldError,
  type RawClientDetails,
} from '../domain/booking-form.js'
import {
  deskSession,
  deskState,
  mayMarkNoShow,
  placesLeft,
  waitingOrder,
  type DeskEntry,
  type DeskSession,
  type DeskState,
} from '../domain/desk.js'
import { normalizeReference } from '../domain/reference.js'
import { computeSlots, sessionsOn, type Slot } from '../domain/slots.js'
import { addDays, localDateOf, localInstant } from '../domain/time.js'
import { audit, auditedSince } from './audit.js'
import { availabilityChanged } from './availability-events.js'
import { localToday } from './directory.js'
import { bookSlot, type Actor, type NotifySettings } from './booking.js'
import type { StaffPrincipal } from './auth.js'

/**
 * The walk-in desk (issue 15, ADR 23): today at one support point, checking booked clients
 * in, registering people who walk in, and the waiting order.
 */

type Viewer = Pick<StaffPrincipal, 'id' | 'role' | 'locationIds'>

/**
 * The support points whose desk this person may work at: the admin's all, a
 * coordinator's region, a counselor's own points, a volunteer's region.
 */
export async function deskPoints(db: Db, staff: Viewer): Promise<ListedPoint[]> {
  const ids = staff.role === 'volunteer' ? await pointsInRegionsOf(db, staff.id) : staff.locationIds
  return agendaPoints(db, ids)
}

/** One of today's clients as the desk shows them. */
export interface DeskClient extends DeskEntry {
  booking: BookingRow
  state: DeskState
  mayNoShow: boolean
}

export interface DeskDay {
  point: SupportPoint
  today: string
  /** The session on now, or the next one today; null when today's are over. */
  session: (DeskSession & { running: boolean }) | null
  clients: DeskClient[]
  waiting: DeskClient[]
  inConversation: DeskClient[]
  /** Places left now for a walk-in in the running session (0 outside it). */
  walkInPlaces: number
}

function entryOf(booking: BookingRow, now: number): DeskClient {
  const entry: DeskEntry = {
    id: booking.id,
    walkIn: booking.walk_in,
    startsAt: booking.starts_at.getTime(),
    endsAt: booking.ends_at.getTime(),
    arrivedAt: booking.arrived_at?.getTime() ?? null,
    calledAt: booking.called_at?.getTime() ?? null,
    finishedAt: booking.finished_at?.getTime() ?? null,
    noShow: booking.attendance === 'no_show',
  }
  return { ...entry, booking, state: deskState(entry), mayNoShow: mayMarkNoShow(entry, now) }
}

function todayBounds(point: SupportPoint, now: Date): { today: string; from: Date; to: Date } {
  const today = localDateOf(now, point.zone)
  return {
    today,
    from: new Date(localInstant(today, '00:00', point.zone)),
    to: new Date(localInstant(addDays(today, 1), '00:00', point.zone)),
  }
}

/** Today's slots of the point (all of them, the minimum notice does not apply to staff). */
function slotsToday(point: SupportPoint, today: string, now: Date): Slot[] {
  return computeSlots({ ...point, booked: new Map(), now, from: today, to: today, staff: true })
}

function sessionNow(point: SupportPoint, today: string, now: Date) {
  const sessions = sessionsOn(today, point).sessions.map((s) => ({
    startMs: s.start.toMillis(),
    endMs: s.end.toMillis(),
    counselors: s.counselors,
  }))
  const found = deskSession(sessions, now.getTime())
  return found ? { ...found.session, running: found.running } : null
}

/** The support point, if it is active and this person may work at its desk. */
export async function findDeskPoint(
  db: Db,
  staff: Viewer,
  slug: string,
  now: Date,
): Promise<SupportPoint | undefined> {
  const allowed = await deskPoints(db, staff)
  if (!allowed.some((p) => p.slug === slug)) return undefined
  const [point] = await loadSupportPoints(db, { today: localToday(now), slug })
  return point
}

/** Today at the point: the session, every client of today with their state, who waits. */
export async function deskDay(db: Db, point: SupportPoint, now: Date): Promise<DeskDay> {
  const { today, from, to } = todayBounds(point, now)
  const [rows, totals] = await Promise.all([
    deskBookings(db, point.id, from, to),
    slotTotals(db, point.id, from, to),
  ])
  const clients = rows.map((row) => entryOf(row, now.getTime()))
  const session = sessionNow(point, today, now)
  return {
    point,
    today,
    session,
    clients,
    waiting: waitingOrder(clients),
    inConversation: clients.filter((c) => c.state === 'in_conversation'),
    walkInPlaces: session?.running
      ? walkInSlots(point, today, now, totals).reduce((sum, s) => sum + s.left, 0)
      : 0,
  }
}

/** The slots of the running session a walk-in may go into, from the one on now, with room. */
function walkInSlots(
  point: SupportPoint,
  today: string,
  now: Date,
  totals: Map<number, { booked: number; walkIns: number }>,
): Array<{ slot: Slot; left: number }> {
  const session = sessionNow(point, today, now)
  if (!session?.running) return []
  return slotsToday(point, today, now)
    .filter((slot) => slot.startMs >= session.startMs && slot.endMs <= session.endMs)
    .map((slot) => {
      const taken = totals.get(slot.startMs) ?? { booked: 0, walkIns: 0 }
      const left = placesLeft({
        counselors: slot.counselors,
        walkInSeats: point.rules.walkInSeats,
        booked: taken.booked,
        walkIns: taken.walkIns,
      }).walkIn
      return { slot, left }
    })
    .filter((entry) => entry.left > 0)
}

export interface WalkInDetails {
  name: string
  language: string
  interpreter: string
  topic: string
}

export type WalkInOutcome =
  | { ok: true; booking: BookingRow }
  | { ok: false; error: 'closed' | 'full' }
  | { ok: false; error: 'invalid'; fields: Partial<Record<keyof WalkInDetails, FieldError>> }

/**
 * Registers someone who walked in: a booking with source `staff` in the slot on now, or
 * the next one of the running session with room, counted against the session's places
 * the same race-proof way as every booking (the seats kept free for walk-ins first). No
 * contact details are asked; the alias is optional.
 */
export async function registerWalkIn(
  db: Db,
  request: {
    point: SupportPoint
    raw: Partial<WalkInDetails>
    actor: Actor
    locale: string
    now: Date
    notify: NotifySettings
  },
): Promise<WalkInOutcome> {
  const { point, now } = request
  const alias = (request.raw.name ?? '').normalize('NFC').trim()
  const checked = validateClientDetails({
    ...(request.raw as RawClientDetails),
    name: alias === '' ? '-' : alias,
    email: '',
    phone: '',
    note: '',
  })
  if (!checked.ok) return { ok: false, error: 'invalid', fields: checked.errors }
  const details = { ...checked.value, name: alias }
  const { today, from, to } = todayBounds(point, now)
  // Two desks may race for the same place: the slot that filled first is skipped.
  const candidates = walkInSlots(point, today, now, await slotTotals(db, point.id, from, to))
  if (candidates.length === 0) {
    return { ok: false, error: sessionNow(point, today, now)?.running ? 'full' : 'closed' }
  }
  for (const { slot } of candidates) {
    const outcome = await bookSlot(db, {
      point,
      start: slot.start.toJSDate(),
      details,
      source: 'staff',
      actor: { ...request.actor, detail: 'walk-in' },
      locale: request.locale,
      now,
      notify: request.notify,
      walkIn: true,
    })
    if (outcome.ok) return { ok: true, booking: outcome.booking }
  }
  return { ok: false, error: 'full' }
}

export type DeskAction = 'check-in' | 'no-show' | 'call' | 'finish'

const STEPS: Record<DeskAction, DeskStep['step']> = {
  'check-in': 'check_in',
  'no-show': 'no_show',
  call: 'call',
  finish: 'finish',
}

/**
 * One step at the desk on one of today's clients, audited in the same transaction.
 * 'stale' when the client was no longer in the state the step follows (someone at another
 * desk was quicker, or the page was old); 'too_early' for a no-show before the slot ended.
 */
export async function deskStep(
  db: Db,
  request: {
    point: SupportPoint
    bookingId: string
    action: DeskAction
    outcome?: NonNullable<BookingRow['outcome']>
    staffId: string
    now: Date
  },
): Promise<'done' | 'stale' | 'too_early' | 'unknown'> {
  const { point, now } = request
  const { from, to } = todayBounds(point, now)
  const client = (await deskBookings(db, point.id, from, to)).find(
    (row) => row.id === request.bookingId,
  )
  if (!client) return 'unknown'
  if (
    request.action === 'no-show' &&
    !mayMarkNoShow(entryOf(client, now.getTime()), now.getTime())
  ) {
    return client.ends_at.getTime() > now.getTime() ? 'too_early' : 'stale'
  }
  const step: DeskStep =
    request.action === 'finish'
      ? { step: 'finish', outcome: request.outcome ?? 'other' }
      : ({ step: STEPS[request.action] } as DeskStep)
  const recorded = await inTransaction(db, async (trx) => {
    if (!(await recordDeskStep(trx, client.id, step, now))) return false
    await audit(
      trx,
      {
        staffId: request.staffId,
        action: `desk.${request.action}`,
        bookingId: client.id,
        locationId: point.id,
        detail: step.step === 'finish' ? step.outcome : null,
      },
      now,
    )
    return true
  })
  if (!recorded) return 'stale'
  availabilityChanged(point.id)
  return 'done'
}

/**
 * Today's client with this reference (as on their card) or phone number (the last six
 * digits or more); undefined when there is none today at this point.
 */
export function findClient(day: DeskDay, query: string): DeskClient | undefined {
  const reference = normalizeReference(query)
  if (reference) {
    const found = day.clients.find((c) => c.booking.reference === reference)
    if (found) return found
  }
  const digits = query.replace(/\D/g, '')
  if (digits.length < 6) return undefined
  return day.clients.find((c) =>
    (c.booking.phone ?? '').replace(/\D/g, '').endsWith(digits.slice(-9)),
  )
}

/** One desk.view row covers this long of looking at (and refreshing) the same desk. */
export const DESK_VIEW_AUDIT_MINUTES = 15

/**
 * Records that the desk of a point was opened: staff access to client data is audited. The
 * desk's waiting list refreshes itself, so a person's look at one desk is one row per
 * quarter of an hour, whether they opened it once or it refreshed forty times.
 */
export async function auditDeskView(
  db: Db,
  request: { staffId: string; point: SupportPoint; today: string; now: Date },
): Promise<void> {
  const entry = {
    staffId: request.staffId,
    action: 'desk.view',
    locationId: request.point.id,
  } as const
  const since = new Date(request.now.getTime() - DESK_VIEW_AUDIT_MINUTES * 60_000)
  if (await auditedSince(db, entry, since)) return
  await audit(db, { ...entry, detail: request.today }, request.now)
}
