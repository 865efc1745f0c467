import type { Context } from 'hono'
import { DateTime } from 'luxon'
import { DeskPage, type DeskPageProps, type DeskRow } from '../../../views/staff/desk.js'
import { OUTCOMES, type Outcome } from '../../../views/staff/agenda-booking.js'
import type { AppEnv } from '../../app-env.js'
import type { SupportPoint } from '../../db/locations.js'
import { minutesWaited } from '../../domain/desk.js'
import { formatTime } from '../../i18n/format.js'
import { agendaMessages } from '../../i18n/staff/agenda.js'
import { deskMessages } from '../../i18n/staff/desk.js'
import { notifySettings } from '../../services/booking.js'
import {
  auditDeskView,
  deskDay,
  deskPoints,
  deskStep,
  findClient,
  findDeskPoint,
  registerWalkIn,
  type DeskAction,
  type DeskClient,
  type DeskDay,
  type WalkInDetails,
} from '../../services/desk.js'
import { readForm } from '../../http/form.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { renderPointChoice } from './points-by-region.js'
import { staffArea } from './session.js'
import { askBeforeViewFromElsewhere } from './same-site.js'
import { normalizeReference, spacedReference } from '../../domain/reference.js'

/**
 * The walk-in desk (issue 15): today at one support point for counselors, volunteers at
 * the desk and coordinators, at their own points only. Every step is a small form that
 * works without JavaScript (post, then redirect back to the desk with a notice).
 */
export const deskRoutes = staffArea(['admin', 'coordinator', 'counselor', 'volunteer'])
// Opening the desk is audited: a page elsewhere may not do that in someone's name.
deskRoutes.use('*', askBeforeViewFromElsewhere('/staff/balie'))

type C = Context<AppEnv>

function messages(c: C) {
  const locale = c.get('staff').locale
  return { t: deskMessages[locale], ta: agendaMessages[locale], locale }
}

deskRoutes.get('/', async (c) => {
  const { db } = c.get('deps')
  const { t } = messages(c)
  const points = await deskPoints(db, c.get('staff'))
  if (points.length === 1) return c.redirect(`/staff/balie/${points[0]!.slug}`, 303)
  const area = { path: '/staff/balie', title: t.title, intro: t.chooseIntro, empty: t.noPoints }
  return renderPointChoice(c, area, points, (point) => point.region)
})

async function loadPoint(c: C): Promise<SupportPoint | undefined> {
  const { db, clock } = c.get('deps')
  return findDeskPoint(db, c.get('staff'), c.req.param('slug') ?? '', clock())
}

function rowOf(client: DeskClient, c: C, now: Date, zone: string): DeskRow {
  const { t, locale } = messages(c)
  const time = (at: Date) => formatTime(DateTime.fromJSDate(at, { zone }), locale)
  const { booking } = client
  return {
    id: booking.id,
    reference: booking.reference,
    // Volunteers at the desk greet people by the code on their card: the names booked
    // clients gave are for the counselors (a walk-in's alias was typed at the desk).
    name: c.get('staff').role === 'volunteer' && !booking.walk_in ? null : booking.name,
    language: booking.language,
    interpreter: booking.interpreter,
    walkIn: booking.walk_in,
    time: time(booking.starts_at),
    arrived: booking.arrived_at ? time(booking.arrived_at) : null,
    waitedMinutes: minutesWaited(client, now.getTime()),
    state: client.state,
    stateLabel: t.states[client.state],
    mayNoShow: client.mayNoShow,
    outcome: booking.outcome,
  }
}

function noticeText(c: C, key: string | undefined, reference: string | undefined): string | null {
  if (!key) return null
  const notice = messages(c).t.notices[key]
  if (notice === undefined) return null
  // The code comes from the address bar: only a well-formed one is said, spaced as shown.
  const code = normalizeReference(reference ?? '')
  return typeof notice === 'function' ? notice(code ? spacedReference(code) : '') : notice
}

async function showDesk(
  c: C,
  point: SupportPoint,
  options: {
    status?: 200 | 409 | 422
    error?: string | null
    walkIn?: DeskPageProps['walkIn']
  } = {},
) {
  const { db, clock } = c.get('deps')
  const { t, ta, locale } = messages(c)
  const now = clock()
  const day: DeskDay = await deskDay(db, point, now)
  // Opening the desk is audited; a refused form shown again is the same look at the desk
  // (it was audited when opened), and a refusal changes nothing, the audit log included.
  if (c.req.method === 'GET') {
    await auditDeskView(db, { staffId: c.get('staff').id, point, today: day.today, now })
  }
  const row = (client: DeskClient) => rowOf(client, c, now, point.zone)
  const clock24 = (ms: number) => formatTime(DateTime.fromMillis(ms, { zone: point.zone }), locale)
  const session = day.session
  const query = (c.req.query('zoek') ?? '').slice(0, 40).trim()
  const found = query ? findClient(day, query) : undefined
  const action = `/staff/balie/${point.slug}`
  const props: DeskPageProps = {
    t,
    ta,
    pointName: point.name,
    action,
    bookHref: `/staff/boeken/${point.slug}`,
    sessionLine: !session
      ? t.sessionOver
      : session.running
        ? t.sessionNow(clock24(session.startMs), clock24(session.endMs))
        : t.sessionNext(clock24(session.startMs), clock24(session.endMs)),
    placesLine: session?.running ? t.placesLeft(day.walkInPlaces) : null,
    running: session?.running ?? false,
    notice:
      query && !found
        ? t.findNone(query)
        : found
          ? t.found(found.booking.reference)
          : noticeText(c, c.req.query('klaar'), c.req.query('code')),
    error: options.error ?? null,
    query,
    found: found?.booking.reference ?? null,
    waiting: day.waiting.map(row),
    inConversation: day.inConversation.map(row),
    today: (found ? [found] : day.clients).map(row),
    walkIn: options.walkIn ?? { values: {}, errors: {} },
  }
  return render(c, {
    title: t.dayTitle(point.name),
    noindex: true,
    nav: staffNav(c, '/staff/balie'),
    status: options.status,
    page: <DeskPage {...props} />,
  })
}

deskRoutes.get('/:slug', async (c) => {
  const point = await loadPoint(c)
  if (!point) return errorResponse(c, 404)
  return showDesk(c, point)
})

const FIELDS = ['name', 'language', 'interpreter', 'topic'] as const

deskRoutes.post('/:slug/binnenloper', async (c) => {
  const point = await loadPoint(c)
  if (!point) return errorResponse(c, 404)
  const { db, clock, config } = c.get('deps')
  const { t } = messages(c)
  const form = await readForm(c)
  const raw: Record<string, string> = {}
  for (const field of FIELDS) raw[field] = form.text(field, 200)
  raw['interpreter'] = raw['interpreter'] === 'yes' ? 'yes' : 'no'
  const outcome = await registerWalkIn(db, {
    point,
    raw: raw as Partial<WalkInDetails>,
    actor: { staffId: c.get('staff').id },
    locale: c.get('staff').locale,
    now: clock(),
    notify: notifySettings(config),
  })
  if (outcome.ok) {
    return c.redirect(
      `/staff/balie/${point.slug}?klaar=registered&code=${outcome.booking.reference}`,
      303,
    )
  }
  if (outcome.error === 'invalid') {
    const errors: DeskPageProps['walkIn']['errors'] = {}
    for (const [field, code] of Object.entries(outcome.fields)) {
      if (!(FIELDS as readonly string[]).includes(field)) continue
      errors[field as (typeof FIELDS)[number]] =
        (t.errors as Record<string, string>)[code] ?? t.errors.invalidChoice
    }
    return showDesk(c, point, {
      status: 422,
      error: t.errors.fields,
      walkIn: { values: raw, errors },
    })
  }
  return showDesk(c, point, {
    status: 409,
    error: outcome.error === 'full' ? t.errors.full : t.errors.closed,
    walkIn: { values: raw, errors: {} },
  })
})

const ACTIONS: Record<string, { action: DeskAction; notice: string }> = {
  aanwezig: { action: 'check-in', notice: 'checked-in' },
  'niet-gekomen': { action: 'no-show', notice: 'no-show' },
  gesprek: { action: 'call', notice: 'called' },
  klaar: { action: 'finish', notice: 'finished' },
}

for (const [segment, known] of Object.entries(ACTIONS)) {
  deskRoutes.post(`/:slug/:reference/${segment}`, (c) => step(c, known))
}

async function step(c: C, known: { action: DeskAction; notice: string }) {
  const point = await loadPoint(c)
  if (!point) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const { t } = messages(c)
  const now = clock()
  const day = await deskDay(db, point, now)
  const client = day.clients.find((entry) => entry.booking.reference === c.req.param('reference'))
  if (!client) return errorResponse(c, 404)
  let outcome: Outcome | undefined
  if (known.action === 'finish') {
    const chosen = (await readForm(c)).text('outcome', 20)
    if (!(OUTCOMES as readonly string[]).includes(chosen)) {
      return showDesk(c, point, { status: 422, error: t.errors.outcome })
    }
    outcome = chosen as Outcome
  }
  const result = await deskStep(db, {
    point,
    bookingId: client.booking.id,
    action: known.action,
    outcome,
    staffId: c.get('staff').id,
    now,
  })
  if (result === 'unknown') return errorResponse(c, 404)
  if (result === 'too_early') return showDesk(c, point, { status: 409, error: t.errors.tooEarly })
  const notice = result === 'stale' ? 'stale' : known.notice
  return c.redirect(`/staff/balie/${point.slug}?klaar=${notice}`, 303)
}
