import { auditLogEn } from './audit-log-en.js'
import { auditLogNl, type AuditLogMessages } from './audit-log-nl.js'

export type { AuditLogMessages, AuditWords } from './audit-log-nl.js'

/** The audit log's words, Dutch and English; each language has a file of its own. */
export const auditLogMessages = { nl: auditLogNl, en: auditLogEn }

/**
 * The words for an audit action in the reader's language; an action the catalog does not
 * know (rows written before it was named) shows as stored.
 *
 * @example auditActionLabel(auditLogMessages.nl, 'staff.role') // 'rol gewijzigd'
 */
export function auditActionLabel(t: AuditLogMessages, action: string): string {
  return (t.actionLabels as Record<string, string | undefined>)[action] ?? action
}
