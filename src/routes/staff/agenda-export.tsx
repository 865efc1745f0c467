import { Hono } from 'hono'
import { isProductDate } from '../../domain/time.js'
import { DateTime } from 'luxon'
import { bookingsCsv } from '../../../views/staff/agenda-csv.js'
import { AgendaSearchPage, ExportProblemPage } from '../../../views/staff/agenda-search.js'
import type { AppEnv } from '../../app-env.js'
import { normalizeReference } from '../../domain/reference.js'
import { bookingInScope, exportBookings, pointsInScope } from '../../services/agenda.js'
import { errorResponse } from '../errors.js'
import { render } from '../render.js'
import { choosePoint, dayBounds, messages } from './agenda-shared.js'
import { staffNav } from './nav.js'

/** The agenda's search by reference and its CSV export (mounted under /staff/agenda). */
export const agendaExportRoutes = new Hono<AppEnv>()

const MAX_EXPORT_DAYS = 92

agendaExportRoutes.get('/zoek', async (c) => {
  const staff = c.get('staff')
  const { db } = c.get('deps')
  const t = messages(c)
  const input = (c.req.query('referentie') ?? '').slice(0, 40)
  const page = (problem: string | null, status: 200 | 404 | 422) =>
    render(c, {
      title: t.searchTitle,
      noindex: true,
      nav: staffNav(c, '/staff/agenda'),
      status,
      page: <AgendaSearchPage t={t} value={input} problem={problem} />,
    })
  if (input.trim() === '') return page(null, 200)
  const reference = normalizeReference(input)
  if (!reference) return page(t.searchInvalid, 422)
  const found = await bookingInScope(db, reference, staff.locationIds)
  // Out of scope reads exactly like unknown.
  if (!found) return page(t.searchNotFound(input.trim()), 404)
  return c.redirect(`/staff/agenda/afspraak/${found.booking.reference}`, 303)
})

agendaExportRoutes.get('/export.csv', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const t = messages(c)
  const points = await pointsInScope(db, staff.locationIds)
  const point = choosePoint(points, c.req.query('steunpunt'))
  if (!point) return errorResponse(c, 404)
  const van = c.req.query('van') ?? ''
  const tot = c.req.query('tot') ?? ''
  const problem =
    !isProductDate(van) || !isProductDate(tot) || tot < van
      ? t.exportBadRange
      : DateTime.fromISO(tot).diff(DateTime.fromISO(van), 'days').days + 1 > MAX_EXPORT_DAYS
        ? t.exportTooLong
        : null
  if (problem) {
    return render(c, {
      title: t.exportProblemTitle,
      noindex: true,
      nav: staffNav(c, '/staff/agenda'),
      status: 400,
      page: (
        <ExportProblemPage
          t={t}
          problem={problem}
          back={`/staff/agenda?steunpunt=${encodeURIComponent(point.slug)}`}
        />
      ),
    })
  }
  const bookings = await exportBookings(db, {
    staffId: staff.id,
    point,
    from: van,
    to: tot,
    bounds: dayBounds(point.zone, van, tot),
    now: clock(),
  })
  return c.body(bookingsCsv(bookings, point.zone, t), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="spreekuur-${point.slug}-${van}-${tot}.csv"`,
  })
})
