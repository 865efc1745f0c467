/**
 * When to try a failed delivery again: exponential from 30 seconds, capped at two hours,
 * with ±20% jitter so a recovering mail server is not hit by every message at once.
 * After 24 hours a message is given up and shown to the coordinators instead.
 */
export const GIVE_UP_AFTER_MS = 24 * 3600 * 1000
const FIRST_DELAY_MS = 30_000
const MAX_DELAY_MS = 2 * 3600 * 1000

/**
 * @param attempts how many deliveries have been tried, this failed one included (≥ 1)
 * @param random a number in [0, 1): injected so the domain stays pure
 * @example retryDelayMs(1, 0.5) // 30000
 */
export function retryDelayMs(attempts: number, random: number): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + 0.4 * random))
}

/**
 * The next attempt's time, or null when the message has been failing for too long.
 *
 * @example nextAttemptAt({ createdAt, attempts: 3, now, random: Math.random() })
 */
export function nextAttemptAt(input: {
  createdAt: Date
  attempts: number
  now: Date
  random: number
}): Date | null {
  const next = input.now.getTime() + retryDelayMs(input.attempts, input.random)
  return next - input.createdAt.getTime() > GIVE_UP_AFTER_MS ? null : new Date(next)
}
