import type { Widen } from '../messages';

/** The body's time zone, as the agency profile offers it. */
const idStrings = {
  label: 'Zona waktu',
  hint: '"Hari ini" dan setiap tanggal jatuh tempo dihitung dalam zona waktu badan publik.',
  byPlace: 'Menurut lokasi ({{zone}})',
  WIB: 'WIB (UTC+7)',
  WITA: 'WITA (UTC+8)',
  WIT: 'WIT (UTC+9)',
} as const;

const enStrings = {
  label: 'Time zone',
  hint: '"Today" and every due date are counted in the public body’s time zone.',
  byPlace: 'By location ({{zone}})',
  WIB: 'WIB (UTC+7)',
  WITA: 'WITA (UTC+8)',
  WIT: 'WIT (UTC+9)',
} satisfies Widen<typeof idStrings>;

export const timeZoneStrings = { id: idStrings, en: enStrings };
