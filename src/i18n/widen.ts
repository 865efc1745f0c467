/**
 * The shape a translated catalog must have: the keys of the Dutch source, with any
 * wording. `as const` Dutch strings become `string`, message functions keep their
 * parameters.
 */
export type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> }
