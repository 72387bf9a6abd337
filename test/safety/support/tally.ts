import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** LEMARI_SOAK=1 (npm run test:soak) runs the long variants; CI runs the short ones. */
export const SOAK = process.env.LEMARI_SOAK === '1';

export function soak(short: number, long: number): number {
  return SOAK ? long : short;
}

export type SafetyCounts = Record<string, number | string>;

/**
 * Prints what a safety test tried (runs, kills, files, inputs) and appends it to
 * test-results/safety.jsonl, so the totals in BENCHMARKS.md come from a real run.
 */
export function recordSafety(test: string, counts: SafetyCounts): void {
  const line = Object.entries(counts)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
  console.log(`[safety] ${test}: ${line}`);
  const dir = join(process.cwd(), 'test-results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'safety.jsonl'), `${JSON.stringify({ test, soak: SOAK, at: new Date().toISOString(), ...counts })}\n`);
}
