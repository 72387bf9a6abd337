import { z } from 'zod';
import type { IsoDate } from './workingDays';

/** Indonesia's three time zones: the body's "today" and every due date are counted in its own. */
export const timeZones = ['WIB', 'WITA', 'WIT'] as const;
export const timeZoneSchema = z.enum(timeZones);
export type TimeZone = z.infer<typeof timeZoneSchema>;

export const zoneOffsetHours: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/**
 * Provinces and the larger kabupaten/kota outside WIB, as they appear in a body's name or address
 * (Permen/Keppres 41/1987 zoning). Everything else in Indonesia is WIB.
 */
const places: Record<Exclude<TimeZone, 'WIB'>, readonly string[]> = {
  WITA: [
    'bali',
    'nusa tenggara',
    'ntb',
    'ntt',
    'kalimantan selatan',
    'kalimantan timur',
    'kalimantan utara',
    'kalsel',
    'kaltim',
    'kaltara',
    'sulawesi',
    'gorontalo',
    'sulsel',
    'sulbar',
    'sulteng',
    'sultra',
    'sulut',
    // kabupaten / kota most often named without their province
    'makassar',
    'bulukumba',
    'pinrang',
    'gowa',
    'maros',
    'bone',
    'parepare',
    'palopo',
    'sidrap',
    'sidenreng',
    'wajo',
    'soppeng',
    'takalar',
    'jeneponto',
    'bantaeng',
    'sinjai',
    'selayar',
    'luwu',
    'toraja',
    'enrekang',
    'barru',
    'pangkajene',
    'mamuju',
    'majene',
    'polewali',
    'manado',
    'bitung',
    'palu',
    'kendari',
    'baubau',
    'denpasar',
    'mataram',
    'bima',
    'kupang',
    'balikpapan',
    'samarinda',
    'bontang',
    'banjarmasin',
    'banjarbaru',
    'tarakan',
  ],
  WIT: ['maluku', 'papua', 'ambon', 'ternate', 'tidore', 'jayapura', 'sorong', 'manokwari', 'merauke', 'timika', 'biak', 'nabire', 'tual'],
};

/**
 * Provinces by zone (Keppres 41/1987), longest first so "kalimantan barat" wins over "kalimantan". A
 * province named in the text decides before any city: "Jl. Balikpapan Raya, Jakarta" is in WIB.
 */
const provinceZones: readonly (readonly [string, TimeZone])[] = [
  ['papua barat daya', 'WIT'],
  ['papua pegunungan', 'WIT'],
  ['papua selatan', 'WIT'],
  ['papua tengah', 'WIT'],
  ['papua barat', 'WIT'],
  ['papua', 'WIT'],
  ['maluku utara', 'WIT'],
  ['maluku', 'WIT'],
  ['kalimantan barat', 'WIB'],
  ['kalimantan tengah', 'WIB'],
  ['kalimantan selatan', 'WITA'],
  ['kalimantan timur', 'WITA'],
  ['kalimantan utara', 'WITA'],
  ['nusa tenggara barat', 'WITA'],
  ['nusa tenggara timur', 'WITA'],
  ['sulawesi', 'WITA'],
  ['gorontalo', 'WITA'],
  ['bali', 'WITA'],
  ['ntb', 'WITA'],
  ['ntt', 'WITA'],
  ['dki jakarta', 'WIB'],
  ['jakarta', 'WIB'],
  ['jawa', 'WIB'],
  ['banten', 'WIB'],
  ['yogyakarta', 'WIB'],
  ['sumatera', 'WIB'],
  ['sumatra', 'WIB'],
  ['aceh', 'WIB'],
  ['riau', 'WIB'],
  ['jambi', 'WIB'],
  ['bengkulu', 'WIB'],
  ['lampung', 'WIB'],
  ['bangka belitung', 'WIB'],
];

/** The zone a body's name or address places it in ("Kabupaten Bulukumba" → WITA); WIB when nothing matches. */
export function zoneFromPlace(text: string): TimeZone {
  const words = ` ${text.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  for (const [name, zone] of provinceZones) if (words.includes(` ${name} `)) return zone;
  for (const zone of ['WIT', 'WITA'] as const) {
    if (places[zone].some((place) => words.includes(` ${place} `))) return zone;
  }
  return 'WIB';
}

/** The calendar date of an instant in `zone` (Indonesia keeps no daylight saving). */
export function localDate(instant: string | Date, zone: TimeZone): IsoDate {
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  return new Date(ms + zoneOffsetHours[zone] * 3_600_000).toISOString().slice(0, 10);
}

/** The zone the body works in: the one set in its profile, else read from its place. */
export function agencyZone(profile: {
  timeZone: TimeZone | null;
  city: string;
  address: string;
  bodyName: string;
  unitName: string;
}): TimeZone {
  return profile.timeZone ?? zoneFromPlace(`${profile.city} ${profile.address} ${profile.bodyName} ${profile.unitName}`);
}

/**
 * An instant as the body's desk reads it: date and time in `zone`, in the screen's language, the zone named
 * ("2/12/2026, 14.52.26 WITA"). Shifted by the zone's fixed offset and formatted as UTC, so neither the
 * laptop's own zone setting nor its time-zone database decides what the officer sees.
 */
export function formatInstant(instant: string | Date, zone: TimeZone, language: 'id' | 'en'): string {
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  if (!Number.isFinite(ms)) return '–';
  const text = new Date(ms + zoneOffsetHours[zone] * 3_600_000).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return `${text} ${zone}`;
}
