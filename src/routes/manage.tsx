import { Hono, type Context } from 'hono'
import {
  CancelConfirmPage,
  EraseConfirmPage,
  ManagePage,
  type ManageView,
} from '../../views/pages/manage.js'
import { ErrorPage } from '../../views/pages/error.js'
import { BookingCardPage } from '../../views/pages/booking-card.js'
import { bookingCard } from './booking-card.js'
import type { AppEnv } from '../app-env.js'
import { setAnswerHeaders } from '../http/headers.js'
import { clientCalendar } from '../notifications/client-calendar.js'
import { isChangeable } from '../services/booking.js'
import { bookingByToken } from '../services/booking-lookup.js'
import { eraseBookingNow } from '../services/retention.js'
import {
  bookingSummary,
  cancelFor,
  mountManageFlow,
  type ManageAudience,
  type ManagedBooking,
} from './manage-flow.js'
import { errorResponse } from './errors.js'
import { limitPublicPosts } from './limits.js'
import { render } from './render.js'

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

async function load(c: Context<AppEnv>): Promise<ManagedBooking | null> {
  const token = c.req.param('token') ?? ''
  const found = await bookingByToken(c.get('deps').db, token, c.get('deps').clock())
  return found ? { ...found, token, basePath: `/b/${token}` } : null
}

const audience: ManageAudience = {
  pattern: '/b/:token',
  load,
  actor: () => null,
  backLabel: (c) => c.get('view').t.bookingTitle,
  // Cancelling twice, or too late, lands on the booking page, which says its state.
  cancelledPath: (found) => found.basePath,
}

function manageView(c: Context<AppEnv>, found: ManagedBooking): ManageView {
  return {
    ...bookingSummary(c, found),
    manageUrl: `${c.get('deps').config.baseUrl}${found.basePath}`,
  }
}

mountManageFlow(manageRoutes, audience)

manageRoutes.get('/b/:token', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const view = c.get('view')
  const notice = c.req.query('verzet') === '1' ? view.t.bookingMoved : null
  const isNew = c.req.query('nieuw') === '1' && found.booking.status === 'active'
  return render(c, {
    title: view.t.bookingTitle,
    noindex: true,
    page: <ManagePage ctx={view} booking={manageView(c, found)} notice={notice} isNew={isNew} />,
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

// A card to print and take along (issue 16), with a QR code of this private link.
manageRoutes.get('/b/:token/kaart', async (c) => {
  const found = await load(c)
  if (!found || found.booking.status !== 'active') return errorResponse(c, 404)
  const view = c.get('view')
  const card = bookingCard(found, view, `${c.get('deps').config.baseUrl}${found.basePath}`)
  return render(c, {
    title: view.t.cardTitle,
    noindex: true,
    page: (
      <BookingCardPage
        ctx={view}
        card={card}
        chrome={{
          backHref: found.basePath,
          backLabel: view.t.bookingTitle,
          title: view.t.cardTitle,
          printHint: `${view.t.cardPrint} (Ctrl+P)`,
        }}
      />
    ),
  })
})

manageRoutes.get('/b/:token/annuleren', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  if (!isChangeable(found.booking, c.get('deps').clock())) return c.redirect(found.basePath, 303)
  const view = c.get('view')
  return render(c, {
    title: view.t.cancelConfirmTitle,
    noindex: true,
    page: <CancelConfirmPage ctx={view} booking={manageView(c, found)} />,
  })
})

manageRoutes.get('/b/:token/wissen', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const view = c.get('view')
  return render(c, {
    title: view.t.eraseConfirmTitle,
    noindex: true,
    page: <EraseConfirmPage ctx={view} booking={manageView(c, found)} />,
  })
})

manageRoutes.post('/b/:token/wissen', async (c) => {
  const found = await load(c)
  if (!found) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const now = clock()
  // A future appointment is cancelled first, so the counselors' calendars are cleared.
  if (isChangeable(found.booking, now)) await cancelFor(c, audience, found)
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
