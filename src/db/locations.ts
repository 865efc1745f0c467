import { isClosureReason } from '../domain/closure-reasons.js'
import type { TranslatedDirections } from '../domain/point-details.js'
import type { Closure, ExtraSession, SlotRules, WeeklyHours } from '../domain/slots.js'
import type { Db } from './database.js'
import type { ClosureRow, ExtraSessionRow, LocationRow, WalkInHoursRow } from './schema.js'

export interface Contact {
  name: string
  email: string
  phone: string | null
}

export interface RegionSummary {
  id: string
  slug: string
  name: string
}

/** A support point with everything the public pages and the slot computation need. */
export interface SupportPoint {
  id: string
  slug: string
  name: string
  municipality: string
  address: string
  postalCode: string
  directions: string | null
  /** The coordinator's directions in other languages (`directionsFor` picks). */
  directionsIn: TranslatedDirections
  phone: string | null
  zone: string
  rules: SlotRules
  region: RegionSummary
  projectLeader: Contact | null
  hours: WeeklyHours[]
  /** Closures that end today or later. */
  closures: Closure[]
  /** Extra sessions today or later. */
  extraSessions: ExtraSession[]
}

type Filter = {
  slug?: string
  regionSlug?: string
  locationId?: string
  /** Also a point the admin has closed: a client's own past booking there stays readable. */
  includeInactive?: boolean
}

/**
 * Active support points (unless `includeInactive`) with their region, project leader, weekly hours and the
 * closures and extra sessions from `today` on. Four queries, however many points.
 *
 * @example const [point] = await loadSupportPoints(db, { today: '2026-11-29', slug: 'utrecht' })
 */
export async function loadSupportPoints(
  db: Db,
  options: { today: string } & Filter,
): Promise<SupportPoint[]> {
  let query = db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .leftJoin('staff as s', 's.id', 'r.project_leader_id')
    .selectAll('l')
    .select([
      'r.slug as region_slug',
      'r.name as region_name',
      's.name as leader_name',
      's.email as leader_email',
      's.phone as leader_phone',
    ])
    .orderBy('r.name')
    .orderBy('l.name')
  if (!options.includeInactive) query = query.where('l.active', '=', true)
  if (options.slug !== undefined) query = query.where('l.slug', '=', options.slug)
  if (options.locationId !== undefined) query = query.where('l.id', '=', options.locationId)
  if (options.regionSlug !== undefined) query = query.where('r.slug', '=', options.regionSlug)
  const rows = await query.execute()
  if (rows.length === 0) return []

  const ids = rows.map((row) => row.id)
  const [hours, closures, extras] = await Promise.all([
    db
      .selectFrom('walk_in_hours')
      .selectAll()
      .where('location_id', 'in', ids)
      // Hours that ended before today no longer matter to anyone.
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', options.today)]))
      .orderBy('weekday')
      .orderBy('start_time')
      .execute(),
    db
      .selectFrom('closures')
      .selectAll()
      .where('location_id', 'in', ids)
      .where('end_date', '>=', options.today)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('extra_sessions')
      .selectAll()
      .where('location_id', 'in', ids)
      .where('date', '>=', options.today)
      .orderBy('date')
      .orderBy('start_time')
      .execute(),
  ])

  return rows.map((row) => ({
    ...toSupportPointBase(row),
    region: { id: row.region_id, slug: row.region_slug, name: row.region_name },
    projectLeader:
      row.leader_name && row.leader_email
        ? { name: row.leader_name, email: row.leader_email, phone: row.leader_phone }
        : null,
    ...scheduleFromRows(row.id, { hours, closures, extras }),
  }))
}

/**
 * A closure row as the slot computation and the pages read it; a code this version does
 * not know reads as none, so the typed words still show.
 *
 * @example toClosure(row) // { startDate: '2026-12-08', endDate: '2026-12-08', reason: '', reasonCode: 'teamDay' }
 */
export function toClosure(row: ClosureRow): Closure {
  return {
    startDate: row.start_date,
    endDate: row.end_date,
    reason: row.reason,
    reasonCode: isClosureReason(row.reason_code) ? row.reason_code : null,
  }
}

/**
 * A row of walk-in hours as the domain reads it.
 *
 * @example toWeeklyHours(row) // { weekday: 2, start: '13:00', end: '16:00', counselors: 2, validFrom: null, validUntil: null }
 */
export function toWeeklyHours(row: WalkInHoursRow): WeeklyHours {
  return {
    weekday: row.weekday,
    start: row.start_time,
    end: row.end_time,
    counselors: row.counselors,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  }
}

/**
 * One point's weekly hours, closures and extra sessions, picked from the rows of several
 * points and shaped for the slot computation.
 *
 * @example const { hours } = scheduleFromRows(point.id, { hours: rows, closures: [], extras: [] })
 */
export function scheduleFromRows(
  locationId: string,
  rows: { hours: WalkInHoursRow[]; closures: ClosureRow[]; extras: ExtraSessionRow[] },
): { hours: WeeklyHours[]; closures: Closure[]; extraSessions: ExtraSession[] } {
  return {
    hours: rows.hours.filter((h) => h.location_id === locationId).map(toWeeklyHours),
    closures: rows.closures.filter((c) => c.location_id === locationId).map(toClosure),
    extraSessions: rows.extras
      .filter((e) => e.location_id === locationId)
      .map((e) => ({
        date: e.date,
        start: e.start_time,
        end: e.end_time,
        counselors: e.counselors,
      })),
  }
}

/** A point's slot rules from its row. */
export function rulesOf(
  row: Pick<LocationRow, 'slot_minutes' | 'min_notice_minutes' | 'horizon_days' | 'walk_in_seats'>,
): SlotRules {
  return {
    slotMinutes: row.slot_minutes,
    minNoticeMinutes: row.min_notice_minutes,
    horizonDays: row.horizon_days,
    walkInSeats: row.walk_in_seats,
  }
}

/** The stored object as written; anything that is not text is left out. */
function translatedDirections(stored: unknown): TranslatedDirections {
  if (!stored || typeof stored !== 'object') return {}
  return Object.fromEntries(
    Object.entries(stored).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

function toSupportPointBase(row: LocationRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    municipality: row.municipality,
    address: row.address,
    postalCode: row.postal_code,
    directions: row.directions,
    directionsIn: translatedDirections(row.directions_translated),
    phone: row.phone,
    zone: row.timezone,
    rules: rulesOf(row),
  }
}

/** @example const region = await findRegion(db, 'midden-nederland') */
export async function findRegion(db: Db, slug: string) {
  return db
    .selectFrom('regions as r')
    .leftJoin('staff as s', 's.id', 'r.project_leader_id')
    .select([
      'r.id',
      'r.slug',
      'r.name',
      's.name as leader_name',
      's.email as leader_email',
      's.phone as leader_phone',
    ])
    .where('r.slug', '=', slug)
    .executeTakeFirst()
}

/** Every support point with its region's name, by region and name (the admin's list). */
export async function listPointsWithRegion(db: Db) {
  return db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select(['l.slug', 'l.name', 'l.municipality', 'l.active', 'r.name as region'])
    .orderBy('r.name')
    .orderBy('l.name')
    .execute()
}

/** A support point by slug, open or closed, with its region's name. */
export async function findPointWithRegion(db: Db, slug: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select([
      'l.id',
      'l.slug',
      'l.name',
      'l.municipality',
      'l.active',
      'l.timezone',
      'l.region_id',
      'r.name as region',
    ])
    .where('l.slug', '=', slug)
    .executeTakeFirst()
}

/**
 * An active support point by slug: all its columns and its region's name (the page where
 * its hours and details are managed).
 *
 * @example const point = await findActivePoint(db, 'utrecht-centrum')
 */
export async function findActivePoint(db: Db, slug: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .selectAll('l')
    .select('r.name as region_name')
    .where('l.slug', '=', slug)
    .where('l.active', '=', true)
    .executeTakeFirst()
}

/**
 * The active support points among `locationIds` (null: every one), with their region's
 * name, by region and name.
 *
 * @example const points = await activePointsAmong(db, staff.locationIds)
 */
export async function activePointsAmong(db: Db, locationIds: string[] | null) {
  if (locationIds && locationIds.length === 0) return []
  let query = db
    .selectFrom('locations as l')
    .innerJoin('regions as r', 'r.id', 'l.region_id')
    .select(['l.slug', 'l.name', 'l.municipality', 'r.name as region'])
    .where('l.active', '=', true)
    .orderBy('r.name')
    .orderBy('l.name')
  if (locationIds) query = query.where('l.id', 'in', locationIds)
  return query.execute()
}

/**
 * Replaces a point's directions in other languages (a language left out has none).
 *
 * @example await setTranslatedDirections(trx, point.id, { ar: 'من الباب الخلفي' })
 */
export async function setTranslatedDirections(
  db: Db,
  locationId: string,
  directions: TranslatedDirections,
): Promise<void> {
  await db
    .updateTable('locations')
    .set({ directions_translated: JSON.stringify(directions) })
    .where('id', '=', locationId)
    .execute()
}
