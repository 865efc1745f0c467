import { isOneOf } from './one-of.js'
import { isUuid } from './uuid.js'

/** Everything the audit log records, as stored in `audit_log.action`. */
export const AUDIT_ACTIONS = [
  'agenda.view',
  'booking.view',
  'booking.card-link',
  'booking.attendance',
  'booking.outcome',
  'desk.view',
  'desk.walk-in',
  'desk.check-in',
  'desk.no-show',
  'desk.call',
  'desk.finish',
  'booking.cancel',
  'booking.move',
  'booking.create',
  'bookings.export',
  'location.update',
  'hours.change',
  'closure.change',
  'session.change',
  'message.resend',
  'staff.invite',
  'staff.resend',
  'staff.deactivate',
  'staff.reactivate',
  'staff.assign',
  'staff.unassign',
  'staff.assign-region',
  'staff.unassign-region',
  'staff.role',
  'staff.two-factor-on',
  'staff.two-factor-reset',
  'staff.passkey-add',
  'staff.passkey-remove',
  'region.create',
  'region.update',
  'location.create',
  'location.move',
  'location.rename',
  'location.deactivate',
  'location.reactivate',
  'audit.export',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export function isAuditAction(value: string): value is AuditAction {
  return isOneOf(AUDIT_ACTIONS, value)
}

/** What a schedule change did, as `services/schedule.ts` describes it. */
export type ScheduleWords =
  | { kind: 'details'; slot: number; notice: number; horizon: number; seats: number }
  | {
      kind: 'hours.add'
      weekday: number
      start: string
      end: string
      counselors: number
      from: string | null
      until: string | null
    }
  | {
      kind: 'hours.update'
      start: string
      end: string
      counselors: number
      from: string | null
      until: string | null
    }
  | { kind: 'hours.end'; until: string }
  | { kind: 'duty'; count: number }
  | { kind: 'closure.add'; from: string; to: string }
  | { kind: 'closure.remove' }
  | { kind: 'session.add'; date: string; start: string; end: string; counselors: number }
  | { kind: 'session.remove' }
  /** Directions in other languages saved; the languages that now have them. */
  | { kind: 'directions'; languages: string[] }

/**
 * The `detail` of an audit row read back into what it says. The column is short free
 * text written by each use case; this is the one place that knows those shapes, so the
 * log can be read in words in any language. A shape it does not know (rows from before
 * a use case wrote this form) comes back as `raw`.
 */
export type AuditDetail =
  | { kind: 'none' }
  | { kind: 'day'; date: string }
  /** Either end may be open (an export of everything since a day). */
  | { kind: 'period'; from: string | null; to: string | null }
  | { kind: 'attendance'; value: 'attended' | 'no_show' }
  | { kind: 'outcome'; value: 'orienting' | 'return' | 'referred' | 'other' }
  /** A booking made, moved or cancelled at the desk (walk-in) or on behalf of the client. */
  | { kind: 'on-behalf'; where: 'desk' | 'client' }
  | {
      kind: 'person'
      email: string
      role: string | null
      previousRole: string | null
      region: string | null
    }
  | { kind: 'person-id'; staffId: string }
  /** The name its owner gave a passkey: 'passkey "Telefoon"'. */
  | { kind: 'passkey'; name: string }
  | { kind: 'region'; slug: string; name: string | null }
  | {
      kind: 'region-update'
      slug: string
      newSlug: string | null
      newName: string | null
      leaderChanged: boolean
    }
  | { kind: 'point'; slug: string; cancelled: number | null }
  | { kind: 'point-rename'; name: string; municipality: string }
  | { kind: 'point-move'; fromRegion: string; toRegion: string }
  | {
      kind: 'schedule'
      change: ScheduleWords
      choice: 'keep' | 'cancel' | 'move' | null
      count: number
    }
  | { kind: 'raw'; text: string }

const DATE = '\\d{4}-\\d{2}-\\d{2}'
const TIME = '\\d{2}:\\d{2}(?::\\d{2})?'
const ROLE = '(admin|coordinator|counselor|volunteer)'
const OUTCOMES = ['orienting', 'return', 'referred', 'other'] as const

/** A whole-string match of `pattern`, or null. */
function match(pattern: string, text: string): RegExpExecArray | null {
  return new RegExp(`^${pattern}$`, 's').exec(text)
}

function readSchedule(text: string): AuditDetail | null {
  const [what = '', choiceText] = text.split('; ')
  const choice = choiceText ? /^(keep|cancel|move) (\d+)$/.exec(choiceText) : null
  if (choiceText && !choice) return null
  const change = readScheduleChange(what)
  if (!change) return null
  return {
    kind: 'schedule',
    change,
    choice: (choice?.[1] as 'keep' | 'cancel' | 'move' | undefined) ?? null,
    count: Number(choice?.[2] ?? 0),
  }
}

function readScheduleChange(text: string): ScheduleWords | null {
  let m = match('details slot=(\\d+) notice=(\\d+) horizon=(\\d+) seats=(\\d+)', text)
  if (m) {
    const [slot, notice, horizon, seats] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ]
    return { kind: 'details', slot, notice, horizon, seats }
  }
  m = match(`add hours ([1-7]) (${TIME})-(${TIME}) x(\\d+) (${DATE})?\\.\\.(${DATE})?`, text)
  if (m) {
    return {
      kind: 'hours.add',
      weekday: Number(m[1]),
      start: m[2]!.slice(0, 5),
      end: m[3]!.slice(0, 5),
      counselors: Number(m[4]),
      from: m[5] ?? null,
      until: m[6] ?? null,
    }
  }
  // Since issue 19 a change may hold from a date on, until another: ' 2027-01-05..'.
  m = match(`change hours \\S+ (${TIME})-(${TIME}) x(\\d+)(?: (${DATE})?\\.\\.(${DATE})?)?`, text)
  if (m) {
    return {
      kind: 'hours.update',
      start: m[1]!.slice(0, 5),
      end: m[2]!.slice(0, 5),
      counselors: Number(m[3]),
      from: m[4] ?? null,
      until: m[5] ?? null,
    }
  }
  m = match('duty (?:hours|extra) \\S+ x(\\d+)', text)
  if (m) return { kind: 'duty', count: Number(m[1]) }
  m = match(`end hours \\S+ until (${DATE})`, text)
  if (m) return { kind: 'hours.end', until: m[1]! }
  m = match(`add closure (${DATE})\\.\\.(${DATE})`, text)
  if (m) return { kind: 'closure.add', from: m[1]!, to: m[2]! }
  if (match('remove closure \\S+', text)) return { kind: 'closure.remove' }
  m = match(`add session (${DATE}) (${TIME})-(${TIME}) x(\\d+)`, text)
  if (m) {
    return {
      kind: 'session.add',
      date: m[1]!,
      start: m[2]!.slice(0, 5),
      end: m[3]!.slice(0, 5),
      counselors: Number(m[4]),
    }
  }
  if (match('remove session \\S+', text)) return { kind: 'session.remove' }
  m = match('directions((?: [a-z]{2,3})*)', text)
  if (m) return { kind: 'directions', languages: m[1]!.split(' ').filter(Boolean) }
  return null
}

function readPerson(action: AuditAction, text: string): AuditDetail | null {
  const person = (email: string, extra: Partial<Extract<AuditDetail, { kind: 'person' }>> = {}) =>
    ({ kind: 'person', email, role: null, previousRole: null, region: null, ...extra }) as const
  let m: RegExpExecArray | null
  switch (action) {
    case 'staff.invite':
      m = match(`invite ${ROLE} (\\S+)`, text)
      return m ? person(m[2]!, { role: m[1]! }) : null
    case 'staff.resend':
    case 'staff.assign':
    case 'staff.unassign':
    case 'staff.deactivate':
    case 'staff.reactivate':
      // The verb is the action's own name: 'deactivate jan@example.org'.
      m = match(`${action.slice('staff.'.length)} (\\S+)`, text)
      return m ? person(m[1]!) : null
    case 'staff.assign-region':
      m = match('assign (\\S+) to region (\\S+)', text)
      return m ? person(m[1]!, { region: m[2]! }) : null
    case 'staff.unassign-region':
      m = match('unassign (\\S+) from region (\\S+)', text)
      return m ? person(m[1]!, { region: m[2]! }) : null
    case 'staff.role':
      m = match(`role (\\S+) ${ROLE}->${ROLE}(?: region (\\S+))?`, text)
      return m ? person(m[1]!, { previousRole: m[2]!, role: m[3]!, region: m[4] ?? null }) : null
    case 'staff.two-factor-reset':
      return isUuid(text) ? { kind: 'person-id', staffId: text } : null
    case 'staff.passkey-add':
    case 'staff.passkey-remove':
      m = match('passkey "(.*)"', text)
      return m ? { kind: 'passkey', name: m[1]! } : null
    default:
      return null
  }
}

function readRegionOrPoint(action: AuditAction, text: string): AuditDetail | null {
  let m: RegExpExecArray | null
  switch (action) {
    case 'region.create':
      m = match('create (\\S+) "(.*)"', text)
      return m ? { kind: 'region', slug: m[1]!, name: m[2]! } : null
    case 'region.update': {
      m = match('update (\\S+): (.*)', text)
      if (!m) return null
      const changes = m[2]!
      return {
        kind: 'region-update',
        slug: m[1]!,
        newSlug: /slug \S+->(\S+?)(?:,|$)/.exec(changes)?.[1] ?? null,
        newName: /name "(.*?)"(?:, leader |$)/.exec(changes)?.[1] ?? null,
        leaderChanged: /(?:^|, )leader /.test(changes),
      }
    }
    case 'location.create':
    case 'location.reactivate':
      m = match(`${action === 'location.create' ? 'create' : 'reactivate'} (\\S+)`, text)
      return m ? { kind: 'point', slug: m[1]!, cancelled: null } : null
    case 'location.deactivate':
      m = match('deactivate (\\S+); cancelled (\\d+)', text)
      return m ? { kind: 'point', slug: m[1]!, cancelled: Number(m[2]) } : null
    case 'location.rename':
      m = match('rename \\S+: .* -> (.*) \\((.*)\\)', text)
      return m ? { kind: 'point-rename', name: m[1]!, municipality: m[2]! } : null
    case 'location.move':
      m = match('move \\S+ from (\\S+) to (\\S+)', text)
      return m ? { kind: 'point-move', fromRegion: m[1]!, toRegion: m[2]! } : null
    default:
      return null
  }
}

/**
 * What an audit row's `detail` says, for the log's sentences.
 *
 * @example readAuditDetail('staff.invite', 'invite volunteer jan@example.org') // { kind: 'person', email: 'jan@example.org', role: 'volunteer', … }
 * @example readAuditDetail('agenda.view', '2026-12-01..2026-12-07') // { kind: 'period', from: '2026-12-01', to: '2026-12-07' }
 */
export function readAuditDetail(action: string, detail: string | null): AuditDetail {
  if (detail === null || detail === '') return { kind: 'none' }
  const text = detail
  const found = ((): AuditDetail | null => {
    if (!isAuditAction(action)) return null
    switch (action) {
      case 'agenda.view':
      case 'desk.view':
      case 'bookings.export':
      case 'audit.export': {
        if (match(DATE, text)) return { kind: 'day', date: text }
        const m = match(`(${DATE})?\\.\\.(${DATE})?`, text)
        return m && (m[1] || m[2]) ? { kind: 'period', from: m[1] ?? null, to: m[2] ?? null } : null
      }
      case 'booking.attendance':
        return text === 'attended' || text === 'no_show'
          ? { kind: 'attendance', value: text }
          : null
      case 'booking.outcome':
      case 'desk.finish':
        return (OUTCOMES as readonly string[]).includes(text)
          ? { kind: 'outcome', value: text as (typeof OUTCOMES)[number] }
          : null
      case 'booking.create':
      case 'booking.move':
      case 'booking.cancel':
        if (text === 'walk-in') return { kind: 'on-behalf', where: 'desk' }
        return /for (a|the) client/.test(text) ? { kind: 'on-behalf', where: 'client' } : null
      case 'location.update':
      case 'hours.change':
      case 'closure.change':
      case 'session.change':
        return readSchedule(text)
      default:
        return readPerson(action, text) ?? readRegionOrPoint(action, text)
    }
  })()
  return found ?? { kind: 'raw', text }
}
