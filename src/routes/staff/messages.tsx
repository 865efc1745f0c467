import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'
import { failedMessages } from '../../i18n/staff/messages.js'
import { audit } from '../../services/audit.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { requireStaff } from './session.js'
import { isUuid } from '../../domain/uuid.js'

/**
 * Failed notifications of the coordinator's region (all, for the admin), with "send
 * again". Only the address and subject are shown: the body may hold a manage link.
 */
export const messageRoutes = new Hono<AppEnv>()

messageRoutes.use('*', requireStaff(['admin', 'coordinator']))

messageRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = failedMessages[staff.locale]
  let query = db
    .selectFrom('outbox')
    .select(['id', 'kind', 'recipient', 'message', 'last_error', 'attempts', 'created_at'])
    .where('status', '=', 'failed')
    .orderBy('created_at', 'desc')
    .limit(200)
  if (staff.role !== 'admin') {
    if (staff.locationIds.length === 0) query = query.where('id', 'is', null)
    else query = query.where('location_id', 'in', staff.locationIds)
  }
  const rows = await query.execute()
  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/berichten'),
    page: (
      <>
        <h1>{t.title}</h1>
        {c.req.query('opnieuw') === '1' ? (
          <p class="notice" role="status">
            {t.queued}
          </p>
        ) : null}
        <p>{t.intro}</p>
        {rows.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.to}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.error}</th>
                <th scope="col">{t.attempts}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.sendAgain}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td dir="ltr">{row.created_at.toISOString().slice(0, 16).replace('T', ' ')}</td>
                  <td>{t.kinds[row.kind as keyof typeof t.kinds] ?? row.kind}</td>
                  <td dir="ltr">{row.recipient}</td>
                  <td>{row.message.subject}</td>
                  <td>{row.last_error ?? ''}</td>
                  <td>{row.attempts}</td>
                  <td>
                    <form method="post" action={`/staff/berichten/${row.id}/opnieuw`}>
                      <button type="submit">{t.sendAgain}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  })
})

messageRoutes.post('/:id/opnieuw', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const id = c.req.param('id')
  if (!isUuid(id)) return errorResponse(c, 404)
  const now = clock()
  let query = db
    .updateTable('outbox')
    // A fresh day of retries, starting now.
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
      locked_until: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'failed')
  if (staff.role !== 'admin') {
    if (staff.locationIds.length === 0) return errorResponse(c, 404)
    query = query.where('location_id', 'in', staff.locationIds)
  }
  const updated = await query.returning(['booking_id', 'location_id']).executeTakeFirst()
  if (!updated) return errorResponse(c, 404)
  await audit(
    db,
    {
      staffId: staff.id,
      action: 'message.resend',
      bookingId: updated.booking_id,
      locationId: updated.location_id,
    },
    now,
  )
  return c.redirect('/staff/berichten?opnieuw=1', 303)
})
