import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ordner } from '../../../shared/domain/ordner';
import { tempDir } from '../../../test/support/tempArchive';
import { findPrintFonts } from '../support/resources';
import { printSpineLabels } from './printLabels';

const base: Ordner = {
  id: 1,
  code: 'PPID-2026-01',
  title: 'Arsip PPID 2026',
  unitId: null,
  unitName: 'PPID Utama',
  classificationCode: '000.5',
  yearFrom: 2026,
  yearTo: 2026,
  access: 'terbuka',
  capacitySheets: 350,
  colour: 'biru',
  spineCm: 5,
  placeId: null,
  sheetCount: 0,
  documentCount: 0,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as Ordner;

function pages(pdf: Buffer, name: string): string[] {
  const file = join(tempDir('lemari-labels-'), name);
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '0');
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

describe('spine labels: as many per sheet as fit', () => {
  it('puts 5 cm and 8 cm labels side by side on one sheet, A4 and F4', async () => {
    const chosen = [
      { ...base, id: 1, code: 'PPID-2026-01' },
      { ...base, id: 2, code: 'DIK-2026-01', spineCm: 8 as const, access: 'tertutup' as const },
      { ...base, id: 3, code: 'PPID-2026-02' },
      { ...base, id: 4, code: 'PPID-2026-03' },
    ];
    for (const paper of ['a4', 'f4'] as const) {
      const printed = pages(
        await printSpineLabels(chosen, findPrintFonts(), new Date('2026-01-15T00:00:00Z'), paper),
        `labels-${paper}.pdf`,
      );
      expect(printed).toHaveLength(1);
      for (const code of ['PPID-2026-01', 'DIK-2026-01', 'PPID-2026-02', 'PPID-2026-03']) expect(printed[0]).toContain(code);
    }
  });

  it('starts a new sheet only when the row is full: seven 5 cm labels take two sheets', async () => {
    const chosen = Array.from({ length: 7 }, (_, i) => ({ ...base, id: i + 1, code: `PPID-2026-0${String(i + 1)}` }));
    const printed = pages(await printSpineLabels(chosen, findPrintFonts(), new Date('2026-01-15T00:00:00Z')), 'labels-seven.pdf');
    expect(printed).toHaveLength(2);
    expect(printed[0]).toContain('PPID-2026-05');
    expect(printed[1]).toContain('PPID-2026-06');
  });
});
