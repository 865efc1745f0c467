import type { Context } from 'hono'
import { DutyPage, InvitationsPage } from '../../../views/staff/duty.js'
import type { AppEnv } from '../../app-env.js'
import { isInvitationPreference } from '../../domain/invitations.js'
import { isUuid } from '../../domain/uuid.js'
import { formatClock, formatIsoDate, weekdayName } from '../../i18n/format.js'
import { dutyMessages } from '../../i18n/staff/duty.js'
import { managedPoint } from '../../services/managed-points.js'
import { chooseInvitations, markDuty, myInvitations, sessionDuty } from '../../services/duty.js'
import { loadSchedule } from '../../services/schedule.js'
import { readForm } from '../../http/form.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/** A counselor's choice of which booking invitations they receive (issue 19). */
export const invitationRoutes = staffArea(['counselor'])

async function renderInvitations(c: Context<AppEnv>, error: boolean) {
  const staff = c.get('staff')
  const t = dutyMessages[staff.locale]
  const choice = await myInvitations(c.get('deps').db, staff.id)
  return render(c, {
    title: t.invitationsTitle,
    noindex: true,
    status: error ? 422 : 200,
    nav: staffNav(c, '/staff'),
    page: (
      <InvitationsPage
        t={t}
        choice={choice}
        saved={c.req.query('opgeslagen') === '1'}
        error={error}
      />
    ),
  })
}

invitationRoutes.get('/', (c) => renderInvitations(c, false))

invitationRoutes.post('/', async (c) => {
  const choice = (await readForm(c)).text('invitations', 20)
  if (!isInvitationPreference(choice)) return renderInvitations(c, true)
  await chooseInvitations(c.get('deps').db, c.get('staff').id, choice)
  return c.redirect('/staff/uitnodigingen?opgeslagen=1', 303)
})

/**
 * Who is on duty for a weekly session (`uren`) or an extra session (`extra`) of a point,
 * for its coordinators and the admin; mounted beside the point's own pages.
 */
export const dutyRoutes = staffArea(['admin', 'coordinator'])

const KINDS = { uren: 'hours', extra: 'extra' } as const

/** The point in scope and one of its sessions, with its name; undefined reads as 404. */
async function findSession(c: Context<AppEnv>) {
  const kind = KINDS[c.req.param('kind') as keyof typeof KINDS]
  const id = c.req.param('id') ?? ''
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const point = await managedPoint(db, staff, c.req.param('slug') ?? '')
  if (!kind || !point || !isUuid(id)) return undefined
  // Every extra session, past ones too: a link to one never turns into a 404 at midnight.
  const schedule = await loadSchedule(db, point.id, '2000-01-01')
  const locale = staff.locale
  const time = (s: { start: string; end: string }) =>
    `${formatClock(s.start)}–${formatClock(s.end)}`
  const hours = kind === 'hours' ? schedule?.hours.find((h) => h.id === id) : undefined
  const extra = kind === 'extra' ? schedule?.extraSessions.find((e) => e.id === id) : undefined
  const name = hours
    ? `${weekdayName(hours.weekday, locale)} ${time(hours)}`
    : extra
      ? `${formatIsoDate(extra.date, locale)} ${time(extra)}`
      : null
  if (!name) return undefined
  return { point, name, session: { kind, id, locationId: point.id } }
}

dutyRoutes.get('/:slug/dienst/:kind/:id', async (c) => {
  const found = await findSession(c)
  const roster = found && (await sessionDuty(c.get('deps').db, found.session))
  if (!found || !roster) return errorResponse(c, 404)
  const t = dutyMessages[c.get('staff').locale]
  const title = t.dutyTitle(found.name)
  return render(c, {
    title,
    noindex: true,
    nav: staffNav(c, '/staff/steunpunten'),
    page: (
      <DutyPage
        t={t}
        title={title}
        point={found.point}
        action={new URL(c.req.url).pathname}
        roster={roster}
        saved={c.req.query('opgeslagen') === '1'}
      />
    ),
  })
})

dutyRoutes.post('/:slug/dienst/:kind/:id', async (c) => {
  const found = await findSession(c)
  if (!found) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  const staffIds = (await readForm(c)).all('onDuty', 40).filter((id) => isUuid(id))
  const ok = await markDuty(db, {
    session: found.session,
    staffIds,
    staffId: c.get('staff').id,
    now: clock(),
  })
  if (!ok) return errorResponse(c, 404)
  return c.redirect(`${new URL(c.req.url).pathname}?opgeslagen=1`, 303)
})
