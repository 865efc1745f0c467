import { describe, expect, it } from 'vitest'
import {
  ENDS_WITH_OFFSET,
  ISO_DATE,
  ISO_DATE_TIME_START,
  ISO_INSTANT,
  LINE_BREAK,
  MULTI_LINE_FORBIDDEN,
  SINGLE_LINE_FORBIDDEN,
  STAFF_TEXT_FORBIDDEN,
  isSlug,
} from '../../src/domain/text-rules.js'

// The three control-character rules differ only in what they let through: nothing, tabs and
// line breaks (a client's note), line breaks without tabs (what staff type).
describe('text rules', () => {
  const cases: [string, string, boolean, boolean, boolean][] = [
    // name, text, single-line refuses, multi-line refuses, staff text refuses
    ['plain', 'Havenweg 3', false, false, false],
    ['tab', 'a\tb', true, false, true],
    ['line feed', 'a\nb', true, false, false],
    ['carriage return', 'a\r\nb', true, false, false],
    ['NUL', 'a\u0000b', true, true, true],
    ['vertical tab', 'a\u000Bb', true, true, true],
    ['DEL', 'a\u007Fb', true, true, true],
    ['C1 control', 'a\u0085b', true, true, true],
    ['right-to-left override', 'a\u202Eb', true, true, true],
    ['isolate', 'a\u2066b', true, true, true],
    ['Arabic', 'مرحبا', false, false, false],
  ]
  for (const [name, text, single, multi, staff] of cases)
    it(`${name}: single-line ${single}, multi-line ${multi}, staff ${staff}`, () => {
      expect(SINGLE_LINE_FORBIDDEN.test(text)).toBe(single)
      expect(MULTI_LINE_FORBIDDEN.test(text)).toBe(multi)
      expect(STAFF_TEXT_FORBIDDEN.test(text)).toBe(staff)
    })

  it('a line break is any of CR, LF and the Unicode separators, not a tab', () => {
    for (const text of ['a\nb', 'a\rb', 'a\u2028b', 'a\u2029b'])
      expect(LINE_BREAK.test(text)).toBe(true)
    expect(LINE_BREAK.test('a\tb')).toBe(false)
  })

  it('slugs are lower-case words joined by single hyphens, at most 60 characters', () => {
    expect(isSlug('steunpunt-utrecht')).toBe(true)
    for (const bad of ['Utrecht', 'a--b', '-a', 'a-', '', 'a b', 'a'.repeat(61), undefined, null])
      expect(isSlug(bad)).toBe(false)
    expect(isSlug('a'.repeat(60))).toBe(true)
  })

  it('dates and instants as forms, paths and the API write them', () => {
    expect(ISO_DATE.test('2026-12-05')).toBe(true)
    expect(ISO_DATE.test('2026-12-5')).toBe(false)
    expect(ISO_INSTANT.test('2026-12-05T13:00:00.123+01:00')).toBe(true)
    expect(ISO_INSTANT.test('2026-12-05T13:00')).toBe(false)
    expect(ISO_DATE_TIME_START.test('+02026-12-05T13:00Z')).toBe(false)
    expect(ENDS_WITH_OFFSET.test('2026-12-05T13:00+0100')).toBe(true)
    expect(ENDS_WITH_OFFSET.test('2026-12-05T13:00')).toBe(false)
  })
})
