import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LemariError } from '../../../shared/api/errors';
import { tempDir } from '../../../test/support/tempArchive';
import { writeMessyWorkbook } from '../../../test/fixtures/registerWorkbook';
import { parseBounds, readSheetBounded } from './sheetJob';
import { readSheet } from './sheetReader';

async function refusal(promise: Promise<unknown>): Promise<LemariError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LemariError);
  return error as LemariError;
}

describe('reading a spreadsheet off the main thread, with a bound', () => {
  it('gives the same grid as reading in this thread', async () => {
    const file = join(tempDir(), 'dip.xlsx');
    await writeMessyWorkbook(file);
    const inWorker = { ...parseBounds, workerAboveBytes: 0 };
    expect(await readSheetBounded(file, 'dip.xlsx', { all: false, sheet: undefined }, inWorker)).toEqual(await readSheet(file, 'dip.xlsx'));
    expect(await readSheetBounded(file, 'dip.xlsx', { all: false, sheet: undefined })).toEqual(await readSheet(file, 'dip.xlsx'));
  });

  it("passes the reader's refusals through in both languages", async () => {
    const file = join(tempDir(), 'kosong.csv');
    writeFileSync(file, ';;;\n;;;\n');
    const error = await refusal(
      readSheetBounded(file, 'kosong.csv', { all: false, sheet: undefined }, { ...parseBounds, workerAboveBytes: 0 }),
    );
    expect(error.code).toBe('unsupported_file');
    expect(error.message).toContain('kosong');
  });

  it('stops a parse that outlasts its bound (in the worker or in this thread) and says so in Indonesian and English', async () => {
    const file = join(tempDir(), 'dip.xlsx');
    await writeMessyWorkbook(file, 2000);
    // A bound of 1 ms stands in for a pathological file: the parse is stopped, not awaited.
    for (const workerAboveBytes of [0, Number.MAX_SAFE_INTEGER]) {
      const error = await refusal(
        readSheetBounded(file, 'dip.xlsx', { all: false, sheet: undefined }, { timeoutMs: 1, maxHeapMb: 1024, workerAboveBytes }),
      );
      expect(error.code).toBe('too_large');
      expect(error.message).toBe(
        'Membaca "dip.xlsx" memakan waktu lebih dari 1 detik atau terlalu banyak memori, lalu dihentikan. Tidak ada yang ditulis. Simpan ulang berkas di Excel tanpa lembar, gambar atau format yang tidak perlu, atau bagi menjadi beberapa berkas.',
      );
      expect(error.messageEn).toContain('was stopped. Nothing was written.');
    }
  });
});
