import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { exportedFileSchema } from '../../../shared/domain/export';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { tempDir } from '../../../test/support/tempArchive';
import { httpRoutes } from '../../transport/http/routes';
import { startHttpServer } from '../../transport/http/server';

/**
 * The Lembar Pengujian Konsekuensi comes back as a generated file in the export store, fetched by
 * id from `/download/<fileId>` like every export, never as base64 inside the JSON answer.
 */
describe('consequence.sheet', () => {
  it('stores the sheet as a file and serves it at /download/<id> as a readable PDF', async () => {
    const s = dispatchCore('2025-04-10T03:00:00Z');
    await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
    const entry = await s.call('entry.create', {
      fields: { ...emptyEntryFields('berkala', 2025), judul: 'Data gaji dan rekening pegawai' },
    });
    const test = await s.call('consequence.create', {
      fields: {
        heldOn: '2025-04-10',
        place: 'Ruang rapat PPID',
        trigger: 'sebelum_permohonan',
        requestRef: '',
        documentExamined: 'Daftar gaji pegawai 2024',
        entryIds: [entry.id],
        participants: [{ name: 'Budi Santoso', role: 'Pengelola Informasi', unit: '' }],
        harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
        publicInterest: '',
        balance: '',
        conclusion: null,
        periodText: '',
      },
    });

    const sheet = exportedFileSchema.strict().parse(await s.call('consequence.sheet', { id: test.id }));
    expect(sheet).toMatchObject({
      name: `lembar-pengujian-konsekuensi-UK-${String(test.id).padStart(4, '0')}.pdf`,
      contentType: 'application/pdf',
    });
    expect(sheet.url).toBe(`/download/${sheet.fileId}`);
    const stored = s.core.exportFiles.get(sheet.fileId);
    expect(stored).not.toBeNull();

    const server = await startHttpServer({
      dispatch: s.dispatch,
      events: s.core.events,
      staticDir: null,
      context: () => ({ actor: 'laptop' }),
      routes: httpRoutes(s.core),
    });
    try {
      const response = await fetch(`${server.origin}${sheet.url}`, { headers: { Authorization: `Bearer ${server.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(sheet.size);
      expect(bytes.equals(readFileSync(stored?.path ?? ''))).toBe(true);
      const file = join(tempDir(), 'sheet.pdf');
      writeFileSync(file, bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('LEMBAR PENGUJIAN KONSEKUENSI');
      expect(text).toContain('Data gaji dan rekening pegawai');
      expect(text).toContain('Budi Santoso');
    } finally {
      await server.close();
    }
  });
});
