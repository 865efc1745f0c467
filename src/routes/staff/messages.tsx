import { MessagesPage } from '../../../views/staff/messages.js'
import { isUuid } from '../../domain/uuid.js'
import { failedMessages } from '../../i18n/staff/messages.js'
import { messagesNotArrived, sendAgain } from '../../services/messages.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { staffArea } from './session.js'

/**
 * Messages that did not arrive, for the coordinator's points (all, for the admin): emails
 * and texts the worker gave up on, with "send again", and texts the operator reports as
 * undelivered. Only the recipient and subject are shown: the body may hold a manage link.
 */
export const messageRoutes = staffArea(['admin', 'coordinator'])

messageRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = failedMessages[staff.locale]
  const { failed, undelivered } = await messagesNotArrived(db, staff, clock())
  return render(c, {
    title: t.title,
    noindex: true,
    nav: staffNav(c, '/staff/berichten'),
    page: (
      <MessagesPage
        t={t}
        failed={failed}
        undelivered={undelivered}
        queued={c.req.query('opnieuw') === '1'}
      />
    ),
  })
})

messageRoutes.post('/:id/opnieuw', async (c) => {
  const id = c.req.param('id')
  if (!isUuid(id)) return errorResponse(c, 404)
  const { db, clock } = c.get('deps')
  if (!(await sendAgain(db, c.get('staff'), id, clock()))) return errorResponse(c, 404)
  return c.redirect('/staff/berichten?opnieuw=1', 303)
})
