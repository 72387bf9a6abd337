import type { DiffItem, EditionDiff } from '../../../shared/domain/edition';
import type { ListDocument } from '../../../shared/domain/export';
import { dikCells, dikColumnHeaders, dipCells, dipColumnHeaders } from '../../../shared/domain/export';

interface Keyed {
  entryId: number;
  label: string;
  cells: string[];
}

function keyed(list: ListDocument): Map<number, Keyed> {
  const map = new Map<number, Keyed>();
  if (list.kind === 'dip')
    for (const row of list.rows) map.set(row.entryId, { entryId: row.entryId, label: row.judul, cells: dipCells(row, 0).slice(1) });
  else for (const row of list.rows) map.set(row.entryId, { entryId: row.entryId, label: row.informasi, cells: dikCells(row, 0).slice(1) });
  return map;
}

/**
 * What changed between two editions of a list, by entry and printed column. `opened` marks
 * information that moved from the DIK into the DIP (declassified): for a DIP edition, rows added
 * that were exempted before; for a DIK edition, rows removed that are public now.
 */
export function diffEditions(
  editionId: number,
  current: ListDocument,
  previousId: number | null,
  previous: ListDocument | null,
  isOpened: (entryId: number) => boolean,
): EditionDiff {
  const before = previous ? keyed(previous) : new Map<number, Keyed>();
  const after = keyed(current);
  const headers = (current.kind === 'dip' ? dipColumnHeaders : dikColumnHeaders).slice(1);
  const items: DiffItem[] = [];
  for (const row of after.values()) {
    const old = before.get(row.entryId);
    if (!old) {
      items.push({
        kind: current.kind === 'dip' && isOpened(row.entryId) ? 'opened' : 'added',
        entryId: row.entryId,
        label: row.label,
        changes: [],
      });
      continue;
    }
    const changes = row.cells
      .map((cell, i) => ({ field: headers[i] ?? '', before: old.cells[i] ?? '', after: cell }))
      .filter((change) => change.before !== change.after);
    if (changes.length > 0) items.push({ kind: 'changed', entryId: row.entryId, label: row.label, changes });
  }
  for (const row of before.values()) {
    if (after.has(row.entryId)) continue;
    items.push({
      kind: current.kind === 'dik' && isOpened(row.entryId) ? 'opened' : 'removed',
      entryId: row.entryId,
      label: row.label,
      changes: [],
    });
  }
  const count = (kind: DiffItem['kind']) => items.filter((item) => item.kind === kind).length;
  return {
    editionId,
    previousId,
    items,
    counts: { added: count('added'), changed: count('changed'), removed: count('removed'), opened: count('opened') },
  };
}
