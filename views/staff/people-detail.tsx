import type { Role } from '../../src/db/schema.js'
import type { PeopleMessages } from '../../src/i18n/staff/people.js'
import type { PersonSummary, PlaceOfPerson } from '../../src/services/people.js'
import {
  ErrorSummary,
  FormField,
  FormFields,
  type Choice,
  type FieldSpec,
  type FilledForm,
  type FormErrors,
  type FormValues,
} from '../partials/form-fields.js'
import { PersonStatus, rolePlaceFields, type InviteChoices } from './people.js'
import { Notice } from '../partials/notice.js'

export interface PersonDetail extends Omit<PersonSummary, 'places'> {
  /** Has an authenticator app set up (the admin can remove it when the phone is lost). */
  hasTotp: boolean
  /** Support points of a counselor; `removable` when in the viewer's scope. */
  locations: PlaceOfPerson[]
  /** Regions of a volunteer or coordinator; `removable` when in the viewer's scope. */
  regions: PlaceOfPerson[]
}

/** A form on this page that came back with messages, and what was typed in it. */
export interface PersonFormState {
  form: 'role' | 'location' | 'region'
  values: FormValues
  errors: FormErrors
}

/** One staff member: their support points, and the account actions (all POST forms). */
export function PersonPage(props: {
  t: PeopleMessages
  person: PersonDetail
  assignable: Choice[]
  assignableRegions: Choice[]
  /** The roles the viewer may give, with the places each needs. */
  roleChoices: InviteChoices
  state: PersonFormState | null
  notice: string | null
  /** The admin's button to remove a lost second factor; null for others. */
  twoFactorReset: { label: string } | null
}) {
  const { t, person, state } = props
  const base = `/staff/medewerkers/${person.id}`
  const errors = state?.errors ?? {}
  const formOf = (key: PersonFormState['form']) =>
    state?.form === key
      ? { values: state.values, errors: state.errors }
      : { values: {}, errors: {} }
  return (
    <>
      <p>
        <a href="/staff/medewerkers">{t.back}</a>
      </p>
      <h1>{person.name}</h1>
      <Notice text={props.notice} />
      <ErrorSummary title={t.errorTitle} errors={errors} />
      <p>
        <span dir="ltr">{person.email}</span> · {t.roleNames[person.role]} ·{' '}
        <PersonStatus t={t} active={person.active} invited={person.invited} />
      </p>
      {person.role === 'counselor' ? (
        <section aria-labelledby="assignments-heading">
          <h2 id="assignments-heading">{t.assignmentsTitle}</h2>
          {person.locations.length === 0 ? <p>{t.noAssignments}</p> : null}
          <ul>
            {person.locations.map((location) => (
              <li>
                {location.name}{' '}
                {location.removable ? (
                  <form method="post" action={`${base}/ontkoppelen`} class="inline">
                    <input type="hidden" name="location" value={location.id} />
                    <button type="submit" class="link-button">
                      {t.remove(location.name)}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
          {props.assignable.length > 0 ? (
            <form method="post" action={`${base}/koppelen`} class="booking-form">
              <FormField
                prefix="assign"
                form={formOf('location')}
                field={placeField('location', t.assignLabel, props.assignable)}
              />
              <div class="actions">
                <button type="submit" class="button">
                  {t.assignButton}
                </button>
              </div>
            </form>
          ) : null}
        </section>
      ) : (
        <RegionsSection {...props} base={base} form={formOf('region')} />
      )}
      {props.roleChoices.roles.length > 1 ? (
        <RoleSection {...props} base={base} form={formOf('role')} />
      ) : null}
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t.accountTitle}</h2>
        {person.active && person.invited ? (
          <form method="post" action={`${base}/opnieuw-uitnodigen`}>
            <button type="submit">{t.resendButton}</button>
          </form>
        ) : null}
        {person.hasTotp && props.twoFactorReset ? (
          <form method="post" action={`${base}/tweestaps-wissen`}>
            <button type="submit" class="danger">
              {props.twoFactorReset.label}
            </button>
          </form>
        ) : null}
        {person.active ? (
          <form method="post" action={`${base}/deactiveren`}>
            <p class="hint">{t.deactivateHint}</p>
            <button type="submit" class="danger">
              {t.deactivateButton}
            </button>
          </form>
        ) : (
          <form method="post" action={`${base}/activeren`}>
            <button type="submit">{t.reactivateButton}</button>
          </form>
        )}
      </section>
    </>
  )
}

type SectionProps = Parameters<typeof PersonPage>[0] & { base: string; form: FilledForm }

/** The one support point or region to link a person to. */
function placeField(name: 'location' | 'region', label: string, choices: Choice[]): FieldSpec {
  return { kind: 'select', name, label, choices, required: true }
}

function RegionsSection(props: SectionProps) {
  const { t, person, base } = props
  if (person.role === 'admin') return null
  return (
    <section aria-labelledby="regions-heading">
      <h2 id="regions-heading">{t.regionsTitle}</h2>
      {person.regions.length === 0 ? <p>{t.noRegions}</p> : null}
      <ul>
        {person.regions.map((region) => (
          <li>
            {region.name}{' '}
            {region.removable ? (
              <form method="post" action={`${base}/regio-ontkoppelen`} class="inline">
                <input type="hidden" name="region" value={region.id} />
                <button type="submit" class="link-button">
                  {t.removeRegion(region.name)}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {props.assignableRegions.length > 0 ? (
        <form method="post" action={`${base}/regio-koppelen`} class="booking-form">
          <FormField
            prefix="assign"
            form={props.form}
            field={placeField('region', t.assignRegionLabel, props.assignableRegions)}
          />
          <div class="actions">
            <button type="submit" class="button">
              {t.assignRegionButton}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}

/** The role, with the one place the new role needs; the old places lapse. */
function RoleSection(props: SectionProps) {
  const { t, base, form, roleChoices } = props
  return (
    <section aria-labelledby="role-heading">
      <h2 id="role-heading">{t.roleTitle}</h2>
      <p class="hint">{t.roleIntro}</p>
      <form method="post" action={`${base}/rol`} class="booking-form" novalidate>
        <FormFields
          form={form}
          fields={rolePlaceFields(
            'role',
            t,
            roleChoices.roles.filter((role) => role !== props.person.role),
            roleChoices,
            {
              role: ['newRole', t.newRole],
              location: ['newLocation', t.newLocation],
              region: ['newRegion', t.newRegion],
            },
          )}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t.roleButton}
          </button>
        </div>
      </form>
    </section>
  )
}
