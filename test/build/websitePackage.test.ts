import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDip, openSession, setAgency } from '../export/fixture';
import { tempDir } from '../support/tempArchive';

const decision = {
  number: '300.2.11 / 12 / I / 2026',
  date: '2026-01-12',
  place: 'Sukamaju',
  signerPosition: 'Kepala Dinas',
  signerName: 'Ir. Bambang Wibowo',
  signerNip: '',
};

describe('website package', () => {
  it('made twice from one edition, in two time zones, is the same bytes, and unzip and python accept it', async () => {
    const s = openSession();
    const savedTz = process.env.TZ;
    try {
      await setAgency(s);
      await addDip(s, 4);
      const edition = await s.call('edition.publish', { list: 'dip', year: 2026, decision });
      process.env.TZ = 'Asia/Jakarta';
      const first = await s.core.publish.toFolder(edition.id, tempDir('lemari-pkg-a-'));
      process.env.TZ = 'UTC';
      const second = await s.core.publish.toFolder(edition.id, tempDir('lemari-pkg-b-'));
      const download = await s.core.publish.toDownload(edition.id);

      const bytes = readFileSync(first.zip);
      expect(readFileSync(second.zip).equals(bytes)).toBe(true);
      expect(second.zipSha256).toBe(first.zipSha256);
      expect(download.fileCount).toBe(first.files.length);

      expect(execFileSync('unzip', ['-t', first.zip], { encoding: 'utf8' })).toContain('No errors detected');
      execFileSync('python3', ['-m', 'zipfile', '-t', first.zip], { encoding: 'utf8' });
      const listed = execFileSync('unzip', ['-Z1', first.zip], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toEqual(first.files.map((file) => file.name));
      expect(listed).toContain('index.html');
      expect(listed).toContain('manifest-sha256.txt');
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
      s.core.close();
    }
  });
});
