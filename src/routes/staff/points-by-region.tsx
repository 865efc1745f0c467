import type { Context } from 'hono'
import { groupByRegion, PointsByRegionPage } from '../../../views/staff/points-by-region.js'
import type { AppEnv } from '../../app-env.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'

/**
 * The first page of a staff area that works per support point (the desk, booking for a
 * client, managing points): the person's points by region, each linking to `path/slug`.
 *
 * @example renderPointChoice(c, { path: '/staff/balie', ...texts }, points, (p) => p.region)
 */
export function renderPointChoice<T extends { slug: string; name: string; municipality: string }>(
  c: Context<AppEnv>,
  area: { path: string; title: string; intro: string; empty: string },
  points: T[],
  region: (point: T) => string,
) {
  const groups = groupByRegion(points, region, (point) => `${area.path}/${point.slug}`)
  return render(c, {
    title: area.title,
    noindex: true,
    nav: staffNav(c, area.path),
    page: (
      <PointsByRegionPage
        title={area.title}
        intro={area.intro}
        empty={area.empty}
        groups={groups}
      />
    ),
  })
}
