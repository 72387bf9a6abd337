// Issue 5's benchmarks: ingest of a 500 MB file against `sha256sum` + `cp` of the same file, with the
// ingesting process's peak RSS; and Periksa Keutuhan over 2 GB in 1,000 files against `sha256sum` over
// the same files. Both in the same run, on the same (page-cached) files. No thresholds: figures only.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../main/core/createCore';
import { fmt, table, timeMs } from './measure';

const MB = 2 ** 20;

function writeBigFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, Buffer.from('%PDF-1.7\n'));
  const chunk = randomBytes(8 * MB);
  for (let written = 9; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  closeSync(fd);
}

async function ingest(base: string): Promise<void> {
  const file = join(base, 'besar.pdf');
  writeBigFile(file, 500 * MB);
  execFileSync('cat', [file], { stdio: 'ignore' }); // into the page cache for both sides
  const copy = join(base, 'salinan.pdf');
  const shaMs = await timeMs(() => execFileSync('sha256sum', [file]));
  const cpMs = await timeMs(() => execFileSync('cp', [file, copy]));
  const syncMs = await timeMs(() => execFileSync('sync', ['-f', copy]));
  rmSync(copy);
  const script = join(import.meta.dirname, 'vaultIngestChild.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, join(base, 'arsip'), file], { encoding: 'utf8' });
  const child = JSON.parse(out) as { ms: number; rssBeforeMb: number; maxRssMb: number };
  const mbps = (ms: number) => (500 / (ms / 1000)).toFixed(0);
  table([
    { step: 'sha256sum', time: fmt(shaMs), 'MB/s': mbps(shaMs) },
    { step: 'cp', time: fmt(cpMs), 'MB/s': mbps(cpMs) },
    { step: 'baseline: sha256sum + cp', time: fmt(shaMs + cpMs), 'MB/s': mbps(shaMs + cpMs) },
    { step: '(for reference: + sync -f of the copy)', time: fmt(shaMs + cpMs + syncMs), 'MB/s': mbps(shaMs + cpMs + syncMs) },
    { step: 'Lemari ingest (hash + sniff + copy + fsync + rename + dir fsync + DB commit)', time: fmt(child.ms), 'MB/s': mbps(child.ms) },
  ]);
  console.log(
    `ingest ratio to sha256sum + cp (throughput): ${((shaMs + cpMs) / child.ms).toFixed(2)}; to sha256sum + cp + sync: ${((shaMs + cpMs + syncMs) / child.ms).toFixed(2)}`,
  );
  console.log(
    `ingesting process: RSS ${child.rssBeforeMb.toFixed(0)} MB before, peak ${child.maxRssMb.toFixed(0)} MB (whole process, Node + SQLite included)`,
  );
}

async function verify(base: string): Promise<void> {
  const archive = join(base, 'arsip-verify');
  const core = createCore({ archiveDir: archive, background: false });
  await core.vault.ready;
  const files: string[] = [];
  const insert = core.db.prepare(
    "INSERT INTO blobs (sha256, size, content_type, name, created_at) VALUES (?, ?, 'application/pdf', ?, 't')",
  );
  const size = 2 * MB;
  for (let i = 0; i < 1000; i += 1) {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const dir = join(archive, 'vault', 'objects', sha.slice(0, 2), sha.slice(2, 4));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, sha), bytes);
    insert.run(sha, size, `${String(i)}.pdf`);
    files.push(join(dir, sha));
  }
  execFileSync('sync');
  const shaMs = await timeMs(() => execFileSync('sha256sum', files, { maxBuffer: 64 * MB }));
  let check = await core.vault.verify('manual', 'bench');
  const oursMs = await timeMs(async () => {
    check = await core.vault.verify('manual', 'bench');
  });
  const shaAgainMs = await timeMs(() => execFileSync('sha256sum', files, { maxBuffer: 64 * MB }));
  core.close();
  const gb = (1000 * size) / MB;
  table([
    { step: 'sha256sum over the 1,000 files', time: fmt(shaMs), 'MB/s': (gb / (shaMs / 1000)).toFixed(0) },
    { step: 'sha256sum again', time: fmt(shaAgainMs), 'MB/s': (gb / (shaAgainMs / 1000)).toFixed(0) },
    {
      step: `Periksa Keutuhan (${String(check.ok)} ok, clean ${String(check.clean)})`,
      time: fmt(oursMs),
      'MB/s': (gb / (oursMs / 1000)).toFixed(0),
    },
  ]);
  console.log(`verify ratio to sha256sum (throughput, best baseline run): ${(Math.min(shaMs, shaAgainMs) / oursMs).toFixed(2)}`);
}

export default async function run(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'lemari-bench-vault-'));
  try {
    await ingest(base);
    await verify(base);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
