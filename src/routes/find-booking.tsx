import { Hono, type Context } from 'hono'
import { FindBookingPage } from '../../views/pages/find-booking.js'
import type { AppEnv } from '../app-env.js'
import { normalizeReference } from '../domain/reference.js'
import { readForm } from '../http/form.js'
import { notifySettings } from '../services/booking.js'
import { readContact, resendManageLink } from '../services/find-booking.js'
import { errorResponse } from './errors.js'
import { limitPublicPosts } from './limits.js'
import { render } from './render.js'

/**
 * "Find my appointment" (issue 16): the manage link sent again to the phone or email the
 * client gave, and /afspraak/<code> (what people type from their card) leading there.
 */
export const findBookingRoutes = new Hono<AppEnv>()

const PATH = '/afspraak-terugvinden'

findBookingRoutes.use(PATH, limitPublicPosts('find', 1))

function page(
  c: Context<AppEnv>,
  state: { values: { code: string; contact: string }; sent: boolean; invalid: boolean },
  status: 200 | 422 = 200,
) {
  const view = c.get('view')
  c.header('Cache-Control', 'no-store')
  return render(c, {
    title: view.t.findTitle,
    description: view.t.findIntro,
    noindex: true,
    status,
    page: <FindBookingPage ctx={view} {...state} />,
  })
}

findBookingRoutes.get(PATH, (c) => {
  const code = (c.req.query('code') ?? '').slice(0, 20)
  return page(c, {
    values: { code, contact: '' },
    sent: c.req.query('verstuurd') === '1',
    invalid: false,
  })
})

findBookingRoutes.post(PATH, async (c) => {
  const form = await readForm(c)
  const values = { code: form.text('code', 20), contact: form.text('contact', 254) }
  if (!normalizeReference(values.code) || !readContact(values.contact)) {
    return page(c, { values, sent: false, invalid: true }, 422)
  }
  const { db, clock, config, log } = c.get('deps')
  // Answered before the work is done, and the same way whether or not anything matched:
  // neither the words nor the time it takes tell whether this code exists.
  void resendManageLink(db, {
    reference: values.code,
    contact: values.contact,
    now: clock(),
    notify: notifySettings(config),
    texts: config.smsOffered,
  }).catch((error: unknown) =>
    log({ level: 'error', msg: 'resending a manage link failed', error: String(error) }),
  )
  return c.redirect(`${PATH}?verstuurd=1`, 303)
})

// The code on a card, typed into the address bar: the page that can send its link.
findBookingRoutes.get('/afspraak/:reference', (c) => {
  const reference = normalizeReference(c.req.param('reference'))
  if (!reference) return errorResponse(c, 404)
  return c.redirect(`${PATH}?code=${reference}`, 303)
})
