import { POINT_TEXT_LIMITS, type TranslatedDirections } from '../../src/domain/point-details.js'
import { LANGUAGE_ENDONYMS } from '../../src/i18n/languages.js'
import { TRANSLATED_LANGUAGES } from '../../src/i18n/locales.js'
import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import { ErrorSummary, FormFields } from '../partials/form-fields.js'
import { formFor, type FormState } from './locations-fields.js'

/**
 * The coordinator's directions in other languages (issue 17): one optional text per
 * language of the interface, each marked with its language so it is typed and read in its
 * own direction. Dutch stays in the details form above; it is what every client falls back to.
 */
export function DirectionsInLanguagesSection(props: {
  t: LocationsMessages
  action: string
  stored: TranslatedDirections
  state: FormState | null
}) {
  const { t } = props
  const defaults = Object.fromEntries(
    TRANSLATED_LANGUAGES.map((language) => [language, props.stored[language] ?? '']),
  )
  const form = formFor(props.state, 'directionsIn', defaults)
  return (
    <section aria-labelledby="directions-in-heading">
      <h2 id="directions-in-heading">{t.directionsInTitle}</h2>
      <p>{t.directionsInIntro}</p>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form method="post" action={props.action} class="booking-form" novalidate>
        <FormFields
          prefix="directions-in"
          form={form}
          fields={TRANSLATED_LANGUAGES.map((language) => ({
            kind: 'textarea',
            name: language,
            label: t.directionsInLabel(
              LANGUAGE_ENDONYMS[language],
              t.directionsInNames[language] ?? language,
            ),
            maxlength: POINT_TEXT_LIMITS.directions,
            lang: language,
          }))}
        />
        <button type="submit">{t.directionsInSave}</button>
      </form>
    </section>
  )
}
