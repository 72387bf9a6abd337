import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../main/core/createCore';
import { main } from '../../main/cli';
import { logCheckFailure, VaultCheckAbandoned } from '../../main/core/vault/vault.service';
import { tempDir } from '../support/tempArchive';
import { pdfBytes, pngBytes, sha256 } from './fixtures';
import { fileIn, filesUnder, openCore } from './helpers';

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

/** An archive with five scans; answers their hashes and object paths. */
async function archiveWithScans(): Promise<{ core: Core; shas: string[]; path: (sha: string) => string }> {
  const core = openCore();
  cores.push(core);
  const src = tempDir();
  const shas: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const bytes = pngBytes(30 + i, 40, [100 + i, 120, 140]);
    await core.vault.ingest(fileIn(src, `p${String(i)}.png`, bytes), `p${String(i)}.png`, 't');
    shas.push(sha256(bytes));
  }
  const pdf = await pdfBytes(2, 'Laporan');
  await core.vault.ingest(fileIn(src, 'l.pdf', pdf), 'l.pdf', 't');
  shas.push(sha256(pdf));
  const objects = join(core.archiveDir, 'vault', 'objects');
  return { core, shas, path: (sha) => join(objects, sha.slice(0, 2), sha.slice(2, 4), sha) };
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${String(index)}`);
  return item;
}

describe('Periksa Keutuhan (RELIABILITY #7)', () => {
  it('a clean vault gives no false alarm, twice in a row, and reports progress to the end', async () => {
    const { core, shas } = await archiveWithScans();
    const progress: { done: number; total: number }[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'job.progressed') progress.push(payload as { done: number; total: number });
    });
    for (let run = 0; run < 2; run += 1) {
      const check = await core.vault.verify('manual', 't');
      expect(check).toMatchObject({ ok: shas.length, changed: [], missing: [], untracked: [], clean: true });
    }
    const last = progress.at(-1);
    expect(last && last.done === last.total && last.total > 0).toBe(true);
  });

  it('reports exactly: a flipped bit, a truncation and a same-size replacement as changed; a deleted object as missing; stray files as untracked and quarantined', async () => {
    const { core, shas, path } = await archiveWithScans();
    const flipped = at(shas, 0);
    const bytes = readFileSync(path(flipped));
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x01;
    writeFileSync(path(flipped), bytes);
    const truncated = at(shas, 1);
    truncateSync(path(truncated), 10);
    const replaced = at(shas, 2);
    writeFileSync(path(replaced), Buffer.alloc(readFileSync(path(replaced)).length, 0x41));
    const missing = at(shas, 3);
    rmSync(path(missing));
    // An orphan (a valid object with no row, as a crash between rename and commit leaves) and junk.
    const orphan = pngBytes(9, 9, [9, 9, 9]);
    const orphanSha = sha256(orphan);
    const orphanPath = path(orphanSha);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(orphanPath, '..'), { recursive: true });
    writeFileSync(orphanPath, orphan);
    writeFileSync(join(core.archiveDir, 'vault', 'objects', 'Thumbs.db'), 'x');

    const check = await core.vault.verify('manual', 't');
    expect(check.ok).toBe(1);
    expect([...check.changed].sort()).toEqual([flipped, truncated, replaced].sort());
    expect(check.missing).toEqual([missing]);
    expect(check.untracked.map((u) => u.path).sort()).toEqual(
      [`${orphanSha.slice(0, 2)}/${orphanSha.slice(2, 4)}/${orphanSha}`, 'Thumbs.db'].sort(),
    );
    expect(check.clean).toBe(false);
    // Quarantined, never deleted.
    expect(existsSync(orphanPath)).toBe(false);
    for (const u of check.untracked) expect(u.quarantinedTo && existsSync(join(core.archiveDir, 'vault', u.quarantinedTo))).toBeTruthy();
    expect(
      readFileSync(join(core.archiveDir, 'vault', check.untracked.find((u) => u.path.endsWith(orphanSha))?.quarantinedTo ?? '')).equals(
        orphan,
      ),
    ).toBe(true);
    // The stray files are out of the way: a second run reports only what still needs a restore.
    const again = await core.vault.verify('manual', 't');
    expect(again.untracked).toEqual([]);
    expect(again.changed).toHaveLength(3);
    expect(core.vault.status().lastCheck?.id).toBe(again.id);
  });

  it('a changed object is healed by storing the same content again, and then verifies clean', async () => {
    const { core, shas, path } = await archiveWithScans();
    const sha = at(shas, 0);
    const good = readFileSync(path(sha));
    appendFileSync(path(sha), 'rusak');
    await core.vault.ingest(fileIn(tempDir(), 'ulang.png', good), 'ulang.png', 't');
    expect((await core.vault.verify('manual', 't')).clean).toBe(true);
  });

  it('lemari verify prints the counts and exits 1 when anything is wrong, 0 when clean', async () => {
    const { core, shas, path } = await archiveWithScans();
    const dir = core.archiveDir;
    core.close();
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await main(['verify', '--archive', dir], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/Utuh \/ ok:\s+5/);
    renameSync(path(at(shas, 4)), join(dir, 'pindah.pdf'));
    lines.length = 0;
    expect(await main(['verify', '--archive', dir, '--json'], io)).toBe(1);
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ ok: 4, missing: [at(shas, 4)], changed: [], untracked: [] });
  });

  it('lemari vault add stores files, prints their hashes, and exits 1 for a refused file', async () => {
    const dir = tempDir();
    const src = tempDir();
    const png = pngBytes(7, 7, [7, 7, 7]);
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await main(['vault', 'add', fileIn(src, 'a.png', png), '--archive', dir], io)).toBe(0);
    expect(lines[0]).toBe(`${sha256(png)}  ${join(src, 'a.png')}`);
    lines.length = 0;
    expect(
      await main(['vault', 'add', fileIn(src, 'b.pdf', Buffer.from('<html>')), join(src, 'a.png'), '--archive', dir, '--json'], io),
    ).toBe(1);
    const results = JSON.parse(lines.join('\n')) as { error?: { code: string }; existed?: boolean }[];
    expect(results[0]?.error?.code).toBe('unsupported_file');
    expect(results[1]?.existed).toBe(true);
    expect(filesUnder(join(dir, 'vault', 'objects'))).toHaveLength(1);
  });

  it('runs on the schedule from the settings: due when never run, not again until the interval passes, never when off', async () => {
    let now = new Date('2025-06-01T08:00:00Z');
    const core = openCore(undefined, { clock: () => now });
    cores.push(core);
    expect(core.vault.scheduleTick()).toBe(true);
    await new Promise<void>((resolve) => core.events.subscribe((event) => event === 'vault.verified' && resolve()));
    expect(core.vault.status().lastCheck?.trigger).toBe('schedule');
    now = new Date('2025-06-05T08:00:00Z');
    expect(core.vault.scheduleTick()).toBe(false);
    now = new Date('2025-06-08T08:00:01Z');
    expect(core.vault.status().nextCheckAt).toBe('2025-06-08T08:00:00.000Z');
    core.vault.configure({ maxFileMb: 1024, verifyEveryDays: 0, inboxDir: '' }, 't');
    expect(core.vault.scheduleTick()).toBe(false);
    expect(core.vault.status().nextCheckAt).toBeNull();
  });

  it('a check the archive closes under (the app quitting) stops quietly: nothing recorded, no error logged, and it runs again at the next start', async () => {
    const { core, shas } = await archiveWithScans();
    const errors: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args);
    });
    try {
      const job = core.vault.startVerify('schedule', 'lemari');
      const outcome = job.done.then(
        () => 'finished',
        (error: unknown) => error,
      );
      job.done.catch(logCheckFailure);
      core.close();
      expect(await outcome).toBeInstanceOf(VaultCheckAbandoned);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    const again = openCore(core.archiveDir);
    cores.push(again);
    expect(again.vault.checks(10)).toEqual([]);
    expect(await again.vault.verify('manual', 't')).toMatchObject({ ok: shas.length, clean: true });
  });

  it('a check that fails for another reason is still logged', () => {
    const errors: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args);
    });
    try {
      logCheckFailure(new Error('disk gone'));
      expect(errors).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
