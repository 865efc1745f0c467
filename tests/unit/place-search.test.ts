import { describe, expect, test } from 'vitest'
import {
  distanceKm,
  findPlace,
  hasPlace,
  placeKey,
  postcodeTowns,
} from '../../src/domain/place-search.js'

describe('finding a Dutch place', () => {
  test.each([
    ['Den Bosch', "'s-Hertogenbosch"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['s-Hertogenbosch', "'s-Hertogenbosch"],
    ['’s Hertogenbosch', "'s-Hertogenbosch"],
    ['hertogenbosch', "'s-Hertogenbosch"],
    ['Den Haag', 'Den Haag'],
    ['Den-Haag', 'Den Haag'],
    ["'s-Gravenhage", 'Den Haag'],
    ['The Hague', 'Den Haag'],
    ['Tilburg', 'Tilburg'],
    ['TILBURG ', 'Tilburg'],
    ['Tilbrug', 'Tilburg'],
    ['Zeist', 'Zeist'],
    ['Almere', 'Almere'],
    ['Krimpen aan den IJssel', 'Krimpen aan den IJssel'],
    ['krimpen-aan-den-ijssel', 'Krimpen aan den IJssel'],
  ])('%s is %s', (query, name) => {
    expect(findPlace(query)).toMatchObject({ name, by: 'name' })
  })

  test.each([
    ['3521', 'Utrecht'],
    ['3521 BH', 'Utrecht'],
    ['3521bh', 'Utrecht'],
    ['5038', 'Tilburg'],
    ['2511', 'Den Haag'],
  ])('postcode %s is placed at %s', (query, name) => {
    expect(findPlace(query)).toMatchObject({ name, by: 'postcode' })
  })

  test.each(['Atlantis', '0123', '35', 'x', '', '12345', 'Utrecht; drop table'])(
    '%s is no place',
    (query) => {
      expect(findPlace(query)).toBeNull()
    },
  )

  test('a name two letters off is not guessed, nor one that fits two places', () => {
    expect(findPlace('Tilbrgu')).toBeNull()
    expect(findPlace('Tlbrug')).toBeNull()
  })

  test('every postcode area names a place of the list', () => {
    expect(postcodeTowns().filter((town) => !hasPlace(town))).toEqual([])
    expect(new Set(postcodeTowns()).size).toBeGreaterThan(80)
  })

  test('keys ignore case, accents, hyphens and the article', () => {
    expect(placeKey("'s-Hertogenbosch")).toBe('hertogenbosch')
    expect(placeKey('Súdwest-Fryslân')).toBe('sudwest fryslan')
    expect(placeKey('  Den--Haag ')).toBe('den haag')
  })

  test('distances are great-circle kilometres', () => {
    const utrecht = findPlace('Utrecht')!
    const amsterdam = findPlace('Amsterdam')!
    expect(distanceKm(utrecht, amsterdam)).toBeGreaterThan(33)
    expect(distanceKm(utrecht, amsterdam)).toBeLessThan(38)
    expect(distanceKm(utrecht, utrecht)).toBe(0)
  })
})

test('names of object properties are no places', () => {
  for (const query of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
    expect(findPlace(query), query).toBeNull()
})
