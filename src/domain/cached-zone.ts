import { IANAZone, Zone } from 'luxon'

const QUARTER_HOUR = 15 * 60 * 1000

/**
 * An IANA zone that remembers its UTC offsets per quarter hour. Luxon asks Intl for the
 * offset of every DateTime it makes or shifts, and that dominated slot computation
 * (about 70% of the time). Today's zones change offset only on whole quarter hours of
 * UTC, so one answer per quarter hour is exact for the dates a booking system handles
 * (historical local-mean-time offsets of the 1800s are not such dates).
 * Formatting is unchanged: the zone still presents itself to Intl as the IANA zone.
 */
class CachedIanaZone extends Zone {
  readonly #inner: IANAZone
  readonly #offsets = new Map<number, number>()

  constructor(inner: IANAZone) {
    super()
    this.#inner = inner
  }

  override get type(): string {
    return 'iana'
  }

  override get name(): string {
    return this.#inner.name
  }

  get ianaName(): string {
    return this.#inner.name
  }

  override get isUniversal(): boolean {
    return false
  }

  override get isValid(): boolean {
    return this.#inner.isValid
  }

  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }) {
    return this.#inner.offsetName(ts, options)
  }

  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.#inner.formatOffset(ts, format)
  }

  override offset(ts: number): number {
    const key = Math.floor(ts / QUARTER_HOUR)
    let offset = this.#offsets.get(key)
    if (offset === undefined) {
      offset = this.#inner.offset(ts)
      if (this.#offsets.size > 100_000) this.#offsets.clear()
      this.#offsets.set(key, offset)
    }
    return offset
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name
  }
}

const zones = new Map<string, CachedIanaZone>()

/** The shared caching zone for an IANA name (which the caller has validated). */
export function cachedZone(name: string): Zone {
  let zone = zones.get(name)
  if (!zone) {
    zone = new CachedIanaZone(IANAZone.create(name))
    zones.set(name, zone)
  }
  return zone
}
