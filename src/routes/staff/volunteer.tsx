import { Hono, type Context } from 'hono'
import {
  MyBookingsPage,
  VolunteerBookingPage,
  VolunteerCancelPage,
  type BookingListItem,
  type VolunteerBookingView,
} from '../../../views/staff/volunteer-bookings.js'
import type { AppEnv } from '../../app-env.js'
import type { Role } from '../../db/schema.js'
import { LANGUAGE_ENDONYMS } from '../../i18n/languages.js'
import { isLocale } from '../../i18n/locales.js'
import { volunteerMessages } from '../../i18n/staff/volunteer.js'
import { audit } from '../../services/audit.js'
import { isChangeable } from '../../services/booking.js'
import { bookingBookedBy, listBookedBy, pointsToBookAt } from '../../services/booking-lookup.js'
import { mountBookingFlow } from '../booking-flow.js'
import {
  bookingSummary,
  mountManageFlow,
  type ManageAudience,
  type ManagedBooking,
} from '../manage-flow.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { describeSlot } from '../slot-picker.js'
import { staffNav } from './nav.js'
import { renderPointChoice } from './points-by-region.js'
import { requireStaff } from './session.js'
import { BookingCardPage } from '../../../views/pages/booking-card.js'
import { newLinkForCard } from '../../services/find-booking.js'
import { bookingCard, clientView } from '../booking-card.js'

/**
 * Volunteers (and coordinators and admins) book for a client through the public flow's
 * steps, and see, move and cancel the bookings they made themselves, and only those:
 * someone else's reference is as unknown as a made-up one.
 */
export const volunteerRoutes = new Hono<AppEnv>()

// Counselors too: at the desk they book a later time for someone who cannot wait (issue 15).
const BOOKERS: Role[] = ['volunteer', 'counselor', 'coordinator', 'admin']
// Mounted at the root of /staff: guard only our own paths, never the whole staff area.
// ('/boeken/*' also matches '/boeken' itself.)
volunteerRoutes.use('/boeken/*', requireStaff(BOOKERS))
volunteerRoutes.use('/mijn-afspraken/*', requireStaff(BOOKERS))

const LIST_LIMIT = 200

function messages(c: Context<AppEnv>) {
  return volunteerMessages[c.get('staff').locale]
}

volunteerRoutes.get('/boeken', async (c) => {
  const { db, clock } = c.get('deps')
  const tv = messages(c)
  const points = await pointsToBookAt(db, clock())
  const area = {
    path: '/staff/boeken',
    title: tv.chooseTitle,
    intro: tv.chooseIntro,
    empty: tv.noPoints,
  }
  return renderPointChoice(c, area, points, (point) => point.region.name)
})

mountBookingFlow(volunteerRoutes, {
  name: 'volunteer',
  pattern: '/boeken/:slug',
  basePath: (point) => `/staff/boeken/${point.slug}`,
  back: (c) => ({ href: '/staff/boeken', label: messages(c).backToPoints }),
  noindex: true,
  nav: (c) => staffNav(c, '/staff/boeken'),
  cachePicker: false,
  // The public details form, with a word on optional contact.
  formNotice: (c) => <p class="notice">{messages(c).contactIntro(c.get('staff').email)}</p>,
  formWording: (c) => messages(c).clientForm,
  request: (c, details) => {
    const staff = c.get('staff')
    return {
      source: 'volunteer',
      actor: { staffId: staff.id, detail: `booked for a client (${staff.role})` },
      // Messages go to the client in their language when they gave an email; otherwise the
      // booking service sends them to this staff member, who reads their own language.
      locale: details.email && isLocale(details.language) ? details.language : staff.locale,
    }
  },
  bookedPath: (outcome) => `/staff/mijn-afspraken/${outcome.booking.reference}?nieuw=1`,
})

volunteerRoutes.get('/mijn-afspraken', async (c) => {
  const { db, clock } = c.get('deps')
  const staff = c.get('staff')
  const view = c.get('view')
  const tv = messages(c)
  const now = clock()
  const { upcoming: upcomingRows, past: pastRows } = await listBookedBy(
    db,
    staff.id,
    now,
    LIST_LIMIT,
  )
  const toItem = (row: (typeof upcomingRows)[number]): BookingListItem => ({
    reference: row.reference,
    whenLabel: describeSlot({ start: row.starts_at, end: row.ends_at }, row.timezone, view),
    pointName: row.point_name,
    clientName: row.name,
    state: row.status === 'cancelled' ? 'cancelled' : row.ends_at <= now ? 'past' : 'active',
    href: `/staff/mijn-afspraken/${row.reference}`,
  })
  return render(c, {
    title: tv.listTitle,
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <MyBookingsPage tv={tv} upcoming={upcomingRows.map(toItem)} past={pastRows.map(toItem)} />
    ),
  })
})

/** A booking this staff member made, by its reference; anyone else's does not exist. */
async function loadOwn(c: Context<AppEnv>): Promise<ManagedBooking | null> {
  const { db, clock } = c.get('deps')
  const found = await bookingBookedBy(
    db,
    c.get('staff').id,
    c.req.param('reference') ?? '',
    clock(),
  )
  if (!found) return null
  return { ...found, token: null, basePath: `/staff/mijn-afspraken/${found.booking.reference}` }
}

type Own = ManagedBooking

function bookingView(c: Context<AppEnv>, own: Own): VolunteerBookingView {
  const { booking } = own
  const view = c.get('view')
  const summary = bookingSummary(c, own)
  const language = booking.language as keyof typeof LANGUAGE_ENDONYMS
  return {
    ...summary,
    clientName: booking.name,
    languageLabel: LANGUAGE_ENDONYMS[language] ?? view.t.languageOther,
    interpreter: booking.interpreter,
    messagesTo:
      summary.state !== 'active'
        ? null
        : booking.email
          ? { who: 'client', email: booking.email }
          : { who: 'you', email: c.get('staff').email },
  }
}

mountManageFlow(volunteerRoutes, {
  pattern: '/mijn-afspraken/:reference',
  load: loadOwn,
  noindex: true,
  nav: (c) => staffNav(c, '/staff/mijn-afspraken'),
  actor: (c, action) => ({
    staffId: c.get('staff').id,
    detail: action === 'cancel' ? 'cancelled for the client' : null,
  }),
  backLabel: (c, own) => messages(c).detailTitle(own.booking.reference),
  cancelledPath: (own, changed) => (changed ? `${own.basePath}?afgezegd=1` : own.basePath),
} satisfies ManageAudience)

volunteerRoutes.get('/mijn-afspraken/:reference', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const tv = messages(c)
  const staff = c.get('staff')
  await audit(
    db,
    {
      staffId: staff.id,
      action: 'booking.view',
      bookingId: own.booking.id,
      locationId: own.point.id,
    },
    clock(),
  )
  const notice =
    c.req.query('verzet') === '1' ? tv.moved : c.req.query('afgezegd') === '1' ? tv.cancelled : null
  const isNew = c.req.query('nieuw') === '1' && own.booking.status === 'active'
  return render(c, {
    title: tv.detailTitle(own.booking.reference),
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <VolunteerBookingPage
        ctx={c.get('view')}
        tv={tv}
        booking={bookingView(c, own)}
        notice={notice}
        isNew={isNew}
      />
    ),
  })
})

// The card to print for the client (issue 16), in their language with the Dutch beside it.
// Without a private link first; a QR code needs a new one, made by a POST.
async function showCard(c: Context<AppEnv>, own: Own, token: string | null) {
  const tv = messages(c)
  const view = clientView(own.booking, c.get('view').url)
  const card = bookingCard(own, view, token ? `${c.get('deps').config.baseUrl}/b/${token}` : null)
  return render(c, {
    title: tv.cardTitle,
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: (
      <BookingCardPage
        ctx={view}
        card={card}
        chrome={{
          backHref: own.basePath,
          backLabel: tv.detailTitle(own.booking.reference),
          title: tv.cardTitle,
          printHint: tv.cardPrint,
        }}
      >
        {token ? null : (
          <form method="post" action={`${own.basePath}/kaart`}>
            <p>{tv.cardWithLinkText}</p>
            <button type="submit">{tv.cardWithLinkButton}</button>
          </form>
        )}
      </BookingCardPage>
    ),
  })
}

volunteerRoutes.get('/mijn-afspraken/:reference/kaart', async (c) => {
  const own = await loadOwn(c)
  if (!own || own.booking.status !== 'active') return errorResponse(c, 404)
  return showCard(c, own, null)
})

volunteerRoutes.post('/mijn-afspraken/:reference/kaart', async (c) => {
  const own = await loadOwn(c)
  if (!own || !isChangeable(own.booking, c.get('deps').clock())) return errorResponse(c, 404)
  const token = await newLinkForCard(c.get('deps').db, {
    bookingId: own.booking.id,
    locationId: own.point.id,
    staffId: c.get('staff').id,
    now: c.get('deps').clock(),
  })
  // The link is on this answer only: never cached, never sent on as a referrer.
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  return showCard(c, own, token)
})

volunteerRoutes.get('/mijn-afspraken/:reference/annuleren', async (c) => {
  const own = await loadOwn(c)
  if (!own) return errorResponse(c, 404)
  if (!isChangeable(own.booking, c.get('deps').clock())) return c.redirect(own.basePath, 303)
  const tv = messages(c)
  return render(c, {
    title: tv.cancelTitle,
    noindex: true,
    nav: staffNav(c, '/staff/mijn-afspraken'),
    page: <VolunteerCancelPage tv={tv} booking={bookingView(c, own)} />,
  })
})
