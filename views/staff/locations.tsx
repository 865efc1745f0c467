import type { LocationsMessages } from '../../src/i18n/staff/locations.js'

export interface RegionGroup {
  region: string
  points: Array<{ name: string; municipality: string; href: string }>
}

/** The support points in the coordinator's scope, by region, each linking to its page. */
export function LocationsListPage(props: { t: LocationsMessages; groups: RegionGroup[] }) {
  const { t } = props
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.listIntro}</p>
      {props.groups.length === 0 ? <p class="notice">{t.noPoints}</p> : null}
      {props.groups.map((group, index) => (
        <section aria-labelledby={`region-${index}`}>
          <h2 id={`region-${index}`}>{group.region}</h2>
          <ul class="plain">
            {group.points.map((point) => (
              <li>
                <a href={point.href}>{point.name}</a>{' '}
                <span class="muted">({point.municipality})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
