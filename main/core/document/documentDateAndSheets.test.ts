import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type DocumentFields } from '../../../shared/domain/document';
import { defaultVaultConfig } from '../../../shared/domain/vault';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { tempDir } from '../../../test/support/tempArchive';
import { multiPageTiff } from '../../../test/support/tiffPages';
import { jpegBytes, pdfBytes } from '../../../test/vault/fixtures';

/** Issue 12 item 9: a document's code follows its own date; Lembar follows the pages of its scans. */
const fields = (more: Partial<DocumentFields> = {}): DocumentFields => ({
  ...emptyDocument,
  title: 'SK Bupati tentang Penetapan LPPD',
  number: '800/12/2024',
  date: '2024-05-02',
  ...more,
});

async function signedIn() {
  const s = dispatchCore('2026-03-02T02:00:00Z');
  await s.firstPpid({ name: 'Rina Marlina' });
  return s;
}

const page = { width: 40, height: 56, ink: [20, 40, 120] as [number, number, number] };

describe("a document's code follows its own date", () => {
  it('takes the year of its date, not of today, and moves to the next number of a new year when the date moves', async () => {
    const s = await signedIn();
    const first = await s.call('document.create', { fields: fields() });
    expect(first.code).toBe('NSK-2024-0001');
    await s.call('document.create', { fields: fields({ date: '2025-01-10' }) });
    const moved = await s.call('document.update', { id: first.id, fields: fields({ date: '2025-03-03' }), expectedVersion: first.version });
    expect(moved.code).toBe('NSK-2025-0002');
    const [event] = await s.call('audit.list', { entityType: 'document', entityId: String(first.id), limit: 1 });
    expect(event).toMatchObject({ action: 'document.update', before: { code: 'NSK-2024-0001' }, after: { code: 'NSK-2025-0002' } });
    // Another change in the same year keeps the code.
    const again = await s.call('document.update', {
      id: first.id,
      fields: fields({ date: '2025-12-31', title: 'SK Bupati' }),
      expectedVersion: moved.version,
    });
    expect(again.code).toBe('NSK-2025-0002');
    expect((await s.call('ordner.lookup', { code: 'NSK-2025-0002' }))?.id).toBe(first.id);
  });

  it('undated, takes the year at the body’s desk: 31 December 16:30 UTC is already the new year in Jayapura, not yet in Jakarta', async () => {
    const s = await signedIn();
    await s.setClock('2026-12-31T16:30:00Z');
    const agency = await s.call('agency.get', {});
    const profile = await s.call('agency.update', { expectedVersion: agency.version, fields: { ...agency, timeZone: 'WIB' } });
    expect((await s.call('document.create', { fields: fields({ date: '' }) })).code).toBe('NSK-2026-0001');
    // WIB is UTC+7 (23:30 on 31 December); WIT is UTC+9: 01:30 on 1 January 2027 at the desk.
    await s.call('agency.update', { expectedVersion: profile.version, fields: { ...profile, timeZone: 'WIT' } });
    expect((await s.call('document.create', { fields: fields({ date: '' }) })).code).toBe('NSK-2027-0001');
  });
});

describe('Lembar follows the pages of the scans', () => {
  it('a new document takes the page count of its first scan (PDF), then of every scan added (TIFF, JPEG)', async () => {
    const s = await signedIn();
    const doc = await s.call('document.create', { fields: fields() });
    expect(doc.sheetCount).toBe(1);
    const add = async (bytes: Buffer, name: string) =>
      (await s.call('document.addFile', { id: doc.id, role: 'original', upload: await s.stage(bytes, name) })).sheetCount;
    expect(await add(await pdfBytes(3, 'lppd'), 'SCAN_0001.pdf')).toBe(3);
    expect(await add(multiPageTiff([page, page]), 'SCAN_0002.tif')).toBe(5);
    expect(await add(jpegBytes('lampiran'), 'lampiran.jpg')).toBe(6);
  });

  it('a scan filed from the scanner inbox as a new document gives it its page count', async () => {
    const s = await signedIn();
    const folder = tempDir('lemari-scanner-');
    await s.call('vault.configure', { config: { ...defaultVaultConfig, inboxDir: folder } });
    const path = join(folder, 'SCAN_0007.pdf');
    writeFileSync(path, await pdfBytes(4, 'sk'));
    const settled = new Date(Date.parse('2026-03-02T02:00:00Z') - 60_000);
    utimesSync(path, settled, settled);
    await s.call('inbox.scan', {});
    const item = (await s.call('inbox.list', {})).items.find((i) => i.name === 'SCAN_0007.pdf');
    if (!item) throw new Error('the inbox did not take the scan');
    const made = await s.call('inbox.assign', { itemId: item.id, newDocument: fields() });
    expect(made.sheetCount).toBe(4);
  });

  it('a Lembar the officer typed stands, and the public copy does not count', async () => {
    const s = await signedIn();
    const doc = await s.call('document.create', { fields: fields({ sheetCount: 4 }) });
    const detail = await s.call('document.addFile', {
      id: doc.id,
      role: 'original',
      upload: await s.stage(await pdfBytes(2, 'x'), 'a.pdf'),
    });
    expect(detail.sheetCount).toBe(4);
    const other = await s.call('document.create', { fields: fields({ date: '2024-06-01' }) });
    const publicCopy = await s.call('document.addFile', {
      id: other.id,
      role: 'public',
      upload: await s.stage(await pdfBytes(5, 'p'), 'p.pdf'),
    });
    expect(publicCopy.sheetCount).toBe(1);
  });
});
