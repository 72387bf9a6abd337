import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VaultFs } from '../../main/core/vault/vaultFs';
import { createVaultStore, vaultLayout } from '../../main/core/vault/vaultStore';
import { pngBytes } from './fixtures';
import { MemFs, type CrashMode } from './memFs';

const layout = vaultLayout('/archive');
const hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** How an implementation could get the order wrong, each as a wrapper around the recording fs. */
type Mutation = 'none' | 'no-file-fsync' | 'no-dir-fsync' | 'fsync-after-rename';

function mutate(fs: VaultFs, mem: MemFs, mutation: Mutation): VaultFs {
  if (mutation === 'no-file-fsync') {
    return { ...fs, createExclusive: async (path) => ({ ...(await fs.createExclusive(path)), sync: () => Promise.resolve() }) };
  }
  if (mutation === 'no-dir-fsync') return { ...fs, syncDir: () => Promise.resolve() };
  if (mutation === 'fsync-after-rename') {
    // The bytes are synced, but only once the file already has its final name.
    return {
      ...fs,
      createExclusive: async (path) => ({ ...(await fs.createExclusive(path)), sync: () => Promise.resolve() }),
      rename: async (from, to) => {
        const ino = mem.inodeAt(from);
        await fs.rename(from, to);
        if (ino !== undefined) mem.record({ op: 'fsync', ino });
      },
    };
  }
  return fs;
}

const sources = [
  { path: '/src/SCAN_0001.png', data: pngBytes(64, 90, [250, 250, 240], 1) },
  { path: '/src/SCAN_0002.png', data: pngBytes(80, 40, [240, 250, 250], 2) },
];

/** Runs init and three ingests (one a duplicate) on a recording fs, with a small chunk so a file takes several writes. */
async function record(mutation: Mutation): Promise<{ start: MemFs; live: MemFs }> {
  const live = new MemFs();
  live.seedDir('/archive');
  for (const source of sources) live.seed(source.path, source.data);
  const start = MemFs.durableCopy(live);
  const store = createVaultStore(mutate(live.vaultFs(), live, mutation), layout, { chunkBytes: 4096, reserveBytes: 0 });
  await store.init();
  for (const source of [...sources, sources[0]]) {
    if (!source) continue;
    const put = await store.put(source.path, source.path, 1024 * 1024);
    live.record({ op: 'ack', sha256: put.sha256 });
  }
  return { start, live };
}

/** Replays every prefix of the log, cuts the power in both modes, recovers, and lists what is wrong. */
async function violations(mutation: Mutation): Promise<string[]> {
  const { start, live } = await record(mutation);
  const found: string[] = [];
  for (let length = 0; length <= live.log.length; length += 1) {
    const replay = MemFs.durableCopy(start);
    const acked: string[] = [];
    for (const op of live.log.slice(0, length)) {
      replay.apply(op);
      if (op.op === 'ack') acked.push(op.sha256);
    }
    for (const mode of ['lose-metadata', 'keep-metadata'] as CrashMode[]) {
      const after = replay.crash(mode);
      const store = createVaultStore(after.vaultFs(), layout, { reserveBytes: 0 });
      await store.init();
      await store.recoverTmp();
      for (const sha of acked) {
        const data = after.read(store.pathOf(sha));
        if (data === null || hex(data) !== sha)
          found.push(`prefix ${String(length)} ${mode}: acknowledged ${sha.slice(0, 8)} ${data === null ? 'missing' : 'damaged'}`);
      }
      for (const file of after.walk(layout.objects)) {
        const data = after.read(file);
        if (data && hex(data) !== file.split('/').pop())
          found.push(`prefix ${String(length)} ${mode}: partial content under final name ${file}`);
      }
      if (after.list(layout.tmp).length > 0) found.push(`prefix ${String(length)} ${mode}: temp files left after recovery`);
    }
  }
  return found;
}

describe('vault power-loss model (RELIABILITY #4)', () => {
  it('records the ingest calls in the safe order: data fsync before rename, directory fsync before acknowledging', async () => {
    const { live } = await record('none');
    const ops = live.log.map((op) => op.op);
    const firstRename = ops.indexOf('rename');
    const firstAck = ops.indexOf('ack');
    expect(ops.lastIndexOf('fsync', firstRename)).toBeGreaterThan(ops.lastIndexOf('write', firstRename));
    expect(ops.lastIndexOf('syncDir', firstAck)).toBeGreaterThan(firstRename);
    expect(live.log.filter((op) => op.op === 'rename')).toHaveLength(2);
  });

  it('keeps every acknowledged scan intact and never shows partial content, at every prefix of the log', async () => {
    const { live } = await record('none');
    expect(live.log.length).toBeGreaterThan(30);
    expect(await violations('none')).toEqual([]);
  });

  it.each<Mutation>(['no-file-fsync', 'no-dir-fsync', 'fsync-after-rename'])('catches a wrong order: %s', async (mutation) => {
    expect((await violations(mutation)).length).toBeGreaterThan(0);
  });
});
