import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { RecoveryCodesPage, TotpSetupPage } from '../../../views/staff/auth-pages.js'
import type { AppEnv } from '../../app-env.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { setAnswerHeaders } from '../../http/headers.js'
import { hashToken } from '../../services/tokens.js'
import {
  confirmTotpSetup,
  recoveryCodesLeft,
  renewRecoveryCodes,
  totpSetup,
} from '../../services/two-factor.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { safeNext, SESSION_COOKIE } from './session.js'

/**
 * `/staff/tweestaps`: set up the authenticator app, see how many recovery codes are left,
 * make new ones. Open to every signed-in role (requireStaff lets the admin and coordinators
 * reach only this page until it is done).
 */
export const twoFactorRoutes = new Hono<AppEnv>()

twoFactorRoutes.use('*', async (c, next) => {
  await next()
  setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
})

/** Where to go once it is set up: our own staff pages only, as after sign-in. */
function nextPage(c: Context<AppEnv>): string {
  return safeNext(c.req.query('next'))
}

/** The setup page; after a wrong code, the secret shown before (a refusal writes nothing). */
async function setupPage(c: Context<AppEnv>, problem: string | null) {
  const staff = c.get('staff')
  const t = authMessages[staff.locale]
  const { db } = c.get('deps')
  const setup = problem ? await totpSetup(db, staff, { create: false }) : await totpSetup(db, staff)
  if (!setup) return c.redirect(`/staff/tweestaps?next=${encodeURIComponent(nextPage(c))}`, 303)
  return render(c, {
    title: t.setupTitle,
    noindex: true,
    status: problem ? 422 : 200,
    page: (
      <TotpSetupPage
        t={t}
        svg={setup.svg}
        secret={setup.secret}
        next={nextPage(c)}
        problem={problem}
      />
    ),
  })
}

twoFactorRoutes.get('/', async (c) => {
  const staff = c.get('staff')
  if (!staff.hasTotp) return setupPage(c, null)
  const t = authMessages[staff.locale]
  const left = await recoveryCodesLeft(c.get('deps').db, staff.id)
  return render(c, {
    title: t.setupDoneTitle,
    noindex: true,
    nav: staffNav(c, '/staff'),
    page: (
      <div class="auth">
        <h1>{t.setupDoneTitle}</h1>
        <p role="status">{t.twoFactorOn(left)}</p>
        <form method="post" action="/staff/tweestaps/herstelcodes">
          <button type="submit">{t.newRecoveryCodes}</button>
        </form>
      </div>
    ),
  })
})

twoFactorRoutes.post('/', async (c) => {
  const staff = c.get('staff')
  if (staff.hasTotp) return c.redirect('/staff/tweestaps', 303)
  const { db, clock } = c.get('deps')
  const t = authMessages[staff.locale]
  const form = await c.req.parseBody().catch(() => null)
  const code = typeof form?.code === 'string' ? form.code.slice(0, 20) : ''
  const codes = await confirmTotpSetup(
    db,
    { staffId: staff.id, sessionHash: hashToken(getCookie(c, SESSION_COOKIE) ?? ''), code },
    clock(),
  )
  if (!codes) return setupPage(c, t.setupWrong)
  return codesPage(c, {
    title: t.setupDoneTitle,
    intro: t.setupDoneIntro,
    codes,
    next: nextPage(c),
  })
})

twoFactorRoutes.post('/herstelcodes', async (c) => {
  const staff = c.get('staff')
  if (!staff.hasTotp) return c.redirect('/staff/tweestaps', 303)
  const t = authMessages[staff.locale]
  const codes = await renewRecoveryCodes(c.get('deps').db, staff.id)
  return codesPage(c, {
    title: t.newRecoveryCodesTitle,
    intro: t.newRecoveryCodesIntro,
    codes,
    next: '/staff',
  })
})

/** Recovery codes, shown once; the staff menu only once the factor is passed. */
function codesPage(
  c: Context<AppEnv>,
  props: { title: string; intro: string; codes: string[]; next: string },
) {
  const t = authMessages[c.get('staff').locale]
  return render(c, {
    title: props.title,
    noindex: true,
    ...(c.get('staff').secondFactor === 'passed' ? { nav: staffNav(c, '/staff') } : {}),
    page: (
      <RecoveryCodesPage
        title={props.title}
        intro={props.intro}
        codes={props.codes}
        next={{ href: props.next, label: t.setupContinue }}
      />
    ),
  })
}
