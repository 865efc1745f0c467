import type { Child } from 'hono/jsx'
import type { Context, Hono } from 'hono'
import { BookDaysPage } from '../../views/pages/book-days.js'
import { BookFormPage, type BookFormProps, type FormWording } from '../../views/pages/book-form.js'
import { PickerFragment, type SlotAction } from '../../views/partials/slot-picker.js'
import { cachedAvailability } from '../http/answer-cache.js'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import type { BookingSource } from '../db/schema.js'
import {
  CLIENT_LANGUAGES,
  validateClientDetails,
  type ClientDetails,
  type RawClientDetails,
} from '../domain/booking-form.js'
import { findSlot } from '../domain/slots.js'
import { isolateTyped } from '../i18n/format.js'
import {
  alternativesTo,
  bookSlot,
  isSlotFull,
  notifySettings,
  type Actor,
  type BookingOutcome,
} from '../services/booking.js'
import { bookablePoint, type BookingAudienceName } from '../services/booking-lookup.js'
import { readForm } from '../http/form.js'
import { errorResponse, minutesToWait } from './errors.js'
import { render, wantsFragment } from './render.js'
import { describeSlot, loadPicker, parseStart, toAlternativeOption } from './slot-picker.js'

/**
 * One booking flow, mounted for each audience (ADR 0018): day → time → details → booked;
 * for a booking made, the move picker and the cancel step are in manage-flow.tsx. What
 * differs per audience (where it lives, the page frame, who acts, where the booked client
 * lands) is named in a `BookingAudience`; the steps themselves exist once.
 */

const FIELDS = [
  'name',
  'language',
  'interpreter',
  'topic',
  'email',
  'phone',
  'note',
  'sms',
] as const

/** The page frame an audience puts around the flow's pages. */
export interface Frame {
  /** Public pages get a meta description; staff pages are never indexed and carry the nav. */
  description?: (c: Context<AppEnv>, point: SupportPoint) => string
  noindex?: boolean
  nav?: (c: Context<AppEnv>) => Child
}

export interface BookingAudience extends Frame {
  name: BookingAudienceName
  /** The route pattern of the picker, relative to the app it is mounted on. */
  pattern: string
  /** The picker's absolute path for a point; the form is at `${path}/gegevens`. */
  basePath: (point: SupportPoint) => string
  back: (c: Context<AppEnv>, point: SupportPoint) => { href: string; label: string }
  /** Public free places are kept a moment (ADR 11); staff see the database. */
  cachePicker: boolean
  /** Said above the details form. */
  formNotice?: (c: Context<AppEnv>) => Child
  /** The form's words when someone books for the client; the client's own without it. */
  formWording?: (c: Context<AppEnv>) => FormWording
  /**
   * The public flow's rate limit, asked once the form is valid, just before booking: a try
   * with a typo costs nothing. A refusal (seconds to wait) shows the form again as typed.
   */
  limit?: (c: Context<AppEnv>) => Promise<{ retryAfterSeconds: number } | null>
  /** A filled-in hidden field means a bot: act as if all went well, book nothing. */
  honeypotRedirect?: (point: SupportPoint) => string
  request: (
    c: Context<AppEnv>,
    details: ClientDetails,
  ) => { source: BookingSource; actor: Actor | null; locale: string }
  /** Where the client (or the one booking for them) lands after booking. */
  bookedPath: (outcome: Extract<BookingOutcome, { ok: true }>) => string
}

/** Mounts the picker, the details form and the booking itself on `app`. */
export function mountBookingFlow(app: Hono<AppEnv>, audience: BookingAudience): void {
  const findPoint = (c: Context<AppEnv>) => {
    const { db, clock } = c.get('deps')
    return bookablePoint(db, audience.name, c.req.param('slug'), clock())
  }

  app.get(audience.pattern, async (c) => {
    const showPicker = async (shows?: (locationId: string) => void) => {
      const point = await findPoint(c)
      if (!point) return errorResponse(c, 404)
      shows?.(point.id)
      return pickerPage(c, audience, point)
    }
    if (!audience.cachePicker) return showPicker()
    const view = c.get('view')
    // Free places change with every booking: kept a moment, per language and URL (ADR 11).
    const key = `picker|${view.locale}|${wantsFragment(c)}|${view.url.pathname}${view.url.search}`
    return cachedAvailability(c, key, showPicker)
  })

  app.get(`${audience.pattern}/gegevens`, async (c) => {
    const point = await findPoint(c)
    if (!point) return errorResponse(c, 404)
    const start = parseStart(c.req.query('start'))
    if (!start) return errorResponse(c, 400)
    const { db, clock } = c.get('deps')
    // A full time opened from an old link or a second tab: say so before the form is filled.
    const full = await isSlotFull(db, point, start, clock())
    // A client booking for themselves most likely speaks the page's language; a volunteer's
    // page language says nothing about the client's.
    const locale = c.get('view').locale
    const values =
      audience.name === 'public' && (CLIENT_LANGUAGES as readonly string[]).includes(locale)
        ? { language: locale }
        : {}
    return showForm(c, audience, point, {
      start,
      values,
      errors: {},
      ...(full ? { problem: 'full' as const } : {}),
    })
  })

  app.post(audience.pattern, async (c) => {
    const point = await findPoint(c)
    if (!point) return errorResponse(c, 404)
    const { db, clock, config } = c.get('deps')
    const form = await readForm(c)
    const field = (name: string) => form.typed(name)
    const values: RawClientDetails = {}
    for (const name of FIELDS) {
      const value = field(name)
      if (value !== undefined) values[name] = value.slice(0, 2000)
    }
    // Naive bots fill every field; people never see this one.
    if (audience.honeypotRedirect && field('website')) {
      return c.redirect(audience.honeypotRedirect(point), 303)
    }
    const start = parseStart(field('start'))
    const validation = validateClientDetails(values)
    if (!start) {
      const errors = validation.ok ? {} : validation.errors
      return showForm(c, audience, point, {
        start: null,
        values,
        errors,
        problem: 'unavailable',
        status: 409,
      })
    }
    if (!validation.ok) {
      return showForm(c, audience, point, { start, values, errors: validation.errors, status: 422 })
    }
    const wait = await audience.limit?.(c)
    if (wait) {
      c.header('Retry-After', String(wait.retryAfterSeconds))
      return showForm(c, audience, point, {
        start,
        values,
        errors: {},
        waitSeconds: wait.retryAfterSeconds,
        status: 429,
      })
    }
    // Texts only where they can be sent (the form did not offer them otherwise).
    const details = { ...validation.value, sms: config.smsOffered && validation.value.sms }
    const outcome = await bookSlot(db, {
      point,
      start,
      details,
      ...audience.request(c, validation.value),
      now: clock(),
      notify: notifySettings(config),
    })
    if (!outcome.ok) {
      const problem = outcome.error === 'slot_full' ? 'full' : 'unavailable'
      return showForm(c, audience, point, { start, values, errors: {}, problem, status: 409 })
    }
    return c.redirect(audience.bookedPath(outcome), 303)
  })
}

async function pickerPage(c: Context<AppEnv>, audience: BookingAudience, point: SupportPoint) {
  const view = c.get('view')
  const basePath = audience.basePath(point)
  const picker = await loadPicker(c, point, basePath)
  const action: SlotAction = {
    kind: 'link',
    href: (slot) => `${basePath}/gegevens?start=${encodeURIComponent(slot.start)}`,
  }
  const back = audience.back(c, point)
  return render(c, {
    title: view.t.bookTitle(isolateTyped(point.name, view.locale)),
    ...frame(c, audience, point),
    page: (
      <BookDaysPage
        ctx={view}
        title={view.t.bookTitle(isolateTyped(point.name, view.locale))}
        backHref={back.href}
        backLabel={back.label}
        showSteps
        forSomeoneElse={audience.formWording !== undefined}
        action={action}
        {...picker}
      />
    ),
    fragment: <PickerFragment ctx={view} picker={picker} action={action} showSteps />,
  })
}

export function frame(c: Context<AppEnv>, audience: Frame, point?: SupportPoint) {
  return {
    ...(audience.description && point ? { description: audience.description(c, point) } : {}),
    ...(audience.noindex ? { noindex: true } : {}),
    ...(audience.nav ? { nav: audience.nav(c) } : {}),
  }
}

/** The details form; a time no longer offered is treated like a taken one: offer others. */
async function showForm(
  c: Context<AppEnv>,
  audience: BookingAudience,
  point: SupportPoint,
  state: {
    start: Date | null
    values: RawClientDetails
    errors: BookFormProps['errors']
    problem?: 'full' | 'unavailable'
    /** Too many tries from this address: the chosen time and the typing stay, with a wait. */
    waitSeconds?: number
    status?: 200 | 409 | 422 | 429
  },
) {
  const { db, clock, config } = c.get('deps')
  const view = c.get('view')
  const now = clock()
  const basePath = audience.basePath(point)
  const slot = state.start ? findSlot({ ...point, booked: new Map(), now }, state.start) : null
  const kind = state.problem ?? (slot ? undefined : 'unavailable')
  let problem: BookFormProps['problem']
  if (state.waitSeconds !== undefined && slot) {
    problem = {
      title: view.t.tooManyRequestsTitle,
      text: view.t.tooManyRequestsText(minutesToWait(state.waitSeconds)),
      alternatives: null,
    }
  } else if (kind) {
    const alternatives = await alternativesTo(db, point, state.start ?? now, now)
    problem = {
      title: kind === 'full' ? view.t.slotTakenTitle : view.t.slotUnavailableTitle,
      text: kind === 'full' ? view.t.slotTakenText : view.t.slotUnavailableText,
      alternatives: alternatives.map((s) => toAlternativeOption(s, view, point.zone)),
    }
  }
  const dayParam = slot ? `?dag=${slot.start.setZone(point.zone).toISODate()}` : ''
  const form = (
    <BookFormPage
      ctx={view}
      pointName={point.name}
      action={basePath}
      changeTimeHref={`${basePath}${dayParam}`}
      start={
        slot && !problem?.alternatives ? slot.start.toISO({ suppressMilliseconds: true }) : null
      }
      whenLabel={slot ? describeSlot(slot, point.zone, view) : null}
      values={state.values}
      errors={state.errors}
      problem={problem}
      retentionDays={config.retentionDays}
      smsOffered={config.smsOffered}
      wording={audience.formWording?.(c)}
    />
  )
  return render(c, {
    title: view.t.bookTitle(isolateTyped(point.name, view.locale)),
    ...frame(c, audience, point),
    status: state.status ?? (kind ? 409 : 200),
    page: audience.formNotice ? (
      <>
        {audience.formNotice(c)}
        {form}
      </>
    ) : (
      form
    ),
  })
}
