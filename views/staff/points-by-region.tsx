export interface PointGroup {
  region: string
  points: Array<{ name: string; municipality: string; href: string }>
}

/**
 * Rows sorted or not, grouped by region in the order regions first appear.
 *
 * @example groupByRegion(points, (p) => p.region.name, (p) => `/staff/boeken/${p.slug}`)
 */
export function groupByRegion<T extends { name: string; municipality: string }>(
  rows: T[],
  region: (row: T) => string,
  href: (row: T) => string,
): PointGroup[] {
  const groups = new Map<string, PointGroup>()
  for (const row of rows) {
    const name = region(row)
    let group = groups.get(name)
    if (!group) groups.set(name, (group = { region: name, points: [] }))
    group.points.push({ name: row.name, municipality: row.municipality, href: href(row) })
  }
  return [...groups.values()]
}

/** A staff page that lists support points by region, each linking onwards. */
export function PointsByRegionPage(props: {
  title: string
  intro: string
  empty: string
  groups: PointGroup[]
}) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      {props.groups.length === 0 ? <p class="notice">{props.empty}</p> : null}
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
