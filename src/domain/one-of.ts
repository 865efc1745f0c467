/**
 * Whether `value` is one of the codes of a fixed list (`as const`), narrowing it to them:
 * the one check behind every "is this a reason, an action, … we know" guard.
 *
 * @example isOneOf(['teamDay', 'training'] as const, 'teamDay') // true
 */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}
