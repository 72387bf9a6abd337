/** Small timing helpers shared by the benchmarks; no thresholds, only figures. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function samples(count: number, fn: (index: number) => unknown): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) result.push(await timeMs(() => fn(i)));
  return result;
}

export function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

export function table(rows: Array<Record<string, string | number>>): void {
  console.table(rows);
}
