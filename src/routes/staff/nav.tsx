import type { Context } from 'hono'
import { StaffNav } from '../../../views/staff/nav.js'
import type { AppEnv } from '../../app-env.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { navMessages } from '../../i18n/staff/nav.js'

/** The staff menu for the signed-in person, to pass as `nav` to render(). */
export function staffNav(c: Context<AppEnv>, current: string) {
  const staff = c.get('staff')
  return (
    <StaffNav
      t={navMessages[staff.locale]}
      auth={authMessages[staff.locale]}
      role={staff.role}
      name={staff.name}
      current={current}
    />
  )
}
