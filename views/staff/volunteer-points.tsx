import type { VolunteerMessages } from '../../src/i18n/staff/volunteer.js'

export interface PointGroup {
  region: string
  points: Array<{ name: string; municipality: string; href: string }>
}

/** "Book for a client", step 0: which support point, grouped by region. */
export function VolunteerPointsPage(props: { tv: VolunteerMessages; groups: PointGroup[] }) {
  const { tv } = props
  return (
    <>
      <h1>{tv.chooseTitle}</h1>
      <p>{tv.chooseIntro}</p>
      {props.groups.length === 0 ? <p class="notice">{tv.noPoints}</p> : null}
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
