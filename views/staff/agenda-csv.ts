import { DateTime } from 'luxon'
import type { BookingRow } from '../../src/db/schema.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { topicLabel } from './agenda-labels.js'

/**
 * Semicolons, because the coordinators open the file in Excel with Dutch regional
 * settings, where the comma is the decimal separator and `;` the list separator: a
 * comma-separated file would open as one column. No `sep=;` line: with it, Excel
 * ignores the BOM and garbles every non-ASCII letter.
 */
export const CSV_SEPARATOR = ';'
const BOM = '\uFEFF'

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, and the tab and carriage
 * return some spreadsheets also strip and evaluate) gets a leading apostrophe; a cell
 * holding the separator, a quote or a line break is quoted, quotes doubled.
 *
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The bookings of a period as CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF
 * line ends. Deliberately without names, contact details, notes or cancel reasons:
 * exports travel by email and sit in download folders long after the retention period
 * has erased the booking's personal data; counting needs none of it.
 *
 * @example const body = bookingsCsv(rows, 'Europe/Amsterdam', agendaMessages.nl)
 */
export function bookingsCsv(rows: BookingRow[], zone: string, t: AgendaMessages): string {
  const lines = [t.csvColumns.map(csvCell).join(CSV_SEPARATOR)]
  for (const booking of rows) {
    const start = DateTime.fromJSDate(booking.starts_at, { zone })
    lines.push(
      [
        start.toISODate()!,
        start.toFormat('HH:mm'),
        booking.reference,
        t.statuses[booking.status],
        booking.language,
        booking.interpreter ? t.yes : t.no,
        topicLabel(booking.topic, t),
        booking.attendance ? t.attendances[booking.attendance] : '',
        booking.outcome ? t.outcomes[booking.outcome] : '',
        t.sources[booking.source],
      ]
        .map(csvCell)
        .join(CSV_SEPARATOR),
    )
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
