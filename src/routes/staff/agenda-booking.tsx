import { Hono } from 'hono'
import { DateTime } from 'luxon'
import {
  AgendaBookingPage,
  OUTCOMES,
  REASON_MAX,
  type BookingFormErrors,
  type Outcome,
} from '../../../views/staff/agenda-booking.js'
import { rowId } from '../../../views/staff/agenda-table.js'
import type { AppEnv } from '../../app-env.js'
import type { BookingRow } from '../../db/schema.js'
import { isCancelReason } from '../../domain/cancel-reasons.js'
import { normalizeReference } from '../../domain/reference.js'
import { STAFF_TEXT_FORBIDDEN } from '../../domain/text-rules.js'
import { formatDate, formatTimeRange } from '../../i18n/format.js'
import { audit } from '../../services/audit.js'
import {
  bookersOf,
  bookingInScope,
  cancelFromAgenda,
  recordAttendance,
  recordOutcome,
  type AgendaPoint,
} from '../../services/agenda.js'
import { isChangeable, notifySettings } from '../../services/booking.js'
import { errorResponse } from '../errors.js'
import { readForm, type Form } from '../../http/form.js'
import { render } from '../render.js'
import { canRecord, messages, type C } from './agenda-shared.js'
import { staffNav } from './nav.js'

/**
 * One booking of the agenda (mounted under /staff/agenda/afspraak): what the client shared,
 * attendance and outcome from the day itself on, and cancelling with a reason.
 */
export const agendaBookingRoutes = new Hono<AppEnv>()

type Loaded = { booking: BookingRow; point: AgendaPoint }

/** The booking named in the path, with its support point; undefined when not in scope. */
async function loadBooking(c: C): Promise<Loaded | undefined> {
  const reference = normalizeReference(c.req.param('reference') ?? '')
  if (!reference) return undefined
  return bookingInScope(c.get('deps').db, reference, c.get('staff').locationIds)
}

function detailPath(booking: BookingRow): string {
  return `/staff/agenda/afspraak/${booking.reference}`
}

async function renderBooking(
  c: C,
  { booking, point }: Loaded,
  options: {
    status?: 200 | 409 | 422
    notice?: string | null
    errors?: BookingFormErrors
    values?: { reason?: string; outcome?: string }
  } = {},
) {
  const staff = c.get('staff')
  const t = messages(c)
  const { db, clock } = c.get('deps')
  const now = clock()
  const start = DateTime.fromJSDate(booking.starts_at, { zone: point.zone })
  const end = DateTime.fromJSDate(booking.ends_at, { zone: point.zone })
  const whenLabel = `${formatDate(start, staff.locale, true)}, ${formatTimeRange(start, end, staff.locale)}`
  const bookers = await bookersOf(db, [booking])
  return render(c, {
    title: t.bookingTitle(booking.reference),
    noindex: true,
    nav: staffNav(c, '/staff/agenda'),
    status: options.status ?? 200,
    page: (
      <AgendaBookingPage
        t={t}
        booking={booking}
        point={point}
        bookedBy={booking.booked_by ? (bookers.get(booking.booked_by) ?? null) : null}
        whenLabel={whenLabel}
        day={start.toISODate()!}
        canRecord={canRecord(booking, point, now)}
        canCancel={isChangeable(booking, now)}
        notice={options.notice ?? null}
        errors={options.errors ?? {}}
        values={options.values ?? {}}
      />
    ),
  })
}

agendaBookingRoutes.get('/:reference', async (c) => {
  const loaded = await loadBooking(c)
  if (!loaded) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const t = messages(c)
  await audit(
    db,
    {
      staffId: c.get('staff').id,
      action: 'booking.view',
      bookingId: loaded.booking.id,
      locationId: loaded.point.id,
    },
    clock(),
  )
  const done = c.req.query('klaar')
  const notice = done === 'opgeslagen' ? t.saved : done === 'afgezegd' ? t.cancelled : null
  return renderBooking(c, loaded, { notice })
})

/**
 * A form posted about one booking: 404 when it is not the person's to see, else `act` with
 * the booking and its point, the form, and the instant of the request.
 */
function postedAbout(act: (c: C, loaded: Loaded, form: Form, now: Date) => Promise<Response>) {
  return async (c: C) => {
    const loaded = await loadBooking(c)
    if (!loaded) return errorResponse(c, 404)
    const now = c.get('deps').clock()
    return act(c, loaded, await readForm(c), now)
  }
}

/** Why attendance or outcome cannot be recorded yet (or at all); null when it can. */
function recordRefusal({ booking, point }: Loaded, now: Date, c: C): string | null {
  const t = messages(c)
  if (booking.status !== 'active') return t.errors.notActive
  if (!canRecord(booking, point, now)) return t.errors.tooEarly
  return null
}

agendaBookingRoutes.post(
  '/:reference/aanwezigheid',
  postedAbout(async (c, loaded, form, now) => {
    const { db } = c.get('deps')
    const t = messages(c)
    const attendance = form.typed('attendance')
    if (attendance !== 'attended' && attendance !== 'no_show') {
      return renderBooking(c, loaded, {
        status: 422,
        errors: { attendance: t.errors.attendanceChoice },
      })
    }
    const refused = recordRefusal(loaded, now, c)
    if (refused) return renderBooking(c, loaded, { status: 409, errors: { attendance: refused } })
    await recordAttendance(db, { ...loaded, staffId: c.get('staff').id, attendance, now })
    const back = agendaReturn(form.typed('terug'), loaded.booking.reference)
    return c.redirect(back ?? `${detailPath(loaded.booking)}?klaar=opgeslagen`, 303)
  }),
)

const RETURN_PARAMS = ['steunpunt', 'dag', 'van'] as const

/**
 * The agenda list a form was posted from, rebuilt from its known parameters only, with
 * the notice and the booking's row to land on; null for anything else, so the field can
 * never send anyone off the agenda (no open redirect).
 *
 * @example agendaReturn('/staff/agenda?van=2026-12-01', 'K7QWD3MA') // '/staff/agenda?van=2026-12-01&klaar=opgeslagen#afspraak-K7QWD3MA'
 */
function agendaReturn(value: unknown, reference: string): string | null {
  if (typeof value !== 'string' || !value.startsWith('/staff/agenda')) return null
  let url: URL
  try {
    url = new URL(value, 'http://agenda.invalid')
  } catch {
    return null
  }
  if (url.host !== 'agenda.invalid' || url.pathname !== '/staff/agenda') return null
  const query = new URLSearchParams()
  for (const name of RETURN_PARAMS) {
    const param = url.searchParams.get(name)
    if (param !== null && /^[A-Za-z0-9-]{0,100}$/.test(param)) query.set(name, param)
  }
  query.set('klaar', 'opgeslagen')
  return `/staff/agenda?${query}#${rowId(reference)}`
}

agendaBookingRoutes.post(
  '/:reference/uitkomst',
  postedAbout(async (c, loaded, form, now) => {
    const { db } = c.get('deps')
    const t = messages(c)
    const outcome = form.typed('outcome') ?? ''
    if (!(OUTCOMES as readonly string[]).includes(outcome)) {
      return renderBooking(c, loaded, { status: 422, errors: { outcome: t.errors.outcomeChoice } })
    }
    const refused = recordRefusal(loaded, now, c)
    if (refused) return renderBooking(c, loaded, { status: 409, errors: { outcome: refused } })
    await recordOutcome(db, {
      ...loaded,
      staffId: c.get('staff').id,
      outcome: outcome as Outcome,
      now,
    })
    return c.redirect(`${detailPath(loaded.booking)}?klaar=opgeslagen`, 303)
  }),
)

agendaBookingRoutes.post(
  '/:reference/afzeggen',
  postedAbout(async (c, loaded, form, now) => {
    const { db, config } = c.get('deps')
    const t = messages(c)
    const { booking } = loaded
    const typed = form.typed('reason') ?? ''
    const kind = (form.typed('reasonKind') ?? '').trim()
    const reasonCode = isCancelReason(kind) ? kind : null
    const reason = typed.normalize('NFC').trim().replace(/\r\n?/g, '\n')
    // A reason from the list, what staff type, or both; the client reads the first in their
    // own language and the second as written.
    const errors = {
      ...(kind !== '' && !reasonCode ? { reasonKind: t.errors.reasonKindUnknown } : {}),
      ...(reason === '' && kind === ''
        ? { reason: t.errors.reasonRequired }
        : reason.length > REASON_MAX
          ? { reason: t.errors.reasonTooLong }
          : STAFF_TEXT_FORBIDDEN.test(reason)
            ? { reason: t.errors.reasonInvalid }
            : {}),
    }
    const values = { reason: typed, reasonKind: kind }
    if (Object.keys(errors).length > 0) {
      return renderBooking(c, loaded, { status: 422, errors, values })
    }
    // A second click after the first went through: nothing to do, the page says it is done.
    if (booking.status === 'cancelled') {
      return c.redirect(`${detailPath(booking)}?klaar=afgezegd`, 303)
    }
    const cancelled = await cancelFromAgenda(db, {
      ...loaded,
      staffId: c.get('staff').id,
      reason,
      reasonCode,
      notify: notifySettings(config),
      now,
    })
    if (!cancelled) {
      return renderBooking(c, loaded, {
        status: 409,
        errors: { reason: t.errors.notChangeable },
        values,
      })
    }
    return c.redirect(`${detailPath(booking)}?klaar=afgezegd`, 303)
  }),
)
