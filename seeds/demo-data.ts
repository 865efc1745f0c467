import type { ClosureReasonCode } from '../src/domain/closure-reasons.js'

/**
 * Demo data: real regions and municipalities, invented everything else.
 *
 * Names, street addresses and postal codes are made up. Emails use example.org, which is reserved
 * for documentation. Phone numbers are fictional: the Netherlands has no official range for
 * examples, so every number here is in 06-00000xxx, a mobile block that is not issued to
 * subscribers. Locations use 1xx, admin and project leaders 2xx, counselors 3xx, volunteers 4xx.
 */

export interface DemoPerson {
  name: string
  email: string
  phone: string | null
}

export interface DemoRegion {
  slug: string
  name: string
  projectLeader: DemoPerson
}

export interface DemoHours {
  /** ISO weekday: 1 is Monday, 6 is Saturday. */
  weekday: number
  start: string
  end: string
  counselors: number
  validFrom: string | null
  validUntil: string | null
}

export interface DemoLocation {
  slug: string
  regionSlug: string
  name: string
  municipality: string
  address: string
  postalCode: string
  directions: string
  phone: string
  slotMinutes: number
  walkInSeats: number
  hours: DemoHours[]
  counselors: DemoPerson[]
}

export interface DemoClosure {
  locationSlug: string
  startDate: string
  endDate: string
  /** Picked from the list, so every client reads it in their own language. */
  reasonCode: ClosureReasonCode
}

/** Weekly hours that hold indefinitely, the usual case. */
function weekly(weekday: number, start: string, end: string, counselors: number): DemoHours {
  return { weekday, start, end, counselors, validFrom: null, validUntil: null }
}

export const DEMO_ADMIN: DemoPerson = {
  name: 'Ingrid Bosman',
  email: 'i.bosman@example.org',
  phone: '+31 6 00000 200',
}

export const DEMO_VOLUNTEERS: DemoPerson[] = [
  { name: 'Wilma Jansen', email: 'w.jansen@example.org', phone: '+31 6 00000 401' },
  { name: 'Ibrahim Diallo', email: 'i.diallo@example.org', phone: null },
]

export const DEMO_REGIONS: DemoRegion[] = [
  {
    slug: 'noord-nederland',
    name: 'Noord-Nederland',
    projectLeader: {
      name: 'Jelle Postma',
      email: 'j.postma@example.org',
      phone: '+31 6 00000 201',
    },
  },
  {
    slug: 'oost-nederland',
    name: 'Oost-Nederland',
    projectLeader: {
      name: 'Fatima El Amrani',
      email: 'f.elamrani@example.org',
      phone: '+31 6 00000 202',
    },
  },
  {
    slug: 'midden-nederland',
    name: 'Midden-Nederland',
    projectLeader: {
      name: 'Ruud Verhoeven',
      email: 'r.verhoeven@example.org',
      phone: '+31 6 00000 203',
    },
  },
  {
    slug: 'noord-holland',
    name: 'Noord-Holland',
    projectLeader: {
      name: 'Priya Ramdin',
      email: 'p.ramdin@example.org',
      phone: '+31 6 00000 204',
    },
  },
  {
    slug: 'zuid-holland',
    name: 'Zuid-Holland',
    projectLeader: { name: 'Mehmet Aydın', email: 'm.aydin@example.org', phone: '+31 6 00000 205' },
  },
  {
    slug: 'zeeland-west-brabant',
    name: 'Zeeland en West-Brabant',
    projectLeader: {
      name: 'Anouk de Visser',
      email: 'a.devisser@example.org',
      phone: '+31 6 00000 206',
    },
  },
  {
    slug: 'zuid-nederland',
    name: 'Zuid-Nederland',
    projectLeader: {
      name: 'Luc Janssen',
      email: 'l.janssen@example.org',
      phone: '+31 6 00000 207',
    },
  },
]

/** Works at both Den Haag and Leiden, as counselors in small regions often do. */
const senaitBerhane: DemoPerson = {
  name: 'Senait Berhane',
  email: 's.berhane@example.org',
  phone: '+31 6 00000 331',
}

export const DEMO_LOCATIONS: DemoLocation[] = [
  {
    slug: 'groningen',
    regionSlug: 'noord-nederland',
    name: 'Steunpunt Groningen',
    municipality: 'Groningen',
    address: 'Kalkovenstraat 14',
    postalCode: '9713 KP',
    directions: '10 minuten lopen vanaf station Groningen; bus 3, halte Kalkoven.',
    phone: '+31 6 00000 101',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(2, '09:30', '12:30', 2), weekly(4, '13:00', '16:00', 2)],
    counselors: [
      { name: 'Femke Dijkstra', email: 'f.dijkstra@example.org', phone: '+31 6 00000 301' },
      { name: 'Tesfay Ghebremariam', email: 't.ghebremariam@example.org', phone: null },
      { name: 'Wouter Bakker', email: 'w.bakker@example.org', phone: '+31 6 00000 302' },
    ],
  },
  {
    slug: 'leeuwarden',
    regionSlug: 'noord-nederland',
    name: 'Steunpunt Leeuwarden',
    municipality: 'Leeuwarden',
    address: 'Tjaarda Buorren 7',
    postalCode: '8911 BW',
    directions: '5 minuten lopen vanaf station Leeuwarden, richting het centrum.',
    phone: '+31 6 00000 102',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(3, '10:00', '13:00', 1)],
    counselors: [
      { name: 'Sjoukje de Boer', email: 's.deboer@example.org', phone: '+31 6 00000 303' },
      { name: 'Hamid Rahimi', email: 'h.rahimi@example.org', phone: null },
    ],
  },
  {
    slug: 'assen',
    regionSlug: 'noord-nederland',
    name: 'Steunpunt Assen',
    municipality: 'Assen',
    address: 'Hunzeweide 22',
    postalCode: '9401 GS',
    directions: '15 minuten lopen vanaf station Assen; bus 9, halte Hunzeweide.',
    phone: '+31 6 00000 103',
    slotMinutes: 45,
    walkInSeats: 0,
    hours: [weekly(1, '13:00', '16:00', 1), weekly(4, '09:00', '12:00', 1)],
    counselors: [
      { name: 'Gerrit Mulder', email: 'g.mulder@example.org', phone: '+31 6 00000 304' },
      { name: 'Selam Tesfaye', email: 's.tesfaye@example.org', phone: null },
    ],
  },
  {
    slug: 'zwolle',
    regionSlug: 'oost-nederland',
    name: 'Steunpunt Zwolle',
    municipality: 'Zwolle',
    address: 'Schuttersgilde 31',
    postalCode: '8011 WJ',
    directions: '10 minuten lopen vanaf station Zwolle, achter het stadskantoor.',
    phone: '+31 6 00000 104',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(2, '13:00', '16:30', 2)],
    counselors: [
      { name: 'Lotte Brinkman', email: 'l.brinkman@example.org', phone: '+31 6 00000 305' },
      { name: 'Yusuf Demir', email: 'y.demir@example.org', phone: '+31 6 00000 306' },
    ],
  },
  {
    slug: 'enschede',
    regionSlug: 'oost-nederland',
    name: 'Steunpunt Enschede',
    municipality: 'Enschede',
    address: 'Spoelerijstraat 5',
    postalCode: '7511 HG',
    directions: '8 minuten lopen vanaf station Enschede; bus 1, halte Spoelerij.',
    phone: '+31 6 00000 105',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [
      weekly(1, '09:30', '12:30', 2),
      // The Friday afternoon was funded by the municipality until mid-2027.
      {
        weekday: 5,
        start: '13:00',
        end: '15:00',
        counselors: 1,
        validFrom: null,
        validUntil: '2027-06-30',
      },
    ],
    counselors: [
      { name: 'Ilse Nijhuis', email: 'i.nijhuis@example.org', phone: '+31 6 00000 307' },
      { name: 'Nadia Bouzid', email: 'n.bouzid@example.org', phone: null },
      { name: 'Bram Kamphuis', email: 'b.kamphuis@example.org', phone: '+31 6 00000 308' },
    ],
  },
  {
    slug: 'arnhem',
    regionSlug: 'oost-nederland',
    name: 'Steunpunt Arnhem',
    municipality: 'Arnhem',
    address: 'Rijnkade-Oost 40',
    postalCode: '6811 HC',
    directions: '12 minuten lopen vanaf station Arnhem Centraal, langs de Rijn.',
    phone: '+31 6 00000 106',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(2, '10:00', '13:00', 2), weekly(4, '13:30', '16:30', 1)],
    counselors: [
      { name: 'Esther Hendriks', email: 'e.hendriks@example.org', phone: '+31 6 00000 309' },
      { name: 'Rahel Haile', email: 'r.haile@example.org', phone: null },
    ],
  },
  {
    slug: 'nijmegen',
    regionSlug: 'oost-nederland',
    name: 'Steunpunt Nijmegen',
    municipality: 'Nijmegen',
    address: 'Waalbrugpad 9',
    postalCode: '6511 TN',
    directions: '10 minuten lopen vanaf station Nijmegen; bus 5, halte Keizer Karelplein.',
    phone: '+31 6 00000 107',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(1, '13:00', '16:00', 2), weekly(3, '09:30', '12:30', 2)],
    counselors: [
      { name: 'Tom Peters', email: 't.peters@example.org', phone: '+31 6 00000 310' },
      { name: 'Khadija Ouali', email: 'k.ouali@example.org', phone: '+31 6 00000 311' },
      { name: 'Daan Willems', email: 'd.willems@example.org', phone: null },
    ],
  },
  {
    slug: 'utrecht',
    regionSlug: 'midden-nederland',
    name: 'Steunpunt Utrecht',
    municipality: 'Utrecht',
    address: 'Kruisvaartkade 18',
    postalCode: '3521 BH',
    directions: '7 minuten lopen vanaf Utrecht Centraal, uitgang Jaarbeursplein.',
    phone: '+31 6 00000 108',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [
      weekly(1, '09:30', '12:30', 3),
      weekly(3, '13:00', '16:00', 2),
      weekly(5, '09:30', '12:00', 2),
    ],
    counselors: [
      { name: 'Sophie van Dam', email: 's.vandam@example.org', phone: '+31 6 00000 312' },
      { name: 'Karim Benali', email: 'k.benali@example.org', phone: '+31 6 00000 313' },
      { name: 'Jasmijn Kok', email: 'j.kok@example.org', phone: null },
    ],
  },
  {
    slug: 'amersfoort',
    regionSlug: 'midden-nederland',
    name: 'Steunpunt Amersfoort',
    municipality: 'Amersfoort',
    address: 'Eemhavenpad 3',
    postalCode: '3811 NV',
    directions: '15 minuten lopen vanaf station Amersfoort Centraal; bus 2, halte Eemhaven.',
    phone: '+31 6 00000 109',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [
      weekly(2, '13:00', '16:00', 1),
      // A second afternoon once the new counselor has finished training.
      {
        weekday: 4,
        start: '09:30',
        end: '12:30',
        counselors: 1,
        validFrom: '2027-02-01',
        validUntil: null,
      },
    ],
    counselors: [
      { name: 'Marco de Graaf', email: 'm.degraaf@example.org', phone: '+31 6 00000 314' },
      { name: 'Aylin Çelik', email: 'a.celik@example.org', phone: null },
    ],
  },
  {
    slug: 'amsterdam',
    regionSlug: 'noord-holland',
    name: 'Steunpunt Amsterdam',
    municipality: 'Amsterdam',
    address: 'Zeilmakersgracht 61',
    postalCode: '1013 CW',
    directions: '10 minuten lopen vanaf Amsterdam Centraal; tram 3, halte Zeilmakersgracht.',
    phone: '+31 6 00000 110',
    slotMinutes: 30,
    walkInSeats: 1,
    hours: [
      weekly(1, '09:00', '13:00', 3),
      weekly(3, '13:00', '17:00', 3),
      weekly(6, '10:00', '13:00', 2),
    ],
    counselors: [
      { name: 'Shanti Jagesar', email: 's.jagesar@example.org', phone: '+31 6 00000 315' },
      { name: 'Kevin Wijngaarde', email: 'k.wijngaarde@example.org', phone: '+31 6 00000 316' },
      { name: 'Noor Visser', email: 'n.visser@example.org', phone: null },
    ],
  },
  {
    slug: 'haarlem',
    regionSlug: 'noord-holland',
    name: 'Steunpunt Haarlem',
    municipality: 'Haarlem',
    address: 'Spaarnewerf 12',
    postalCode: '2011 LV',
    directions: '8 minuten lopen vanaf station Haarlem, over de Spaarnebrug.',
    phone: '+31 6 00000 111',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(4, '10:00', '13:00', 2)],
    counselors: [
      { name: 'Eva Smit', email: 'e.smit@example.org', phone: '+31 6 00000 317' },
      { name: 'Youssef Amrani', email: 'y.amrani@example.org', phone: null },
    ],
  },
  {
    slug: 'alkmaar',
    regionSlug: 'noord-holland',
    name: 'Steunpunt Alkmaar',
    municipality: 'Alkmaar',
    address: 'Kaaswaagpad 27',
    postalCode: '1811 KM',
    directions: '10 minuten lopen vanaf station Alkmaar; bus 10, halte Kanaalkade.',
    phone: '+31 6 00000 112',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(2, '13:30', '16:30', 1), weekly(5, '09:30', '12:00', 1)],
    counselors: [
      { name: 'Kees Zwart', email: 'k.zwart@example.org', phone: '+31 6 00000 318' },
      { name: 'Samira Haddou', email: 's.haddou@example.org', phone: null },
    ],
  },
  {
    slug: 'den-haag',
    regionSlug: 'zuid-holland',
    name: 'Steunpunt Den Haag',
    municipality: 'Den Haag',
    address: 'Lindenhofplein 8',
    postalCode: '2512 AS',
    directions: '6 minuten lopen vanaf station Den Haag Centraal; tram 9, halte Lindenhof.',
    phone: '+31 6 00000 113',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(2, '09:30', '12:30', 2), weekly(4, '13:00', '16:30', 2)],
    counselors: [
      { name: 'Merel de Jong', email: 'm.dejong@example.org', phone: '+31 6 00000 319' },
      senaitBerhane,
      { name: 'Orhan Kaya', email: 'o.kaya@example.org', phone: '+31 6 00000 320' },
    ],
  },
  {
    slug: 'rotterdam',
    regionSlug: 'zuid-holland',
    name: 'Steunpunt Rotterdam',
    municipality: 'Rotterdam',
    address: 'Scheepmakersweg 112',
    postalCode: '3011 VR',
    directions: '12 minuten lopen vanaf Rotterdam Centraal; metro tot Beurs, dan 5 minuten lopen.',
    phone: '+31 6 00000 114',
    slotMinutes: 30,
    walkInSeats: 1,
    hours: [
      weekly(1, '13:00', '17:00', 3),
      weekly(3, '09:00', '13:00', 3),
      weekly(6, '10:00', '12:30', 2),
    ],
    counselors: [
      { name: 'Roy Kromodimedjo', email: 'r.kromodimedjo@example.org', phone: '+31 6 00000 321' },
      { name: 'Iris van Leeuwen', email: 'i.vanleeuwen@example.org', phone: '+31 6 00000 322' },
      { name: 'Abdi Warsame', email: 'a.warsame@example.org', phone: null },
    ],
  },
  {
    slug: 'leiden',
    regionSlug: 'zuid-holland',
    name: 'Steunpunt Leiden',
    municipality: 'Leiden',
    address: 'Turfmarktsteeg 4',
    postalCode: '2312 CE',
    directions: '10 minuten lopen vanaf station Leiden Centraal, richting Beestenmarkt.',
    phone: '+31 6 00000 115',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(5, '13:00', '15:30', 1)],
    counselors: [
      { name: 'Hanna Vermeulen', email: 'h.vermeulen@example.org', phone: '+31 6 00000 323' },
      senaitBerhane,
      { name: 'Pieter Koster', email: 'p.koster@example.org', phone: null },
    ],
  },
  {
    slug: 'dordrecht',
    regionSlug: 'zuid-holland',
    name: 'Steunpunt Dordrecht',
    municipality: 'Dordrecht',
    address: 'Merwehoofd 19',
    postalCode: '3311 AK',
    directions: '12 minuten lopen vanaf station Dordrecht; bus 6, halte Merwehoofd.',
    phone: '+31 6 00000 116',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(3, '13:00', '16:00', 1)],
    counselors: [
      { name: 'Ricardo Sedney', email: 'r.sedney@example.org', phone: '+31 6 00000 324' },
      { name: 'Anne Verbeek', email: 'a.verbeek@example.org', phone: null },
    ],
  },
  {
    slug: 'middelburg',
    regionSlug: 'zeeland-west-brabant',
    name: 'Steunpunt Middelburg',
    municipality: 'Middelburg',
    address: 'Abdijhofstraat 11',
    postalCode: '4331 BN',
    directions: '10 minuten lopen vanaf station Middelburg, over de Stationsbrug.',
    phone: '+31 6 00000 117',
    slotMinutes: 45,
    walkInSeats: 0,
    hours: [weekly(2, '10:00', '13:00', 1)],
    counselors: [
      { name: 'Johan Schipper', email: 'j.schipper@example.org', phone: '+31 6 00000 325' },
      { name: 'Leyla Arslan', email: 'l.arslan@example.org', phone: null },
    ],
  },
  {
    slug: 'breda',
    regionSlug: 'zeeland-west-brabant',
    name: 'Steunpunt Breda',
    municipality: 'Breda',
    address: 'Begijnenwal 26',
    postalCode: '4811 CX',
    directions: '8 minuten lopen vanaf station Breda; bus 1, halte Begijnenwal.',
    phone: '+31 6 00000 118',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [weekly(1, '10:00', '13:00', 2), weekly(4, '13:00', '15:00', 1)],
    counselors: [
      { name: 'Maud van den Berg', email: 'm.vandenberg@example.org', phone: '+31 6 00000 326' },
      { name: 'Dawit Kidane', email: 'd.kidane@example.org', phone: null },
    ],
  },
  {
    slug: 'eindhoven',
    regionSlug: 'zuid-nederland',
    name: 'Steunpunt Eindhoven',
    municipality: 'Eindhoven',
    address: 'Lichtwerfstraat 33',
    postalCode: '5611 AZ',
    directions: '10 minuten lopen vanaf station Eindhoven Centraal; bus 401, halte Lichtwerf.',
    phone: '+31 6 00000 119',
    slotMinutes: 30,
    walkInSeats: 0,
    hours: [
      weekly(2, '13:00', '16:00', 2),
      weekly(4, '09:30', '12:30', 2),
      weekly(6, '10:00', '12:00', 1),
    ],
    counselors: [
      { name: 'Joost van Rooij', email: 'j.vanrooij@example.org', phone: '+31 6 00000 327' },
      { name: 'Hatice Öztürk', email: 'h.ozturk@example.org', phone: '+31 6 00000 328' },
      { name: 'Sara Lambrechts', email: 's.lambrechts@example.org', phone: null },
    ],
  },
  {
    slug: 'maastricht',
    regionSlug: 'zuid-nederland',
    name: 'Steunpunt Maastricht',
    municipality: 'Maastricht',
    address: 'Mergelgroeve 15',
    postalCode: '6211 GD',
    directions: '15 minuten lopen vanaf station Maastricht, over de Sint Servaasbrug.',
    phone: '+31 6 00000 120',
    slotMinutes: 45,
    walkInSeats: 0,
    hours: [weekly(3, '10:00', '13:00', 1), weekly(5, '13:00', '16:00', 1)],
    counselors: [
      { name: 'Mieke Houben', email: 'm.houben@example.org', phone: '+31 6 00000 329' },
      { name: 'Ahmad Karimi', email: 'a.karimi@example.org', phone: '+31 6 00000 330' },
    ],
  },
]

/** Closures that are not public holidays; those come from `dutchPublicHolidays`. */
export const DEMO_CLOSURES: DemoClosure[] = [
  {
    locationSlug: 'arnhem',
    startDate: '2027-02-15',
    endDate: '2027-02-19',
    reasonCode: 'buildingClosed',
  },
  {
    locationSlug: 'utrecht',
    startDate: '2027-01-20',
    endDate: '2027-01-20',
    reasonCode: 'teamDay',
  },
  {
    locationSlug: 'rotterdam',
    startDate: '2026-12-28',
    endDate: '2026-12-31',
    reasonCode: 'holidayPeriod',
  },
  {
    locationSlug: 'groningen',
    startDate: '2027-03-09',
    endDate: '2027-03-09',
    reasonCode: 'training',
  },
]
