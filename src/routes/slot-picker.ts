import type { Context } from 'hono'
import { DateTime } from 'luxon'
import type { DayOption, SlotOption } from '../../views/partials/slot-picker.js'
import type { ViewContext } from '../../views/context.js'
import type { AppEnv } from '../app-env.js'
import type { SupportPoint } from '../db/locations.js'
import { sessionsOn, type Slot } from '../domain/slots.js'
import { ENDS_WITH_OFFSET, ISO_DATE, ISO_DATE_TIME_START } from '../domain/text-rules.js'
import { isWithinProductYears, localDateTime } from '../domain/time.js'
import { formatDate, formatDateAndTimes, formatTimeRange } from '../i18n/format.js'
import { availableDays, windowDates } from '../services/booking.js'

/** 'dinsdag 8 december, 13:00–13:30' in the support point's zone. */
export function describeSlot(
  slot: { start: DateTime | Date; end: DateTime | Date },
  zone: string,
  view: ViewContext,
): string {
  const toZone = (d: DateTime | Date) =>
    DateTime.isDateTime(d) ? d.setZone(zone) : DateTime.fromJSDate(d, { zone })
  const start = toZone(slot.start)
  return formatDateAndTimes(start, toZone(slot.end), view.locale)
}

export function toSlotOption(slot: Slot, view: ViewContext, zone: string): SlotOption {
  const start = slot.start.setZone(zone)
  return {
    start: start.toISO({ suppressMilliseconds: true, suppressSeconds: true })!,
    label: formatTimeRange(start, slot.end.setZone(zone), view.locale),
    remaining: slot.remaining,
  }
}

/** An alternative offered when a slot was taken: day and time, since it may be another day. */
export function toAlternativeOption(slot: Slot, view: ViewContext, zone: string): SlotOption {
  return { ...toSlotOption(slot, view, zone), label: describeSlot(slot, zone, view) }
}

/**
 * Everything the day-and-time picker shows: the days of the booking window that have
 * walk-in hours (closed ones with their reason), and the times of the chosen day.
 * An unknown or out-of-window `?dag=` simply selects nothing.
 */
export async function loadPicker(c: Context<AppEnv>, point: SupportPoint, basePath: string) {
  const { db, clock } = c.get('deps')
  const view = c.get('view')
  const now = clock()
  const days = await availableDays(db, point, { now, ...windowDates(point, now) })
  const wanted = c.req.query('dag')
  const selectedDay =
    wanted && ISO_DATE.test(wanted)
      ? days.find((d) => d.date === wanted && d.status !== 'closed')
      : undefined

  const dayOptions: DayOption[] = days
    .filter(
      (day) =>
        day.status === 'open' ||
        day.status === 'full' ||
        // A closure only matters to the client on a day that would have had hours.
        (day.status === 'closed' &&
          sessionsOn(day.date, { ...point, closures: [] }).sessions.length > 0),
    )
    .map((day) => ({
      date: day.date,
      label: dayLabel(day.date, point.zone, view.locale),
      status: day.status,
      remaining: day.remaining,
      closure: day.closure,
      href: `${basePath}?dag=${day.date}`,
    }))

  return {
    days: dayOptions,
    selected: selectedDay?.date ?? null,
    selectedLabel: selectedDay ? dayLabel(selectedDay.date, point.zone, view.locale) : null,
    slots: (selectedDay?.slots ?? []).map((slot) => toSlotOption(slot, view, point.zone)),
  }
}

const dayLabels = new Map<string, string>()

/**
 * 'dinsdag 8 december' for a local date; a pure function of its arguments, remembered
 * because the picker writes one per day of the booking window on every view (Intl
 * formatting was a tenth of its cost).
 */
function dayLabel(date: string, zone: string, locale: ViewContext['locale']): string {
  const key = `${locale}|${zone}|${date}`
  let label = dayLabels.get(key)
  if (label === undefined) {
    label = formatDate(localDateTime(date, '00:00', zone), locale)
    if (dayLabels.size > 20_000) dayLabels.clear()
    dayLabels.set(key, label)
  }
  return label
}

/** A slot start as it travels in links and forms: an ISO instant with its offset. */
export function parseStart(value: string | undefined): Date | null {
  // A plain four-digit year (not ISO's expanded ±YYYYYY) and an offset: without one the
  // instant would depend on the server's zone.
  if (!value || value.length > 40 || !ISO_DATE_TIME_START.test(value)) return null
  const parsed = DateTime.fromISO(value, { setZone: true })
  if (!parsed.isValid || !ENDS_WITH_OFFSET.test(value)) return null
  return isWithinProductYears(parsed.toJSDate()) ? parsed.toJSDate() : null
}
