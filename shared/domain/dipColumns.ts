import { z } from 'zod';
import { bentukValues, dispositionSchema, type EntryFields } from './entry';

/**
 * The DIP columns a public entry must not print blank (Perki SLIP 1/2021 Lampiran: penanggung jawab,
 * waktu dan tempat, bentuk, retensi, jenis media). An entry missing any is "belum lengkap".
 */
export const dipRequiredColumns = ['penanggungJawab', 'waktuTempat', 'bentuk', 'retensi', 'jenisMedia'] as const;
export type DipRequiredColumn = (typeof dipRequiredColumns)[number];

type DipColumnSource = Pick<
  EntryFields,
  'penanggungJawab' | 'waktu' | 'tempat' | 'bentuk' | 'retensiAktif' | 'retensiInaktif' | 'retensiText' | 'jenisMedia'
>;

/** Which required DIP columns of a public entry would print blank. */
export function dipMissingColumns(row: DipColumnSource): DipRequiredColumn[] {
  const missing: DipRequiredColumn[] = [];
  if (row.penanggungJawab.trim() === '') missing.push('penanggungJawab');
  if (row.waktu.trim() === '' && row.tempat.trim() === '') missing.push('waktuTempat');
  if (row.bentuk === null) missing.push('bentuk');
  if (row.retensiAktif === null && row.retensiInaktif === null && row.retensiText.trim() === '') missing.push('retensi');
  if (row.jenisMedia.trim() === '') missing.push('jenisMedia');
  return missing;
}

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });
const required = (max: number) => text(max).min(1, { message: 'v.required' });
const years = z.number().int().min(0, { message: 'v.invalid' }).max(999, { message: 'v.invalid' });

/**
 * What an opened entry needs for its DIP row (asked in the declassify dialog, checked again in main):
 * the exempted entry carried only the DIK's columns, so these would otherwise print blank.
 */
export const declassifyDipFieldsSchema = z
  .object({
    penanggungJawab: required(300),
    waktu: required(200),
    tempat: required(200),
    // Its own message: an unchosen bentuk reads as a required field, not as zod's list of options.
    bentuk: z.enum(bentukValues, { message: 'v.required' }),
    retensiAktif: years.nullable(),
    retensiInaktif: years.nullable(),
    retensiText: text(500),
    disposisi: dispositionSchema.nullable(),
    jenisMedia: required(1000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.retensiAktif === null && value.retensiInaktif === null && value.retensiText === '')
      ctx.addIssue({ code: 'custom', path: ['retensiText'], message: 'v.required' });
  });
export type DeclassifyDipFields = z.infer<typeof declassifyDipFieldsSchema>;
