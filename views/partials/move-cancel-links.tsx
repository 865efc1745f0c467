import type { Messages } from '../../src/i18n/nl.js'
import { Icon } from './icons.js'

/** The links of an active booking to move or cancel it, under its manage path. */
export function MoveCancelLinks(props: { t: Messages; basePath: string }) {
  const { t } = props
  return (
    <>
      <a class="button" href={`${props.basePath}/verzetten`}>
        <Icon name="move" /> {t.moveBooking}
      </a>
      <a class="button danger" href={`${props.basePath}/annuleren`}>
        <Icon name="cancel" /> {t.cancelBooking}
      </a>
    </>
  )
}
