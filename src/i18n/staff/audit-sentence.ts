import type { AuditDetail, ScheduleWords } from '../../domain/audit.js'
import { isAuditAction } from '../../domain/audit.js'
import { spacedReference } from '../../domain/reference.js'
import { formatIsoDate, weekdayName } from '../format.js'
import { agendaMessages } from './agenda.js'
import { auditActionLabel, auditLogMessages, type AuditWords } from './audit-log.js'
import { peopleMessages } from './people.js'

type StaffLocale = keyof typeof auditLogMessages

/** An audit entry as the sentence needs it (see `AuditEntry` in services/audit-log.ts). */
export interface AuditSentenceInput {
  action: string
  staffName: string | null
  reference: string | null
  location: string | null
  detail: AuditDetail
  person: string | null
}

function scheduleWords(change: ScheduleWords, locale: StaffLocale): string {
  const t = auditLogMessages[locale]
  const date = (iso: string) => formatIsoDate(iso, locale)
  const time = (start: string, end: string) => `${start}–${end}`
  switch (change.kind) {
    case 'details':
      return t.schedule.details(change)
    case 'hours.add':
      return t.schedule.hoursAdd({
        weekday: weekdayName(change.weekday, locale),
        time: time(change.start, change.end),
        counselors: t.counselors(change.counselors),
        from: change.from ? date(change.from) : '',
        until: change.until ? date(change.until) : '',
      })
    case 'hours.update':
      return t.schedule.hoursUpdate({
        time: time(change.start, change.end),
        counselors: t.counselors(change.counselors),
        from: change.from ? date(change.from) : '',
        until: change.until ? date(change.until) : '',
      })
    case 'hours.end':
      return t.schedule.hoursEnd(date(change.until))
    case 'duty':
      return t.schedule.duty(change.count)
    case 'closure.add':
      return t.schedule.closureAdd(date(change.from), date(change.to))
    case 'closure.remove':
      return t.schedule.closureRemove
    case 'session.add':
      return t.schedule.sessionAdd({
        date: date(change.date),
        time: time(change.start, change.end),
        counselors: t.counselors(change.counselors),
      })
    case 'session.remove':
      return t.schedule.sessionRemove
    case 'directions':
      return t.schedule.directions(change.languages.join(', '))
  }
}

function roleName(role: string | null, locale: StaffLocale): string {
  if (!role) return ''
  return (peopleMessages[locale].roleNames as Record<string, string | undefined>)[role] ?? role
}

/** The parts of the sentence that come from the row's detail. */
function detailWords(detail: AuditDetail, locale: StaffLocale): Partial<AuditWords> {
  const t = auditLogMessages[locale]
  const agenda = agendaMessages[locale]
  switch (detail.kind) {
    case 'day':
      return { period: t.onDay(formatIsoDate(detail.date, locale)) }
    case 'period':
      return {
        period: t.period(
          detail.from && formatIsoDate(detail.from, locale),
          detail.to && formatIsoDate(detail.to, locale),
        ),
      }
    case 'attendance':
      return { choice: agenda.attendances[detail.value] }
    case 'outcome':
      return { choice: agenda.outcomes[detail.value] }
    case 'on-behalf':
      return { onBehalf: detail.where }
    case 'person':
      return {
        role: roleName(detail.role, locale),
        previousRole: roleName(detail.previousRole, locale),
        region: detail.region ?? '',
      }
    case 'region':
      return { region: detail.name ?? detail.slug }
    case 'region-update': {
      const changes = [
        detail.newSlug ? t.regionChange.slug(detail.newSlug) : '',
        detail.newName !== null ? t.regionChange.name(detail.newName) : '',
        detail.leaderChanged ? t.regionChange.leader : '',
      ].filter(Boolean)
      return { region: detail.slug, change: changes.join(', ') || t.regionChange.nothing }
    }
    case 'point':
      return { count: detail.cancelled }
    case 'passkey':
      return { change: detail.name }
    case 'point-rename':
      return { change: `${detail.name} (${detail.municipality})` }
    case 'point-move':
      return { previousRegion: detail.fromRegion, region: detail.toRegion }
    case 'schedule':
      return {
        change:
          scheduleWords(detail.change, locale) +
          (detail.choice ? t.schedule[detail.choice](detail.count) : ''),
      }
    case 'person-id':
    case 'none':
    case 'raw':
      return {}
  }
}

/**
 * One audit entry as a sentence in the reader's language: who did what, to which booking,
 * person or place. A detail in a form the log does not know is added as stored, marked.
 *
 * @example auditSentence(entry, 'nl') // 'Anna bekeek afspraak JR2N WH2D bij Utrecht'
 */
export function auditSentence(entry: AuditSentenceInput, locale: StaffLocale): string {
  const t = auditLogMessages[locale]
  const words: AuditWords = {
    who: entry.staffName ?? t.unknownStaff,
    booking: entry.reference ? t.booking(spacedReference(entry.reference)) : t.someBooking,
    // A role change names a support point only when the new role has one.
    point: entry.location ?? (entry.action === 'staff.role' ? '' : t.somePoint),
    person: entry.person ?? t.someone,
    role: '',
    previousRole: '',
    region: '',
    previousRegion: '',
    period: '',
    choice: '',
    change: '',
    count: null,
    onBehalf: null,
    ...detailWords(entry.detail, locale),
  }
  const sentence = isAuditAction(entry.action)
    ? t.sentences[entry.action](words)
    : `${words.who}: ${auditActionLabel(t, entry.action)}`
  return entry.detail.kind === 'raw' ? `${sentence} ${t.storedAs(entry.detail.text)}` : sentence
}
