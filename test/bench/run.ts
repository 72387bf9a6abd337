// `npm run bench [name…]`: runs every test/bench/*.bench.ts (or those whose names contain an argument).
// Each file's default export runs its measurements and prints them, with ratios to the baseline
// its issue names, measured in the same run. Figures are copied into BENCHMARKS.md by hand.
import { cpus, totalmem } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const filters = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

console.log(
  `Lemari benchmarks — ${new Date().toISOString().slice(0, 10)} — Node ${process.version}, ${String(cpus().length)} cores (${cpus()[0]?.model ?? '?'}), ${String(Math.round(totalmem() / 2 ** 30))} GiB`,
);
for (const file of files) {
  console.log(`\n## ${file}`);
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await module.default();
}
