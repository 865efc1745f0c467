import type { Role } from '../../src/db/schema.js'
import type { PeopleMessages } from '../../src/i18n/staff/people.js'
import { PeopleErrorSummary, PersonSelect, type Choice, type FormErrors } from './people-fields.js'
import { PersonStatus } from './people.js'

export interface PersonDetail {
  id: string
  name: string
  email: string
  role: Role
  active: boolean
  invited: boolean
  /** Support points of a counselor; `removable` when in the viewer's scope. */
  locations: Array<{ id: string; name: string; removable: boolean }>
  regions: string[]
}

/** One staff member: their support points, and the account actions (all POST forms). */
export function PersonPage(props: {
  t: PeopleMessages
  person: PersonDetail
  assignable: Choice[]
  errors: FormErrors
  notice: string | null
}) {
  const { t, person } = props
  const base = `/staff/medewerkers/${person.id}`
  return (
    <>
      <p>
        <a href="/staff/medewerkers">{t.back}</a>
      </p>
      <h1>{person.name}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <PeopleErrorSummary title={t.errorTitle} errors={props.errors} />
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
              <PersonSelect
                id="assign-location"
                name="location"
                label={t.assignLabel}
                required
                choices={props.assignable}
                values={{}}
                errors={{}}
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
        <section aria-labelledby="regions-heading">
          <h2 id="regions-heading">{t.regionsTitle}</h2>
          <p>{person.regions.join(', ')}</p>
        </section>
      )}
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t.accountTitle}</h2>
        {person.active && person.invited ? (
          <form method="post" action={`${base}/opnieuw-uitnodigen`}>
            <button type="submit">{t.resendButton}</button>
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
