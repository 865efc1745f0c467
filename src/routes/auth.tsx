import { setAnswerHeaders } from '../http/headers.js'
import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { sql } from 'kysely'
import { ForgotPage, LoginPage, SetPasswordPage } from '../../views/staff/auth-pages.js'
import type { AppEnv } from '../app-env.js'
import { authMessages } from '../i18n/staff/auth.js'
import { staffAccountMessage } from '../notifications/compose.js'
import { enqueue } from '../notifications/outbox.js'
import {
  createSession,
  endAllSessions,
  endSession,
  findStaffToken,
  issueStaffToken,
  loadSession,
  redeemStaffToken,
} from '../services/auth.js'
import {
  DUMMY_HASH,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from '../services/passwords.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { errorResponse } from './errors.js'
import { render } from './render.js'
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './staff/session.js'

/** Sign-in, sign-out, and the invite and reset links of staff accounts. */
export const authRoutes = new Hono<AppEnv>()

const PER_ACCOUNT = { max: 5, windowSeconds: 15 * 60 }
const PER_ADDRESS = { max: 30, windowSeconds: 15 * 60 }
const MAX_PASSWORD = 200

function messagesFor(c: Context<AppEnv>) {
  return authMessages[c.get('view').locale === 'en' ? 'en' : 'nl']
}

/** Only our own staff pages: an open redirect would make the login page a phishing aid. */
function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-/?=&%.]*)?$/.test(next) && !next.includes('//') ? next : '/staff'
}

/** A form field as text; a NUL byte (which PostgreSQL cannot store or compare) voids it. */
function text(form: Record<string, unknown> | null, name: string, max: number): string {
  const value = form?.[name]
  return typeof value === 'string' && !value.includes('\u0000') ? value.slice(0, max) : ''
}

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

  const byAddress = await hitRateLimit(
    db,
    `login-ip:${clientAddress(c, config.trustProxy)}`,
    PER_ADDRESS,
    now,
  )
  const byAccount = await hitRateLimit(db, `login-account:${email.toLowerCase()}`, PER_ACCOUNT, now)
  const refused = [byAddress, byAccount].find((r) => !r.allowed)
  if (refused && !refused.allowed) {
    c.header('Retry-After', String(refused.retryAfterSeconds))
    return page(t.loginLocked(Math.max(1, Math.ceil(refused.retryAfterSeconds / 60))), 429)
  }

  const staff = await db
    .selectFrom('staff')
    .select(['id', 'password_hash', 'active'])
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
    // A growing delay per account on top of the limit: guessing gets slower and slower.
    await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** byAccount.hits)))
    return page(t.loginFailed, 401)
  }
  // A fresh session id at every sign-in (no fixation); the old one, if any, ends.
  await endSession(db, getCookie(c, SESSION_COOKIE))
  setSessionCookie(c, await createSession(db, staff.id, now))
  return c.redirect(next, 303)
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
    PER_ACCOUNT,
    now,
  )
  if (limit.allowed && email) {
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'email', 'locale'])
      .where(sql<string>`lower(email)`, '=', email)
      .where('active', '=', true)
      .executeTakeFirst()
    if (staff) {
      const token = await issueStaffToken(db, staff.id, 'reset', now)
      const mt = authMessages[staff.locale === 'en' ? 'en' : 'nl']
      await enqueue(
        db,
        [
          staffAccountMessage({
            to: staff.email,
            subject: mt.resetSubject,
            text: mt.resetText(`${config.baseUrl}/wachtwoord/${token}`),
            baseUrl: config.baseUrl,
          }),
        ],
        now,
      )
    }
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
