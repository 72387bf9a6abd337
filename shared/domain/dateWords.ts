/**
 * A calendar date as the desk reads and letters write it: "5 Maret 2026", "5 March 2026". Screens
 * and printed lists never show the ISO form a date input holds ("2026-03-05"); PDFs are Indonesian
 * whatever the display language, screens follow it.
 */

const months = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "2026-03-05" → "5 Maret 2026" (id) / "5 March 2026" (en). Anything that is not an ISO date is returned as written. */
export function dateInWords(iso: string, language: 'id' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = months[language][Number(match[2]) - 1];
  return month === undefined ? iso : `${String(Number(match[3]))} ${month} ${match[1] ?? ''}`;
}

/** "2026-03-05" → "5 Maret 2026" (printed dates are Indonesian whatever the display language). */
export function indonesianDate(iso: string): string {
  return dateInWords(iso, 'id');
}

/** A date parameter for a bilingual message from main: each language gets the date in its own words. */
export function dateParam(iso: string): { id: string; en: string } {
  return { id: dateInWords(iso, 'id'), en: dateInWords(iso, 'en') };
}
