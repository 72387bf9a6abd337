import { z } from 'zod';
import { addDays, addWorkingDays, addYearsMonths, isValidIsoDate, isoDateSchema, type IsoDate } from './workingDays';

/**
 * Jangka Waktu Pengecualian. Real DIK lists write the period as free text ("20 Tahun",
 * "Tidak terbatas", "1 Tahun / Dibuka setelah ada keputusan tetap dari pimpinan", "Sampai dengan
 * 31 Desember 2027"); the text is kept as written and this parser adds a structured reading beside
 * it. It never guesses: what it cannot read comes back `unparsed` with the reason.
 *
 * The four kinds are what the archive stores (exemptions.period_kind has a CHECK on them); finer
 * readings are optional fields on those kinds, so older callers keep working.
 */

export const conditionKinds = [
  'persetujuan', // consent of the person concerned (yang bersangkutan, pemilik data)
  'persetujuan_pimpinan', // approval or a decision of the head of the body ("keputusan tetap dari pimpinan")
  'persetujuan_para_pihak', // consent of the parties
  'selama_berlaku', // as long as it is in force / in use
  'pemeriksaan', // may be opened at an examination
  'proses_hukum', // while needed for legal proceedings (a court process: "putusan", not "keputusan")
  'pengumuman', // until an announcement
  'peristiwa', // until or after another event ("setelah proses seleksi berakhir", "sampai ditetapkannya renja")
  'tanggal', // until a calendar date
  'lainnya',
] as const;
export type ConditionKind = (typeof conditionKinds)[number];

const spanSchema = z.object({
  years: z.number().int().nonnegative(),
  months: z.number().int().nonnegative(),
  days: z.number().int().nonnegative(),
});
export type PeriodSpan = z.infer<typeof spanSchema>;

export const unparsedReasons = ['empty', 'unknown', 'zero', 'tooLong', 'notPermanent'] as const;

export const parsedPeriodSchema = z.discriminatedUnion('kind', [
  spanSchema.extend({
    kind: z.literal('duration'),
    /** "90 hari kerja": working days, counted after the anchor date (holidays needed for a date). */
    workingDays: z.number().int().positive().optional(),
    /** "… dan seterusnya dievaluasi kembali": at the end a new test decides, not an automatic opening. */
    review: z.literal(true).optional(),
    /** "… kecuali atas persetujuan yang bersangkutan": may be opened earlier on that condition. */
    unless: z.enum(conditionKinds).optional(),
    /** "1 Tahun / Dibuka setelah …": the second part of a two-part period. */
    openWhen: z.enum(conditionKinds).optional(),
  }),
  z.object({
    kind: z.literal('condition'),
    condition: z.enum(conditionKinds),
    /** "2 tahun setelah hak dan kewajiban habis": a span that runs from the event, not from the SK. */
    after: spanSchema.optional(),
    /** "Sampai dengan 31 Desember 2027". */
    until: isoDateSchema.optional(),
  }),
  z.object({ kind: z.literal('lasting'), unless: z.enum(conditionKinds).optional() }),
  z.object({ kind: z.literal('unparsed'), reason: z.enum(unparsedReasons) }),
]);
export type ParsedPeriod = z.infer<typeof parsedPeriodSchema>;
export type PeriodKind = ParsedPeriod['kind'];
type DurationPeriod = Extract<ParsedPeriod, { kind: 'duration' }>;
type ConditionPeriod = Extract<ParsedPeriod, { kind: 'condition' }>;
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

const numberWord = '(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|puluh|belas|ratus)';
/** "20 tahun", "5 (lima) tahun", "lima (5) tahun", "dua puluh tahun", "90 hari kerja". */
const spanPattern = new RegExp(
  `\\b(\\d+|${numberWord}(?:\\s+${numberWord})*)\\s*(?:\\(\\s*[a-z\\d ]+\\s*\\)\\s*)?(tahun|thn|th|bulan|bln|minggu|hari kerja|hari)\\b`,
  'g',
);

/** Statute citations ("No. 9 Tahun 2015", "Tahun 2015") are not durations. */
function withoutCitations(t: string): string {
  const blank = (m: string) => ' '.repeat(m.length); // same length: match positions index the original text
  return t.replace(/\b(?:nomor|no\.?)\s*\d+\s*tahun\s*\d{4}\b/g, blank).replace(/\btahun\s+\d{4}\b/g, blank);
}

interface SpanMatch {
  span: PeriodSpan;
  workingDays: number;
  start: number;
  end: number;
}

function findSpans(t: string): SpanMatch[] | 'unreadable' {
  const found: SpanMatch[] = [];
  for (const m of withoutCitations(t).matchAll(spanPattern)) {
    const raw = m[1] ?? '';
    const amount = /^\d+$/.test(raw) ? Number(raw) : wordsToNumber(raw);
    if (amount === null) return 'unreadable';
    const unit = m[2] ?? '';
    const span = { years: 0, months: 0, days: 0 };
    let workingDays = 0;
    if (unit.startsWith('t')) span.years = amount;
    else if (unit.startsWith('b')) span.months = amount;
    else if (unit === 'minggu') span.days = amount * 7;
    else if (unit === 'hari kerja') workingDays = amount;
    else span.days = amount;
    found.push({ span, workingDays, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

const months: Record<string, number> = {
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  nopember: 11,
  desember: 12,
};

/** "sampai dengan 31 desember 2027", "s/d 31-12-2027", "hingga tanggal 31/12/2027". */
function untilDate(t: string): IsoDate | null {
  const lead = /(?:sampai(?: dengan)?|s\/d|s\.d\.?|hingga|sd)\s+(?:tanggal\s+)?/.source;
  const named = new RegExp(`${lead}(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})`).exec(t);
  const numeric = new RegExp(`${lead}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})`).exec(t);
  const [day, month, year] = named
    ? [Number(named[1]), months[named[2] ?? ''], Number(named[3])]
    : numeric
      ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])]
      : [0, undefined, 0];
  if (month === undefined) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** What a condition text is about. Order matters: the narrower readings come first. */
function conditionOf(t: string): ConditionKind | null {
  const consent = /persetujuan|izin|ijin|\bsetuju\b/.test(t);
  if (consent && /para pihak/.test(t)) return 'persetujuan_para_pihak';
  if (/pengumuman|diumumkan/.test(t)) return 'pengumuman';
  // "keputusan tetap dari pimpinan" is an approval by the head of the body, not a court ruling.
  if (
    /(persetujuan|izin|ijin|keputusan|kebijakan)\b[^.;]*\b(pimpinan|atasan|kepala|pejabat yang berwenang|rektor|direktur|ketua|menteri|bupati|walikota|gubernur)/.test(
      t,
    )
  ) {
    return 'persetujuan_pimpinan';
  }
  if (consent) return 'persetujuan';
  if (/pemeriksaan/.test(t)) return 'pemeriksaan';
  if (/proses hukum|aparat (penegak )?hukum|pengadilan|\bputusan\b|inkracht|berkekuatan hukum tetap|penyidikan|penyelidikan/.test(t)) {
    return 'proses_hukum';
  }
  if (/^selama\b|sepanjang (masih )?(berlaku|digunakan)|masih berlaku/.test(t)) return 'selama_berlaku';
  if (/\b(setelah|sesudah|sampai (dengan )?(di|ter)\w+nya|sampai ditetapkan|selesai|berakhir|habis)\b/.test(t)) return 'peristiwa';
  // "Sampai mahasiswa menyelesaikan studinya": the completion verb, not only the bare word.
  if (/\b(menyelesaikan|diselesaikan|terselesaikan|selesainya|berakhirnya|habisnya)\b/.test(t)) return 'peristiwa';
  // "Sampai pembayaran dilakukan", "Sampai dengan laporan hasil audit diterbitkan": until something is done.
  if (/^(sampai|hingga)\b.*\b(di|ter)[a-z]{3,}(kan|i)\b/.test(t)) return 'peristiwa';
  return null;
}

/** A span "setelah …" something other than the decision itself runs from that event. */
function eventAfter(rest: string): boolean {
  const m = /^\s*,?\s*(?:terhitung\s+)?(setelah|sesudah|sejak|semenjak)\s+(.*)$/.exec(rest);
  if (!m) return false;
  return !/^(ditetapkan|penetapan|tanggal (ditetapkan|penetapan)|sk\b|keputusan ini|surat keputusan|dikeluarkan|diterbitkan)/.test(
    m[2] ?? '',
  );
}

const reviewPattern = /(dievaluasi|ditinjau|dikaji|diuji|dinilai) (kembali|ulang)|evaluasi kembali|uji konsekuensi ulang/;
const lastingPattern = /tidak terbatas|tanpa batas|tidak ada batas|\bpermanen\b|selamanya|selama-lamanya/;

function sum(spans: SpanMatch[]): { span: PeriodSpan; workingDays: number } {
  return spans.reduce(
    (acc, s) => ({
      span: { years: acc.span.years + s.span.years, months: acc.span.months + s.span.months, days: acc.span.days + s.span.days },
      workingDays: acc.workingDays + s.workingDays,
    }),
    { span: { years: 0, months: 0, days: 0 }, workingDays: 0 },
  );
}

function readPart(t: string): ParsedPeriod {
  if (/tidak (bersifat )?permanen/.test(t)) return { kind: 'unparsed', reason: 'notPermanent' };
  const date = untilDate(t);
  if (date !== null) return { kind: 'condition', condition: 'tanggal', until: date };
  if (lastingPattern.test(t)) {
    const exception = /\b(kecuali|atau terbuka|dapat dibuka|terbuka apabila)\b(.*)$/.exec(t);
    const unless = exception ? conditionOf(exception[2] ?? '') : null;
    return unless === 'persetujuan' || unless === 'persetujuan_pimpinan' || unless === 'persetujuan_para_pihak'
      ? { kind: 'lasting', unless }
      : { kind: 'lasting' };
  }
  const spans = findSpans(t);
  if (spans === 'unreadable') return { kind: 'unparsed', reason: 'unknown' };
  if (spans.length > 0) return readSpans(t, spans);
  // "Selama jangka waktu tertentu": a period is promised but none is named.
  if (/\bjangka waktu tertentu\b/.test(t)) return { kind: 'unparsed', reason: 'unknown' };
  const condition = conditionOf(t);
  if (condition !== null) return { kind: 'condition', condition };
  // "Sampai …", "Selama …", "Dibuka …" with no known condition is still a condition a person reviews.
  if (/^(sampai|hingga|s\/d|selama|sepanjang|dapat dibuka|dibuka|setelah|terbatas|jangka waktu)\b/.test(t)) {
    return { kind: 'condition', condition: 'lainnya' };
  }
  return { kind: 'unparsed', reason: 'unknown' };
}

function readSpans(t: string, spans: SpanMatch[]): ParsedPeriod {
  const { span, workingDays } = sum(spans);
  if (span.years === 0 && span.months === 0 && span.days === 0 && workingDays === 0) return { kind: 'unparsed', reason: 'zero' };
  if (span.years + span.months / 12 + span.days / 365 > 100) return { kind: 'unparsed', reason: 'tooLong' };
  const before = t.slice(0, spans[0]?.start ?? 0);
  const rest = t.slice(spans.at(-1)?.end ?? t.length);
  // A condition that merely mentions a number ("sampai proses hukum selesai, paling lama 5 tahun") is a condition.
  const leadCondition = /^(sampai|hingga|selama proses|dibuka setelah)\b/.test(before.trim()) ? conditionOf(before) : null;
  if (leadCondition !== null) return { kind: 'condition', condition: leadCondition };
  if (eventAfter(rest)) return { kind: 'condition', condition: conditionOf(rest) ?? 'peristiwa', after: span };
  const exception = /\bkecuali\b(.*)$/.exec(rest);
  const result: DurationPeriod = { kind: 'duration', ...span };
  if (workingDays > 0) result.workingDays = workingDays;
  if (reviewPattern.test(rest)) result.review = true;
  if (exception) result.unless = conditionOf(exception[1] ?? '') ?? 'lainnya';
  return result;
}

/**
 * Reads one Jangka Waktu cell. Two-part periods ("1 Tahun / Dibuka setelah …", or on two lines)
 * keep both: the span, and the condition that may open it earlier.
 */
export function parsePeriod(text: string): ParsedPeriod {
  const parts = text
    .split(/\s\/\s|\r?\n/)
    .map(normalise)
    .filter((part) => part !== '' && part !== '-');
  if (parts.length === 0) return { kind: 'unparsed', reason: 'empty' };
  if (parts.length === 1) return readPart(parts[0] ?? '');
  const readings = parts.map(readPart);
  const duration = readings.find((r): r is DurationPeriod => r.kind === 'duration');
  const condition = readings.find((r): r is ConditionPeriod => r.kind === 'condition');
  if (duration && condition && readings.length === 2) return { ...duration, openWhen: condition.condition };
  // Several lines of one condition (a KPU Diktum split over lines) read as one text.
  return readPart(normalise(text));
}

/**
 * The exemption's last day: anchor + span − 1 day (20 years from 2025-04-14 ends 2045-04-13); a
 * working-day period ends on its last working day after the anchor, so it needs the holidays; a
 * "sampai dengan" date is itself the end. Null when no date follows from the text and the anchor.
 */
export function endDateOf(period: ParsedPeriod, anchor: IsoDate | null, holidays?: ReadonlySet<IsoDate>): IsoDate | null {
  if (period.kind === 'condition') return period.until ?? null;
  if (period.kind !== 'duration' || anchor === null) return null;
  const calendar = addYearsMonths(anchor, period.years, period.months);
  if (period.workingDays !== undefined) {
    if (holidays === undefined) return null;
    return addWorkingDays(addDays(calendar, period.days), period.workingDays, holidays);
  }
  return addDays(addDays(calendar, period.days), -1);
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
