import type { AuditLogMessages } from '../../src/i18n/staff/audit-log.js'
import { auditActionLabel } from '../../src/i18n/staff/audit-log.js'
import { csvCell, CSV_SEPARATOR } from './agenda-csv.js'

const BOM = '\uFEFF'

/** One exported entry: the page's line with the names and codes it was made from. */
export interface AuditCsvLine {
  at: string
  staffName: string
  staffEmail: string
  action: string
  sentence: string
  reference: string
  location: string
}

/**
 * The audit log as CSV, newest first, in the reader's words: UTF-8 with a BOM, `;`
 * between cells and CRLF line ends, like the agenda export. Every cell goes through
 * `csvCell`: names, emails and stored details are typed by people, and a spreadsheet
 * must not run one as a formula.
 *
 * @example const body = auditCsv(lines, auditLogMessages.nl)
 */
export function auditCsv(lines: AuditCsvLine[], t: AuditLogMessages): string {
  const rows = [
    [...t.csvColumns],
    ...lines.map((line) => [
      line.at,
      line.staffName,
      line.staffEmail,
      auditActionLabel(t, line.action),
      line.sentence,
      line.reference,
      line.location,
    ]),
  ]
  return `${BOM}${rows.map((cells) => cells.map(csvCell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`
}
