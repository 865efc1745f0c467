import type { BookingRow } from '../../src/db/schema.js'
import type { AgendaMessages } from '../../src/i18n/staff/agenda.js'
import { LANGUAGE_ENDONYMS } from '../../src/i18n/languages.js'

/** The client's language in its own script; 'other' and unknown codes in the staff's words. */
export function languageLabel(code: string, t: AgendaMessages): string {
  return (LANGUAGE_ENDONYMS as Record<string, string | undefined>)[code] ?? t.languageOther
}

export function topicLabel(topic: string, t: AgendaMessages): string {
  return (t.topics as Record<string, string | undefined>)[topic] ?? topic
}

export function attendanceLabel(booking: BookingRow, t: AgendaMessages): string {
  return t.attendances[booking.attendance ?? 'unknown']
}
