import { z } from 'zod';
import type { IsoDate } from './workingDays';

/** Indonesia's three time zones: the body's "today" and every due date are counted in its own. */
export const timeZones = ['WIB', 'WITA', 'WIT'] as const;
export const timeZoneSchema = z.enum(timeZones);
export type TimeZone = z.infer<typeof timeZoneSchema>;

const offsetHours: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

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

/** The zone a body's name or address places it in ("Kabupaten Bulukumba" → WITA); WIB when nothing matches. */
export function zoneFromPlace(text: string): TimeZone {
  const words = ` ${text.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  for (const zone of ['WIT', 'WITA'] as const) {
    if (places[zone].some((place) => words.includes(` ${place} `))) return zone;
  }
  return 'WIB';
}

/** The calendar date of an instant in `zone`. */
export function localDate(instant: Date, zone: TimeZone): IsoDate {
  return new Date(instant.getTime() + offsetHours[zone] * 3_600_000).toISOString().slice(0, 10);
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
