// Child for the vault benchmark: one ingest in a fresh process, so its peak RSS is the ingest's own.
import { createCore } from '../../main/core/createCore';

const [archiveDir, file] = process.argv.slice(2);
if (!archiveDir || !file) throw new Error('usage: vaultIngestChild ARCHIVE FILE');
const core = createCore({ archiveDir, background: false });
await core.vault.ready;
const rssBefore = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const { blob } = await core.vault.ingest(file, 'bench.pdf', 'bench');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
core.close();
process.stdout.write(
  JSON.stringify({ ms, sha256: blob.sha256, rssBeforeMb: rssBefore / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
