import { IANAZone } from 'luxon'
import { describe, expect, test } from 'vitest'
import { cachedZone } from '../../src/domain/cached-zone.js'

describe('the offset-caching zone', () => {
  test.each(['Europe/Amsterdam', 'Asia/Tehran', 'Asia/Kathmandu', 'America/St_Johns'])(
    'gives the same offsets as Luxon for every 7 minutes of 2026 and 2027 in %s',
    (name) => {
      const cached = cachedZone(name)
      const plain = IANAZone.create(name)
      const from = Date.UTC(2026, 0, 1)
      const to = Date.UTC(2028, 0, 1)
      let mismatches = 0
      for (let ts = from; ts < to; ts += 7 * 60 * 1000 + 13_000) {
        if (cached.offset(ts) !== plain.offset(ts)) mismatches += 1
      }
      expect(mismatches).toBe(0)
      expect(cached.name).toBe(name)
      expect(cached.type).toBe('iana')
    },
  )
})
