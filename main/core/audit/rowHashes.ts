import { hash } from 'node:crypto';
import { isAuditedTable, type AuditRowHash, type createAuditRowsReader } from './audit.repo';
import type { AuditedRowRef } from './audit.service';
import { canonicalJson, canonicalRowWriter } from './canonical';

type RowsReader = ReturnType<typeof createAuditRowsReader>;

/** Consecutive keys from which one range scan is cheaper than a lookup per row (an import's rows). */
const RANGE_FROM = 16;

// One-shot hashing (no Hash object per row): the same SHA-256 hex digest as createHash, cheaper for 10,000 small rows.
const sha256 = (text: string) => hash('sha256', text, 'hex');

/** Canonical hash of one table row's stored content (every column, keys sorted); null when the row is gone. */
export function hashTableRow(row: Record<string, unknown> | null): string | null {
  return row === null ? null : sha256(canonicalJson(row));
}

/** An id as the row's integer key, when the text is exactly that integer ("12", not "012" or "1e1"). */
function integerKey(id: string): number | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && String(n) === id ? n : null;
}

/** Runs of consecutive integers in a sorted list. */
function runsOf(sorted: readonly number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (run && n === run.last + 1) run.last = n;
    else if (!run || n !== run.last) runs.push({ first: n, last: n });
  }
  return runs;
}

/**
 * The hash of every row a change wrote, read back inside its transaction, sorted as the verifier reads
 * them (ORDER BY tbl, row_id). Each row hashes to exactly what hashTableRow gives its `SELECT *` object;
 * a long run of consecutive ids (an import's 10,000 entries) is read in one raw scan instead of one
 * lookup and one sorted copy per row.
 */
export function hashWrittenRows(reader: RowsReader, refs: readonly AuditedRowRef[]): AuditRowHash[] {
  const rows = new Map<string, AuditRowHash>();
  const keysByTable = new Map<string, number[]>();
  for (const ref of refs) {
    if (!isAuditedTable(ref.table)) throw new Error(`audit.record: table ${ref.table} carries no row hash`);
    const id = String(ref.id);
    const mapKey = `${ref.table}\u0000${id}`;
    if (rows.has(mapKey)) continue;
    rows.set(mapKey, { tbl: ref.table, row_id: id, row_hash: null });
    const key = integerKey(id);
    if (key === null) continue;
    const keys = keysByTable.get(ref.table);
    if (keys) keys.push(key);
    else keysByTable.set(ref.table, [key]);
  }
  const scanned = new Set<string>();
  for (const [table, keys] of keysByTable) {
    if (!isAuditedTable(table) || keys.length < RANGE_FROM) continue;
    for (const { first, last } of runsOf(keys.sort((a, b) => a - b))) {
      if (last - first + 1 < RANGE_FROM) continue;
      const { columns, keyIndex, rows: stored } = reader.range(table, first, last);
      const write = canonicalRowWriter(columns);
      for (const values of stored) {
        const id = String(values[keyIndex]);
        const hash = sha256(write ? write(values) : canonicalJson(Object.fromEntries(columns.map((name, i) => [name, values[i]]))));
        rows.set(`${table}\u0000${id}`, { tbl: table, row_id: id, row_hash: hash });
      }
      // Ids of the run with no row left hash to null, as a lookup would give.
      for (let n = first; n <= last; n += 1) scanned.add(`${table}\u0000${String(n)}`);
    }
  }
  for (const [mapKey, row] of rows) {
    if (scanned.has(mapKey) || !isAuditedTable(row.tbl)) continue;
    row.row_hash = hashTableRow(reader.current(row.tbl, row.row_id));
  }
  return [...rows.values()].sort((a, b) => (a.tbl === b.tbl ? (a.row_id < b.row_id ? -1 : 1) : a.tbl < b.tbl ? -1 : 1));
}
