import { issueField, issueKey } from '../../../shared/api/validation';
import {
  emptyEntryFields,
  entryFieldsSchema,
  type Bentuk,
  type Disposition,
  type EntryCategory,
  type EntryFields,
} from '../../../shared/domain/entry';
import type { ImportMapping, ImportProblem } from '../../../shared/domain/entryImport';
import { bilingual, translate } from '../../../shared/i18n/translate';
import { checkEntryFields } from './fieldCheck';
import { normalizeLabel } from './headers';

// One row's cells → entry fields: ticks, Bentuk, retention years and disposition, waktu/tempat,
// titles; and the entry schema's verdict on them, in both languages.
/** A heading on exempted information whose period has ended, now public: "… yang habis jangka waktu pengecualian …". */
const ENDED_EXEMPTION =
  /(dikecualikan|pengecualian).*(habis|berakhir|lewat|selesai).*(jangka ?waktu|masa).*(terbuka|publik|dibuka)|dikecualikan.*(telah|sudah) (dibuka|menjadi informasi (publik|terbuka))|(telah|sudah) tidak dikecualikan|tidak lagi dikecualikan/;

/** A category named in a section heading or a category cell ("A. INFORMASI … SECARA BERKALA"). */
export function categoryOf(text: string): EntryCategory | null {
  const t = normalizeLabel(text);
  // "Informasi dikecualikan yang habis jangka waktu pengecualian sebagai informasi terbuka": a DIP's
  // section of what is public now (SOP step 3), not exempted information; it names no category.
  if (ENDED_EXEMPTION.test(t)) return null;
  if (/dikecualikan|pengecualian/.test(t)) return 'dikecualikan';
  if (/serta ?merta/.test(t)) return 'serta_merta';
  if (/setiap ?saat|tersedia setiap/.test(t)) return 'setiap_saat';
  if (/berkala/.test(t)) return 'berkala';
  return null;
}

/** A cell ticked in a Cetak · Rekam · Online column: ✓, v, x, ya, ada, 1 … but not "-", "tidak", "0". */
export function ticked(text: string): boolean {
  const t = normalizeLabel(text);
  if (text.trim() === '' || /^[-–—]+$/.test(text.trim())) return false;
  return !/^(0|tidak|tdk|no|false|belum|n)$/.test(t);
}

function bentukOf(text: string): Bentuk | null {
  const t = normalizeLabel(text);
  const hard = /hard ?copy|cetak|kertas|fisik/.test(t);
  const soft = /soft ?copy|elektronik|digital|file|rekam|online|pdf/.test(t);
  if (hard && soft) return 'both';
  if (hard) return 'hardcopy';
  if (soft) return 'softcopy';
  return null;
}

function dispositionOf(text: string): Disposition | null {
  const t = normalizeLabel(text);
  if (/musnah/.test(t)) return 'musnah';
  if (/dinilai ?kembali|ditinjau ?kembali|dievaluasi ?kembali/.test(t)) return 'dinilai_kembali';
  if (/permanen/.test(t)) return 'permanen';
  return null;
}

function yearsIn(text: string, word: RegExp): number | null {
  const match = word.exec(normalizeLabel(text));
  return match?.[1] === undefined ? null : Number(match[1]);
}

function firstYear(text: string): number | null {
  const match = /\b(19\d{2}|2[01]\d{2})\b/.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function smallInt(text: string): number | null {
  const match = /\d{1,3}/.exec(text);
  return match ? Number(match[0]) : null;
}

/** "Januari 2024, Sleman" / "2024 di Kantor Dinas" → waktu and tempat as written. */
function splitWaktuTempat(text: string): { waktu: string; tempat: string } {
  const parts = text.split(/\s*[,;/\n]\s*|\s+di\s+/i).filter(Boolean);
  if (parts.length < 2) return firstYear(text) !== null ? { waktu: text, tempat: '' } : { waktu: '', tempat: text };
  const timeIndex = parts.findIndex((part) => firstYear(part) !== null || /setiap|tahun|bulan|semester|triwulan/i.test(part));
  if (timeIndex < 0) return { waktu: parts[0] ?? '', tempat: parts.slice(1).join(', ') };
  return { waktu: parts[timeIndex] ?? '', tempat: parts.filter((_, i) => i !== timeIndex).join(', ') };
}

/** A title from a long description: the first 200 characters, cut at a word, with an ellipsis. */
export function titleFrom(text: string): string {
  if (text.length <= 200) return text;
  const cut = text.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export type Values = Partial<Record<ImportMapping['targets'][number], string>>;

export function toFields(values: Values, category: EntryCategory, unitIds: ReadonlyMap<string, number>): EntryFields {
  const fields = emptyEntryFields(category);
  const v = (key: keyof Values) => values[key] ?? '';
  const withheld = v('dikInformasi');
  // Line breaks typed in the cell are kept, as the office wrote the title.
  fields.judul = v('judul') || titleFrom(withheld) || v('ringkasan').slice(0, 500);
  fields.ringkasan = v('ringkasan');
  const holder = v('unit');
  const unitId = unitIds.get(normalizeLabel(holder));
  if (unitId !== undefined) fields.unitId = unitId;
  else fields.unitText = holder;
  fields.penanggungJawab = v('penanggungJawab');
  if (v('waktuTempat') !== '') Object.assign(fields, splitWaktuTempat(v('waktuTempat')));
  if (v('waktu') !== '') fields.waktu = v('waktu');
  if (v('tempat') !== '') fields.tempat = v('tempat');
  fields.formatCetak = ticked(v('formatCetak'));
  fields.formatRekam = ticked(v('formatRekam'));
  fields.formatOnline = ticked(v('formatOnline'));
  const flagged: Bentuk | null =
    fields.formatCetak && (fields.formatRekam || fields.formatOnline)
      ? 'both'
      : fields.formatCetak
        ? 'hardcopy'
        : fields.formatRekam || fields.formatOnline
          ? 'softcopy'
          : null;
  fields.bentuk = bentukOf(v('bentuk')) ?? flagged;
  if (v('bentuk') !== '' && fields.bentuk === null) fields.notes = `${translate('id', 'register.fields.bentuk')}: ${v('bentuk')}`;
  fields.jenisMedia = v('jenisMedia');
  fields.retensiText = v('retensi');
  fields.retensiAktif =
    v('retensiAktif') !== ''
      ? smallInt(v('retensiAktif'))
      : yearsIn(v('retensi'), /aktif\D{0,10}(\d{1,3})|(\d{1,3})\s*(?:tahun|thn)?\s*aktif/);
  fields.retensiInaktif = v('retensiInaktif') !== '' ? smallInt(v('retensiInaktif')) : yearsIn(v('retensi'), /inaktif\D{0,10}(\d{1,3})/);
  // "10 (sepuluh) tahun" with neither aktif nor inaktif named: the years it is kept.
  if (fields.retensiAktif === null && fields.retensiInaktif === null && !/aktif/i.test(v('retensi')))
    fields.retensiAktif = yearsIn(v('retensi'), /(\d{1,3})\s*(?:[a-z]+\s*){0,3}(?:tahun|thn)\b/);
  fields.disposisi = dispositionOf(v('disposisi')) ?? dispositionOf(v('retensi'));
  fields.kodeKlasifikasi = v('kodeKlasifikasi');
  fields.tags = v('tags')
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean)
    .slice(0, 30);
  const notes = [
    v('notes'),
    v('dikKeputusan') === '' ? '' : `${translate('id', 'register.importer.targets.dikKeputusan')}: ${v('dikKeputusan')}`,
    v('penyediaan') === '' ? '' : `${translate('id', 'register.importer.targets.penyediaan')}: ${v('penyediaan')}`,
  ].filter(Boolean);
  for (const note of notes) fields.notes = fields.notes === '' ? note : `${fields.notes}\n${note}`;
  fields.year = firstYear(v('year')) ?? firstYear(fields.waktu);
  // A DIP that calls its title column just "Informasi" has nothing withheld: the text is its title only.
  fields.dikInformasi = category === 'dikecualikan' || v('judul') !== '' ? withheld : '';
  // …and a long one is kept whole in the summary rather than cut short.
  if (fields.dikInformasi === '' && fields.judul !== withheld && fields.ringkasan === '') fields.ringkasan = withheld;
  fields.dikDasarHukum = v('dikDasarHukum');
  fields.dikKonsekuensiDibuka = v('dikKonsekuensiDibuka');
  fields.dikKonsekuensiDitutup = v('dikKonsekuensiDitutup');
  fields.dikJangkaWaktu = v('dikJangkaWaktu');
  return fields;
}

function problem(field: string, key: string, params: Record<string, string> = {}): ImportProblem {
  const words = bilingual(key, params);
  return { field, message: words.message, messageEn: words.messageEn };
}

export function validate(fields: EntryFields): { fields: EntryFields | null; problems: ImportProblem[] } {
  if (fields.judul === '') return { fields: null, problems: [problem('judul', 'register.importer.problem.noTitle')] };
  // Most rows are valid: a compiled check says so at a fraction of zod's cost; anything else is zod's to judge and word.
  const valid = checkEntryFields(fields);
  if (valid) return { fields: valid, problems: [] };
  return schemaVerdict(fields);
}

/** The entry schema's own verdict, its issues worded per field in both languages. */
export function schemaVerdict(fields: EntryFields): { fields: EntryFields | null; problems: ImportProblem[] } {
  const parsed = entryFieldsSchema.safeParse(fields);
  if (parsed.success) return { fields: parsed.data, problems: [] };
  return {
    fields: null,
    problems: parsed.error.issues.map((issue) => {
      const field = issueField(issue).split('.')[0] ?? 'input';
      const key = issueKey(issue);
      return {
        field,
        message: translate('id', 'register.importer.problem.field', {
          field: translate('id', `register.fields.${field}`),
          detail: translate('id', key),
        }),
        messageEn: translate('en', 'register.importer.problem.field', {
          field: translate('en', `register.fields.${field}`),
          detail: translate('en', key),
        }),
      };
    }),
  };
}
