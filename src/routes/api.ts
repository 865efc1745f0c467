import { setAnswerHeaders } from '../http/headers.js'
import {
  FIELD_MESSAGES,
  member,
  parseDate,
  parseInstant,
  rawDetails,
  readJsonObject,
  type Fields,
} from './api-input.js'
import { cachedAvailability } from '../http/answer-cache.js'
import { jsonWithKnownBody } from '../http/known-body.js'
import { openNowAt } from '../services/open-now.js'
import { resendManageLink } from '../services/find-booking.js'
import { jsonApiWrites } from '../http/origin.js'
import { jsonAnswer } from '../http/gzip.js'
import { DAY_MS, isoDateOf, isoInZone, utcMidnight } from '../domain/time.js'
import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import type { BookingRow } from '../db/schema.js'
import { validateClientDetails, type ClientDetails } from '../domain/booking-form.js'
import { normalizeReference } from '../domain/reference.js'
import type { Slot } from '../domain/slots.js'
import {
  alternativesTo,
  availableSlots,
  bookSlot,
  notifySettings,
  windowDates,
  type BookingError,
} from '../services/booking.js'
import { bookablePoint, bookingByToken } from '../services/booking-lookup.js'
import { activeSupportPoints } from '../services/directory.js'
import { clientAddress, hitRateLimit } from '../services/rate-limit.js'
import { formatClock } from '../i18n/format.js'
import { isLocale, LOCALES } from '../i18n/locales.js'
import { cancelForClient, moveForClient } from './client-changes.js'
import { rateLimited } from './errors.js'
import { limitPublicPosts } from './limits.js'

/** JSON for integrations and automated checks; shapes as in docs (DESIGN.md, JSON API). */
export const apiRoutes = new Hono<AppEnv>()

const DEFAULT_RANGE_DAYS = 27
/** Both ends included. */
const MAX_RANGE_DAYS = 92

function apiError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  extra: { fields?: Fields; alternatives?: unknown[] } = {},
) {
  return c.json({ error, message, ...extra }, status)
}

const notFound = (c: Context<AppEnv>) => apiError(c, 404, 'not_found', 'Not found.')

function findPoint(c: Context<AppEnv>, slug: string): Promise<SupportPoint | undefined> {
  const { db, clock } = c.get('deps')
  return bookablePoint(db, 'public', slug, clock())
}

function slotJson(slot: Slot, zone: string) {
  return {
    start: isoInZone(slot.startMs, zone),
    end: isoInZone(slot.endMs, zone),
    remaining: slot.remaining,
  }
}

function bookingJson(booking: BookingRow, point: SupportPoint) {
  return {
    reference: booking.reference,
    status: booking.status,
    location: point.slug,
    start: isoInZone(booking.starts_at.getTime(), point.zone),
    end: isoInZone(booking.ends_at.getTime(), point.zone),
    name: booking.name,
    language: booking.language,
  }
}

const badBody = (c: Context<AppEnv>) =>
  apiError(c, 400, 'bad_request', 'The body must be a JSON object.')

// The availability is public, so it need not be kept out of caches the way a token is
// (no-store); but it changes with every booking, so no cache may answer from a stored copy
// without asking us first.
apiRoutes.use('/locations/*', async (c, next) => {
  await next()
  setAnswerHeaders(c, { 'Cache-Control': 'no-cache' })
})

// Answers under /bookings (itself included) carry a manage token or a client's personal details.
apiRoutes.use('/bookings/*', async (c, next) => {
  await next()
  setAnswerHeaders(c, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
})

// No cross-site writes, and a body is JSON or nothing (docs/SECURITY.md, cross-site requests).
apiRoutes.use('*', (c, next) =>
  jsonApiWrites(new URL(c.get('deps').config.baseUrl).origin)(c, next),
)

apiRoutes.get('/locations', async (c) => {
  const { db, clock } = c.get('deps')
  const now = clock()
  const points = await activeSupportPoints(db, now)
  const open = await openNowAt(db, points, now)
  return c.json(
    points.map((point) => ({
      slug: point.slug,
      name: point.name,
      region: { slug: point.region.slug, name: point.region.name },
      municipality: point.municipality,
      address: point.address,
      postalCode: point.postalCode,
      timezone: point.zone,
      projectLeader: point.projectLeader,
      walkInHours: point.hours.map((h) => ({
        weekday: h.weekday,
        start: formatClock(h.start),
        end: formatClock(h.end),
        counselors: h.counselors,
        validFrom: h.validFrom,
        validUntil: h.validUntil,
      })),
      extraSessions: point.extraSessions.map((e) => ({
        date: e.date,
        start: formatClock(e.start),
        end: formatClock(e.end),
        counselors: e.counselors,
      })),
      // The walk-in hours on now (issue 15): until when, and how busy as a rough figure
      // ('quiet' | 'some' | 'busy', null when the desk recorded nobody today).
      openNow: open.has(point.id)
        ? {
            until: open.get(point.id)!.until.toFormat('HH:mm'),
            busy: open.get(point.id)!.busy,
          }
        : null,
    })),
  )
})

apiRoutes.get('/locations/:slug/slots', async (c) => {
  // Free places change with every booking: kept a moment per URL (ADR 11).
  const url = c.get('view').url
  return cachedAvailability(c, `slots|${url.pathname}${url.search}`, async (shows) => {
    const point = await findPoint(c, c.req.param('slug'))
    if (!point) return notFound(c)
    shows(point.id)
    const now = c.get('deps').clock()

    const window = windowDates(point, now)
    const fromQuery = c.req.query('from')
    const toQuery = c.req.query('to')
    const from = parseDate(fromQuery ?? window.from)
    const to =
      toQuery === undefined
        ? from === null
          ? null
          : from + DEFAULT_RANGE_DAYS * DAY_MS
        : parseDate(toQuery)
    if (from === null || to === null) {
      const fields: Fields = {}
      if (from === null) fields.from = 'Expected a date as YYYY-MM-DD.'
      if (toQuery !== undefined && to === null) fields.to = 'Expected a date as YYYY-MM-DD.'
      return apiError(c, 400, 'bad_request', 'Invalid date range.', { fields })
    }
    const days = (to - from) / DAY_MS + 1
    if (days < 1) {
      return apiError(c, 400, 'bad_request', '"to" must not be before "from".', {
        fields: { to: 'Must not be before "from".' },
      })
    }
    if (days > MAX_RANGE_DAYS) {
      return apiError(c, 400, 'bad_request', `A range spans at most ${MAX_RANGE_DAYS} days.`, {
        fields: { to: `At most ${MAX_RANGE_DAYS - 1} days after "from".` },
      })
    }

    // Nothing outside the booking window is offered; clamping also keeps absurd years
    // (0001, 9999) away from the database.
    // UTC midnights as epoch millis: plain arithmetic instead of Luxon objects (ADR 53).
    const first = Math.max(from, utcMidnight(window.from))
    const last = Math.min(to, utcMidnight(window.to))
    if (first > last) return c.json([])
    const slots = await availableSlots(c.get('deps').db, point, {
      now,
      from: isoDateOf(first),
      to: isoDateOf(last),
    })
    return jsonWithKnownBody(
      c,
      slots.map((slot) => slotJson(slot, point.zone)),
    )
  })
})

const PROBLEM_MESSAGES: Record<BookingError, string> = {
  slot_full: 'This slot has no places left.',
  slot_unavailable: 'No slot starts at this time, or it is outside the booking window.',
  not_changeable: 'This booking can no longer be changed.',
}

async function bookingProblem(
  c: Context<AppEnv>,
  error: BookingError,
  point: SupportPoint,
  wanted: Date,
) {
  if (error === 'not_changeable') return apiError(c, 409, error, PROBLEM_MESSAGES[error])
  const { db, clock } = c.get('deps')
  const alternatives = await alternativesTo(db, point, wanted, clock())
  return apiError(c, 409, error, PROBLEM_MESSAGES[error], {
    alternatives: alternatives.map((slot) => slotJson(slot, point.zone)),
  })
}

apiRoutes.post('/bookings', async (c) => {
  const { db, clock, config } = c.get('deps')
  const now = clock()
  const limit = await hitRateLimit(
    db,
    `book:${clientAddress(c, config.trustProxy)}`,
    config.bookingRateLimit,
    now,
  )
  if (!limit.allowed) return rateLimited(c, limit.retryAfterSeconds)

  const body = await readJsonObject(c)
  if (!body) return badBody(c)
  const { raw, fields } = rawDetails(body)
  const validation = validateClientDetails(raw)
  if (!validation.ok) {
    for (const [field, code] of Object.entries(validation.errors)) {
      fields[field] ??= FIELD_MESSAGES[code](field as keyof ClientDetails)
    }
  }
  const location = member(body, 'location')
  const point = typeof location === 'string' ? await findPoint(c, location) : undefined
  if (location === undefined || location === null) fields.location = 'Required.'
  else if (!point) fields.location = 'No support point has this slug.'
  // The language of the client's emails; without it, the request's negotiated language.
  const locale = member(body, 'locale')
  if (
    locale !== undefined &&
    locale !== null &&
    (typeof locale !== 'string' || !isLocale(locale))
  ) {
    fields.locale = `Must be one of: ${LOCALES.join(', ')}.`
  }
  if (validation.ok && validation.value.sms && !config.smsOffered) {
    fields.sms = 'This deployment sends no text messages.'
  }
  const start = parseInstant(member(body, 'start'))
  if (!start)
    fields.start = 'Expected an ISO 8601 date-time with offset, like 2026-12-01T13:00+01:00.'
  if (Object.keys(fields).length > 0 || !validation.ok || !point || !start) {
    return apiError(c, 422, 'validation', 'Some fields are missing or invalid.', { fields })
  }

  const outcome = await bookSlot(db, {
    point,
    start,
    details: validation.value,
    source: 'api',
    locale: typeof locale === 'string' && isLocale(locale) ? locale : c.get('view').locale,
    now,
    notify: notifySettings(config),
  })
  if (!outcome.ok) return bookingProblem(c, outcome.error, point, start)
  const { booking, token } = outcome
  c.header('Location', `/api/v1/bookings/${booking.reference}`)
  const { reference, location: slug, start: startsAt, end } = bookingJson(booking, point)
  return jsonAnswer(
    c,
    {
      reference,
      location: slug,
      start: startsAt,
      end,
      manageToken: token,
      manageUrl: `${config.baseUrl}/b/${token}`,
    },
    201,
  )
})

/**
 * The booking the bearer token opens, if the path names that same booking. A missing or
 * wrong token and an unknown reference all come back undefined: existence must not leak.
 */
async function findOwnBooking(c: Context<AppEnv>) {
  const token = /^Bearer +(\S+) *$/i.exec(c.req.header('Authorization') ?? '')?.[1]
  const reference = normalizeReference(c.req.param('reference') ?? '')
  if (!token || !reference) return undefined
  const { db, clock } = c.get('deps')
  const found = await bookingByToken(db, token, clock())
  if (!found || found.booking.reference.toUpperCase() !== reference) return undefined
  return { ...found, token }
}

/**
 * The manage link sent again to the contact the client gave (issue 16): 202 whatever the
 * code and contact, so the API tells nobody which codes exist; the work happens after.
 */
apiRoutes.post('/bookings/:reference/resend-link', async (c) => {
  const { db, clock, config, log } = c.get('deps')
  const limit = await hitRateLimit(
    db,
    `find:${clientAddress(c, config.trustProxy)}`,
    config.bookingRateLimit,
    clock(),
  )
  if (!limit.allowed) return rateLimited(c, limit.retryAfterSeconds)
  const body = await readJsonObject(c)
  if (!body) return badBody(c)
  const contact = member(body, 'contact')
  if (typeof contact !== 'string') {
    return apiError(c, 422, 'validation', 'Some fields are missing or invalid.', {
      fields: { contact: 'The phone number or email address given when booking.' },
    })
  }
  void resendManageLink(db, {
    reference: c.req.param('reference'),
    contact: contact.slice(0, 254),
    now: clock(),
    notify: notifySettings(config),
    texts: config.smsOffered,
  }).catch((error: unknown) =>
    log({ level: 'error', msg: 'resending a manage link failed', error: String(error) }),
  )
  return c.json({ status: 'accepted' }, 202)
})

apiRoutes.get('/bookings/:reference', async (c) => {
  const found = await findOwnBooking(c)
  if (!found) return notFound(c)
  return c.json(bookingJson(found.booking, found.point))
})

apiRoutes.use('/bookings/:reference/*', limitPublicPosts('manage', 3))

apiRoutes.post('/bookings/:reference/cancel', async (c) => {
  const found = await findOwnBooking(c)
  if (!found) return notFound(c)
  const outcome = await cancelForClient(c, found)
  // Cancelling a cancelled booking is a success that changes nothing.
  if (!outcome.ok) return apiError(c, 409, outcome.error, PROBLEM_MESSAGES[outcome.error])
  return c.json({ status: 'cancelled' })
})

apiRoutes.post('/bookings/:reference/reschedule', async (c) => {
  const found = await findOwnBooking(c)
  if (!found) return notFound(c)
  const body = await readJsonObject(c)
  if (!body) return badBody(c)
  const start = parseInstant(member(body, 'start'))
  if (!start) {
    return apiError(c, 422, 'validation', 'Some fields are missing or invalid.', {
      fields: { start: 'Expected an ISO 8601 date-time with offset, like 2026-12-01T13:00+01:00.' },
    })
  }
  const outcome = await moveForClient(c, found, start)
  if (!outcome.ok) return bookingProblem(c, outcome.error, found.point, start)
  return c.json(bookingJson(outcome.booking, found.point))
})
