import type { ViewContext } from '../context.js'
import { LocationList, type Nearest, type RegionGroup } from '../partials/location-list.js'
import { SearchField } from '../partials/search-field.js'

export function HomePage(props: {
  ctx: ViewContext
  groups: RegionGroup[]
  query: string
  nearest?: Nearest | null
}) {
  const { t } = props.ctx
  return (
    <>
      <h1>{t.homeTitle}</h1>
      <p class="lead">{t.homeIntro}</p>
      <form
        class="filter"
        role="search"
        action="/"
        method="get"
        hx-get="/"
        hx-trigger="input changed delay:250ms, submit"
        hx-target="#results"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        <SearchField
          id="q"
          name="q"
          label={t.filterLabel}
          value={props.query}
          maxlength={80}
          button={t.filterButton}
          row
          input={{ enterkeyhint: 'search' }}
        />
        {props.query ? <a href="/">{t.filterClear}</a> : null}
      </form>
      <LocationList
        ctx={props.ctx}
        groups={props.groups}
        query={props.query}
        nearest={props.nearest}
      />
    </>
  )
}
