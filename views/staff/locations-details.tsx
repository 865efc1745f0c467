import { ErrorSummary, Field, formFor } from './locations-fields.js'
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
      <ErrorSummary t={t} errors={form.errors} />
      <form
        method="post"
        action={`/staff/steunpunten/${props.point.slug}`}
        class="booking-form"
        aria-labelledby="details-heading"
        novalidate
      >
        <Field
          prefix="details"
          name="address"
          label={t.address}
          maxlength={200}
          form={form}
          required
        />
        <Field
          prefix="details"
          name="postalCode"
          label={t.postalCode}
          maxlength={10}
          form={form}
          required
        />
        <Field
          prefix="details"
          name="directions"
          label={t.directions}
          hint={t.directionsHint}
          maxlength={1000}
          multiline
          form={form}
        />
        <Field
          prefix="details"
          name="phone"
          label={t.phone}
          hint={t.phoneHint}
          type="tel"
          maxlength={30}
          form={form}
        />
        <Field
          prefix="details"
          name="slotMinutes"
          label={t.slotMinutes}
          hint={t.slotMinutesHint}
          type="number"
          min={5}
          max={240}
          form={form}
          required
        />
        <Field
          prefix="details"
          name="minNoticeMinutes"
          label={t.minNotice}
          hint={t.minNoticeHint}
          type="number"
          min={0}
          form={form}
          required
        />
        <Field
          prefix="details"
          name="horizonDays"
          label={t.horizon}
          hint={t.horizonHint}
          type="number"
          min={1}
          max={366}
          form={form}
          required
        />
        <Field
          prefix="details"
          name="walkInSeats"
          label={t.walkInSeats}
          hint={t.walkInSeatsHint}
          type="number"
          min={0}
          form={form}
          required
        />
        <button type="submit">{t.saveDetails}</button>
      </form>
    </section>
  )
}
