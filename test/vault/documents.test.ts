import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLemariError, LemariError } from '../../shared/api/errors';
import type { Ordner } from '../../shared/domain/ordner';
import { signedInDispatch } from '../support/signIn';
import type { DocumentFields } from '../../shared/domain/document';
import type { Core } from '../../main/core/createCore';
import { printOrdnerIndex } from '../../main/core/ordner/printIndex';
import { printSpineLabels } from '../../main/core/ordner/printLabels';
import { findPrintFonts } from '../../main/core/support/resources';
import { tempDir } from '../support/tempArchive';
import { pngBytes, sha256 } from './fixtures';
import { fileIn, openCore } from './helpers';

const cores: Core[] = [];
function core(): Core {
  const c = openCore();
  cores.push(c);
  return c;
}
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

const fields = (title: string, extra: Partial<DocumentFields> = {}): DocumentFields => ({
  title,
  number: '',
  date: '2025-04-02',
  classificationCode: '000.1.2',
  stage: 'asli',
  description: '',
  sheetCount: 2,
  ...extra,
});
const ctx = { actor: 'petugas' };

/** Through dispatch, as the renderer calls it: the input is parsed (codes upper-cased) first. */
async function ordner(c: Core, code: string): Promise<Ordner> {
  const result = await signedInDispatch(c)(
    'ordner.create',
    {
      fields: {
        code,
        title: `Ordner ${code}`,
        unitId: null,
        classificationCode: '000.1.2',
        yearFrom: 2025,
        yearTo: 2025,
        access: 'terbuka',
        capacitySheets: 350,
        colour: 'biru',
        spineCm: 5,
        placeId: null,
      },
    },
    ctx,
  );
  if (!result.ok) throw new LemariError(result.error.code, result.error.message, result.error.messageEn);
  return result.value as Ordner;
}

async function codeOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isLemariError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('documents, filing and ordners', () => {
  it('numbers documents per year and finds ordners and documents by code, whatever the case', async () => {
    const c = core();
    const a = c.documents.create(fields('SK PPID'), 'p');
    const b = c.documents.create(fields('Nota', { date: '' }), 'p');
    expect(a.code).toBe('NSK-2025-0001');
    expect(b.code).toMatch(/^NSK-\d{4}-0001$/);
    const o = await ordner(c, 'dik-2025-01');
    expect(o.code).toBe('DIK-2025-01');
    expect(await c.handlers['ordner.lookup']({ code: ' DIK-2025-01 ' }, ctx)).toEqual({ kind: 'ordner', id: o.id, code: 'DIK-2025-01' });
    expect(await c.handlers['ordner.lookup']({ code: 'nsk-2025-0001' }, ctx)).toEqual({
      kind: 'document',
      id: a.id,
      code: 'NSK-2025-0001',
    });
    expect(await c.handlers['ordner.lookup']({ code: 'TIDAK-ADA' }, ctx)).toBeNull();
    expect(await codeOf(() => ordner(c, 'DIK-2025-01'))).toBe('conflict');
  });

  it('files a document at a sekat and number, refuses a taken slot, keeps every move, and counts sheets in the ordner', async () => {
    const c = core();
    const one = await ordner(c, 'DIK-2025-01');
    const two = await ordner(c, 'DIP-2025-01');
    const a = c.documents.create(fields('A'), 'p');
    const b = c.documents.create(fields('B'), 'p');
    expect(c.documents.move(a.id, { ordnerId: one.id, sekat: 1, seq: null }, 'p').filing).toMatchObject({
      ordnerCode: 'DIK-2025-01',
      sekat: 1,
      seq: 1,
    });
    expect(c.documents.move(b.id, { ordnerId: one.id, sekat: 1, seq: null }, 'p').filing?.seq).toBe(2);
    expect(await codeOf(() => c.documents.move(b.id, { ordnerId: one.id, sekat: 1, seq: 1 }, 'p'))).toBe('conflict');
    c.documents.move(a.id, { ordnerId: two.id, sekat: 3, seq: 7 }, 'q');
    const moved = c.documents.move(a.id, null, 'r');
    expect(moved.filing).toBeNull();
    expect(moved.moves.map((m) => [m.from, m.to, m.actor])).toEqual([
      ['DIP-2025-01 · 3/7', null, 'r'],
      ['DIK-2025-01 · 1/1', 'DIP-2025-01 · 3/7', 'q'],
      [null, 'DIK-2025-01 · 1/1', 'p'],
    ]);
    const contents = await c.handlers['ordner.get']({ id: one.id }, ctx);
    expect(contents.documents.map((d) => d.title)).toEqual(['B']);
    expect(contents.ordner).toMatchObject({ documentCount: 1, sheetCount: 2 });
  });

  it('keeps pages in order, reorders them, and taking a page out leaves its scan in the vault', async () => {
    const c = core();
    const src = tempDir();
    const doc = c.documents.create(fields('Berita acara'), 'p');
    const shas: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const bytes = pngBytes(10 + i, 10, [i, i, i]);
      shas.push(sha256(bytes));
      await c.documents.addFile(doc.id, 'original', fileIn(src, `h${String(i)}.png`, bytes), `h${String(i)}.png`, 'p');
    }
    const [s0, s1, s2] = shas as [string, string, string];
    expect(await codeOf(() => c.documents.addFile(doc.id, 'original', join(src, 'h0.png'), 'h0.png', 'p'))).toBe('conflict');
    expect(c.documents.reorderFiles(doc.id, 'original', [s2, s0, s1], 'p').files.map((f) => [f.sha256, f.position])).toEqual([
      [s2, 1],
      [s0, 2],
      [s1, 3],
    ]);
    expect(await codeOf(() => c.documents.reorderFiles(doc.id, 'original', [s2, s0], 'p'))).toBe('conflict');
    const after = c.documents.removeFile(doc.id, 'original', s0, 'p');
    expect(after.files.map((f) => [f.sha256, f.position])).toEqual([
      [s2, 1],
      [s1, 2],
    ]);
    expect(c.vault.open(s0)).not.toBeNull();
  });

  it('keeps a redacted public copy beside the original, and says which files an export may use', async () => {
    const c = core();
    const src = tempDir();
    const doc = c.documents.create(fields('Kontrak'), 'p');
    const original = pngBytes(20, 20, [0, 0, 0]);
    const redacted = pngBytes(20, 20, [255, 255, 255]);
    await c.documents.addFile(doc.id, 'original', fileIn(src, 'asli.png', original), 'asli.png', 'p');
    await c.documents.addFile(doc.id, 'public', fileIn(src, 'publik.png', redacted), 'publik.png', 'p');
    expect(c.documents.publication(doc.id)).toEqual({ publicCopy: [sha256(redacted)], originals: [sha256(original)], entryIds: [] });
    expect(c.documents.get(doc.id)).toMatchObject({ fileCount: 1, publicFileCount: 1 });
  });

  it('links a document to register entries per year, and an entry lists its documents by year', async () => {
    const c = core();
    const insert = c.db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('berkala', ?, 't', 't')");
    const entry = Number(insert.run('Laporan Tahunan').lastInsertRowid);
    const y2024 = c.documents.create(fields('Laporan Tahunan 2024', { date: '2025-01-10' }), 'p');
    const y2025 = c.documents.create(fields('Laporan Tahunan 2025', { date: '2026-01-10' }), 'p');
    c.documents.linkEntry(y2024.id, entry, 2024, 'p');
    c.documents.linkEntry(y2025.id, entry, 2025, 'p');
    expect(c.documents.get(y2024.id).entries).toEqual([{ entryId: entry, year: 2024, label: 'Laporan Tahunan' }]);
    expect(c.documents.byEntry(entry).map((g) => [g.year, g.documents.map((d) => d.title)])).toEqual([
      [2025, ['Laporan Tahunan 2025']],
      [2024, ['Laporan Tahunan 2024']],
    ]);
    expect(await codeOf(() => c.documents.linkEntry(y2024.id, 999, 2024, 'p'))).toBe('not_found');
    c.documents.unlinkEntry(y2024.id, entry, 'p');
    expect(c.documents.byEntry(entry)).toHaveLength(1);
  });

  it('prints spine labels for 5 and 8 cm ordners and the daftar isi as PDFs with the shipped font', async () => {
    const c = core();
    const narrow = await ordner(c, 'PPID-2025-01');
    const wide = { ...narrow, id: 99, code: 'DIK-2025-02', spineCm: 8 as const, access: 'tertutup' as const };
    const labels = await printSpineLabels([narrow, wide], findPrintFonts(), new Date('2025-11-21T00:00:00Z'));
    expect(labels.subarray(0, 5).toString()).toBe('%PDF-');
    expect(labels.toString('latin1')).toContain('NotoSans');
    // A 5 cm and an 8 cm label share one sheet.
    expect(labels.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const index = await printOrdnerIndex(
      narrow,
      'Lemari A',
      [],
      { bodyName: 'Dinas Kominfo', unitName: '', address: '', city: '', phone: '', email: '', website: '', logo: null },
      findPrintFonts(),
      new Date('2025-11-21T00:00:00Z'),
    );
    expect(index.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('scanner inbox', () => {
  function scannerSaves(folder: string, name: string, bytes: Buffer): string {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
    return path;
  }

  it('lists settled files, refuses non-scans with a reason, and a file leaves the folder only once assigned', async () => {
    const c = core();
    const inbox = tempDir('lemari-inbox-');
    expect(c.inbox.list().folderProblem?.message).toContain('belum dipilih');
    c.vault.configure({ maxFileMb: 100, verifyEveryDays: 7, inboxDir: inbox }, 'p');
    const png = pngBytes(30, 30, [1, 2, 3]);
    const scan = scannerSaves(inbox, 'SCAN_0001.png', png);
    scannerSaves(inbox, 'bukan.pdf', Buffer.from('<html>'));
    writeFileSync(join(inbox, 'sedang-ditulis.pdf'), '%PDF-1.7 half');
    expect(await c.inbox.scan()).toBe(2);
    const state = c.inbox.list();
    expect(state.items.map((i) => [i.name, i.sha256 !== null, i.problem !== null])).toEqual([
      ['SCAN_0001.png', true, false],
      ['bukan.pdf', false, true],
    ]);
    // The scan is already durable in the vault (its thumbnail is served by hash) but still in the folder.
    expect(c.vault.open(sha256(png))).not.toBeNull();
    expect(existsSync(scan)).toBe(true);
    expect(await c.inbox.scan()).toBe(0);

    const item = state.items[0];
    if (!item) throw new Error('no item');
    const doc = await c.inbox.assign(item.id, { newDocument: fields('Surat masuk') }, 'p');
    expect(doc.files.map((f) => f.sha256)).toEqual([sha256(png)]);
    expect(existsSync(scan)).toBe(false);
    expect(c.inbox.list().items.map((i) => i.name)).toEqual(['bukan.pdf']);
    const refused = c.inbox.list().items[0];
    expect(await codeOf(() => c.inbox.assign(refused?.id ?? 0, { documentId: doc.id }, 'p'))).toBe('unsupported_file');
    expect(await codeOf(() => c.inbox.assign(item.id, { documentId: doc.id }, 'p'))).toBe('not_found');
  });

  it('keeps a file the scanner rewrote after it was listed', async () => {
    const c = core();
    const inbox = tempDir('lemari-inbox-');
    c.vault.configure({ maxFileMb: 100, verifyEveryDays: 7, inboxDir: inbox }, 'p');
    const path = scannerSaves(inbox, 'SCAN_0002.png', pngBytes(8, 8, [1, 1, 1]));
    await c.inbox.scan();
    const item = c.inbox.list().items[0];
    writeFileSync(path, pngBytes(9, 9, [2, 2, 2]));
    const doc = c.documents.create(fields('X'), 'p');
    await c.inbox.assign(item?.id ?? 0, { documentId: doc.id }, 'p');
    expect(existsSync(path)).toBe(true);
  });
});
