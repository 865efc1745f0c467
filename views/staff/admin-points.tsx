import type { AdminMessages } from '../../src/i18n/staff/admin.js'
import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import { POINT_TEXT_LIMITS } from '../../src/domain/point-details.js'
import {
  ErrorSummary,
  FormField,
  FormFields,
  type Choice,
  type FieldSpec,
  type FilledForm,
} from '../partials/form-fields.js'
import { Notice } from '../partials/notice.js'
import { ConflictHead, messageField, type BookingLine } from './locations-conflict.js'
import { pointAddressFields, pointRuleFields } from './locations-fields.js'

export interface PointLine {
  slug: string
  name: string
  municipality: string
  region: string
  active: boolean
}

/** Every support point by region, closed ones included, each linking to its admin page. */
export function PointsAdminListPage(props: { t: AdminMessages; points: PointLine[] }) {
  const { t } = props
  const regions = [...new Set(props.points.map((p) => p.region))]
  return (
    <>
      <h1>{t.pointsTitle}</h1>
      <p>{t.pointsIntro}</p>
      <p>
        <a href="/staff/beheer/steunpunten/nieuw" class="button">
          {t.newPoint}
        </a>
      </p>
      {regions.length === 0 ? <p>{t.noPoints}</p> : null}
      {regions.map((region, index) => (
        <section aria-labelledby={`points-region-${index}`}>
          <h2 id={`points-region-${index}`}>{region}</h2>
          <ul class="plain">
            {props.points
              .filter((p) => p.region === region)
              .map((point) => (
                <li>
                  <a href={`/staff/beheer/steunpunten/${point.slug}`}>{point.name}</a>{' '}
                  <span class="muted">
                    ({point.municipality} · {point.active ? t.active : t.inactive})
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}

/** The admin's own fields of a point: a new point asks them all, a rename two, a move one. */
function adminPointFields(t: AdminMessages) {
  const max = POINT_TEXT_LIMITS
  const required = true
  return {
    name: { name: 'name', label: t.pointName, maxlength: max.name, required },
    slug: { name: 'slug', label: t.slug, hint: t.pointSlugHint, maxlength: 60, required },
    municipality: {
      name: 'municipality',
      label: t.municipality,
      maxlength: max.municipality,
      required,
    },
    timezone: {
      name: 'timezone',
      label: t.timezone,
      hint: t.timezoneHint,
      maxlength: 60,
      required,
    },
    region: (label: string, choices: Choice[]): FieldSpec => {
      return { kind: 'select', name: 'region', label, empty: t.choose, choices, required }
    },
  }
}

/** The form for a new support point; the detail labels are the coordinator's own. */
export function NewPointPage(props: {
  t: AdminMessages
  lt: LocationsMessages
  regions: Choice[]
  form: FilledForm
}) {
  const { t, lt, form } = props
  const own = adminPointFields(t)
  return (
    <>
      <p class="breadcrumb">
        <a href="/staff/beheer/steunpunten">{t.backToPoints}</a>
      </p>
      <h1>{t.newPointTitle}</h1>
      <p>{t.newPointIntro}</p>
      <form method="post" action="/staff/beheer/steunpunten/nieuw" class="booking-form" novalidate>
        <ErrorSummary title={t.errorTitle} errors={form.errors} />
        <FormFields
          prefix="point"
          form={form}
          fields={[
            own.region(t.region, props.regions),
            own.name,
            own.slug,
            own.municipality,
            ...pointAddressFields(lt),
            own.timezone,
            ...pointRuleFields(lt),
          ]}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t.createPointButton}
          </button>
        </div>
      </form>
    </>
  )
}

export interface PointAdminDetail {
  slug: string
  name: string
  municipality: string
  region: string
  active: boolean
}

/** One support point for the admin: open or closed, which region, and the ways to change that. */
export function PointAdminPage(props: {
  t: AdminMessages
  point: PointAdminDetail
  otherRegions: Choice[]
  moveForm: FilledForm
  renameForm: FilledForm
  notice: string | null
}) {
  const { t, point } = props
  const base = `/staff/beheer/steunpunten/${point.slug}`
  const own = adminPointFields(t)
  return (
    <>
      <p class="breadcrumb">
        <a href="/staff/beheer/steunpunten">{t.backToPoints}</a>
        {point.active ? (
          <>
            {' · '}
            <a href={`/staff/steunpunten/${point.slug}`}>{t.editDetails}</a>
            {' · '}
            <a href={`/steunpunt/${point.slug}`}>{t.publicPointPage}</a>
          </>
        ) : null}
      </p>
      <h1>{t.pointAdminTitle(point.name)}</h1>
      <Notice text={props.notice} />
      <p>
        {point.municipality} · {t.region}: {point.region} · {t.status}:{' '}
        {point.active ? t.active : t.inactive}
      </p>
      {point.active ? null : <p class="notice warning">{t.inactiveIntro}</p>}
      <section aria-labelledby="rename-heading">
        <h2 id="rename-heading">{t.renameTitle}</h2>
        <p class="hint">{t.renameIntro}</p>
        <form method="post" action={`${base}/naam`} class="booking-form" novalidate>
          <ErrorSummary title={t.errorTitle} errors={props.renameForm.errors} />
          <FormFields
            prefix="rename"
            form={props.renameForm}
            fields={[own.name, own.municipality]}
          />
          <div class="actions">
            <button type="submit" class="button">
              {t.renameButton}
            </button>
          </div>
        </form>
      </section>
      {props.otherRegions.length > 0 ? (
        <section aria-labelledby="move-heading">
          <h2 id="move-heading">{t.moveTitle}</h2>
          <p class="hint">{t.moveIntro}</p>
          <form method="post" action={`${base}/regio`} class="booking-form" novalidate>
            <ErrorSummary title={t.errorTitle} errors={props.moveForm.errors} />
            <FormField
              prefix="move"
              form={props.moveForm}
              field={own.region(t.moveLabel, props.otherRegions)}
            />
            <div class="actions">
              <button type="submit" class="button">
                {t.moveButton}
              </button>
            </div>
          </form>
        </section>
      ) : null}
      {point.active ? (
        <section aria-labelledby="deactivate-heading">
          <h2 id="deactivate-heading">{t.deactivateTitle}</h2>
          <p class="hint">{t.deactivateIntro}</p>
          <form method="post" action={`${base}/sluiten`}>
            <button type="submit" class="danger">
              {t.deactivateButton}
            </button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="reactivate-heading">
          <h2 id="reactivate-heading">{t.reactivateTitle}</h2>
          <p class="hint">{t.reactivateIntro}</p>
          <form method="post" action={`${base}/openen`}>
            <button type="submit">{t.reactivateButton}</button>
          </form>
        </section>
      )}
    </>
  )
}

/**
 * "This point still has bookings": they are listed (no names), and the only way on is to
 * cancel exactly these, with a message to the clients, or to go back without a change.
 */
export function DeactivateConflictPage(props: {
  t: AdminMessages
  lt: LocationsMessages
  point: { slug: string; name: string }
  lines: BookingLine[]
  affectedIds: string[]
  stale: boolean
  message: string
}) {
  const { t, lt } = props
  const base = `/staff/beheer/steunpunten/${props.point.slug}`
  return (
    <>
      <ConflictHead words={t} t={lt} lines={props.lines} stale={props.stale} />
      <p>{t.conflictWhy}</p>
      <form method="post" action={`${base}/sluiten`} class="booking-form" novalidate>
        <input type="hidden" name="affected" value={props.affectedIds.join(',')} />
        <FormField
          prefix="deactivate"
          form={{ values: { message: props.message }, errors: {} }}
          field={messageField(lt)}
        />
        <p class="actions">
          <button type="submit" name="confirm" value="cancel" class="danger">
            {t.cancelAndDeactivate}
          </button>
        </p>
      </form>
      <p>
        <a href={base}>{t.keepOpen}</a>
      </p>
    </>
  )
}
