import { z } from 'zod';
import { addDays, addYearsMonths, type IsoDate } from './workingDays';

/**
 * Jangka Waktu Pengecualian. Real DIK lists write the period as free text ("20 Tahun",
 * "Tidak terbatas", "Sampai memperoleh persetujuan dari yang bersangkutan"); the text is kept as
 * written and this parser adds a structured reading beside it. It never guesses: what it cannot
 * read comes back `unparsed` with the reason, for the officer to rephrase.
 */

export const conditionKinds = ['persetujuan', 'selama_berlaku', 'pemeriksaan', 'proses_hukum', 'pengumuman', 'lainnya'] as const;
export type ConditionKind = (typeof conditionKinds)[number];

export const parsedPeriodSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('duration'),
    years: z.number().int().nonnegative(),
    months: z.number().int().nonnegative(),
    days: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('condition'), condition: z.enum(conditionKinds) }),
  z.object({ kind: z.literal('lasting') }),
  z.object({ kind: z.literal('unparsed'), reason: z.enum(['empty', 'unknown', 'zero', 'tooLong']) }),
]);
export type ParsedPeriod = z.infer<typeof parsedPeriodSchema>;
export type PeriodKind = ParsedPeriod['kind'];
export const periodKinds = ['duration', 'condition', 'lasting', 'unparsed'] as const satisfies readonly PeriodKind[];

/** Number words as they appear in decisions: "lima (5) tahun", "dua puluh tahun". */
const units: Record<string, number> = {
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
};

function wordsToNumber(words: string): number | null {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part === 'puluh') current = (current || 1) * 10;
    else if (part === 'belas') current = (current || 1) + 10;
    else if (part === 'ratus') current = (current || 1) * 100;
    else if (part in units) {
      total += current;
      current = units[part] ?? 0;
    } else return null;
  }
  return total + current;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const unitPattern = '(tahun|thn|th|bulan|bln|hari)';

/** Reads "20 Tahun", "5 tahun", "2 tahun 6 bulan", "lima (5) tahun", "dua puluh tahun sejak ditetapkan". */
function parseDuration(text: string): ParsedPeriod | null {
  const pieces = [...text.matchAll(new RegExp(`(\\d+|[a-z ]+?)\\s*(?:\\(\\s*[a-z\\d ]+\\s*\\))?\\s*${unitPattern}\\b`, 'g'))];
  if (pieces.length === 0) return null;
  let years = 0;
  let months = 0;
  let days = 0;
  for (const piece of pieces) {
    const raw = (piece[1] ?? '').trim();
    const amount = /^\d+$/.test(raw) ? Number(raw) : wordsToNumber(raw.replace(/^(selama|jangka waktu|untuk)\s+/, ''));
    if (amount === null) return null;
    const unit = piece[2] ?? '';
    if (unit.startsWith('t')) years += amount;
    else if (unit.startsWith('b')) months += amount;
    else days += amount;
  }
  if (years === 0 && months === 0 && days === 0) return { kind: 'unparsed', reason: 'zero' };
  if (years > 100) return { kind: 'unparsed', reason: 'tooLong' };
  return { kind: 'duration', years, months, days };
}

const lastingPhrases = ['tidak terbatas', 'tanpa batas', 'permanen', 'selamanya', 'seterusnya', 'tidak ada batas'];

function conditionOf(text: string): ConditionKind | null {
  if (/persetujuan (dari )?(yang bersangkutan|pemilik|ybs)|izin (dari )?yang bersangkutan/.test(text)) return 'persetujuan';
  if (/^selama (masih )?berlaku|sepanjang (masih )?berlaku/.test(text)) return 'selama_berlaku';
  if (/pemeriksaan/.test(text)) return 'pemeriksaan';
  if (/proses hukum|aparat (penegak )?hukum|pengadilan|putusan/.test(text)) return 'proses_hukum';
  if (/pengumuman|diumumkan|persetujuan pimpinan/.test(text)) return 'pengumuman';
  return null;
}

export function parsePeriod(text: string): ParsedPeriod {
  const t = normalise(text);
  if (t === '' || t === '-') return { kind: 'unparsed', reason: 'empty' };
  if (lastingPhrases.some((phrase) => t.includes(phrase))) return { kind: 'lasting' };
  // A condition can mention a duration ("sampai proses hukum selesai, paling lama 5 tahun"): the condition rules.
  const condition = conditionOf(t);
  if (condition !== null) return { kind: 'condition', condition };
  const duration = parseDuration(t);
  if (duration !== null) return duration;
  // "Sampai …", "Selama …" with no date and no known condition is still a condition a person reviews.
  if (/^(sampai|hingga|s\/d|selama|sepanjang|dapat dibuka|setelah)\b/.test(t)) return { kind: 'condition', condition: 'lainnya' };
  return { kind: 'unparsed', reason: 'unknown' };
}

/** The exemption's last day: anchor + duration − 1 day (20 years from 2025-04-14 ends 2045-04-13). Null without a date. */
export function endDateOf(period: ParsedPeriod, anchor: IsoDate | null): IsoDate | null {
  if (period.kind !== 'duration' || anchor === null) return null;
  return addDays(addDays(addYearsMonths(anchor, period.years, period.months), period.days), -1);
}

/** The i18n key that explains a parsed period to the officer ("exemption.period.duration" …). */
export function periodSummaryKey(period: ParsedPeriod): string {
  switch (period.kind) {
    case 'duration':
      return 'exemption.period.duration';
    case 'condition':
      return `exemption.period.condition.${period.condition}`;
    case 'lasting':
      return 'exemption.period.lasting';
    case 'unparsed':
      return `exemption.period.unparsed.${period.reason}`;
    default: {
      const never: never = period;
      return never;
    }
  }
}
