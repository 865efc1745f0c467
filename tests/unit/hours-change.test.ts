import { describe, expect, test } from 'vitest'
import { datedHours } from '../../src/domain/hours-change.js'

const tuesday = {
  id: 'h1',
  weekday: 2,
  start: '13:00',
  end: '14:00',
  counselors: 2,
  validFrom: null,
  validUntil: null,
}
const later = { start: '10:00', end: '12:00', counselors: 1 }

describe('a weekly session changed from a date on', () => {
  test('at once: the row itself takes the new times', () => {
    expect(datedHours(tuesday, { ...later, from: null, until: null })).toEqual({
      row: { ...tuesday, ...later },
      added: [],
    })
  })

  test('from a date: the row keeps the weeks before it, the new times start that day', () => {
    const { row, added } = datedHours(tuesday, { ...later, from: '2027-01-05', until: null })
    expect(row).toEqual({ ...tuesday, validUntil: '2027-01-04' })
    expect(added).toEqual([{ weekday: 2, ...later, validFrom: '2027-01-05', validUntil: null }])
  })

  test('from and until: the old times come back the day after, up to the row’s own end', () => {
    const ending = { ...tuesday, validUntil: '2027-03-31' }
    const { row, added } = datedHours(ending, { ...later, from: '2027-01-05', until: '2027-01-19' })
    expect(row.validUntil).toBe('2027-01-04')
    expect(added).toEqual([
      { weekday: 2, ...later, validFrom: '2027-01-05', validUntil: '2027-01-19' },
      {
        weekday: 2,
        start: '13:00',
        end: '14:00',
        counselors: 2,
        validFrom: '2027-01-20',
        validUntil: '2027-03-31',
      },
    ])
  })

  test('from the row’s first day or before it: the row changes in place', () => {
    const starting = { ...tuesday, validFrom: '2027-02-02' }
    const { row, added } = datedHours(starting, { ...later, from: '2027-01-05', until: null })
    expect(row).toEqual({ ...starting, ...later })
    expect(added).toEqual([])
  })
})
