import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { DateTime } from 'luxon'
import {
  PasskeysSection,
  RecoveryCodesPage,
  TotpSetupPage,
  TwoFactorOverview,
  type PasskeyItem,
} from '../../../views/staff/auth-pages.js'
import type { AppEnv } from '../../app-env.js'
import { isUuid } from '../../domain/uuid.js'
import { readForm } from '../../http/form.js'
import { authMessages } from '../../i18n/staff/auth.js'
import { formatDate } from '../../i18n/format.js'
import { setAnswerHeaders } from '../../http/headers.js'
import {
  listPasskeys,
  MAX_PASSKEY_NAME,
  passkeyName,
  registerPasskey,
  registrationOptions,
  relyingParty,
  removePasskey,
} from '../../services/passkeys.js'
import { hashToken } from '../../services/tokens.js'
import {
  confirmTotpSetup,
  recoveryCodesLeft,
  renewRecoveryCodes,
  totpSetup,
} from '../../services/two-factor.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'
import { safeNext, SESSION_COOKIE } from './session.js'

/**
 * `/staff/tweestaps`: set up the authenticator app or a passkey, see how many recovery codes
 * are left, make new ones, register and remove passkeys. Open to every signed-in role
 * (requireStaff lets the admin and coordinators reach only this page until it is done).
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

function hasFactor(c: Context<AppEnv>): boolean {
  const staff = c.get('staff')
  return staff.hasTotp || staff.hasPasskey
}

function sessionHash(c: Context<AppEnv>): string {
  return hashToken(getCookie(c, SESSION_COOKIE) ?? '')
}

/**
 * The account's passkeys as the page lists them, and a new registration challenge; a page
 * that answers a refusal (`create: false`) writes nothing and shows the open one, if any.
 */
async function passkeyParts(c: Context<AppEnv>, create: boolean) {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const day = (at: Date) =>
    formatDate(DateTime.fromJSDate(at, { zone: 'Europe/Amsterdam' }), staff.locale, true)
  const passkeys: PasskeyItem[] = (await listPasskeys(db, staff.id)).map((p) => ({
    id: p.id,
    name: p.name,
    added: day(p.createdAt),
    lastUsed: p.lastUsedAt ? day(p.lastUsedAt) : null,
  }))
  const rp = relyingParty(config.baseUrl)
  const options = await registrationOptions(db, rp, staff, clock(), { create })
  return { passkeys, options }
}

/** The TOTP setup page; after a wrong code, the secret shown before (a refusal writes nothing). */
async function setupPage(
  c: Context<AppEnv>,
  problem: string | null,
  options: { keepSecret?: boolean } = {},
) {
  const staff = c.get('staff')
  const t = authMessages[staff.locale]
  const { db, config } = c.get('deps')
  const setup = options.keepSecret
    ? await totpSetup(db, config.secretsKey, staff, { create: false })
    : await totpSetup(db, config.secretsKey, staff)
  if (!setup) return c.redirect(`/staff/tweestaps?next=${encodeURIComponent(nextPage(c))}`, 303)
  // With no factor yet, a passkey is the other way to set one up.
  const passkeys = hasFactor(c) ? null : await passkeyParts(c, !problem)
  return render(c, {
    title: t.setupTitle,
    noindex: true,
    status: problem ? 422 : 200,
    script: passkeys ? 'passkey.js' : undefined,
    page: (
      <TotpSetupPage
        t={t}
        svg={setup.svg}
        secret={setup.secret}
        next={nextPage(c)}
        problem={problem}
        passkeys={passkeys ? <PasskeysSection t={t} {...passkeys} /> : null}
      />
    ),
  })
}

/** Two-step sign-in is on: its parts, with a notice or a problem. */
async function overviewPage(
  c: Context<AppEnv>,
  message: { notice?: string; problem?: string } = {},
) {
  const staff = c.get('staff')
  const t = authMessages[staff.locale]
  const left = await recoveryCodesLeft(c.get('deps').db, staff.id)
  return render(c, {
    title: t.setupDoneTitle,
    noindex: true,
    status: message.problem ? 422 : 200,
    nav: staffNav(c, '/staff'),
    script: 'passkey.js',
    page: (
      <TwoFactorOverview
        t={t}
        totp={staff.hasTotp}
        recoveryCodesLeft={left}
        notice={message.notice ?? null}
        problem={message.problem ?? null}
        {...await passkeyParts(c, !message.problem)}
      />
    ),
  })
}

twoFactorRoutes.get('/', async (c) => {
  if (!hasFactor(c)) return setupPage(c, null)
  const t = authMessages[c.get('staff').locale]
  const done = c.req.query('klaar')
  const notice =
    done === 'passkey' ? t.passkeyDone : done === 'verwijderd' ? t.passkeyRemoved : undefined
  return overviewPage(c, { notice })
})

/** The app next to passkeys, for someone who started with a passkey. */
twoFactorRoutes.get('/app', async (c) => {
  if (c.get('staff').hasTotp) return c.redirect('/staff/tweestaps', 303)
  return setupPage(c, null)
})

twoFactorRoutes.post('/', async (c) => {
  const staff = c.get('staff')
  if (staff.hasTotp) return c.redirect('/staff/tweestaps', 303)
  const { db, clock, config } = c.get('deps')
  const t = authMessages[staff.locale]
  const form = await readForm(c)
  const codes = await confirmTotpSetup(
    db,
    config.secretsKey,
    { staffId: staff.id, sessionHash: sessionHash(c), code: form.text('code', 20) },
    clock(),
  )
  if (!codes) return setupPage(c, t.setupWrong, { keepSecret: true })
  return codesPage(c, {
    title: t.setupDoneTitle,
    intro: t.setupDoneIntro,
    codes,
    next: nextPage(c),
    passed: true,
  })
})

/** The answer of the browser's authenticator to the registration challenge. */
twoFactorRoutes.post('/passkeys', async (c) => {
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const t = authMessages[staff.locale]
  const form = await readForm(c)
  const problemPage = (problem: string) =>
    hasFactor(c) ? overviewPage(c, { problem }) : setupPage(c, problem, { keepSecret: true })
  const name = passkeyName(form.text('name', MAX_PASSKEY_NAME * 4))
  if (!name) return problemPage(t.passkeyNameWrong)
  const result = await registerPasskey(
    db,
    relyingParty(config.baseUrl),
    {
      staffId: staff.id,
      sessionHash: sessionHash(c),
      name,
      response: form.text('credential', 20_000),
    },
    clock(),
  )
  if (!result.ok) {
    return problemPage(
      result.reason === 'expired'
        ? t.passkeyExpired
        : result.reason === 'taken'
          ? t.passkeyTaken
          : t.passkeyRefused,
    )
  }
  if (result.recoveryCodes) {
    return codesPage(c, {
      title: t.passkeyDoneTitle,
      intro: t.setupDoneIntro,
      codes: result.recoveryCodes,
      next: nextPage(c),
      // The session passed just now; c.get('staff') still says it had not.
      passed: true,
    })
  }
  return c.redirect('/staff/tweestaps?klaar=passkey', 303)
})

twoFactorRoutes.post('/passkeys/:id/verwijderen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = authMessages[staff.locale]
  const id = c.req.param('id')
  const result = isUuid(id)
    ? await removePasskey(
        db,
        { staffId: staff.id, sessionHash: sessionHash(c), passkeyId: id },
        clock(),
      )
    : 'unknown'
  if (result === 'removed') return c.redirect('/staff/tweestaps?klaar=verwijderd', 303)
  if (result === 'last-factor') return overviewPage(c, { problem: t.passkeyLastFactor })
  return errorResponse(c, 404)
})

twoFactorRoutes.post('/herstelcodes', async (c) => {
  const staff = c.get('staff')
  if (!hasFactor(c)) return c.redirect('/staff/tweestaps', 303)
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
  props: { title: string; intro: string; codes: string[]; next: string; passed?: boolean },
) {
  const t = authMessages[c.get('staff').locale]
  return render(c, {
    title: props.title,
    noindex: true,
    ...(props.passed || c.get('staff').secondFactor === 'passed'
      ? { nav: staffNav(c, '/staff') }
      : {}),
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
