import type { Role } from '../../src/db/schema.js'
import type { NavMessages } from '../../src/i18n/staff/nav.js'
import type { AuthMessages } from '../../src/i18n/staff/auth.js'

const LINKS: Array<{ href: string; key: keyof NavMessages; roles: Role[] }> = [
  { href: '/staff', key: 'home', roles: ['admin', 'coordinator', 'counselor', 'volunteer'] },
  { href: '/staff/agenda', key: 'agenda', roles: ['admin', 'coordinator', 'counselor'] },
  { href: '/staff/balie', key: 'desk', roles: ['admin', 'coordinator', 'counselor', 'volunteer'] },
  {
    href: '/staff/boeken',
    key: 'bookForClient',
    roles: ['admin', 'coordinator', 'counselor', 'volunteer'],
  },
  {
    href: '/staff/mijn-afspraken',
    key: 'myBookings',
    roles: ['admin', 'coordinator', 'counselor', 'volunteer'],
  },
  { href: '/staff/steunpunten', key: 'locations', roles: ['admin', 'coordinator'] },
  { href: '/staff/berichten', key: 'failedMessages', roles: ['admin', 'coordinator'] },
  { href: '/staff/medewerkers', key: 'people', roles: ['admin', 'coordinator'] },
  { href: '/staff/beheer/regios', key: 'adminRegions', roles: ['admin'] },
  { href: '/staff/beheer/steunpunten', key: 'adminPoints', roles: ['admin'] },
  { href: '/staff/rapportage', key: 'reports', roles: ['admin', 'coordinator'] },
  { href: '/staff/beheer/audit', key: 'auditLog', roles: ['admin'] },
]

/** The staff menu: only what the role may use, and signing out (a POST, never a link). */
export function StaffNav(props: {
  t: NavMessages
  auth: AuthMessages
  role: Role
  name: string
  current: string
}) {
  return (
    <nav class="staff-nav" aria-label={props.t.navLabel}>
      <ul>
        {LINKS.filter((link) => link.roles.includes(props.role)).map((link) => (
          <li>
            <a href={link.href} aria-current={props.current === link.href ? 'page' : undefined}>
              {props.t[link.key] as string}
            </a>
          </li>
        ))}
        <li>
          <form method="post" action="/logout" class="inline">
            <button type="submit" class="link-button">
              {props.auth.logout}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
