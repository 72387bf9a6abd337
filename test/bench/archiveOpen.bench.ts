// Issue 2's first benchmark: how long createCore takes to open (pragmas, lock, quick_check,
// migration check) an empty archive and one with 100,000 rows, against the baseline of
// better-sqlite3 merely opening the same file with default settings, in the same run.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, DB_FILE } from '../../main/core/createCore';
import { fmt, percentile, samples, table } from './measure';

const ROWS = 100_000;

function fill(dir: string): void {
  const core = createCore({ archiveDir: dir });
  const insertUnit = core.db.prepare("INSERT INTO units (name, kind, head, created_at, updated_at) VALUES (?, 'bidang', ?, 't', 't')");
  const insertAudit = core.db.prepare(
    "INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, 't', 'bench', 'x', 'unit', ?, NULL, ?, 'p', ?)",
  );
  core.db.transaction(() => {
    for (let i = 1; i <= ROWS; i += 1) {
      insertUnit.run(`Unit ${String(i)}`, `Kepala ${String(i)} ${'x'.repeat(40)}`);
      insertAudit.run(i, String(i), `{"name":"Unit ${String(i)}"}`, `h${String(i)}`);
    }
  })();
  core.close();
}

async function measure(label: string, dir: string) {
  const ours = await samples(15, () => createCore({ archiveDir: dir }).close());
  const baseline = await samples(15, () => {
    const db = new Database(join(dir, DB_FILE));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.close();
  });
  // The integrity check dominates on a big archive; this baseline shows what remains ours.
  const checked = await samples(15, () => {
    const db = new Database(join(dir, DB_FILE));
    db.pragma('quick_check');
    db.close();
  });
  const median = percentile(ours, 50);
  const base = percentile(baseline, 50);
  const withCheck = percentile(checked, 50);
  return {
    archive: label,
    'createCore median': fmt(median),
    'createCore p95': fmt(percentile(ours, 95)),
    'plain open': fmt(base),
    'plain open + quick_check': fmt(withCheck),
    'ratio to plain open': `${(median / base).toFixed(1)}×`,
    'ratio to open + quick_check': `${(median / withCheck).toFixed(2)}×`,
  };
}

export default async function bench(): Promise<void> {
  const empty = mkdtempSync(join(tmpdir(), 'lemari-bench-empty-'));
  const full = mkdtempSync(join(tmpdir(), 'lemari-bench-full-'));
  try {
    createCore({ archiveDir: empty }).close();
    fill(full);
    table([await measure('empty', empty), await measure(`${String(ROWS / 1000)}k units + ${String(ROWS / 1000)}k audit rows`, full)]);
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
}
