import { closeSync, openSync, readFileSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLemariError } from '../../shared/api/errors';
import { createCore, DB_FILE } from '../../main/core/createCore';
import { spawnScript, waitForLine } from '../support/child';
import { tempDir } from '../support/tempArchive';

function openError(dir: string): unknown {
  try {
    createCore({ archiveDir: dir }).close();
    return null;
  } catch (error) {
    return error;
  }
}

describe('the archive database', () => {
  it('opens with the settings RELIABILITY.md calls safe', () => {
    const core = createCore({ archiveDir: tempDir() });
    const pragma = (name: string) => core.db.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2);
    expect(pragma('locking_mode')).toBe('exclusive');
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('secure_delete')).toBe(1);
    core.close();
  });

  it('tells a second process "arsip sedang dibuka" and leaves the first unaffected', async () => {
    const dir = tempDir();
    const holder = spawnScript('holdArchive.ts', [dir]);
    try {
      await waitForLine(holder, 'holding');
      const error = openError(dir);
      expect(isLemariError(error) && error.code).toBe('archive_in_use');
      expect(isLemariError(error) && error.message).toContain('Arsip sedang dibuka');
    } finally {
      holder.stdin?.end();
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    // The holder's write is intact and the archive opens normally once it has closed.
    const core = createCore({ archiveDir: dir });
    expect((await core.handlers['unit.list']({ includeInactive: true }, { actor: 't' })).map((u) => u.name)).toEqual(['Dipegang']);
    core.close();
  });

  it('refuses a file that is not a database, without overwriting it', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE);
    writeFileSync(file, 'Ini bukan basis data SQLite, hanya teks biasa.'.repeat(200));
    const before = readFileSync(file);
    const error = openError(dir);
    expect(isLemariError(error) && error.code).toBe('archive_corrupt');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('detects damaged pages at open (quick_check)', async () => {
    const dir = tempDir();
    const core = createCore({ archiveDir: dir });
    for (let i = 0; i < 300; i += 1) {
      await core.handlers['unit.create'](
        { fields: { name: `Unit ${String(i)} ${'x'.repeat(100)}`, kind: 'bidang', head: '', active: true } },
        { actor: 't' },
      );
    }
    core.close();
    // Overwrite the middle of the file (index and table pages) with garbage, as a failing disk would.
    const fd = openSync(join(dir, DB_FILE), 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096 * 3);
    closeSync(fd);
    const error = openError(dir);
    expect(isLemariError(error) && error.code).toBe('archive_corrupt');
  });
});
