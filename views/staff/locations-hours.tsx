import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import {
  ErrorSummary,
  Field,
  formFor,
  type FormState,
  type FormValues,
} from './locations-fields.js'

/** One weekly session: change its times or counselors, or end it from a date on. */
export function EditHoursPage(props: {
  t: LocationsMessages
  title: string
  point: { slug: string; name: string }
  action: string
  current: FormValues
  state: FormState | null
}) {
  const { t } = props
  const update = formFor(props.state, 'update', { ...props.current, validUntil: '' })
  const end = formFor(props.state, 'end', { validUntil: props.current.validUntil ?? '' })
  return (
    <>
      <p class="breadcrumb">
        <a href={`/staff/steunpunten/${props.point.slug}`}>{t.backToPoint(props.point.name)}</a>
      </p>
      <h1>{props.title}</h1>
      <section aria-labelledby="update-heading">
        <h2 id="update-heading">{t.updateHoursTitle}</h2>
        <ErrorSummary t={t} errors={update.errors} />
        <form method="post" action={props.action} class="booking-form" novalidate>
          <Field prefix="update" name="start" label={t.start} type="time" form={update} required />
          <Field prefix="update" name="end" label={t.end} type="time" form={update} required />
          <Field
            prefix="update"
            name="counselors"
            label={t.counselors}
            type="number"
            min={0}
            form={update}
            required
          />
          <Field
            prefix="update"
            name="validFrom"
            label={t.updateFrom}
            hint={t.updateFromHint}
            type="date"
            form={update}
          />
          <Field
            prefix="update"
            name="validUntil"
            label={t.updateUntil}
            hint={t.updateUntilHint}
            type="date"
            form={update}
          />
          <button type="submit">{t.updateHoursButton}</button>
        </form>
      </section>
      <section aria-labelledby="end-heading">
        <h2 id="end-heading">{t.endHoursTitle}</h2>
        <p>{t.endHoursIntro}</p>
        <ErrorSummary t={t} errors={end.errors} />
        <form method="post" action={`${props.action}/beeindigen`} class="booking-form" novalidate>
          <Field
            prefix="end"
            name="validUntil"
            label={t.endHoursLabel}
            type="date"
            form={end}
            required
          />
          <button type="submit" class="danger">
            {t.endHoursButton}
          </button>
        </form>
      </section>
    </>
  )
}
