import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import { ErrorSummary, FormField, FormFields } from '../partials/form-fields.js'
import { formFor, sessionFields, type FormState, type FormValues } from './locations-fields.js'

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
        <ErrorSummary title={t.errorTitle} errors={update.errors} />
        <form method="post" action={props.action} class="booking-form" novalidate>
          <FormFields
            prefix="update"
            form={update}
            fields={[
              ...sessionFields(t),
              { name: 'validFrom', label: t.updateFrom, hint: t.updateFromHint, type: 'date' },
              { name: 'validUntil', label: t.updateUntil, hint: t.updateUntilHint, type: 'date' },
            ]}
          />
          <button type="submit">{t.updateHoursButton}</button>
        </form>
      </section>
      <section aria-labelledby="end-heading">
        <h2 id="end-heading">{t.endHoursTitle}</h2>
        <p>{t.endHoursIntro}</p>
        <ErrorSummary title={t.errorTitle} errors={end.errors} />
        <form method="post" action={`${props.action}/beeindigen`} class="booking-form" novalidate>
          <FormField
            prefix="end"
            form={end}
            field={{ name: 'validUntil', label: t.endHoursLabel, type: 'date', required: true }}
          />
          <button type="submit" class="danger">
            {t.endHoursButton}
          </button>
        </form>
      </section>
    </>
  )
}
