import { describe, expect, test } from 'vitest'
import { readAuditDetail } from '../../src/domain/audit.js'
import { auditSentence } from '../../src/i18n/staff/audit-sentence.js'

/**
 * The details every use case writes today, as it writes them (see the `audit(` calls in
 * src/services and src/routes): each must be read back, none may fall through to `raw`,
 * or the log would show English text in the Dutch interface.
 */
const WRITTEN: Array<[action: string, detail: string, kind: string]> = [
  ['agenda.view', '2026-12-01', 'day'],
  ['agenda.view', '2026-12-01..2026-12-07', 'period'],
  ['desk.view', '2026-11-30', 'day'],
  ['bookings.export', '2026-12-01..2026-12-31', 'period'],
  ['audit.export', '2026-12-01..', 'period'],
  ['booking.attendance', 'no_show', 'attendance'],
  ['booking.outcome', 'referred', 'outcome'],
  ['desk.finish', 'return', 'outcome'],
  ['booking.create', 'walk-in', 'on-behalf'],
  ['booking.create', 'booked for a client (volunteer)', 'on-behalf'],
  ['booking.cancel', 'cancelled for the client', 'on-behalf'],
  ['staff.invite', 'invite volunteer vera@example.org', 'person'],
  ['staff.resend', 'resend vera@example.org', 'person'],
  ['staff.assign', 'assign vera@example.org', 'person'],
  ['staff.unassign', 'unassign vera@example.org', 'person'],
  ['staff.deactivate', 'deactivate vera@example.org', 'person'],
  ['staff.reactivate', 'reactivate vera@example.org', 'person'],
  ['staff.assign-region', 'assign vera@example.org to region utrecht', 'person'],
  ['staff.unassign-region', 'unassign vera@example.org from region utrecht', 'person'],
  ['staff.role', 'role vera@example.org volunteer->coordinator region utrecht', 'person'],
  ['staff.role', 'role vera@example.org coordinator->counselor', 'person'],
  ['staff.two-factor-reset', '0b7f2c1e-3f4a-4c1b-9d2e-5a6b7c8d9e0f', 'person-id'],
  ['region.create', 'create zeeland "Zeeland"', 'region'],
  ['region.update', 'update zeeland: slug zeeland->zld, name "Zeeland Zuid"', 'region-update'],
  ['region.update', 'update zeeland: no change', 'region-update'],
  ['location.create', 'create goes', 'point'],
  ['location.rename', 'rename goes: Goes (Goes) -> Steunpunt Goes (Goes)', 'point-rename'],
  ['location.move', 'move goes from zeeland to brabant', 'point-move'],
  ['location.deactivate', 'deactivate goes; cancelled 2', 'point'],
  ['location.reactivate', 'reactivate goes', 'point'],
  ['location.update', 'details slot=30 notice=120 horizon=42 seats=1', 'schedule'],
  ['hours.change', 'add hours 2 13:00-15:00 x2 ..', 'schedule'],
  ['hours.change', 'change hours 7f3 13:00:00-16:00:00 x3; cancel 2', 'schedule'],
  ['hours.change', 'change hours 7f3 13:00-16:00 x3 2027-01-05..2027-01-19', 'schedule'],
  ['hours.change', 'end hours 7f3 until 2027-01-31', 'schedule'],
  ['hours.change', 'end hours 7f3 until 2027-01-31; move 3', 'schedule'],
  ['session.change', 'duty extra 7f3 x2', 'schedule'],
  ['closure.change', 'add closure 2026-12-25..2026-12-26', 'schedule'],
  ['closure.change', 'remove closure 7f3', 'schedule'],
  ['session.change', 'add session 2026-12-19 10:00-12:00 x1', 'schedule'],
  ['session.change', 'remove session 7f3', 'schedule'],
  ['location.update', 'directions ar en', 'schedule'],
  ['location.update', 'directions', 'schedule'],
]

describe('the detail of an audit row, read back', () => {
  for (const [action, detail, kind] of WRITTEN) {
    test(`${action}: ${detail}`, () => {
      expect(readAuditDetail(action, detail).kind).toBe(kind)
    })
  }

  test('no detail, and a form nobody writes, are told apart', () => {
    expect(readAuditDetail('booking.view', null)).toEqual({ kind: 'none' })
    expect(readAuditDetail('staff.invite', 'something else')).toEqual({
      kind: 'raw',
      text: 'something else',
    })
    expect(readAuditDetail('booking.attendance', 'maybe')).toEqual({ kind: 'raw', text: 'maybe' })
  })
})

describe('an audit entry as a sentence', () => {
  const entry = {
    staffName: 'Anna',
    reference: 'JR2NWH2D',
    location: 'Steunpunt Utrecht',
    person: null,
  }

  test('names the booking with its spaced code, in Dutch and in English', () => {
    const view = { ...entry, action: 'booking.view', detail: readAuditDetail('booking.view', null) }
    expect(auditSentence(view, 'nl')).toBe('Anna bekeek afspraak JR2N WH2D bij Steunpunt Utrecht')
    expect(auditSentence(view, 'en')).toBe('Anna viewed booking JR2N WH2D at Steunpunt Utrecht')
  })

  test('a role change with its old and new role in the reader’s words', () => {
    const change = {
      ...entry,
      location: null,
      person: 'Vera (vera@example.org)',
      action: 'staff.role',
      detail: readAuditDetail(
        'staff.role',
        'role vera@example.org volunteer->coordinator region utrecht',
      ),
    }
    expect(auditSentence(change, 'nl')).toBe(
      'Anna veranderde de rol van Vera (vera@example.org) van vrijwilliger in regiocoördinator (regio utrecht)',
    )
  })

  test('directions saved in other languages, with the languages, or taken away', () => {
    const saved = {
      ...entry,
      action: 'location.update',
      detail: readAuditDetail('location.update', 'directions ar en'),
    }
    expect(auditSentence(saved, 'en')).toContain('saved the directions in other languages (ar, en)')
    const none = { ...saved, detail: readAuditDetail('location.update', 'directions') }
    expect(auditSentence(none, 'nl')).toContain('de routebeschrijving in andere talen weggehaald')
  })

  test('a detail in a form the log does not know is shown as stored, marked as such', () => {
    const odd = {
      ...entry,
      action: 'booking.cancel',
      detail: readAuditDetail('booking.cancel', 'by hand'),
    }
    expect(auditSentence(odd, 'nl')).toBe(
      'Anna annuleerde afspraak JR2N WH2D (opgeslagen als: by hand)',
    )
  })
})
