import { setAnswerHeaders } from '../http/headers.js'
import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { sql } from 'kysely'
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
import {
  DUMMY_HASH,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from '../services/passwords.js'
import { clientAddress, hitRateLimit, rateLimitReached } from '../services/rate-limit.js'
import { openLoginChallenge, redeemLoginChallenge } from '../services/two-factor.js'
import { errorResponse } from './errors.js'
import { render } from './render.js'
import { clearSessionCookie, safeNext, SESSION_COOKIE, setSessionCookie } from './staff/session.js'

/** Sign-in, sign-out, and the invite and reset links of staff accounts. */
export const authRoutes = new Hono<AppEnv>()

/** Failed sign-ins allowed per 15 minutes. */
const PER_ACCOUNT_AND_ADDRESS = { max: 5, windowSeconds: 15 * 60 }
const PER_ADDRESS = { max: 30, windowSeconds: 15 * 60 }
const PER_ACCOUNT = { max: 50, windowSeconds: 15 * 60 }
/** Reset requests per address. */
const RESETS_PER_ADDRESS = { max: 5, windowSeconds: 15 * 60 }
const MAX_PASSWORD = 200

function messagesFor(c: Context<AppEnv>) {
  return authMessages[c.get('view').locale === 'en' ? 'en' : 'nl']
}

/** A form field as text; a NUL byte (which PostgreSQL cannot store or compare) voids it. */
function text(form: Record<string, unknown> | null, name: string, max: number): string {
  const value = form?.[name]
  return typeof value === 'string' && !value.includes('\u0000') ? value.slice(0, max) : ''
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
  const form = await c.req.parseBody().catch(() => null)
  const email = text(form, 'email', 254).trim()
  const password = text(form, 'password', MAX_PASSWORD + 1)
  const next = safeNext(c.req.query('next'))
  const page = (problem: string, status: 401 | 429) =>
    render(c, {
      title: t.loginTitle,
      noindex: true,
      status,
      page: <LoginPage t={t} email={email} next={next} problem={problem} notice={null} />,
    })

  // Only failures count (finding 6 of the audit): per account and address together, so a
  // stranger guessing elsewhere cannot keep a counselor out during the walk-in hours; per
  // address, so one address cannot guess at many accounts; and per account from everywhere,
  // higher, against guessing spread over many addresses.
  const address = clientAddress(c, config.trustProxy)
  const account = email.toLowerCase()
  const keys = [
    { key: `login-fail:${account}|${address}`, limit: PER_ACCOUNT_AND_ADDRESS },
    { key: `login-fail-ip:${address}`, limit: PER_ADDRESS },
    { key: `login-fail-account:${account}`, limit: PER_ACCOUNT },
  ]
  const counts = await Promise.all(keys.map((k) => rateLimitReached(db, k.key, k.limit, now)))
  const refused = counts.find((r) => r.reached)
  if (refused?.reached) {
    c.header('Retry-After', String(refused.retryAfterSeconds))
    return page(t.loginLocked(Math.max(1, Math.ceil(refused.retryAfterSeconds / 60))), 429)
  }

  const staff = await db
    .selectFrom('staff')
    .select(['id', 'password_hash', 'active', 'totp_secret'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst()
  // Verify even without an account, so the answer takes as long either way.
  const ok =
    password.length <= MAX_PASSWORD &&
    (await verifyPassword(password, staff?.password_hash ?? DUMMY_HASH)) &&
    staff !== undefined &&
    staff.active &&
    staff.password_hash !== null
  if (!ok || !staff) {
    for (const k of keys) await hitRateLimit(db, k.key, k.limit, now)
    // A growing delay per account and address on top of the limit: guessing gets slower.
    const failures = counts[0]!.hits + 1
    await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** failures)))
    return page(t.loginFailed, 401)
  }
  if (staff.totp_secret !== null) {
    // The password was right; the session opens only with the code (`/login/code`).
    const challenge = await openLoginChallenge(db, staff.id, now)
    return codePage(c, { challenge, next, problem: null })
  }
  return startSession(c, staff.id, next, false)
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

function codePage(
  c: Context<AppEnv>,
  props: { challenge: string; next: string; problem: string | null },
  status: 200 | 401 = 200,
) {
  const t = messagesFor(c)
  setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  return render(c, {
    title: t.codeTitle,
    noindex: true,
    status,
    page: <CodePage t={t} {...props} />,
  })
}

authRoutes.post('/login/code', async (c) => {
  const { db, clock } = c.get('deps')
  const t = messagesFor(c)
  const now = clock()
  const form = await c.req.parseBody().catch(() => null)
  const challenge = text(form, 'challenge', 100)
  const code = text(form, 'code', 40)
  const next = safeNext(c.req.query('next'))
  const result = await redeemLoginChallenge(db, challenge, code, now)
  if (result.ok) return startSession(c, result.staffId, next, true)
  if (result.reason === 'wrong-code') {
    return codePage(c, { challenge, next, problem: t.codeWrong }, 401)
  }
  return render(c, {
    title: t.loginTitle,
    noindex: true,
    status: 401,
    page: <LoginPage t={t} email="" next={next} problem={t.codeExpired} notice={null} />,
  })
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
  const form = await c.req.parseBody().catch(() => null)
  const email = text(form, 'email', 254).trim().toLowerCase()
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
  const form = await c.req.parseBody().catch(() => null)
  const password = text(form, 'password', MAX_PASSWORD + 1)
  const repeat = text(form, 'repeat', MAX_PASSWORD + 1)
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
