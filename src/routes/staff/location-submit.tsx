import type { Context } from 'hono'
import { ConflictPage } from '../../../views/staff/locations-conflict.js'
import type { FormState, FormValues } from '../../../views/staff/locations-fields.js'
import type { AppEnv } from '../../app-env.js'
import { locationsMessages } from '../../i18n/staff/locations.js'
import { isUuid } from '../../domain/uuid.js'
import { notifySettings } from '../../services/booking.js'
import type { ManagedPoint } from '../../services/managed-points.js'
import { changeSchedule, type ConflictChoice } from '../../services/schedule.js'
import { readForm } from '../../http/form.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { bookingLines } from './booking-lines.js'
import { CONTROL, type Validated } from './location-forms.js'
import { staffNav } from './nav.js'

/**
 * A posted change to a point's schedule (details, weekly hours, closures, extra sessions):
 * validated, then applied, or first answered 409 with the bookings it would take places from
 * and the coordinator's choices. The routes in locations.tsx read the form and hand it here.
 */

type C = Context<AppEnv>
const REASON_MAX = 300

function messages(c: C) {
  return locationsMessages[c.get('staff').locale]
}

/** The named fields of the posted form, as typed. */
export async function formValues(c: C, names: readonly string[]): Promise<FormValues> {
  const form = await readForm(c)
  const values: FormValues = {}
  for (const name of names) values[name] = form.typed(name) ?? ''
  return values
}

/** The coordinator's answer on the conflict page, when this POST carries one. */
async function conflictAnswer(c: C) {
  const form = await readForm(c)
  const choice = form.typed('conflict')
  if (choice !== 'keep' && choice !== 'cancel' && choice !== 'move') return null
  const affected = form.typed('affected') ?? ''
  // Not `reason`: a closure's own form has a field by that name.
  // A pasted tab is a space, not a reason to send the default text instead.
  const typed = (form.typed('message') ?? '').replace(/\t/g, ' ').trim().slice(0, REASON_MAX)
  return {
    choice: choice as ConflictChoice,
    affectedIds: affected.split(',').filter((id) => isUuid(id)),
    reason: typed && !CONTROL.test(typed) ? typed : messages(c).messageDefault,
  }
}

/**
 * Validates, then applies the change or asks about the bookings it affects. `invalid`
 * renders the form's page again with what was typed and the messages.
 */
export async function submit(
  c: C,
  point: ManagedPoint,
  form: { key: string; values: FormValues; result: Validated },
  invalid: (state: FormState) => Promise<Response> | Response,
) {
  const t = messages(c)
  const staff = c.get('staff')
  const { db, clock, config } = c.get('deps')
  const base = `/staff/steunpunten/${point.slug}`
  const { result } = form
  if (!result.ok) return invalid({ form: form.key, values: form.values, errors: result.errors })
  const confirm = await conflictAnswer(c)
  const outcome = await changeSchedule(db, {
    locationId: point.id,
    change: result.change,
    staffId: staff.id,
    now: clock(),
    notify: notifySettings(config),
    confirm,
  })
  switch (outcome.status) {
    case 'not_found':
      return errorResponse(c, 404)
    case 'duplicate':
      return invalid({
        form: form.key,
        values: form.values,
        errors: { reason: t.duplicateClosure },
      })
    case 'conflict':
      return render(c, {
        title: t.conflictTitle,
        noindex: true,
        status: 409,
        nav: staffNav(c, '/staff/steunpunten'),
        page: (
          <ConflictPage
            t={t}
            action={new URL(c.req.url).pathname}
            backHref={base}
            values={form.values}
            affectedIds={outcome.affected.map((b) => b.id)}
            lines={bookingLines(c, point, outcome.affected)}
            stale={outcome.stale}
            reason={confirm?.reason ?? t.messageDefault}
          />
        ),
      })
    case 'applied': {
      const extra =
        (outcome.cancelled > 0 ? `&geannuleerd=${outcome.cancelled}` : '') +
        (outcome.kept > 0 ? `&bewaard=${outcome.kept}` : '') +
        (outcome.moved > 0 ? `&verplaatst=${outcome.moved}` : '') +
        (outcome.nobodyToTell > 0 ? `&onbereikbaar=${outcome.nobodyToTell}` : '') +
        (outcome.noFreeTime > 0 ? `&geenplek=${outcome.noFreeTime}` : '')
      return c.redirect(`${base}?opgeslagen=1${extra}`, 303)
    }
  }
}
