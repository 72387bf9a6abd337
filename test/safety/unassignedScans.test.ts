import { existsSync, readdirSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVaultConfig } from '../../shared/domain/vault';
import { dispatchCore } from '../support/dispatchCore';
import { tempDir } from '../support/tempArchive';
import { pngBytes } from '../vault/fixtures';

/**
 * Issue 13 #7: scans the inbox took into the vault and nobody assigned are listed, and the PPID can
 * remove them (audited) so they stop riding in every backup. Attacked: a non-PPID, an assigned scan, a
 * scan still waiting in the inbox, and bytes that a document also holds are all refused, changing nothing.
 */
const START = '2026-03-02T02:00:00.000Z';
const document = {
  title: 'Surat keputusan',
  number: '',
  date: '2026-03-01',
  classificationCode: '',
  stage: 'asli',
  description: '',
  sheetCount: 1,
} as const;

async function archive() {
  const a = dispatchCore(START);
  const ppid = await a.firstPpid({ name: 'Rina Marlina' });
  const folder = tempDir('lemari-scanner-');
  await a.call('vault.configure', { config: { ...defaultVaultConfig, inboxDir: folder } });
  /** The scanner saves a file (settled a minute ago) and the inbox looks; answers the waiting item. */
  const scanIn = async (name: string, shade: number) => {
    const path = join(folder, name);
    writeFileSync(path, pngBytes(20, 20, [shade, 100, 100]));
    const past = new Date(Date.parse(START) - 60_000);
    utimesSync(path, past, past);
    await a.call('inbox.scan', {});
    const item = (await a.call('inbox.list', {})).items.find((i) => i.name === name);
    if (!item?.sha256) throw new Error(`the inbox did not take ${name}`);
    return { ...item, sha256: item.sha256, path };
  };
  /** The file leaves the scanner folder without being assigned (an officer tidied the folder). */
  const tidy = async (path: string) => {
    unlinkSync(path);
    await a.call('inbox.scan', {});
  };
  const objectPath = (sha: string) => join(a.core.archiveDir, 'vault', 'objects', sha.slice(0, 2), sha.slice(2, 4), sha);
  return { ...a, ppid, folder, scanIn, tidy, objectPath };
}

describe('scans the inbox ingested and nobody assigned (issue 13 #7)', () => {
  it('are listed, and the PPID removes one: row and file gone, audited with its names, verify clean', async () => {
    const a = await archive();
    const kept = await a.scanIn('SCAN_0001.png', 10);
    const stray = await a.scanIn('SCAN_0002.png', 200);
    await a.call('inbox.assign', { itemId: kept.id, newDocument: document });
    await a.tidy(stray.path);
    const listed = await a.call('inbox.unassigned', {});
    expect(listed).toEqual([expect.objectContaining({ sha256: stray.sha256, names: ['SCAN_0002.png'] })]);
    expect(existsSync(a.objectPath(stray.sha256))).toBe(true);

    expect(await a.call('inbox.discard', { sha256: stray.sha256 })).toEqual({ sha256: stray.sha256, size: listed[0]?.size });
    expect(existsSync(a.objectPath(stray.sha256))).toBe(false);
    expect(existsSync(a.objectPath(kept.sha256))).toBe(true);
    expect(await a.call('inbox.unassigned', {})).toEqual([]);
    await expect(a.call('vault.blob', { sha256: stray.sha256 })).rejects.toThrow(/not_found/);
    const [event] = await a.call('audit.list', { entityType: 'blob', entityId: stray.sha256, limit: 1 });
    expect(event).toMatchObject({ action: 'inbox.discard', actor: 'Rina Marlina', before: { names: ['SCAN_0002.png'] }, after: null });
    expect(await a.call('audit.verify', {})).toMatchObject({ ok: true, changedRows: [] });
    const check = await a.core.vault.verify('manual', 'uji');
    expect(check).toMatchObject({ clean: true, changed: [], missing: [], untracked: [] });
  });

  it('a non-PPID (petugas) cannot remove one: refused by role, nothing changed', async () => {
    const a = await archive();
    const stray = await a.scanIn('SCAN_0003.png', 30);
    await a.tidy(stray.path);
    const budi = await a.call('user.create', {
      fields: { name: 'Budi Santoso', nip: '', jabatan: 'Petugas', roles: ['petugas'], active: true },
    });
    await a.signInAs(budi);
    const events = (await a.call('audit.list', { limit: 100 })).length;
    expect(await a.refuse('inbox.discard', { sha256: stray.sha256 })).toMatchObject({ code: 'forbidden' });
    expect(existsSync(a.objectPath(stray.sha256))).toBe(true);
    expect((await a.call('audit.list', { limit: 100 })).length).toBe(events);
    expect(await a.call('inbox.unassigned', {})).toHaveLength(1);
    await a.signInAs(null);
    expect(await a.refuse('inbox.discard', { sha256: stray.sha256 })).toMatchObject({ code: 'signed_out' });
    expect(existsSync(a.objectPath(stray.sha256))).toBe(true);
  });

  it('an assigned scan, a scan still waiting, and bytes a document holds cannot be removed this way', async () => {
    const a = await archive();
    const assigned = await a.scanIn('SCAN_0004.png', 40);
    const made = await a.call('inbox.assign', { itemId: assigned.id, newDocument: document });
    const waiting = await a.scanIn('SCAN_0005.png', 50);
    // The same bytes came in through the inbox (then tidied away) and as a document's file.
    const twin = await a.scanIn('SCAN_0006.png', 60);
    await a.tidy(twin.path);
    const other = await a.call('document.create', { fields: { ...document, title: 'Lampiran' } });
    await a.call('document.addFile', {
      id: other.id,
      role: 'original',
      upload: await a.stage(pngBytes(20, 20, [60, 100, 100]), 'lampiran.png'),
    });
    expect(await a.call('inbox.unassigned', {})).toEqual([]);

    for (const sha256 of [assigned.sha256, waiting.sha256, twin.sha256]) {
      expect(await a.refuse('inbox.discard', { sha256 })).toMatchObject({ code: 'conflict', messageEn: expect.stringContaining('in use') });
      expect(existsSync(a.objectPath(sha256))).toBe(true);
      await expect(a.call('vault.blob', { sha256 })).resolves.toMatchObject({ sha256 });
    }
    expect((await a.call('document.get', { id: made.id })).files).toHaveLength(1);
    expect((await a.call('inbox.list', {})).items.map((i) => i.name)).toEqual(['SCAN_0005.png']);
    expect(readdirSync(a.folder)).toEqual(['SCAN_0005.png']);
    expect(await a.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});
