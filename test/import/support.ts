import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { MethodInput } from '../../shared/api/contract';
import type { ImportResult } from '../../shared/domain/entryImport';
import { createCore, type Core } from '../../main/core/createCore';
import { signedInDispatch } from '../support/signIn';
import { tempDir } from '../support/tempArchive';

export const ctx = { actor: 'petugas' };

export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  /** Ranges such as "A1:F1", merged after the rows are written. */
  merges?: string[];
}

/** A workbook as an office saves it, written with exceljs and read back by the importer. */
export async function writeBook(path: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function stage(core: Core, path: string, name = path.split('/').pop() ?? 'file') {
  const staged = await core.uploads.stage(createReadStream(path), name);
  return { uploadId: staged.uploadId };
}

/**
 * import.commit as the transports make it, by the first run's PPID signed in: an import that changes
 * exempted information (a DIK) needs the PPID's act `importDik`, checked in main.
 */
export async function commitAsPpid(core: Core, input: MethodInput<'import.commit'>): Promise<ImportResult> {
  const result = await signedInDispatch(core)('import.commit', input, ctx);
  if (!result.ok) throw new Error(`import.commit: ${result.error.code} ${result.error.messageEn}`);
  return result.value as ImportResult;
}

export function freshCore(): { core: Core; dir: string } {
  const dir = tempDir();
  return { core: createCore({ archiveDir: join(dir, 'arsip') }), dir };
}

export interface StoredEntry {
  category: string;
  judul: string;
  ringkasan: string;
  unit_text: string;
  penanggung_jawab: string;
  retensi_text: string;
  retensi_aktif: number | null;
  disposisi: string | null;
  notes: string;
  dik_informasi: string;
  dik_dasar_hukum: string;
  dik_konsekuensi_dibuka: string;
  dik_konsekuensi_ditutup: string;
  dik_jangka_waktu: string;
}

export function stored(core: Core): StoredEntry[] {
  return core.db
    .prepare<[], StoredEntry>(
      `SELECT category, judul, ringkasan, unit_text, penanggung_jawab, retensi_text, retensi_aktif, disposisi, notes,
              dik_informasi, dik_dasar_hukum, dik_konsekuensi_dibuka, dik_konsekuensi_ditutup, dik_jangka_waktu
         FROM entries ORDER BY id`,
    )
    .all();
}

/** Entries per category, e.g. { berkala: 3, setiap_saat: 1 }. */
export function perCategory(core: Core): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of stored(core)) counts[row.category] = (counts[row.category] ?? 0) + 1;
  return counts;
}
