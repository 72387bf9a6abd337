// Backup, verify and restore of a realistic archive (issue 7): throughput against a plain file copy of the
// same bytes (the floor: a backup cannot be faster than copying), and peak memory (must stay flat: streaming).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyBackupFile } from '../../main/core/backup/readBackup';
import { restoreBackup } from '../../main/core/backup/restore';
import { listVaultObjects } from '../../main/core/backup/vaultFiles';
import { addVaultObjects, openCore } from '../safety/support/archive';
import { fmt, table, timeMs } from './measure';

export default async function run(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'lemari-bench-backup-'));
  try {
    const archive = join(base, 'arsip');
    const core = openCore(archive);
    const insert = core.db.prepare(
      "INSERT INTO units (name, kind, head, active, version, created_at, updated_at) VALUES (?, 'bidang', 'Kepala', 1, 0, '2026-11-21', '2026-11-21')",
    );
    core.db.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) insert.run(`Unit ${String(i)}`);
    })();
    addVaultObjects(archive, 200, 512 * 1024);
    const objects = listVaultObjects(archive).objects;
    const vaultBytes = objects.reduce((sum, o) => sum + o.size, 0);

    const copyDir = join(base, 'salinan');
    mkdirSync(copyDir);
    const copyMs = await timeMs(() => {
      for (const o of objects) copyFileSync(o.absolute, join(copyDir, o.hash));
    });

    let peakRss = 0;
    const baseline = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const out = join(base, 'bench.lemari-backup');
    let bytes = 0;
    const backupMs = await timeMs(async () => {
      bytes = (await core.backup.create('manual', 'bench', out)).bytes;
    });
    clearInterval(sampler);
    const verifyMs = await timeMs(() => verifyBackupFile(out, { wholeHash: true }));
    const restoreMs = await timeMs(() => restoreBackup(out, join(base, 'pulih'), { leaving: { archiveDir: archive, db: core.db } }));
    core.close();
    const mb = bytes / 1_048_576;
    table([
      { step: 'plain copy of the vault (floor)', time: fmt(copyMs), 'MB/s': (vaultBytes / 1_048_576 / (copyMs / 1000)).toFixed(0) },
      {
        step: 'backup (VACUUM INTO + stream + fsync + read-back verify)',
        time: fmt(backupMs),
        'MB/s': (mb / (backupMs / 1000)).toFixed(0),
      },
      { step: 'verify (every hash)', time: fmt(verifyMs), 'MB/s': (mb / (verifyMs / 1000)).toFixed(0) },
      {
        step: 'restore into a new folder + integrity_check + audit + gap',
        time: fmt(restoreMs),
        'MB/s': (mb / (restoreMs / 1000)).toFixed(0),
      },
    ]);
    console.log(
      `backup file ${mb.toFixed(1)} MB (${String(objects.length)} objects, DB ${(statSync(join(archive, 'lemari.sqlite')).size / 1_048_576).toFixed(1)} MB); backup/copy time ${(backupMs / copyMs).toFixed(1)}×; RSS growth during backup ${((peakRss - baseline) / 1_048_576).toFixed(0)} MB`,
    );
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
