import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { tempDir } from '../../../test/support/tempArchive';
import { createCore } from '../createCore';
import { createAuditRowsReader, type AuditRowHash } from './audit.repo';
import type { AuditedRowRef } from './audit.service';
import { canonicalJson, canonicalRowWriter } from './canonical';
import { hashTableRow, hashWrittenRows } from './rowHashes';

// hashWrittenRows reads a long run of ids in one raw scan. Whatever the refs, it must give what the
// one-lookup-per-row hashing gave before: same rows, same hashes (null for a row that is gone), same order.

/** A row's hash as audit.record computed it before: createHash over canonicalJson of its SELECT * object. */
const hashBefore = (row: Record<string, unknown> | null) =>
  row === null ? null : createHash('sha256').update(canonicalJson(row)).digest('hex');

/** The row hashing as audit.record did it before: one SELECT * and one canonicalJson per ref. */
function lookupPerRow(reader: ReturnType<typeof createAuditRowsReader>, refs: readonly AuditedRowRef[]): AuditRowHash[] {
  const rows = new Map<string, AuditRowHash>();
  for (const ref of refs) {
    const id = String(ref.id);
    const table = ref.table as 'entries' | 'units';
    rows.set(`${ref.table}\u0000${id}`, { tbl: ref.table, row_id: id, row_hash: hashBefore(reader.current(table, id)) });
  }
  return [...rows.values()].sort((a, b) => (a.tbl === b.tbl ? (a.row_id < b.row_id ? -1 : 1) : a.tbl < b.tbl ? -1 : 1));
}

describe('hashes of the rows a change wrote', () => {
  it('are those of one lookup per row for ranges, holes, duplicates, odd id spellings and several tables', async () => {
    const core = createCore({ archiveDir: tempDir(), background: false });
    try {
      const ctx = { actor: 'uji' };
      await core.handlers['unit.create']({ fields: { name: 'Sekretariat', kind: 'bagian', head: '', active: true } }, ctx);
      for (let i = 1; i <= 120; i += 1) {
        const fields = {
          ...emptyEntryFields(i % 4 === 0 ? 'setiap_saat' : 'berkala', 2000 + (i % 30)),
          judul: `Dokumen ${String(i)} “kutip” 😀`,
        };
        await core.handlers['entry.create'](
          { fields: { ...fields, unitId: i % 5 === 0 ? 1 : null, tags: i % 3 === 0 ? ['a', 'b'] : [] } },
          ctx,
        );
      }
      // Rows gone (a hole in the middle of a run, past the end) must hash to null either way.
      core.db.prepare('DELETE FROM entries WHERE id IN (40, 41, 77)').run();
      const reader = createAuditRowsReader(core.db);
      const range = (first: number, last: number): AuditedRowRef[] =>
        Array.from({ length: last - first + 1 }, (_, i) => ({ table: 'entries', id: first + i }));
      const cases: AuditedRowRef[][] = [
        range(1, 120),
        range(30, 130),
        [...range(1, 20), ...range(5, 25), { table: 'entries', id: '7' }],
        [...range(90, 99), ...range(101, 110)],
        [...range(10, 60), { table: 'entries', id: '012' }, { table: 'entries', id: '1e1' }, { table: 'entries', id: -3 }],
        [...range(60, 80), { table: 'units', id: 1 }, { table: 'units', id: 2 }],
        [{ table: 'entries', id: 5 }],
        [],
      ];
      for (const refs of cases) expect(hashWrittenRows(reader, refs)).toStrictEqual(lookupPerRow(reader, refs));
      const whole = hashWrittenRows(reader, range(1, 120));
      expect(whole.filter((row) => row.row_hash === null).map((row) => row.row_id)).toEqual(['40', '41', '77']);
      expect(() => hashWrittenRows(reader, [{ table: 'import_mappings', id: 1 }])).toThrow(/carries no row hash/);
      // hashTableRow, which audit.verify uses, still gives the old digest too.
      for (const id of ['1', '7', '120'])
        expect(hashTableRow(reader.current('entries', id))).toBe(hashBefore(reader.current('entries', id)));
    } finally {
      core.close();
    }
  });

  it('writes a raw row exactly as canonicalJson writes its object, for any column names and values', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('id', 'judul', 'é', 'Z', 'a_b', '10', '0', '__proto__', 'constructor'),
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('', '😀', '\ud800', '"\\\n', null, 0, -0, 1.5, 2 ** 53, Number.NaN),
      fc.integer(),
      fc.double(),
      fc.constant(Buffer.from([1, 2, 3])),
      fc.constant(undefined),
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), fc.array(value, { minLength: 12, maxLength: 12 }), (columns, values) => {
        const write = canonicalRowWriter(columns);
        const object = Object.fromEntries(columns.map((column, i) => [column, values[i]]));
        if (write === null) {
          // Only names JSON.stringify would reorder, or `__proto__`, turn it off.
          expect(columns.some((c) => /^(0|[1-9]\d*)$/.test(c) || c === '__proto__')).toBe(true);
          return;
        }
        fast += 1;
        expect(write(values.slice(0, columns.length))).toBe(canonicalJson(object));
      }),
      { numRuns: 5_000 },
    );
    expect(fast).toBeGreaterThan(1_000);
  });
});
