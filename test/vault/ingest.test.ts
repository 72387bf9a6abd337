import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLemariError } from '../../shared/api/errors';
import type { Core } from '../../main/core/createCore';
import { createNodeVaultFs } from '../../main/core/vault/vaultFs';
import { tempDir } from '../support/tempArchive';
import { jpegBytes, pdfBytes, pngBytes, sha256, tiffBytes } from './fixtures';
import { blobCount, fileIn, filesUnder, openCore, vaultWith } from './helpers';

const cores: Core[] = [];
function core(options: Parameters<typeof openCore>[1] = {}): Core {
  const opened = openCore(undefined, options);
  cores.push(opened);
  return opened;
}
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; messageEn: string }> {
  try {
    await promise;
  } catch (error) {
    if (isLemariError(error)) return { code: error.code, message: error.message, messageEn: error.messageEn };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('vault ingest', () => {
  it('stores PDF, JPEG, PNG and TIFF under objects/ab/cd/<sha256>, with a blob row and an audit event', async () => {
    const c = core();
    const src = tempDir();
    const files = [
      { name: 'sk.pdf', bytes: await pdfBytes(2, 'SK'), type: 'application/pdf' },
      { name: 'foto.jpg', bytes: jpegBytes(), type: 'image/jpeg' },
      { name: 'halaman.png', bytes: pngBytes(30, 40, [200, 200, 200]), type: 'image/png' },
      { name: 'faks.tif', bytes: tiffBytes('MM'), type: 'image/tiff' },
    ];
    for (const file of files) {
      const { blob, existed } = await c.vault.ingest(fileIn(src, file.name, file.bytes), file.name, 'petugas');
      const hash = sha256(file.bytes);
      expect(blob).toMatchObject({ sha256: hash, size: file.bytes.length, contentType: file.type, name: file.name });
      expect(existed).toBe(false);
      const path = join(c.archiveDir, 'vault', 'objects', hash.slice(0, 2), hash.slice(2, 4), hash);
      expect(readFileSync(path).equals(file.bytes)).toBe(true);
      expect(c.vault.open(hash)).toEqual({ path, contentType: file.type, size: file.bytes.length });
    }
    expect(blobCount(c)).toBe(4);
    const audit = await c.handlers['audit.list']({ entityType: 'blob', limit: 10 }, { actor: 't' });
    expect(audit.map((e) => e.action)).toEqual(Array(4).fill('vault.ingest'));
    expect(filesUnder(join(c.archiveDir, 'vault', 'tmp'))).toEqual([]);
  });

  it('stores the same content once, whatever its name, and links it wherever it is used', async () => {
    const c = core();
    const src = tempDir();
    const bytes = pngBytes(50, 50, [10, 20, 30]);
    const a = c.documents.create(
      { title: 'A', number: '', date: '', classificationCode: '', stage: 'asli', description: '', sheetCount: 1 },
      't',
    );
    const b = c.documents.create(
      { title: 'B', number: '', date: '', classificationCode: '', stage: 'salinan', description: '', sheetCount: 1 },
      't',
    );
    await c.documents.addFile(a.id, 'original', fileIn(src, 'scan-a.png', bytes), 'scan-a.png', 't');
    const second = await c.vault.ingest(fileIn(src, 'salinan.png', bytes), 'salinan.png', 't');
    expect(second.existed).toBe(true);
    await c.documents.addFile(b.id, 'original', fileIn(src, 'lagi.png', bytes), 'lagi.png', 't');
    expect(blobCount(c)).toBe(1);
    expect(filesUnder(join(c.archiveDir, 'vault', 'objects'))).toHaveLength(1);
    expect(c.documents.get(b.id).files[0]?.sha256).toBe(sha256(bytes));
  });

  it.each([
    ['HTML renamed .pdf', 'laporan.pdf', Buffer.from('<!doctype html><html><body>bukan pdf</body></html>')],
    ['SVG renamed .png', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['ZIP renamed .jpg', 'foto.jpg', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])],
    ['a PDF header not at the start', 'geser.pdf', Buffer.concat([Buffer.from('   '), Buffer.from('%PDF-1.7\n')])],
  ])('refuses %s by its bytes, says why in both languages, and leaves nothing behind', async (_label, name, bytes) => {
    const c = core();
    const error = await refusal(c.vault.ingest(fileIn(tempDir(), name, bytes), name, 't'));
    expect(error.code).toBe('unsupported_file');
    expect(error.message).toContain(`"${name}" bukan PDF, JPEG, PNG atau TIFF`);
    expect(error.messageEn).toContain('judged by its content');
    expect(blobCount(c)).toBe(0);
    expect(filesUnder(join(c.archiveDir, 'vault'))).toEqual([]);
  });

  it('accepts a real file whatever its extension says', async () => {
    const c = core();
    const bytes = pngBytes(12, 12, [1, 2, 3]);
    const { blob } = await c.vault.ingest(fileIn(tempDir(), 'surat.pdf', bytes), 'surat.pdf', 't');
    expect(blob.contentType).toBe('image/png');
  });

  it('refuses an empty file, a symlink and a folder', async () => {
    const c = core();
    const src = tempDir();
    expect((await refusal(c.vault.ingest(fileIn(src, 'kosong.pdf', Buffer.alloc(0)), 'kosong.pdf', 't'))).message).toContain(
      'kosong (0 bita)',
    );
    const target = fileIn(src, 'asli.png', pngBytes(4, 4, [0, 0, 0]));
    symlinkSync(target, join(src, 'pintasan.png'));
    expect((await refusal(c.vault.ingest(join(src, 'pintasan.png'), 'pintasan.png', 't'))).message).toContain('bukan berkas biasa');
    expect((await refusal(c.vault.ingest(src, 'folder', 't'))).code).toBe('unsupported_file');
    expect(blobCount(c)).toBe(0);
  });

  it('keeps to the size limit from the settings, before and while copying', async () => {
    const c = core();
    c.vault.configure({ maxFileMb: 1, verifyEveryDays: 7, inboxDir: '' }, 't');
    const big = Buffer.concat([pngBytes(2, 2, [0, 0, 0]), Buffer.alloc(1024 * 1024 + 10)]);
    const error = await refusal(c.vault.ingest(fileIn(tempDir(), 'besar.png', big), 'besar.png', 't'));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('batas 1 MB');
    expect(filesUnder(join(c.archiveDir, 'vault'))).toEqual([]);
  });

  it('checks free space first and says how much is needed', async () => {
    const c = core();
    const vault = vaultWith(c, { fs: { ...createNodeVaultFs(), freeBytes: () => Promise.resolve(3 * 1024 * 1024) } });
    const error = await refusal(vault.ingest(fileIn(tempDir(), 'a.png', pngBytes(8, 8, [9, 9, 9])), 'a.png', 't'));
    expect(error.code).toBe('disk_full');
    expect(error.message).toMatch(/perlu sekitar \d+ MB, tersedia 3 MB/);
    expect(blobCount(c)).toBe(0);
  });
});
