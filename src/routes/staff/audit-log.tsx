import { Hono } from 'hono'
import { DateTime } from 'luxon'
import { AuditLogPage } from '../../../views/staff/audit-log.js'
import type { AppEnv } from '../../app-env.js'
import { auditLogMessages } from '../../i18n/staff/audit-log.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'

/** The admin's audit log: newest first, 100 a page, keyset-paged on the id. */
export const auditLogRoutes = new Hono<AppEnv>()

auditLogRoutes.use('*', requireStaff(['admin']))

const PAGE_SIZE = 100
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const ZONE = 'Europe/Amsterdam'

auditLogRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = auditLogMessages[staff.locale]
  const action = (c.req.query('actie') ?? '').slice(0, 60)
  const staffQuery = c.req.query('medewerker') ?? ''
  const staffId = UUID.test(staffQuery) ? staffQuery : ''
  const before = Number(c.req.query('voor'))
  const cursor = Number.isSafeInteger(before) && before > 0 ? before : null

  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('bookings as b', 'b.id', 'a.booking_id')
    .leftJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.detail',
      's.name as staff_name',
      'b.reference',
      'l.name as location_name',
    ])
    .orderBy('a.id', 'desc')
    .limit(PAGE_SIZE + 1)
  if (action) query = query.where('a.action', '=', action)
  if (staffId) query = query.where('a.staff_id', '=', staffId)
  if (cursor !== null) query = query.where('a.id', '<', cursor)
  const rows = await query.execute()
  const page = rows.slice(0, PAGE_SIZE)
  const last = page.at(-1)
  const nextHref =
    rows.length > PAGE_SIZE && last
      ? `/staff/beheer/audit?${new URLSearchParams({
          actie: action,
          medewerker: staffId,
          voor: String(last.id),
        }).toString()}`
      : null

  const actions = (
    await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()
  ).map((r) => r.action)
  const people = await db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .orderBy('name')
    .orderBy('email')
    .limit(2000)
    .execute()

  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/beheer/audit'),
    page: (
      <AuditLogPage
        t={t}
        lines={page.map((row) => ({
          at: DateTime.fromJSDate(row.at, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm:ss'),
          staffName: row.staff_name,
          action: row.action,
          reference: row.reference,
          location: row.location_name,
          detail: row.detail,
        }))}
        actions={actions}
        staff={people}
        filter={{ action, staffId }}
        nextHref={nextHref}
        isFirstPage={cursor === null}
      />
    ),
  })
})
