import type { Role } from '../../src/db/schema.js'
import type { PeopleMessages } from '../../src/i18n/staff/people.js'
import type { PersonSummary } from '../../src/services/people.js'
import {
  ErrorSummary,
  FormFields,
  type Choice,
  type FieldSpec,
  type FilledForm,
} from '../partials/form-fields.js'
import { ScrollingTable } from '../partials/data-table.js'
import { Notice } from '../partials/notice.js'

/** One row of the staff list, as the coordinator or admin may see it. */
export interface PersonLine extends PersonSummary {
  manageable: boolean
}

export interface InviteChoices {
  roles: Role[]
  locations: Choice[]
  regions: Choice[]
}

/**
 * A role and the one place it needs, as the invitation and the change of role ask them: each
 * entry of `words` is the field's name and label; the ids are `prefix-role`, `-location`, `-region`.
 */
export function rolePlaceFields(
  prefix: string,
  t: PeopleMessages,
  roles: Role[],
  places: InviteChoices,
  words: Record<'role' | 'location' | 'region', [name: string, label: string]>,
): FieldSpec[] {
  const select = (key: keyof typeof words, choices: Choice[]): FieldSpec => {
    const [name, label] = words[key]
    return { kind: 'select', id: `${prefix}-${key}`, name, label, empty: t.choose, choices }
  }
  const roleChoices = roles.map((role) => ({ value: role, label: t.roleNames[role] }))
  return [
    { ...select('role', roleChoices), required: true },
    select('location', places.locations),
    select('region', places.regions),
  ]
}

export function PersonStatus(props: { t: PeopleMessages; active: boolean; invited: boolean }) {
  if (!props.active) return <>{props.t.inactive}</>
  return <>{props.invited ? props.t.invited : props.t.active}</>
}

export function PeopleListPage(props: {
  t: PeopleMessages
  people: PersonLine[]
  choices: InviteChoices
  form: FilledForm
  notice: string | null
}) {
  const { t } = props
  return (
    <>
      <h1>{t.title}</h1>
      <Notice text={props.notice} />
      <p>{t.intro}</p>
      {props.people.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollingTable columns={[t.name, t.email, t.role, t.places, t.status]}>
          {props.people.map((person) => (
            <tr>
              <td>
                {person.manageable ? (
                  <a href={`/staff/medewerkers/${person.id}`} aria-label={t.manage(person.name)}>
                    {person.name}
                  </a>
                ) : (
                  person.name
                )}
              </td>
              <td dir="ltr">{person.email}</td>
              <td>{t.roleNames[person.role]}</td>
              <td>{person.places.join(', ')}</td>
              <td>
                <PersonStatus t={t} active={person.active} invited={person.invited} />
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      <InviteForm t={t} choices={props.choices} form={props.form} />
    </>
  )
}

function InviteForm(props: { t: PeopleMessages; choices: InviteChoices; form: FilledForm }) {
  const { t, form } = props
  return (
    <section id="invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t.inviteTitle}</h2>
      <p class="hint">{t.inviteIntro}</p>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <form method="post" action="/staff/medewerkers/uitnodigen" class="booking-form" novalidate>
        <FormFields
          prefix="invite"
          form={form}
          fields={[
            { name: 'name', label: t.name, maxlength: 100, autocomplete: 'off', required: true },
            {
              name: 'email',
              label: t.email,
              type: 'email',
              maxlength: 254,
              autocomplete: 'off',
              required: true,
            },
            ...rolePlaceFields('invite', t, props.choices.roles, props.choices, {
              role: ['role', t.role],
              location: ['location', t.location],
              region: ['region', t.region],
            }),
            {
              kind: 'select',
              name: 'locale',
              label: t.language,
              choices: [
                { value: 'nl', label: t.languages.nl },
                { value: 'en', label: t.languages.en },
              ],
            },
          ]}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t.inviteButton}
          </button>
        </div>
      </form>
    </section>
  )
}
