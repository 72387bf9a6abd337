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
import { setScryptWorkFactorForTests } from '../../main/core/backup/ageStream';
import { TEST_KEY } from '../safety/support/backupKeys';

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

    // One backup per way of locking it (issue 13 #5): plain by explicit choice, to the stored recipient (as on
    // quit and schedule), with a passphrase (scrypt 2^18, age's default, as in production). RSS sampled each time.
    const runs: { label: string; ms: number; rss: number; bytes: number; file: string }[] = [];
    for (const [label, choice] of [
      ['unencrypted', { unencrypted: true } as const],
      ['age, recipient', undefined],
      ['age, passphrase (scrypt 2^18)', { passphrase: 'kata sandi bench panjang' } as const],
    ] as const) {
      if (label.includes('passphrase')) setScryptWorkFactorForTests(18);
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const file = join(base, `bench-${String(runs.length)}.lemari-backup`);
      let written = 0;
      const ms = await timeMs(async () => {
        written = (await core.backup.create('manual', 'bench', file, choice)).bytes;
      });
      clearInterval(sampler);
      runs.push({ label, ms, rss: peak - baseline, bytes: written, file });
    }
    const plain = runs[0];
    const out = runs[1]?.file ?? '';
    const bytes = runs[1]?.bytes ?? 0;
    const verifyMs = await timeMs(() => verifyBackupFile(out, { wholeHash: true, key: TEST_KEY }));
    const restoreMs = await timeMs(() =>
      restoreBackup(out, join(base, 'pulih'), { leaving: { archiveDir: archive, db: core.db }, key: TEST_KEY }),
    );
    core.close();
    for (const r of runs) {
      console.log(
        `backup ${r.label}: ${fmt(r.ms)}, ${(r.bytes / 1_048_576 / (r.ms / 1000)).toFixed(0)} MB/s, ${plain ? (plain.ms / r.ms).toFixed(2) : '?'}× the unencrypted throughput, RSS growth ${(r.rss / 1_048_576).toFixed(0)} MB`,
      );
    }
    const backupMs = runs[1]?.ms ?? 0;
    const peakRss = runs[1]?.rss ?? 0;
    const baseline = 0;
    const mb = bytes / 1_048_576;
    table([
      { step: 'plain copy of the vault (floor)', time: fmt(copyMs), 'MB/s': (vaultBytes / 1_048_576 / (copyMs / 1000)).toFixed(0) },
      {
        step: 'backup, age to recipient (VACUUM INTO + encrypt + fsync + read-back hash)',
        time: fmt(backupMs),
        'MB/s': (mb / (backupMs / 1000)).toFixed(0),
      },
      { step: 'verify (decrypt + every hash)', time: fmt(verifyMs), 'MB/s': (mb / (verifyMs / 1000)).toFixed(0) },
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
