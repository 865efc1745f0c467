import { describe, expect, test } from 'vitest'
import { GIVE_UP_AFTER_MS, nextAttemptAt, retryDelayMs } from '../../src/domain/backoff.js'

describe('retrying a failed delivery', () => {
  test('the first retry comes within a minute, then the delay doubles up to two hours', () => {
    expect(retryDelayMs(1, 0.5)).toBe(30_000)
    expect(retryDelayMs(1, 0.999)).toBeLessThan(60_000)
    expect(retryDelayMs(2, 0.5)).toBe(60_000)
    expect(retryDelayMs(5, 0.5)).toBe(480_000)
    expect(retryDelayMs(30, 0.5)).toBe(2 * 3600 * 1000)
  })

  test('jitter spreads retries by ±20%', () => {
    expect(retryDelayMs(3, 0)).toBe(96_000)
    expect(retryDelayMs(3, 0.9999)).toBeCloseTo(144_000, -2)
  })

  test('gives up once the next try would fall more than 24 hours after the message was made', () => {
    const createdAt = new Date('2026-12-01T10:00:00Z')
    const early = nextAttemptAt({ createdAt, attempts: 1, now: createdAt, random: 0.5 })
    expect(early?.toISOString()).toBe('2026-12-01T10:00:30.000Z')
    const late = new Date(createdAt.getTime() + GIVE_UP_AFTER_MS - 60_000)
    expect(nextAttemptAt({ createdAt, attempts: 20, now: late, random: 0.5 })).toBeNull()
  })

  test('a day of retries is about twenty attempts, not hundreds', () => {
    const createdAt = new Date('2026-12-01T00:00:00Z')
    let now = createdAt
    let attempts = 0
    for (;;) {
      attempts += 1
      const next = nextAttemptAt({ createdAt, attempts, now, random: 0.5 })
      if (!next) break
      now = next
    }
    expect(attempts).toBeGreaterThan(12)
    expect(attempts).toBeLessThan(25)
  })
})
