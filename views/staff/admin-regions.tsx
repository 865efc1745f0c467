import type { RegionOverview } from '../../src/db/regions.js'
import type { AdminMessages } from '../../src/i18n/staff/admin.js'
import {
  EMPTY_FORM,
  ErrorSummary,
  FormField,
  FormFields,
  type Choice,
  type FilledForm,
} from '../partials/form-fields.js'
import { Notice } from '../partials/notice.js'
import { ScrollingTable } from '../partials/data-table.js'

/** The admin's list of regions, with a link to each and to a new one. */
export function RegionsListPage(props: {
  t: AdminMessages
  regions: RegionOverview[]
  notice: string | null
}) {
  const { t } = props
  return (
    <>
      <h1>{t.regionsTitle}</h1>
      <Notice text={props.notice} />
      <p>{t.regionsIntro}</p>
      <p>
        <a href="/staff/beheer/regios/nieuw" class="button">
          {t.newRegion}
        </a>
      </p>
      {props.regions.length === 0 ? (
        <p>{t.noRegions}</p>
      ) : (
        <ScrollingTable
          columns={[t.regionName, t.projectLeader, t.coordinatorsColumn, t.activePoints]}
        >
          {props.regions.map((region) => (
            <tr>
              <td>
                <a
                  href={`/staff/beheer/regios/${region.slug}`}
                  aria-label={t.editRegion(region.name)}
                >
                  {region.name}
                </a>
              </td>
              <td>{region.projectLeader ?? t.none}</td>
              <td>{region.coordinators.join(', ')}</td>
              <td>{region.activePoints}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </>
  )
}

/** Name, slug and project leader: the same fields to create and to edit a region. */
export function RegionForm(props: {
  t: AdminMessages
  action: string
  button: string
  leaders: Choice[]
  form: FilledForm
}) {
  const { t, form } = props
  return (
    <form method="post" action={props.action} class="booking-form" novalidate>
      <ErrorSummary title={t.errorTitle} errors={form.errors} />
      <FormFields
        prefix="region"
        form={form}
        fields={[
          { name: 'name', label: t.regionName, maxlength: 100, required: true },
          { name: 'slug', label: t.slug, hint: t.regionSlugHint, maxlength: 60, required: true },
          {
            kind: 'select',
            name: 'projectLeader',
            label: t.projectLeader,
            hint: t.projectLeaderHint,
            empty: t.none,
            choices: props.leaders,
          },
        ]}
      />
      <div class="actions">
        <button type="submit" class="button">
          {props.button}
        </button>
      </div>
    </form>
  )
}

export function NewRegionPage(props: { t: AdminMessages; leaders: Choice[]; form: FilledForm }) {
  const { t } = props
  return (
    <>
      <p class="breadcrumb">
        <a href="/staff/beheer/regios">{t.backToRegions}</a>
      </p>
      <h1>{t.newRegionTitle}</h1>
      <RegionForm
        t={t}
        action="/staff/beheer/regios/nieuw"
        button={t.createRegionButton}
        leaders={props.leaders}
        form={props.form}
      />
    </>
  )
}

export interface RegionDetail {
  slug: string
  name: string
  coordinators: Array<{ id: string; name: string; email: string; active: boolean }>
  points: Array<{ slug: string; name: string; municipality: string; active: boolean }>
}

/** One region: its details form, its coordinators and its support points. */
export function RegionPage(props: {
  t: AdminMessages
  region: RegionDetail
  leaders: Choice[]
  addable: Choice[]
  form: FilledForm
  coordinatorErrors: FilledForm['errors']
  notice: string | null
}) {
  const { t, region } = props
  const base = `/staff/beheer/regios/${region.slug}`
  return (
    <>
      <p class="breadcrumb">
        <a href="/staff/beheer/regios">{t.backToRegions}</a> ·{' '}
        <a href={`/regio/${region.slug}`}>{t.publicRegionPage}</a>
      </p>
      <h1>{region.name}</h1>
      <Notice text={props.notice} />
      <RegionForm
        t={t}
        action={base}
        button={t.saveRegionButton}
        leaders={props.leaders}
        form={props.form}
      />
      <section id="coordinators" aria-labelledby="coordinators-heading">
        <h2 id="coordinators-heading">{t.coordinatorsTitle}</h2>
        <p class="hint">{t.coordinatorsIntro}</p>
        <ErrorSummary title={t.errorTitle} errors={props.coordinatorErrors} />
        {region.coordinators.length === 0 ? <p>{t.noCoordinators}</p> : null}
        <ul>
          {region.coordinators.map((person) => (
            <li>
              <a href={`/staff/medewerkers/${person.id}`}>{person.name}</a>{' '}
              <span dir="ltr">({person.email})</span>
              {person.active ? null : <span class="muted"> · {t.inactiveAccount}</span>}{' '}
              <form method="post" action={`${base}/coordinatoren/verwijderen`} class="inline">
                <input type="hidden" name="staff" value={person.id} />
                <button type="submit" class="link-button">
                  {t.removeCoordinator(person.name)}
                </button>
              </form>
            </li>
          ))}
        </ul>
        {props.addable.length > 0 ? (
          <form method="post" action={`${base}/coordinatoren`} class="booking-form">
            <FormField
              prefix="coordinator"
              form={EMPTY_FORM}
              field={{
                kind: 'select',
                name: 'staff',
                label: t.addCoordinatorLabel,
                choices: props.addable,
                required: true,
              }}
            />
            <div class="actions">
              <button type="submit" class="button">
                {t.addCoordinatorButton}
              </button>
            </div>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="points-heading">
        <h2 id="points-heading">{t.pointsInRegionTitle}</h2>
        {region.points.length === 0 ? <p>{t.noPointsInRegion}</p> : null}
        <ul class="plain">
          {region.points.map((point) => (
            <li>
              <a href={`/staff/beheer/steunpunten/${point.slug}`}>{point.name}</a>{' '}
              <span class="muted">
                ({point.municipality}
                {point.active ? '' : ` · ${t.inactive}`})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
