import type { Contact } from '../../src/db/locations.js'
import type { ViewContext } from '../context.js'

/** The regional project leader: the public contact for partners and municipalities. */
export function ProjectLeader(props: { ctx: ViewContext; leader: Contact | null }) {
  const { t } = props.ctx
  if (!props.leader) return null
  return (
    <section class="contact" aria-labelledby="leader-heading">
      <h2 id="leader-heading">{t.projectLeader}</h2>
      <p>{t.projectLeaderIntro}</p>
      <p class="contact-name">{props.leader.name}</p>
      <ul class="plain">
        <li>
          <a href={`mailto:${props.leader.email}`}>{props.leader.email}</a>
        </li>
        {props.leader.phone ? (
          <li>
            <a href={`tel:${props.leader.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
              {props.leader.phone}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
