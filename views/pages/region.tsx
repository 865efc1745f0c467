import type { Contact } from '../../src/db/locations.js'
import type { ViewContext } from '../context.js'
import { ProjectLeader } from '../partials/contact.js'
import { LocationList, type RegionGroup } from '../partials/location-list.js'
import { Dutch } from '../partials/staff-text.js'

export function RegionPage(props: {
  ctx: ViewContext
  name: string
  leader: Contact | null
  group: RegionGroup
}) {
  const { t } = props.ctx
  return (
    <>
      <p class="breadcrumb">
        <a href="/">{t.backToOverview}</a>
      </p>
      <h1>
        {t.region} <Dutch ctx={props.ctx}>{props.name}</Dutch>
      </h1>
      <ProjectLeader ctx={props.ctx} leader={props.leader} />
      <h2>{t.locationsInRegion}</h2>
      <LocationList ctx={props.ctx} groups={[props.group]} query="" />
    </>
  )
}
