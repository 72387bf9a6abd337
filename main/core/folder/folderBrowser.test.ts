import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLemariError } from '../../../shared/api/errors';
import { repoRoot } from '../../../test/support/child';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { tempDir } from '../../../test/support/tempArchive';
import { listFolder, MAX_FOLDERS } from './folderBrowser';

function refusal(run: () => unknown): { code: string; message: string; field: string | undefined } {
  try {
    run();
  } catch (error) {
    if (isLemariError(error)) return { code: error.code, message: error.messageEn, field: error.field };
    throw error;
  }
  throw new Error('accepted, but should have been refused');
}

/** A folder as a scanner PC has one: subfolders, scans, a hidden folder, links. */
function tree(): string {
  const root = tempDir('lemari-folders-');
  mkdirSync(join(root, 'Pindaian 2026'));
  mkdirSync(join(root, 'arsip'));
  mkdirSync(join(root, 'Zeta'));
  mkdirSync(join(root, '.cache'));
  writeFileSync(join(root, 'SCAN_0001.pdf'), '%PDF-1.4 rahasia');
  writeFileSync(join(root, 'kunci-cadangan.txt'), 'AGE-SECRET-KEY-1…');
  symlinkSync(join(root, 'arsip'), join(root, 'tautan ke arsip'));
  symlinkSync(join(root, 'SCAN_0001.pdf'), join(root, 'tautan ke berkas'));
  return root;
}

describe('the folder browser of browser mode', () => {
  it('lists the subfolders (and links to folders) by name, sorted, and no file, hidden folder or link to a file', () => {
    const root = tree();
    const listing = listFolder(root, { home: root });
    expect(listing.folders.map((f) => f.name)).toEqual(['arsip', 'Pindaian 2026', 'tautan ke arsip', 'Zeta']);
    expect(listing.folders[0]?.path).toBe(join(root, 'arsip'));
    expect(listing.path).toBe(root);
    expect(listing.parent).not.toBeNull();
    expect(JSON.stringify(listing)).not.toMatch(/SCAN_0001|kunci-cadangan|rahasia|AGE-SECRET|\.cache/);
  });

  it('starts at the home folder and offers it and the root among the places', () => {
    const root = tree();
    const listing = listFolder(null, { home: root, platform: 'linux' });
    expect(listing.path).toBe(root);
    expect(listing.places.map((p) => p.path)).toEqual(expect.arrayContaining([root, '/']));
    expect(listFolder('/', { home: root }).parent).toBeNull();
  });

  it('refuses a path that does not exist, a file, a relative path and a NUL byte, saying why', () => {
    const root = tree();
    expect(refusal(() => listFolder(join(root, 'tidak-ada')))).toMatchObject({ code: 'not_found', field: 'path' });
    expect(refusal(() => listFolder(join(root, 'tidak-ada'))).message).toContain('does not exist');
    expect(refusal(() => listFolder(join(root, 'SCAN_0001.pdf')))).toMatchObject({ code: 'not_found' });
    expect(refusal(() => listFolder(join(root, 'SCAN_0001.pdf'))).message).toContain('is not a folder');
    expect(refusal(() => listFolder(join(root, 'tautan ke berkas'))).message).toContain('is not a folder');
    expect(refusal(() => listFolder('arsip')).code).toBe('invalid_input');
    expect(refusal(() => listFolder('../../etc')).code).toBe('invalid_input');
    expect(refusal(() => listFolder(`${root}\0/arsip`)).code).toBe('invalid_input');
  });

  it('resolves .. and links to the real folder it lists', () => {
    const root = tree();
    expect(listFolder(join(root, 'Zeta', '..', 'arsip')).path).toBe(join(root, 'arsip'));
    expect(listFolder(join(root, 'tautan ke arsip')).path).toBe(join(root, 'arsip'));
  });

  it(`shows at most ${String(MAX_FOLDERS)} subfolders and says it cut the list`, () => {
    const root = tempDir('lemari-folders-');
    for (let i = 0; i < MAX_FOLDERS + 3; i++) mkdirSync(join(root, `folder-${String(i).padStart(4, '0')}`));
    const listing = listFolder(root);
    expect(listing.folders).toHaveLength(MAX_FOLDERS);
    expect(listing.truncated).toBe(true);
    expect(listFolder(tree()).truncated).toBe(false);
  });

  it('refuses a folder it may not read (as root: checked as the unprivileged account "nobody")', () => {
    const root = tree();
    const locked = join(root, 'Zeta');
    chmodSync(locked, 0o000);
    try {
      if (process.getuid?.() !== 0) {
        expect(refusal(() => listFolder(locked)).code).toBe('forbidden');
        return;
      }
      // Root reads every folder: give its rights up in a child, with the way to the folder open to others.
      for (let dir = root; dir.startsWith(`${tmpdir()}/`); dir = dirname(dir)) chmodSync(dir, 0o755);
      const run = (path: string) =>
        execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'test/support/scripts/listFolderAs.ts'), '65534', path], {
          cwd: repoRoot,
          encoding: 'utf8',
        }).trim();
      expect(run(root)).toBe('listed');
      expect(run(locked)).toBe('forbidden');
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('attacks on folder choosing through dispatch', () => {
  it('nobody signed in and a clerk without the manage-users right are refused before anything is listed', async () => {
    const s = dispatchCore('2026-03-02T02:00:00Z');
    const root = tree();
    const anonymous = await s.dispatch('folder.list', { path: root }, { actor: 'root', channel: 'x' });
    expect(anonymous.ok ? 'listed' : anonymous.error.code).toBe('signed_out');
    await s.firstPpid({ name: 'Rina Marlina' });
    const budi = await s.call('user.create', { fields: { name: 'Budi', nip: '', jabatan: 'Pengelola', roles: ['petugas'], active: true } });
    expect((await s.call('folder.list', { path: root })).folders).toHaveLength(4);
    await s.signInAs(budi);
    for (const method of ['folder.list', 'folder.pick'] as const) {
      const refused = await s.dispatch(method, method === 'folder.list' ? { path: root } : { current: null }, s.context());
      expect(refused.ok ? 'accepted' : refused.error.code, method).toBe('forbidden');
    }
  });

  it('outside Electron folder.pick answers that there is no native dialog', async () => {
    const s = dispatchCore('2026-03-02T02:00:00Z');
    await s.firstPpid({ name: 'Rina Marlina' });
    expect(await s.call('folder.pick', { current: '/tmp' })).toEqual({ native: false, path: null });
  });
});
