import { setAnswerHeaders } from '../http/headers.js'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import { errorResponse } from './errors.js'
import { render } from './render.js'
import { keptMessages, keptMessageSource } from '../services/dev-mail.js'
import { Table } from '../../views/partials/data-table.js'

/**
 * /dev/mail: what the quick start would have sent, since it has no SMTP server. Mounted
 * only outside production (see createApp): these messages hold manage links.
 */
export const devMailRoutes = new Hono<AppEnv>()

devMailRoutes.use('/dev/*', async (c, next) => {
  await next()
  setAnswerHeaders(c, {
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
  })
})

devMailRoutes.get('/dev/mail', async (c) => {
  const { db } = c.get('deps')
  const view = c.get('view')
  const { t } = view
  const mails = await keptMessages(db)
  return render(c, {
    title: t.devMailTitle,
    noindex: true,
    page: (
      <>
        <h1>{t.devMailTitle}</h1>
        <p>{t.devMailIntro}</p>
        {mails.length === 0 ? (
          <p>{t.devMailEmpty}</p>
        ) : (
          <Table columns={[t.devMailSentAt, t.devMailTo, t.devMailSubject]} class="mail-list">
            {mails.map((mail) => (
              <tr>
                <td dir="ltr">{mail.created_at.toISOString().slice(0, 19).replace('T', ' ')}</td>
                <td dir="ltr">{mail.recipient}</td>
                <td>
                  <a href={`/dev/mail/${mail.id}`}>{mail.subject}</a>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </>
    ),
  })
})

devMailRoutes.get('/dev/mail/:id', async (c) => {
  const raw = await keptMessageSource(c.get('deps').db, c.req.param('id'))
  if (raw === undefined) return errorResponse(c, 404)
  c.header('Content-Type', 'text/plain; charset=utf-8')
  return c.body(raw)
})
