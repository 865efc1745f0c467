import { PLACES_NL } from './places-nl.js'

/** A town or village with where it lies. */
export interface Place {
  name: string
  lat: number
  lon: number
}

/**
 * A search key: lower case, no accents, no "'s-" in front, hyphens, dots and apostrophes
 * as spaces. "'s-Hertogenbosch", "s Hertogenbosch" and "Hertogenbosch" are one key, as
 * are "Den-Haag" and "den haag", "Súdwest" and "Sudwest".
 */
export function placeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/^'?s[- ']+(?=\p{L})/u, '')
    .replace(/[-.'/,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Other names people use for a place, to the name in the place list. GeoNames calls The
 * Hague by its English name and knows none of the short forms.
 */
const ALIASES = new Map<string, string>(
  Object.entries({
    'den haag': 'The Hague',
    gravenhage: 'The Hague',
    'the hague': 'The Hague',
    'la haye': 'The Hague',
    'den bosch': "'s-Hertogenbosch",
    bosch: "'s-Hertogenbosch",
    ljouwert: 'Leeuwarden',
    grins: 'Groningen',
    adam: 'Amsterdam',
    mokum: 'Amsterdam',
    rdam: 'Rotterdam',
    almere: 'Almere Stad',
  }),
)

/** How the place list names a place when we show it: Dutch names, not GeoNames' English. */
const SHOWN_AS = new Map([
  ['The Hague', 'Den Haag'],
  ['Almere Stad', 'Almere'],
])

/**
 * A 4-digit postcode is placed at the main town of its 2-digit postcode area. PostNL's
 * full postcode table is not open data; the areas are coarse (10–30 km) but enough to
 * name the two or three nearest support points, and the page says the distance is
 * approximate.
 */
const POSTCODE_AREAS = new Map<string, string>(
  Object.entries({
    '10': 'Amsterdam',
    '11': 'Amstelveen',
    '12': 'Hilversum',
    '13': 'Almere Stad',
    '14': 'Purmerend',
    '15': 'Zaandam',
    '16': 'Hoorn',
    '17': 'Heerhugowaard',
    '18': 'Alkmaar',
    '19': 'Beverwijk',
    '20': 'Haarlem',
    '21': 'Hoofddorp',
    '22': 'Katwijk aan Zee',
    '23': 'Leiden',
    '24': 'Alphen aan den Rijn',
    '25': 'The Hague',
    '26': 'Delft',
    '27': 'Zoetermeer',
    '28': 'Gouda',
    '29': 'Capelle aan den IJssel',
    '30': 'Rotterdam',
    '31': 'Schiedam',
    '32': 'Spijkenisse',
    '33': 'Dordrecht',
    '34': 'Nieuwegein',
    '35': 'Utrecht',
    '36': 'Maarssen',
    '37': 'Zeist',
    '38': 'Amersfoort',
    '39': 'Veenendaal',
    '40': 'Tiel',
    '41': 'Culemborg',
    '42': 'Gorinchem',
    '43': 'Zierikzee',
    '44': 'Goes',
    '45': 'Terneuzen',
    '46': 'Bergen op Zoom',
    '47': 'Roosendaal',
    '48': 'Breda',
    '49': 'Oosterhout',
    '50': 'Tilburg',
    '51': 'Waalwijk',
    '52': "'s-Hertogenbosch",
    '53': 'Oss',
    '54': 'Uden',
    '55': 'Veldhoven',
    '56': 'Eindhoven',
    '57': 'Helmond',
    '58': 'Venray',
    '59': 'Venlo',
    '60': 'Weert',
    '61': 'Sittard',
    '62': 'Maastricht',
    '63': 'Valkenburg',
    '64': 'Heerlen',
    '65': 'Nijmegen',
    '66': 'Wijchen',
    '67': 'Ede',
    '68': 'Arnhem',
    '69': 'Zevenaar',
    '70': 'Doetinchem',
    '71': 'Winterswijk',
    '72': 'Zutphen',
    '73': 'Apeldoorn',
    '74': 'Deventer',
    '75': 'Enschede',
    '76': 'Almelo',
    '77': 'Hardenberg',
    '78': 'Emmen',
    '79': 'Hoogeveen',
    '80': 'Zwolle',
    '81': 'Raalte',
    '82': 'Lelystad',
    '83': 'Emmeloord',
    '84': 'Heerenveen',
    '85': 'Joure',
    '86': 'Sneek',
    '87': 'Bolsward',
    '88': 'Harlingen',
    '89': 'Leeuwarden',
    '90': 'Leeuwarden',
    '91': 'Dokkum',
    '92': 'Drachten',
    '93': 'Leek',
    '94': 'Assen',
    '95': 'Stadskanaal',
    '96': 'Hoogezand',
    '97': 'Groningen',
    '98': 'Groningen',
    '99': 'Delfzijl',
  }),
)

const PLACES: Place[] = PLACES_NL.trim()
  .split('\n')
  .map((line) => {
    const [name, lat, lon] = line.split('|')
    return { name: name!, lat: Number(lat), lon: Number(lon) }
  })

const BY_KEY = new Map<string, Place>()
for (const place of PLACES)
  if (!BY_KEY.has(placeKey(place.name))) BY_KEY.set(placeKey(place.name), place)

function byListName(name: string): Place | undefined {
  return BY_KEY.get(placeKey(name))
}

/** The place as we show it: Den Haag, not The Hague. */
function shown(place: Place): Place {
  const name = SHOWN_AS.get(place.name)
  return name ? { ...place, name } : place
}

export type PlaceMatch = Place & {
  by: 'name' | 'postcode'
  /** False for a name found one letter off: a guess, which part of a word may beat. */
  exact: boolean
}

/**
 * The Dutch place a visitor typed: a town or village name in any common spelling, a
 * known short name, or a postcode (4 digits, letters optional). A name one letter off
 * ("Tilbrug") is found too when only one place is that close. Null when nothing fits.
 *
 * @example findPlace('den bosch')?.name // "'s-Hertogenbosch"
 */
export function findPlace(query: string): PlaceMatch | null {
  const postcode = /^\s*([1-9]\d)\d{2}\s*([a-z]{2})?\s*$/i.exec(query)
  if (postcode) {
    const town = POSTCODE_AREAS.get(postcode[1]!)
    const place = town ? byListName(town) : undefined
    return place ? { ...shown(place), by: 'postcode', exact: true } : null
  }
  const key = placeKey(query)
  if (key.length < 2) return null
  const alias = ALIASES.get(key)
  const exact = BY_KEY.get(key) ?? (alias ? byListName(alias) : undefined)
  if (exact) return { ...shown(exact), by: 'name', exact: true }
  if (key.length < 5) return null
  const close = [...BY_KEY.entries()].filter(([name]) => withinOneEdit(key, name))
  return close.length === 1 ? { ...shown(close[0]![1]), by: 'name', exact: false } : null
}

/** The place list's entry for a support point's municipality, for its distance. */
export function placeOf(municipality: string): Place | null {
  const match = findPlace(municipality)
  return match && match.by === 'name' ? match : null
}

/** Great-circle distance in kilometres (haversine); a road is longer, never shorter. */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** One letter added, dropped, changed or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Every postcode area names a place in the list (checked by the unit tests). */
export const postcodeTowns = (): string[] => [...POSTCODE_AREAS.values()]
export const hasPlace = (name: string): boolean => byListName(name) !== undefined
