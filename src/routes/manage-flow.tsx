import type { Context, Hono } from 'hono'
import { BookDaysPage } from '../../views/pages/book-days.js'
import type { BookingSummaryView } from '../../views/partials/booking-summary.js'
import { PickerFragment, type SlotAction } from '../../views/partials/slot-picker.js'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { maskedPhone } from '../domain/phone.js'
import { directionsFor } from '../domain/point-details.js'
import { isChangeable, type Actor } from '../services/booking.js'
import { frame, type Frame } from './booking-flow.js'
import { cancelForClient, moveForClient } from './client-changes.js'
import { readForm } from '../http/form.js'
import { errorResponse } from './errors.js'
import { render } from './render.js'
import { describeSlot, loadPicker, parseStart } from './slot-picker.js'

/**
 * A booking made, as every audience of the booking flow (ADR 0018) manages it: what is
 * shown of it (the booking summary), moving it to another time, cancelling it. The
 * audience names where the booking lives and who acts; the steps exist once.
 */

/** A booking as one audience reaches it: at `basePath`, with the manage token if it has one. */
export interface ManagedBooking {
  booking: BookingRow
  point: SupportPoint
  basePath: string
  token: string | null
}

export interface ManageAudience extends Frame {
  /** The booking's route pattern, relative to the app: '/b/:token'. */
  pattern: string
  load: (c: Context<AppEnv>) => Promise<ManagedBooking | null>
  /** Who acts: null for the client themselves. */
  actor: (c: Context<AppEnv>, action: 'cancel' | 'move') => Actor | null
  /** The move picker's back link label. */
  backLabel: (c: Context<AppEnv>, found: ManagedBooking) => string
  /** Where a cancel lands; `changed` is false when it was cancelled already or too late. */
  cancelledPath: (found: ManagedBooking, changed: boolean) => string
}

/** What every audience shows of a booking (the booking summary partial's input). */
export function bookingSummary(c: Context<AppEnv>, found: ManagedBooking): BookingSummaryView {
  const { booking, point } = found
  const now = c.get('deps').clock()
  return {
    reference: booking.reference,
    whenLabel: describeSlot(
      { start: booking.starts_at, end: booking.ends_at },
      point.zone,
      c.get('view'),
    ),
    pointName: point.name,
    pointSlug: point.slug,
    address: point.address,
    postalCode: point.postalCode,
    municipality: point.municipality,
    directions: directionsFor(point, c.get('view').locale),
    pointPhone: point.phone,
    state:
      booking.status === 'cancelled'
        ? 'cancelled'
        : booking.ends_at.getTime() <= now.getTime()
          ? 'past'
          : 'active',
    cancelReason:
      booking.status === 'cancelled'
        ? { cancel_reason: booking.cancel_reason, cancel_reason_code: booking.cancel_reason_code }
        : null,
    basePath: found.basePath,
    textsTo: booking.sms && booking.phone ? maskedPhone(booking.phone) : null,
  }
}

/** Mounts moving (picker and post) and the cancel post of a booking on `app`. */
export function mountManageFlow(app: Hono<AppEnv>, audience: ManageAudience): void {
  app.get(`${audience.pattern}/verzetten`, async (c) => {
    const found = await audience.load(c)
    if (!found) return errorResponse(c, 404)
    if (!isChangeable(found.booking, c.get('deps').clock())) return c.redirect(found.basePath, 303)
    return showMovePicker(c, audience, found)
  })

  app.post(`${audience.pattern}/verzetten`, async (c) => {
    const found = await audience.load(c)
    if (!found) return errorResponse(c, 404)
    const start = parseStart((await readForm(c)).typed('start'))
    if (!start) return errorResponse(c, 400)
    const outcome = await moveForClient(c, found, start, audience.actor(c, 'move'))
    if (outcome.ok) return c.redirect(`${found.basePath}?verzet=1`, 303)
    if (outcome.error === 'not_changeable') return c.redirect(found.basePath, 303)
    const view = c.get('view')
    const notice =
      outcome.error === 'slot_full' ? view.t.slotTakenTitle : view.t.slotUnavailableTitle
    return showMovePicker(c, audience, found, notice)
  })

  app.post(`${audience.pattern}/annuleren`, async (c) => {
    const found = await audience.load(c)
    if (!found) return errorResponse(c, 404)
    const outcome = await cancelFor(c, audience, found)
    return c.redirect(audience.cancelledPath(found, outcome.ok && outcome.changed), 303)
  })
}

/**
 * Cancels for the client. A volunteer acts for the client: to the counselors it is the
 * client who cancels; the audit log says who did.
 */
export function cancelFor(c: Context<AppEnv>, audience: ManageAudience, found: ManagedBooking) {
  return cancelForClient(c, found, audience.actor(c, 'cancel'))
}

async function showMovePicker(
  c: Context<AppEnv>,
  audience: ManageAudience,
  found: ManagedBooking,
  problem?: string,
) {
  const view = c.get('view')
  const movePath = `${found.basePath}/verzetten`
  const picker = await loadPicker(c, found.point, movePath)
  const action: SlotAction = {
    kind: 'post',
    action: movePath,
    buttonLabel: (slot) => view.t.moveTo(slot.label),
  }
  const current = view.t.moveCurrent(
    describeSlot(
      { start: found.booking.starts_at, end: found.booking.ends_at },
      found.point.zone,
      view,
    ),
  )
  return render(c, {
    title: view.t.moveTitle,
    ...frame(c, audience),
    noindex: true,
    status: problem ? 409 : 200,
    page: (
      <BookDaysPage
        ctx={view}
        title={view.t.moveTitle}
        intro={problem ? `${problem}. ${current}` : current}
        backHref={found.basePath}
        backLabel={audience.backLabel(c, found)}
        showSteps={false}
        forSomeoneElse={audience.actor(c, 'move') !== null}
        action={action}
        {...picker}
      />
    ),
    fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps={false} />,
  })
}
