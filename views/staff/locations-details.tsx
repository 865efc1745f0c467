import { ErrorSummary, FormFields } from '../partials/form-fields.js'
import { formFor, pointAddressFields, pointRuleFields } from './locations-fields.js'
import type { ManageProps } from './locations-manage.js'

/**
 * A support point's details on its page: address, Dutch directions, phone and the booking
 * rules (slot length, notice, horizon, seats kept for walk-ins), in one form.
 */
export function DetailsSection(props: ManageProps) {
  const { t } = props
  const form = formFor(props.state, 'details', props.details)
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t.detailsTitle}</h2>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form
        method="post"
        action={`/staff/steunpunten/${props.point.slug}`}
        class="booking-form"
        aria-labelledby="details-heading"
        novalidate
      >
        <FormFields
          prefix="details"
          form={form}
          fields={[...pointAddressFields(t), ...pointRuleFields(t)]}
        />
        <button type="submit">{t.saveDetails}</button>
      </form>
    </section>
  )
}
