import { setAnswerHeaders } from '../http/headers.js'
import { Hono, type Context } from 'hono'
import { BookDaysPage } from '../../views/pages/book-days.js'
import {
  CancelConfirmPage,
  EraseConfirmPage,
  ManagePage,
  type ManageView,
} from '../../views/pages/manage.js'
import { ErrorPage } from '../../views/pages/error.js'
import { PickerFragment } from '../../views/partials/slot-picker.js'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import { cachedSupportPoints } from '../db/schedule-cache.js'
import type { BookingRow } from '../db/schema.js'
import { clientCalendar } from '../notifications/client-calendar.js'
import {
  cancelBooking,
  findBookingByToken,
  isChangeable,
  notifySettings,
  rescheduleBooking,
} from '../services/booking.js'
import { localToday } from '../services/directory.js'
import { eraseBookingNow } from '../services/retention.js'
import { errorResponse } from './errors.js'
import { limitPublicPosts } from './limits.js'
import { render } from './render.js'
import { describeSlot, loadPicker, parseStart } from './slot-picker.js'

/**
 * The private manage link, /b/<token>. The token is a secret: these answers are never
 * cached, never indexed and never sent on as a referrer; a wrong token is a plain 404.
 */
export const manageRoutes = new Hono<AppEnv>()

manageRoutes.use('/b/*', limitPublicPosts('manage', 3))

manageRoutes.use('/b/*', async (c, next) => {
  await next()
  setAnswerHeaders(c, {
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
  })
})

async function load(c: Context<AppEnv>) {
  const { db, clock } = c.get('deps')
  const token = c.req.param('token') ?? ''
  const booking = await findBookingByToken(db, token)
  if (!booking) return null
  const {
    value: [point],
  } = await cachedSupportPoints(db, {
    includeInactive: true,
    today: localToday(clock()),
    locationId: booking.location_id,
  })
  if (!point) return null
  return { booking, point, token, basePath: `/b/${token}` }
}

function manageView(
  c: Context<AppEnv>,
  booking: BookingRow,
  point: SupportPoint,
  basePath: string,
): ManageView {
  const { clock, config } = c.get('deps')
  const state =
    booking.status === 'cancelled'
      ? 'cancelled'
      : booking.ends_at.getTime() <= clock().getTime()
        ? 'past'
        : 'active'
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
    directions: point.directions,
    state,
    manageUrl: `${config.baseUrl}${basePath}`,
    basePath,
  }
}

manageRoutes.get('/b/:token', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const view = c.get('view')
  const notice = c.req.query('verzet') === '1' ? view.t.bookingMoved : null
  const isNew = c.req.query('nieuw') === '1' && found.booking.status === 'active'
  return render(c, {
    title: view.t.bookingTitle,
    noindex: true,
    page: (
      <ManagePage
        ctx={view}
        booking={manageView(c, found.booking, found.point, found.basePath)}
        notice={notice}
        isNew={isNew}
      />
    ),
  })
})

manageRoutes.get('/b/:token/afspraak.ics', async (c) => {
  const found = await load(c)
  if (!found || found.booking.status !== 'active') return errorResponse(c, 404)
  const { config } = c.get('deps')
  const body = clientCalendar({
    booking: found.booking,
    point: found.point,
    t: c.get('view').t,
    baseUrl: config.baseUrl,
  })
  c.header('Content-Type', 'text/calendar; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="afspraak-${found.booking.reference}.ics"`)
  return c.body(body)
})

manageRoutes.get('/b/:token/annuleren', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  if (!isChangeable(found.booking, c.get('deps').clock())) return c.redirect(found.basePath, 303)
  const view = c.get('view')
  return render(c, {
    title: view.t.cancelConfirmTitle,
    noindex: true,
    page: (
      <CancelConfirmPage
        ctx={view}
        booking={manageView(c, found.booking, found.point, found.basePath)}
      />
    ),
  })
})

manageRoutes.post('/b/:token/annuleren', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  // Cancelling twice, or too late, lands on the booking page, which says its state.
  await cancelBooking(db, {
    bookingId: found.booking.id,
    by: 'client',
    now: clock(),
    point: found.point,
    notify: notifySettings(config),
  })
  return c.redirect(found.basePath, 303)
})

manageRoutes.get('/b/:token/wissen', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const view = c.get('view')
  return render(c, {
    title: view.t.eraseConfirmTitle,
    noindex: true,
    page: (
      <EraseConfirmPage
        ctx={view}
        booking={manageView(c, found.booking, found.point, found.basePath)}
      />
    ),
  })
})

manageRoutes.post('/b/:token/wissen', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const now = clock()
  // A future appointment is cancelled first, so the counselors' calendars are cleared.
  if (isChangeable(found.booking, now)) {
    await cancelBooking(db, {
      bookingId: found.booking.id,
      by: 'client',
      now,
      point: found.point,
      notify: notifySettings(config),
    })
  }
  await eraseBookingNow(db, found.booking.id, now)
  return c.redirect('/gewist', 303)
})

manageRoutes.get('/gewist', (c) => {
  const view = c.get('view')
  return render(c, {
    title: view.t.erasedTitle,
    noindex: true,
    page: <ErrorPage ctx={view} title={view.t.erasedTitle} text={view.t.erasedText} />,
  })
})

manageRoutes.get('/b/:token/verzetten', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  if (!isChangeable(found.booking, c.get('deps').clock())) return c.redirect(found.basePath, 303)
  return showMovePicker(c, found)
})

manageRoutes.post('/b/:token/verzetten', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const form = await c.req.parseBody().catch(() => null)
  const start = parseStart(typeof form?.start === 'string' ? form.start : undefined)
  if (!start) return errorResponse(c, 400)
  const outcome = await rescheduleBooking(db, {
    bookingId: found.booking.id,
    point: found.point,
    start,
    now: clock(),
    token: found.token,
    notify: notifySettings(config),
  })
  if (outcome.ok) return c.redirect(`${found.basePath}?verzet=1`, 303)
  if (outcome.error === 'not_changeable') return c.redirect(found.basePath, 303)
  const view = c.get('view')
  return showMovePicker(c, found, {
    notice: outcome.error === 'slot_full' ? view.t.slotTakenTitle : view.t.slotUnavailableTitle,
    status: 409,
  })
})

async function showMovePicker(
  c: Context<AppEnv>,
  found: NonNullable<Awaited<ReturnType<typeof load>>>,
  problem?: { notice: string; status: 409 },
) {
  const view = c.get('view')
  const movePath = `${found.basePath}/verzetten`
  const picker = await loadPicker(c, found.point, movePath)
  const action = {
    kind: 'post' as const,
    action: movePath,
    buttonLabel: (slot: { label: string }) => view.t.moveTo(slot.label),
  }
  const current = describeSlot(
    { start: found.booking.starts_at, end: found.booking.ends_at },
    found.point.zone,
    view,
  )
  return render(c, {
    title: view.t.moveTitle,
    noindex: true,
    status: problem?.status ?? 200,
    page: (
      <BookDaysPage
        ctx={view}
        title={view.t.moveTitle}
        intro={
          problem
            ? `${problem.notice}. ${view.t.moveCurrent(current)}`
            : view.t.moveCurrent(current)
        }
        backHref={found.basePath}
        backLabel={view.t.bookingTitle}
        showSteps={false}
        action={action}
        {...picker}
      />
    ),
    fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps={false} />,
  })
}
