import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/core/audit/verifyChain';
import { verifyBackupFile } from '../../main/core/backup/readBackup';
import { restoreBackup } from '../../main/core/backup/restore';
import { addUnits, addVaultObjects, cleanupTemp, dumpDb, hashTree, openCore, safetyTemp } from './support/archive';
import { fatVolume } from './support/fat';
import { recordSafety, soak } from './support/tally';
import { TEST_KEY, TEST_PASSPHRASE } from './support/backupKeys';
import { Decrypter } from 'age-encryption';

// RELIABILITY #8: backup → wipe → restore; manifest verifies with sha256sum -c, logical DB equal,
// every object equal, audit chain continues; also onto a FAT stick and during concurrent writes.
const counts = { runs: 0, files: 0, bytes: 0, concurrentWrites: 0 };
let fatVariant = 'not run';

/** Backs up, wipes the archive, restores into a new folder and checks everything a user would. */
async function roundTrip(backupFolder: string, units: number, objects: number) {
  const archive = join(safetyTemp(), 'arsip');
  const core = openCore(archive);
  await addUnits(core, units);
  const hashes = addVaultObjects(archive, objects, 3000);
  const before = dumpDb(core.db);
  const vaultBefore = hashTree(join(archive, 'vault', 'objects'));
  // A person at the screen: a passphrase (issue 13 #5).
  const result = await core.backup.create('manual', 'uji', join(backupFolder, 'uji.lemari-backup'), { passphrase: TEST_PASSPHRASE });
  const headAtBackup = result.auditHead;
  core.close();

  // Checked by hand, as an officer with only age, tar and sha256sum would: decrypted (here with the
  // age-encryption package, as `age -d` would), then unpacked and checked.
  const unpacked = join(safetyTemp(), 'unpacked');
  mkdirSync(unpacked);
  const decrypter = new Decrypter();
  decrypter.addPassphrase(TEST_PASSPHRASE);
  const plainTar = join(safetyTemp(), 'uji.tar');
  writeFileSync(plainTar, await decrypter.decrypt(readFileSync(result.file)));
  execFileSync('tar', ['-xf', plainTar, '-C', unpacked]);
  const check = spawnSync('sha256sum', ['--quiet', '-c', 'manifest-sha256.txt'], { cwd: join(unpacked, 'lemari-backup') });
  expect(check.status, check.stderr.toString()).toBe(0);
  expect(spawnSync('sha256sum', ['--quiet', '-c', 'tagmanifest-sha256.txt'], { cwd: join(unpacked, 'lemari-backup') }).status).toBe(0);

  rmSync(archive, { recursive: true, force: true }); // the wipe
  const restoredDir = join(safetyTemp(), 'arsip-pulih');
  const report = await restoreBackup(result.file, restoredDir, { leaving: null, key: { passphrase: TEST_PASSPHRASE } });
  expect(report.integrity).toBe('ok');
  expect(report.vaultObjects).toBe(objects);
  expect(report.auditHead).toBe(headAtBackup);
  expect(hashTree(join(restoredDir, 'vault', 'objects'))).toEqual(vaultBefore);

  const restored = openCore(restoredDir);
  expect(dumpDb(restored.db)).toEqual(before);
  // The chain continues: a new change links to the head kept in the backup.
  await addUnits(restored, 1, 'Sesudah pulih');
  const chain = verifyAuditChain(restored.db, headAtBackup ? { seq: result.auditCount, hash: headAtBackup } : null);
  expect(chain).toMatchObject({ ok: true, headSeq: result.auditCount + 1 });
  restored.close();
  counts.runs += 1;
  counts.files += report.filesVerified;
  counts.bytes += result.bytes;
  return { hashes, report };
}

describe('safety #8: backup → wipe → restore', () => {
  afterAll(() => {
    recordSafety('8 backup round trip', { ...counts, fatVariant });
    cleanupTemp();
  });

  it('restores byte-for-byte into a new folder on this disk', async () => {
    const folder = safetyTemp();
    await roundTrip(folder, soak(25, 500), soak(12, 200));
  });

  it('restores from a FAT-formatted stick', async () => {
    const stick = fatVolume(safetyTemp('lemari-fat-'));
    fatVariant = stick.variant;
    console.log(`[safety] 8 FAT variant: ${stick.variant}`);
    try {
      const archive = join(safetyTemp(), 'arsip');
      const core = openCore(archive);
      await core.handlers['settings.update']({ patch: { backupDir: stick.dir, backupKeep: 2 } }, { actor: 'uji' });
      await addUnits(core, 10);
      addVaultObjects(archive, 5, 5000);
      const before = dumpDb(core.db);
      const vaultBefore = hashTree(join(archive, 'vault', 'objects'));
      const first = await core.backup.create('manual', 'uji');
      // Keeping the last 2: three backups leave two, and only Lemari's own files are ever removed.
      await core.backup.create('schedule', 'uji');
      const third = await core.backup.create('schedule', 'uji');
      expect(third.removed).toEqual([first.file]);
      expect(readdirSync(stick.dir).filter((n) => n.endsWith('.lemari-backup'))).toHaveLength(2);
      expect(readdirSync(stick.dir).some((n) => n.endsWith('.partial'))).toBe(false);
      core.close();
      stick.remount();
      const verified = await verifyBackupFile(third.file, { wholeHash: true, key: TEST_KEY });
      expect(verified.wholeHash).toBe(third.sha256);
      const restoredDir = join(safetyTemp(), 'pulih-dari-fat');
      await restoreBackup(third.file, restoredDir, { leaving: null, key: TEST_KEY });
      const restored = openCore(restoredDir);
      // The first backup's own audit event is in the third backup, so compare without the audit table's tail.
      const after = dumpDb(restored.db);
      expect(after.units).toEqual(before.units);
      expect(hashTree(join(restoredDir, 'vault', 'objects'))).toEqual(vaultBefore);
      expect(verifyAuditChain(restored.db).ok).toBe(true);
      restored.close();
      counts.runs += 1;
      counts.files += verified.files;
    } finally {
      const fsckOk = stick.close();
      if (stick.variant !== 'plain-folder-fallback') expect(fsckOk).toBe(true);
    }
  });

  it('takes a consistent backup while writes keep arriving', async () => {
    const archive = join(safetyTemp(), 'arsip');
    const folder = safetyTemp();
    const core = openCore(archive);
    await addUnits(core, 20);
    addVaultObjects(archive, 30, 64 * 1024);
    const state = { stop: false };
    const acknowledged: number[] = [];
    const writer = (async () => {
      while (!state.stop) {
        const [id] = await addUnits(core, 1, 'Bersamaan');
        if (id !== undefined) acknowledged.push(id);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const result = await core.backup.create('manual', 'uji', join(folder, 'bersamaan.lemari-backup'));
    await new Promise((r) => setTimeout(r, 50));
    state.stop = true;
    await writer;
    counts.concurrentWrites += acknowledged.length;
    const report = await core.backup.testRestore(result.file, TEST_KEY);
    // Every write acknowledged before the snapshot is in it; later ones are named as the gap.
    expect(report.auditHead).toBe(result.auditHead);
    expect(report.gap?.missingChanges).toBeGreaterThan(0);
    expect(report.gap?.diverged).toBe(false);
    const restoredDir = join(safetyTemp(), 'pulih');
    await restoreBackup(result.file, restoredDir, { leaving: null, key: TEST_KEY });
    const restored = openCore(restoredDir);
    const ids = restored.db
      .prepare<[], { id: number }>('SELECT id FROM units')
      .all()
      .map((r) => r.id);
    const inBackup = result.auditCount;
    // Units are created one per audit entry after the first 20; the restored set is a prefix of what was acknowledged.
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(verifyAuditChain(restored.db).headSeq).toBe(inBackup);
    for (const id of ids) expect(id <= Math.max(...acknowledged, 20)).toBe(true);
    restored.close();
    core.close();
    counts.runs += 1;
  });

  it('refuses to restore over an archive or into a non-empty folder', async () => {
    const archive = join(safetyTemp(), 'arsip');
    const core = openCore(archive);
    await addUnits(core, 2);
    const result = await core.backup.create('manual', 'uji', join(safetyTemp(), 'a.lemari-backup'));
    await expect(core.backup.restore(result.file, archive)).rejects.toMatchObject({ code: 'conflict' });
    await expect(core.backup.restore(result.file, join(archive, 'dalam'))).rejects.toMatchObject({ code: 'conflict' });
    const busy = safetyTemp();
    mkdirSync(join(busy, 'isi'));
    await expect(core.backup.restore(result.file, busy)).rejects.toMatchObject({ code: 'conflict' });
    expect(existsSync(join(busy, 'isi'))).toBe(true);
    core.close();
    counts.runs += 1;
  });
});
