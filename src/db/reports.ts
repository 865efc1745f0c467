import { sql, type ExpressionBuilder } from 'kysely'
import type { Period } from '../domain/report-period.js'
import type { Db } from './database.js'
import { roughBounds } from './report-schedules.js'
import type { Database } from './schema.js'

/**
 * The queries behind the reports: one grouped query per family of figures, counted per
 * support point (and month), never per booking. None reads a personal field (name,
 * email, phone, note, token), so the figures are the same before and after the retention
 * job erases those.
 */

/** A support point as a report needs it: where it belongs, not who works there. */
export interface ReportPoint {
  id: string
  slug: string
  name: string
  active: boolean
  zone: string
  region: { id: string; slug: string; name: string }
}

/**
 * The support points among `locationIds`, active or not (a closed point's past bookings
 * still count), sorted by region and name.
 *
 * @example const points = await reportPoints(db, staff.locationIds)
 */
export async function reportPoints(db: Db, locationIds: string[]): Promise<ReportPoint[]> {
  if (locationIds.length === 0) return []
  const rows = await db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select([
      'l.id',
      'l.slug',
      'l.name',
      'l.active',
      'l.timezone',
      'r.id as region_id',
      'r.slug as region_slug',
      'r.name as region_name',
    ])
    .where('l.id', 'in', locationIds)
    .orderBy('r.name')
    .orderBy('l.name')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    active: row.active,
    zone: row.timezone,
    region: { id: row.region_id, slug: row.region_slug, name: row.region_name },
  }))
}

/**
 * The regions among `regionIds`, by name.
 *
 * @example const regions = await reportRegions(db, staff.regionIds)
 */
export async function reportRegions(
  db: Db,
  regionIds: string[],
): Promise<Array<{ id: string; slug: string; name: string }>> {
  if (regionIds.length === 0) return []
  return db
    .selectFrom('regions')
    .select(['id', 'slug', 'name'])
    .where('id', 'in', regionIds)
    .orderBy('name')
    .execute()
}

/** Bookings counted per support point and month; every field a count. */
export interface BookingCounts {
  locationId: string
  /** YYYY-MM of the appointment, in the support point's zone */
  month: string
  made: number
  cancelledByClient: number
  cancelledByStaff: number
  active: number
  attended: number
  noShow: number
  attendanceOpen: number
  outcomeOrienting: number
  outcomeReturn: number
  outcomeReferred: number
  outcomeOther: number
  outcomeOpen: number
  sourceOnline: number
  sourceApi: number
  sourceVolunteer: number
  sourceStaff: number
  interpreterYes: number
  interpreterNo: number
  leadUnder1: number
  lead1to3: number
  lead4to7: number
  lead8to14: number
  leadOver14: number
  /** How attended sessions were recorded: registered as a walk-in at the desk... */
  arrivalWalkIn: number
  /** ...a booked client checked in at the desk... */
  arrivalDesk: number
  /** ...or marked attended in the agenda, without the desk. */
  arrivalAgenda: number
}

type Eb = ExpressionBuilder<Database & { b: Database['bookings'] }, 'b'>

const DAY_SECONDS = 86_400
const leadDays = sql<number>`extract(epoch from (b.starts_at - b.created_at)) / ${DAY_SECONDS}`
const active = (eb: Eb) => eb('b.status', '=', 'active')
const attended = (eb: Eb) => eb.and([active(eb), eb('b.attendance', '=', 'attended')])
const leadBetween = (low: number | null, high: number | null) => (eb: Eb) =>
  eb.and([
    active(eb),
    ...(low === null ? [] : [eb(leadDays, '>=', low)]),
    ...(high === null ? [] : [eb(leadDays, '<', high)]),
  ])

/**
 * Every count of the status, attendance, outcome, source, interpreter and lead-time
 * families, per support point and month of the appointment, in one grouped query.
 * Appointments count on their local date in the point's zone.
 *
 * @example const rows = await bookingCounts(db, ['…'], { from: '2026-01-01', to: '2026-12-31' })
 */
export async function bookingCounts(
  db: Db,
  locationIds: string[],
  period: Period,
): Promise<BookingCounts[]> {
  if (locationIds.length === 0) return []
  const rows = await inPeriod(db, locationIds, period)
    .select((eb) => {
      const count = () => eb.fn.countAll<number>()
      return [
        'b.location_id',
        localMonth.as('month'),
        count().as('made'),
        count()
          .filterWhere((eb) =>
            eb.and([
              eb('b.status', '=', 'cancelled'),
              eb('b.cancelled_by', 'is distinct from', 'staff'),
            ]),
          )
          .as('cancelled_by_client'),
        count()
          .filterWhere((eb) =>
            eb.and([eb('b.status', '=', 'cancelled'), eb('b.cancelled_by', '=', 'staff')]),
          )
          .as('cancelled_by_staff'),
        count().filterWhere(active).as('active'),
        count().filterWhere(attended).as('attended'),
        count()
          .filterWhere((eb) => eb.and([active(eb), eb('b.attendance', '=', 'no_show')]))
          .as('no_show'),
        count()
          .filterWhere((eb) => eb.and([active(eb), eb('b.attendance', 'is', null)]))
          .as('attendance_open'),
        ...(['orienting', 'return', 'referred', 'other'] as const).map((outcome) =>
          count()
            .filterWhere((eb) => eb.and([attended(eb), eb('b.outcome', '=', outcome)]))
            .as(`outcome_${outcome}`),
        ),
        count()
          .filterWhere((eb) => eb.and([attended(eb), eb('b.outcome', 'is', null)]))
          .as('outcome_open'),
        ...(['online', 'api', 'volunteer', 'staff'] as const).map((source) =>
          count()
            .filterWhere((eb) => eb.and([active(eb), eb('b.source', '=', source)]))
            .as(`source_${source}`),
        ),
        count()
          .filterWhere((eb) => eb.and([active(eb), eb('b.interpreter', '=', true)]))
          .as('interpreter_yes'),
        count()
          .filterWhere((eb) => eb.and([active(eb), eb('b.interpreter', '=', false)]))
          .as('interpreter_no'),
        count().filterWhere(leadBetween(null, 1)).as('lead_under_1'),
        count().filterWhere(leadBetween(1, 4)).as('lead_1_to_3'),
        count().filterWhere(leadBetween(4, 8)).as('lead_4_to_7'),
        count().filterWhere(leadBetween(8, 15)).as('lead_8_to_14'),
        count().filterWhere(leadBetween(15, null)).as('lead_over_14'),
        count()
          .filterWhere((eb) => eb.and([attended(eb), eb('b.walk_in', '=', true)]))
          .as('arrival_walk_in'),
        count()
          .filterWhere((eb) =>
            eb.and([attended(eb), eb('b.walk_in', '=', false), eb('b.arrived_at', 'is not', null)]),
          )
          .as('arrival_desk'),
        count()
          .filterWhere((eb) => eb.and([attended(eb), eb('b.arrived_at', 'is', null)]))
          .as('arrival_agenda'),
      ]
    })
    .groupBy(['b.location_id', 'month'])
    .execute()
  return rows.map((row) => ({
    locationId: row.location_id,
    month: row.month,
    made: Number(row.made),
    cancelledByClient: Number(row.cancelled_by_client),
    cancelledByStaff: Number(row.cancelled_by_staff),
    active: Number(row.active),
    attended: Number(row.attended),
    noShow: Number(row.no_show),
    attendanceOpen: Number(row.attendance_open),
    outcomeOrienting: Number(row.outcome_orienting),
    outcomeReturn: Number(row.outcome_return),
    outcomeReferred: Number(row.outcome_referred),
    outcomeOther: Number(row.outcome_other),
    outcomeOpen: Number(row.outcome_open),
    sourceOnline: Number(row.source_online),
    sourceApi: Number(row.source_api),
    sourceVolunteer: Number(row.source_volunteer),
    sourceStaff: Number(row.source_staff),
    interpreterYes: Number(row.interpreter_yes),
    interpreterNo: Number(row.interpreter_no),
    leadUnder1: Number(row.lead_under_1),
    lead1to3: Number(row.lead_1_to_3),
    lead4to7: Number(row.lead_4_to_7),
    lead8to14: Number(row.lead_8_to_14),
    leadOver14: Number(row.lead_over_14),
    arrivalWalkIn: Number(row.arrival_walk_in),
    arrivalDesk: Number(row.arrival_desk),
    arrivalAgenda: Number(row.arrival_agenda),
  }))
}

/**
 * Not-cancelled bookings per support point and value of `column` (the client's language
 * or the topic), in one grouped query.
 *
 * @example const rows = await countsBy(db, 'language', ids, period) // [{ locationId, value: 'ti', count: 7 }]
 */
export async function countsBy(
  db: Db,
  column: 'language' | 'topic',
  locationIds: string[],
  period: Period,
): Promise<Array<{ locationId: string; value: string; count: number }>> {
  if (locationIds.length === 0) return []
  const rows = await inPeriod(db, locationIds, period)
    .select((eb) => ['b.location_id', `b.${column} as value`, eb.fn.countAll<number>().as('count')])
    .where('b.status', '=', 'active')
    .groupBy(['b.location_id', `b.${column}`])
    .execute()
  return rows.map((row) => ({
    locationId: row.location_id,
    value: String(row.value),
    count: Number(row.count),
  }))
}

const localDate = sql<string>`(b.starts_at at time zone l.timezone)::date`
const localMonth = sql<string>`to_char(b.starts_at at time zone l.timezone, 'YYYY-MM')`

/** Waiting times at the desk in one month: how many, and their median and 90th percentile. */
export interface WaitingTimes {
  /** YYYY-MM, or 'total' for the whole period */
  month: string
  count: number
  medianMinutes: number | null
  p90Minutes: number | null
}

/**
 * Minutes from a client's turn (a walk-in's arrival; a booked client's time, or their
 * arrival when late) to being taken in, per month and for the whole period, over every
 * point in `locationIds`. Computed in the database (percentile_cont), never per person.
 *
 * @example const waits = await waitingTimes(db, ids, { from: '2026-01-01', to: '2026-12-31' })
 */
export async function waitingTimes(
  db: Db,
  locationIds: string[],
  period: Period,
): Promise<WaitingTimes[]> {
  if (locationIds.length === 0) return []
  const wait = sql<number>`greatest(0, extract(epoch from (b.called_at - case when b.walk_in
    then b.arrived_at else greatest(b.arrived_at, b.starts_at) end)) / 60)`
  const rows = await inPeriod(db, locationIds, period)
    .where('b.status', '=', 'active')
    .where('b.arrived_at', 'is not', null)
    .where('b.called_at', 'is not', null)
    .select([
      sql<string>`coalesce(${localMonth}, 'total')`.as('month'),
      sql<string>`count(*)`.as('n'),
      sql<number | null>`percentile_cont(0.5) within group (order by ${wait})`.as('median'),
      sql<number | null>`percentile_cont(0.9) within group (order by ${wait})`.as('p90'),
    ])
    .groupBy(sql`rollup(${localMonth})`)
    .execute()
  return rows.map((row) => ({
    month: row.month,
    count: Number(row.n),
    medianMinutes: row.median === null ? null : Math.round(Number(row.median)),
    p90Minutes: row.p90 === null ? null : Math.round(Number(row.p90)),
  }))
}

/**
 * Bookings of the points whose appointment falls on a local date in the period. The
 * plain range on starts_at (`roughBounds`) lets the index do the work; the local date
 * then decides.
 */
function inPeriod(db: Db, locationIds: string[], period: Period) {
  const bounds = roughBounds(period)
  return db
    .selectFrom('bookings as b')
    .innerJoin('locations as l', 'l.id', 'b.location_id')
    .where('b.location_id', 'in', locationIds)
    .where('b.starts_at', '>=', bounds.from)
    .where('b.starts_at', '<', bounds.until)
    .where(localDate, '>=', sql<string>`${period.from}::date`)
    .where(localDate, '<=', sql<string>`${period.to}::date`)
}
