import type { SupportPoint } from '../../src/db/locations.js'
import { directionsFor } from '../../src/domain/point-details.js'
import { closuresThatMatter } from '../../src/domain/closures-shown.js'
import { formatClock, formatIsoDate, weekdayName } from '../../src/i18n/format.js'
import type { ViewContext } from '../context.js'
import { ProjectLeader } from '../partials/contact.js'
import { ClosureReason, Directions, Dutch } from '../partials/staff-text.js'
import { Table } from '../partials/data-table.js'

export function LocationPage(props: {
  ctx: ViewContext
  point: SupportPoint
  today: string
  /** "Open now, until 12:30: …", written out; null when the walk-in hours are not on now. */
  openNow: string | null
}) {
  const { ctx, point } = props
  const { t } = ctx
  const closures = closuresThatMatter(point).slice(0, 8)
  // Extra sessions on a closed day are not held (a closure wins, as in the day picker).
  const extras = point.extraSessions
    .filter((e) => !point.closures.some((c) => c.startDate <= e.date && e.date <= c.endDate))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))
    .slice(0, 8)
  // What staff typed is Dutch: marked so, and kept in its own direction in Arabic and Farsi.
  const typed = ctx.locale === 'nl' ? undefined : 'nl'
  const directions = directionsFor(point, ctx.locale)
  return (
    <>
      <p class="breadcrumb">
        <a href="/">{t.backToOverview}</a> ·{' '}
        <a href={`/regio/${point.region.slug}`}>
          {t.region} <Dutch ctx={ctx}>{point.region.name}</Dutch>
        </a>
      </p>
      <h1>
        <Dutch ctx={ctx}>{point.name}</Dutch>
      </h1>
      {props.openNow ? (
        <p class="open-now" role="status">
          {props.openNow}
        </p>
      ) : null}
      <p class="cta">
        <a class="button primary" href={`/steunpunt/${point.slug}/afspraak`}>
          {t.bookCta}
        </a>
      </p>
      <p>{t.walkInNote}</p>

      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t.walkInHours}</h2>
        {point.hours.length === 0 ? (
          <p>{t.noWalkInHours}</p>
        ) : (
          <Table columns={[t.weekday, t.time, t.atOnce]} class="hours">
            {point.hours.map((h) => (
              <tr>
                <th scope="row">
                  {weekdayName(h.weekday, ctx.locale)}
                  {h.validFrom && h.validFrom > props.today ? (
                    <span class="muted">
                      {' '}
                      ({t.validFrom(formatIsoDate(h.validFrom, ctx.locale))})
                    </span>
                  ) : null}
                  {h.validUntil ? (
                    <span class="muted">
                      {' '}
                      ({t.validUntil(formatIsoDate(h.validUntil, ctx.locale))})
                    </span>
                  ) : null}
                </th>
                <td>
                  <span dir="ltr">
                    {formatClock(h.start)}–{formatClock(h.end)}
                  </span>
                </td>
                <td>{h.counselors}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      {extras.length > 0 ? (
        <section aria-labelledby="extra-heading">
          <h2 id="extra-heading">{t.extraSessionsTitle}</h2>
          <ul>
            {extras.map((e) => (
              <li>
                {formatIsoDate(e.date, ctx.locale)}{' '}
                <span dir="ltr">
                  {formatClock(e.start)}–{formatClock(e.end)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="address-heading">
        <h2 id="address-heading">{t.locationAddress}</h2>
        <address>
          <Dutch ctx={ctx}>{point.address}</Dutch>
          <br />
          <Dutch ctx={ctx}>
            {point.postalCode} {point.municipality}
          </Dutch>
        </address>
        <p>
          <a
            href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(
              `${point.address}, ${point.postalCode} ${point.municipality}`,
            )}`}
            rel="noreferrer"
          >
            {t.mapLink}
          </a>
        </p>
        {directions ? (
          <>
            <h3>{t.locationDirections}</h3>
            <Directions ctx={ctx} found={directions} block />
          </>
        ) : null}
        {point.phone ? (
          <p>
            {t.locationPhone}:{' '}
            <a href={`tel:${point.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
              {point.phone}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="closures-heading">
        <h2 id="closures-heading">{t.upcomingClosures}</h2>
        {closures.length === 0 ? (
          <p>{t.noClosures}</p>
        ) : (
          <ul class="closures">
            {closures.map((c) => (
              <li>
                {formatIsoDate(c.startDate, ctx.locale)}
                {c.endDate !== c.startDate
                  ? ` – ${formatIsoDate(c.endDate, ctx.locale)}`
                  : ''}: <ClosureReason ctx={ctx} closure={c} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <ProjectLeader ctx={ctx} leader={point.projectLeader} />
    </>
  )
}
