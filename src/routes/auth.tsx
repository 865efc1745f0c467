import { setAnswerHeaders } from '../http/headers.js'
import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { CodePage, ForgotPage, LoginPage, SetPasswordPage } from '../../views/staff/auth-pages.js'
import type { AppEnv } from '../app-env.js'
import { authMessages } from '../i18n/staff/auth.js'
import {
  createSession,
  endAllSessions,
  endSession,
  findStaffToken,
  loadSession,
  redeemStaffToken,
  requestPasswordReset,
} from '../services/auth.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../services/passwords.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { checkPassword, MAX_PASSWORD } from '../services/sign-in.js'
import { openLoginChallenge, redeemLoginChallenge } from '../services/two-factor.js'
import { redeemPasskeyChallenge, relyingParty, signInFactors } from '../services/passkeys.js'
import { readForm } from '../http/form.js'
import { errorResponse, minutesToWait } from './errors.js'
import { render } from './render.js'
import { clearSessionCookie, safeNext, SESSION_COOKIE, setSessionCookie } from './staff/session.js'

/** Sign-in, sign-out, and the invite and reset links of staff accounts. */
export const authRoutes = new Hono<AppEnv>()

/** Reset requests per address. */
const RESETS_PER_ADDRESS = { max: 5, windowSeconds: 15 * 60 }

function messagesFor(c: Context<AppEnv>) {
  return authMessages[c.get('view').locale === 'en' ? 'en' : 'nl']
}

// Sign-in pages are never cached: a shared computer's back button must show no typed address.
authRoutes.use('/login', async (c, next) => {
  await next()
  setAnswerHeaders(c, { 'Cache-Control': 'no-store' })
})

authRoutes.use('/wachtwoord/*', async (c, next) => {
  await next()
  setAnswerHeaders(c, { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' })
})

authRoutes.get('/login', async (c) => {
  const t = messagesFor(c)
  const notice =
    c.req.query('uit') === '1' ? t.loggedOut : c.req.query('gezet') === '1' ? t.passwordSet : null
  return render(c, {
    title: t.loginTitle,
    noindex: true,
    page: (
      <LoginPage
        t={t}
        email=""
        next={safeNext(c.req.query('next'))}
        problem={null}
        notice={notice}
      />
    ),
  })
})

authRoutes.post('/login', async (c) => {
  const { db, clock, config } = c.get('deps')
  const t = messagesFor(c)
  const now = clock()
  const form = await readForm(c)
  const email = form.text('email', 254).trim()
  const password = form.text('password', MAX_PASSWORD + 1)
  const next = safeNext(c.req.query('next'))
  const page = (problem: string, status: 401 | 429) =>
    render(c, {
      title: t.loginTitle,
      noindex: true,
      status,
      page: <LoginPage t={t} email={email} next={next} problem={problem} notice={null} />,
    })

  const check = await checkPassword(db, {
    email,
    password,
    address: clientAddress(c, config.trustProxy),
    now,
  })
  if (check.result === 'locked') {
    c.header('Retry-After', String(check.retryAfterSeconds))
    return page(t.loginLocked(minutesToWait(check.retryAfterSeconds)), 429)
  }
  if (check.result === 'wrong') {
    // A growing delay per account and address on top of the limit: guessing gets slower.
    await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** check.failures)))
    return page(t.loginFailed, 401)
  }
  if (check.hasFactor) {
    // The password was right; the session opens only with the code (`/login/code`) or a
    // passkey (`/login/passkey`), on the challenge this makes.
    const challenge = await openLoginChallenge(db, check.staffId, now)
    return codePage(c, { challenge, next, problem: null })
  }
  return startSession(c, check.staffId, next, false)
})
/** A fresh session id at every sign-in (no fixation); the old one, if any, ends. */
async function startSession(
  c: Context<AppEnv>,
  staffId: string,
  next: string,
  secondFactor: boolean,
) {
  const { db, clock } = c.get('deps')
  await endSession(db, getCookie(c, SESSION_COOKIE))
  setSessionCookie(c, await createSession(db, staffId, clock(), { secondFactor }))
  return c.redirect(next, 303)
}

/** The second step of a sign-in: a passkey, a code from the app or a recovery code. */
async function codePage(
  c: Context<AppEnv>,
  props: { challenge: string; next: string; problem: string | null },
  status: 200 | 401 = 200,
) {
  const { db, clock, config } = c.get('deps')
  const t = messagesFor(c)
  const factors = await signInFactors(db, relyingParty(config.baseUrl), props.challenge, clock())
  if (!factors) return expiredPage(c, props.next)
  setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  return render(c, {
    title: t.codeTitle,
    noindex: true,
    status,
    script: factors.passkey ? 'passkey.js' : undefined,
    page: <CodePage t={t} {...props} totp={factors.totp} passkey={factors.passkey} />,
  })
}

/** The sign-in took too long or failed too often: from the password again. */
function expiredPage(c: Context<AppEnv>, next: string) {
  const t = messagesFor(c)
  return render(c, {
    title: t.loginTitle,
    noindex: true,
    status: 401,
    page: <LoginPage t={t} email="" next={next} problem={t.codeExpired} notice={null} />,
  })
}

authRoutes.post('/login/code', async (c) => {
  const { db, clock, config } = c.get('deps')
  const t = messagesFor(c)
  const now = clock()
  const form = await readForm(c)
  const challenge = form.text('challenge', 100)
  const code = form.text('code', 40)
  const next = safeNext(c.req.query('next'))
  const result = await redeemLoginChallenge(db, config.secretsKey, challenge, code, now)
  if (result.ok) return startSession(c, result.staffId, next, true)
  if (result.reason === 'wrong-code') {
    return codePage(c, { challenge, next, problem: t.codeWrong }, 401)
  }
  return expiredPage(c, next)
})

// A passkey instead of the code: the same challenge, so the password came first here too.
authRoutes.post('/login/passkey', async (c) => {
  const { db, clock, config } = c.get('deps')
  const t = messagesFor(c)
  const form = await readForm(c)
  const challenge = form.text('challenge', 100)
  const credential = form.text('credential', 20_000)
  const next = safeNext(c.req.query('next'))
  const rp = relyingParty(config.baseUrl)
  const result = await redeemPasskeyChallenge(db, rp, challenge, credential, clock())
  if (result.ok) return startSession(c, result.staffId, next, true)
  if (result.reason === 'wrong-code') {
    return codePage(c, { challenge, next, problem: t.passkeyWrong }, 401)
  }
  return expiredPage(c, next)
})

authRoutes.post('/logout', async (c) => {
  await endSession(c.get('deps').db, getCookie(c, SESSION_COOKIE))
  clearSessionCookie(c)
  return c.redirect('/login?uit=1', 303)
})

authRoutes.post('/logout-everywhere', async (c) => {
  const { db, clock } = c.get('deps')
  const staff = await loadSession(db, getCookie(c, SESSION_COOKIE), clock())
  if (staff) await endAllSessions(db, staff.id)
  clearSessionCookie(c)
  return c.redirect('/login?uit=1', 303)
})

authRoutes.get('/wachtwoord-vergeten', (c) => {
  const t = messagesFor(c)
  return render(c, { title: t.forgotTitle, noindex: true, page: <ForgotPage t={t} sent={false} /> })
})

authRoutes.post('/wachtwoord-vergeten', async (c) => {
  const { db, clock, config } = c.get('deps')
  const t = messagesFor(c)
  const now = clock()
  const form = await readForm(c)
  const email = form.text('email', 254).trim().toLowerCase()
  const limit = await hitRateLimit(
    db,
    `reset:${clientAddress(c, config.trustProxy)}`,
    RESETS_PER_ADDRESS,
    now,
  )
  if (limit.allowed && email) {
    await requestPasswordReset(db, { email, baseUrl: config.baseUrl }, now)
  }
  // The same answer whether or not the address has an account.
  return render(c, { title: t.forgotTitle, noindex: true, page: <ForgotPage t={t} sent /> })
})

authRoutes.get('/wachtwoord/:token', async (c) => {
  const { db, clock } = c.get('deps')
  const t = messagesFor(c)
  const found = await findStaffToken(db, c.req.param('token'), clock())
  if (!found) return errorResponse(c, 404)
  return render(c, {
    title: t.setPasswordTitle,
    noindex: true,
    page: <SetPasswordPage t={t} name={found.name} action={c.req.path} problem={null} />,
  })
})

authRoutes.post('/wachtwoord/:token', async (c) => {
  const { db, clock } = c.get('deps')
  const t = messagesFor(c)
  const now = clock()
  const token = c.req.param('token')
  const found = await findStaffToken(db, token, now)
  if (!found) return errorResponse(c, 404)
  const form = await readForm(c)
  const password = form.text('password', MAX_PASSWORD + 1)
  const repeat = form.text('repeat', MAX_PASSWORD + 1)
  const problem =
    password.length < MIN_PASSWORD_LENGTH
      ? t.passwordTooShort
      : password.length > MAX_PASSWORD
        ? t.passwordTooLong
        : password !== repeat
          ? t.passwordsDiffer
          : null
  if (problem) {
    return render(c, {
      title: t.setPasswordTitle,
      noindex: true,
      status: 422,
      page: <SetPasswordPage t={t} name={found.name} action={c.req.path} problem={problem} />,
    })
  }
  const redeemed = await redeemStaffToken(db, token, await hashPassword(password), now)
  if (!redeemed) return errorResponse(c, 404)
  return c.redirect('/login?gezet=1', 303)
})
