import type { Role } from '../../src/db/schema.js'
import type { PeopleMessages } from '../../src/i18n/staff/people.js'
import type { PersonSummary } from '../../src/services/people.js'
import {
  PeopleErrorSummary,
  PersonInput,
  PersonSelect,
  type Choice,
  type FormErrors,
  type FormValues,
} from './people-fields.js'

/** One row of the staff list, as the coordinator or admin may see it. */
export interface PersonLine extends PersonSummary {
  manageable: boolean
}

export interface InviteChoices {
  roles: Role[]
  locations: Choice[]
  regions: Choice[]
}

export function PersonStatus(props: { t: PeopleMessages; active: boolean; invited: boolean }) {
  if (!props.active) return <>{props.t.inactive}</>
  return <>{props.invited ? props.t.invited : props.t.active}</>
}

export function PeopleListPage(props: {
  t: PeopleMessages
  people: PersonLine[]
  choices: InviteChoices
  form: { values: FormValues; errors: FormErrors }
  notice: string | null
}) {
  const { t } = props
  return (
    <>
      <h1>{t.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t.intro}</p>
      {props.people.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.places}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {props.people.map((person) => (
                <tr>
                  <td>
                    {person.manageable ? (
                      <a
                        href={`/staff/medewerkers/${person.id}`}
                        aria-label={t.manage(person.name)}
                      >
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
            </tbody>
          </table>
        </div>
      )}
      <InviteForm t={t} choices={props.choices} form={props.form} />
    </>
  )
}

function InviteForm(props: {
  t: PeopleMessages
  choices: InviteChoices
  form: { values: FormValues; errors: FormErrors }
}) {
  const { t, form } = props
  return (
    <section id="invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t.inviteTitle}</h2>
      <p class="hint">{t.inviteIntro}</p>
      <PeopleErrorSummary title={t.errorTitle} errors={form.errors} />
      <form method="post" action="/staff/medewerkers/uitnodigen" class="booking-form" novalidate>
        <PersonInput
          id="invite-name"
          name="name"
          label={t.name}
          type="text"
          maxlength={100}
          autocomplete="off"
          {...form}
        />
        <PersonInput
          id="invite-email"
          name="email"
          label={t.email}
          type="email"
          maxlength={254}
          autocomplete="off"
          {...form}
        />
        <PersonSelect
          id="invite-role"
          name="role"
          label={t.role}
          required
          empty={t.choose}
          choices={props.choices.roles.map((role) => ({ value: role, label: t.roleNames[role] }))}
          {...form}
        />
        <PersonSelect
          id="invite-location"
          name="location"
          label={t.location}
          empty={t.choose}
          choices={props.choices.locations}
          {...form}
        />
        <PersonSelect
          id="invite-region"
          name="region"
          label={t.region}
          empty={t.choose}
          choices={props.choices.regions}
          {...form}
        />
        <PersonSelect
          id="invite-locale"
          name="locale"
          label={t.language}
          choices={[
            { value: 'nl', label: t.languages.nl },
            { value: 'en', label: t.languages.en },
          ]}
          {...form}
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
