import { z } from 'zod';

/**
 * Jenis dokumen (KPU SOP step 2): reference data, one row per class. Two spellings that differ
 * only in case or runs of spaces ("data pemilih", "Data  Pemilih") are one class.
 */
export const documentTypeSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  active: z.boolean(),
  /** Exempted entries of this class (inactive types stay while entries use them). */
  uses: z.number().int().nonnegative(),
});
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const documentTypeNameSchema = z
  .string()
  .transform((text) => normalizeDocumentType(text))
  .pipe(z.string().min(1, { message: 'v.required' }).max(100, { message: 'v.tooLong' }));

/** Trimmed, with every run of white space one space: the spelling stored and shown. */
export function normalizeDocumentType(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The class a spelling belongs to: compared without regard to case. */
export function documentTypeKey(text: string): string {
  return normalizeDocumentType(text).toLocaleLowerCase('id-ID');
}
