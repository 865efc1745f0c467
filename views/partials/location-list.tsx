import type { Child } from 'hono/jsx'
import type { ViewContext } from '../context.js'
import { Dutch } from './staff-text.js'

export interface LocationListItem {
  slug: string
  name: string
  municipality: string
  address: string
  /** Already written out in the visitor's language, e.g. 'vandaag 13:00–16:00'. */
  nextSession: string | null
  /** "Open now, until 12:30: …", written out; null when the walk-in hours are not on now. */
  openNow: string | null
}

export interface RegionGroup {
  slug: string
  name: string
  points: LocationListItem[]
}

/** The nearest points to a place the visitor typed, when none is in the place itself. */
export interface Nearest {
  place: string
  byPostcode: boolean
  points: (LocationListItem & { region: string; km: number })[]
}

/** Keeps a Dutch name or a postcode in its own direction inside a right-to-left sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`

/** The support points by region; the home page's swappable part (#results). */
export function LocationList(props: {
  ctx: ViewContext
  groups: RegionGroup[]
  query: string
  nearest?: Nearest | null
}) {
  const { ctx } = props
  const { t } = ctx
  const { nearest } = props
  const count = props.groups.reduce((sum, group) => sum + group.points.length, 0)
  if (count === 0 && nearest && nearest.points.length > 0) {
    return (
      <div id="results">
        <p class="result-count" role="status">
          {nearest.byPostcode
            ? t.nearestToPostcode(isolate(props.query.trim().toUpperCase()), isolate(nearest.place))
            : t.nearestTo(isolate(nearest.place))}
        </p>
        <ul class="cards">
          {nearest.points.map((point) => (
            <PointCard ctx={ctx} point={point}>
              <p class="distance">{t.aboutKm(Math.max(1, Math.round(point.km)))}</p>
              {point.openNow ? <p class="open-now">{point.openNow}</p> : null}
              <p class="muted">
                <Dutch ctx={ctx}>{point.address}</Dutch> · <Dutch ctx={ctx}>{point.region}</Dutch>
              </p>
            </PointCard>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div id="results">
      <p class="result-count" role="status">
        {count === 0 && props.query ? t.filterNoResults(props.query) : t.filterCount(count)}
      </p>
      {props.groups.map((group) => (
        <section class="region" aria-labelledby={`region-${group.slug}`}>
          <h2 id={`region-${group.slug}`}>
            <a href={`/regio/${group.slug}`}>
              <Dutch ctx={ctx}>{group.name}</Dutch>
            </a>
          </h2>
          <ul class="cards">
            {group.points.map((point) => (
              <PointCard ctx={ctx} point={point}>
                <p class="muted">
                  <Dutch ctx={ctx}>{point.address}</Dutch>
                </p>
                {point.openNow ? <p class="open-now">{point.openNow}</p> : null}
              </PointCard>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

/**
 * One support point's card in the directory: its name linking to its page, then what the
 * list says of it (`children`: distance, address, open now), then its next session.
 */
function PointCard(props: {
  ctx: ViewContext
  point: { slug: string; name: string; nextSession: string | null }
  children: Child
}) {
  const { ctx, point } = props
  return (
    <li class="card">
      <h3>
        <a href={`/steunpunt/${point.slug}`}>
          <Dutch ctx={ctx}>{point.name}</Dutch>
        </a>
      </h3>
      {props.children}
      <p>
        <span class="label">{ctx.t.nextSession}: </span>
        {point.nextSession ?? ctx.t.noUpcomingSession}
      </p>
    </li>
  )
}
