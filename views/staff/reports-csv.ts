import type { ReportsMessages } from '../../src/i18n/staff/reports.js'
import { csvCell, CSV_SEPARATOR } from './agenda-csv.js'
import { allTables, type ReportView } from './reports-tables.js'

const BOM = '\uFEFF'

/**
 * The report as CSV, table by table as on the page: the caption on a line of its own,
 * the column headers, the rows, an empty line. Cells are the page's own text, so a
 * suppressed number reads "< 5" or "×" here too. UTF-8 with a BOM, `;` between cells and
 * CRLF line ends, like the agenda export; cells that a spreadsheet would run as a
 * formula are defused by `csvCell`.
 *
 * @example const body = reportCsv(view, reportsMessages.nl, ['Periode: …', 'Voor: …'])
 */
export function reportCsv(view: ReportView, t: ReportsMessages, heading: string[]): string {
  const lines: string[][] = [[t.title], ...heading.map((line) => [line]), [t.csvLegend], []]
  for (const table of allTables(view)) {
    lines.push(
      [table.caption],
      table.head,
      ...table.rows.map((row) => [row.label, ...row.cells]),
      [],
    )
  }
  return `${BOM}${lines.map((cells) => cells.map(csvCell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`
}
