import { authMessages } from '../../i18n/staff/auth.js'
import { dutyMessages } from '../../i18n/staff/duty.js'
import { navMessages } from '../../i18n/staff/nav.js'
import { issueCalendarToken } from '../../services/calendar-feed.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { adminRoutes } from './admin.js'
import { agendaRoutes } from './agenda.js'
import { auditLogRoutes } from './audit-log.js'
import { deskRoutes } from './desk.js'
import { dutyRoutes, invitationRoutes } from './duty.js'
import { locationAdminRoutes } from './locations.js'
import { messageRoutes } from './messages.js'
import { staffNav } from './nav.js'
import { peopleRoutes } from './people.js'
import { reportRoutes } from './reports.js'
import { staffArea } from './session.js'
import { twoFactorRoutes } from './two-factor.js'
import { volunteerRoutes } from './volunteer.js'

/** Everything behind the staff sign-in, under /staff. */
export const staffRoutes = staffArea()

staffRoutes.get('/', (c) => {
  const staff = c.get('staff')
  const t = navMessages[staff.locale]
  return render(c, {
    title: t.homeTitle(staff.name),
    noindex: true,
    nav: staffNav(c, '/staff'),
    page: (
      <>
        <h1>{t.homeTitle(staff.name)}</h1>
        <p>{authMessages[staff.locale].signedInAs(`${staff.name} (${staff.email})`)}</p>
        <p>{t.yourRole(t.roleNames[staff.role])}</p>
        {staff.role === 'counselor' || staff.role === 'coordinator' || staff.role === 'admin' ? (
          <section aria-labelledby="feed-heading">
            <h2 id="feed-heading">{t.calendarFeedTitle}</h2>
            <p>{t.calendarFeedIntro}</p>
            <form method="post" action="/staff/agenda-link">
              <button type="submit">{t.calendarFeedButton}</button>
            </form>
            {staff.role === 'counselor' ? (
              <p>
                <a href="/staff/uitnodigingen">{dutyMessages[staff.locale].invitationsLink}</a>
              </p>
            ) : null}
          </section>
        ) : null}
        <section aria-labelledby="two-factor-heading">
          <h2 id="two-factor-heading">{authMessages[staff.locale].setupTitle}</h2>
          <p>
            {staff.hasTotp || staff.hasPasskey
              ? authMessages[staff.locale].setupDoneTitle
              : authMessages[staff.locale].twoFactorOff}
          </p>
          <p>
            <a href="/staff/tweestaps">
              {staff.hasTotp || staff.hasPasskey
                ? authMessages[staff.locale].newRecoveryCodes
                : authMessages[staff.locale].twoFactorSetUp}
            </a>
          </p>
        </section>
        <form method="post" action="/logout-everywhere">
          <button type="submit" class="danger">
            {authMessages[staff.locale].logoutEverywhere}
          </button>
        </form>
      </>
    ),
  })
})

staffRoutes.post('/agenda-link', async (c) => {
  const staff = c.get('staff')
  // Volunteers have no agenda, so no feed of one.
  if (staff.role === 'volunteer') return errorResponse(c, 404)
  const { db, config } = c.get('deps')
  const t = navMessages[staff.locale]
  const token = await issueCalendarToken(db, staff.id)
  const url = `${config.baseUrl}/agenda/${token}.ics`
  c.header('Referrer-Policy', 'no-referrer')
  return render(c, {
    title: t.calendarFeedTitle,
    noindex: true,
    nav: staffNav(c, '/staff'),
    page: (
      <>
        <h1>{t.calendarFeedTitle}</h1>
        <p>{t.calendarFeedNew}</p>
        <p class="link-text" dir="ltr">
          <code>{url}</code>
        </p>
      </>
    ),
  })
})

staffRoutes.route('/tweestaps', twoFactorRoutes)
staffRoutes.route('/agenda', agendaRoutes)
staffRoutes.route('/balie', deskRoutes)
staffRoutes.route('/steunpunten', locationAdminRoutes)
staffRoutes.route('/steunpunten', dutyRoutes)
staffRoutes.route('/uitnodigingen', invitationRoutes)
staffRoutes.route('/berichten', messageRoutes)
staffRoutes.route('/medewerkers', peopleRoutes)
staffRoutes.route('/beheer', adminRoutes)
staffRoutes.route('/beheer/audit', auditLogRoutes)
staffRoutes.route('/rapportage', reportRoutes)
staffRoutes.route('/', volunteerRoutes)
