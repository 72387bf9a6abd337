import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lemariError } from '../../../shared/api/raise';
import type { EntryCategory } from '../../../shared/domain/entry';
import type { ImportMapping, ImportPreview, ImportRequest, ImportResult, RememberedMapping } from '../../../shared/domain/entryImport';
import { idRange } from '../audit/audit.service';
import { createEntryRepo } from '../register/entry.repo';
import type { ServiceDeps } from '../support/deps';
import type { UploadService } from '../upload/upload.service';
import { columnLabels, detectMapping, isNumberingRow, normalizeLabel, shapeOf } from './headers';
import { createImportRepo } from './import.repo';
import { parseRows, type ParsedSheet } from './rows';
import { readSheetBounded } from './sheetJob';
import type { SheetGrid } from './sheetReader';

const PREVIEW_ROWS = 300;

/** A sample cell as the preview shows it: whole words, with an ellipsis when cut. */
function clip(text: string): string {
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 50 ? cut.slice(0, space) : cut}…`;
}

interface Prepared {
  name: string;
  path: string;
  grid: SheetGrid;
  mapping: ImportMapping;
  remembered: boolean;
  shapeKey: string;
  headers: string[];
  parsed: ParsedSheet;
}

/**
 * Import of the lists offices already keep in Excel/CSV: preview writes nothing; commit writes
 * every accepted row in one transaction with one audit event, and remembers the mapping for
 * the next file with the same headers.
 */
export function createImportService({ db, audit, events, clock }: ServiceDeps, uploads: UploadService) {
  const repo = createImportRepo(db);
  const entries = createEntryRepo(db);

  async function prepare(request: ImportRequest): Promise<Prepared> {
    const staged = uploads.resolve(request.upload.uploadId);
    const grid = await readSheetBounded(staged.path, staged.name, request.sheet);
    const detected = request.mapping ?? detectMapping(grid.rows);
    if (!detected)
      throw lemariError('invalid_input', { key: 'register.importer.error.noHeader', params: { name: staged.name }, field: 'mapping' });
    const headers = shapeOf(grid.rows, detected);
    const shapeKey = createHash('sha256').update(JSON.stringify(headers)).digest('hex');
    const remembered = request.mapping === undefined ? repo.mapping(shapeKey) : null;
    const mapping = remembered ? { ...remembered.mapping, headerRow: detected.headerRow, headerDepth: detected.headerDepth } : detected;
    // Columns past the header's width get no target: they are ignored, never guessed.
    const width = Math.max(mapping.targets.length, ...grid.rows.map((row) => row.length));
    const targets = Array.from({ length: width }, (_, i) => mapping.targets[i] ?? 'ignore');
    const full: ImportMapping = { ...mapping, targets };
    const units = new Map(repo.units().map((unit) => [normalizeLabel(unit.name), unit.id]));
    const parsed = parseRows(grid.rows, full, request.category ?? 'berkala', units);
    return { name: staged.name, path: staged.path, grid, mapping: full, remembered: remembered !== null, shapeKey, headers, parsed };
  }

  async function preview(request: ImportRequest): Promise<ImportPreview> {
    const p = await prepare(request);
    const labels = columnLabels(p.grid.rows, p.mapping);
    const firstData = p.mapping.headerRow - 1 + p.mapping.headerDepth;
    const sampleRows = p.grid.rows
      .slice(firstData, firstData + 12)
      // Numbering rows and section headings (one text across the row) say nothing about a column.
      .filter((row) => !isNumberingRow(row) && new Set(row.filter(Boolean)).size > 1);
    const rejected = p.parsed.rows.filter((row) => row.fields === null);
    const accepted = p.parsed.rows.filter((row) => row.fields !== null);
    return {
      fileName: p.name,
      sheets: p.grid.sheets,
      sheet: p.grid.sheet,
      mapping: p.mapping,
      columns: p.mapping.targets.map((target, index) => ({
        index,
        label: labels[index]?.label ?? '',
        target,
        sample: sampleRows
          .map((row) => clip(row[index] ?? ''))
          .filter(Boolean)
          .slice(0, 3),
      })),
      remembered: p.remembered,
      read: p.parsed.rows.length,
      accepted: accepted.length,
      rejected: rejected.length,
      sections: p.parsed.sections,
      rows: [...rejected, ...accepted].slice(0, PREVIEW_ROWS).map((row) => row.preview),
    };
  }

  async function commit(request: ImportRequest, dryRun: boolean, actor: string): Promise<ImportResult> {
    const p = await prepare(request);
    const accepted = p.parsed.rows.flatMap((row) => (row.fields ? [row.fields] : []));
    const rejectedRows = p.parsed.rows.filter((row) => row.fields === null).map((row) => row.preview);
    const counts = { read: p.parsed.rows.length, imported: accepted.length, rejected: rejectedRows.length };
    if (dryRun) return { importId: null, ...counts, rejectedRows };
    if (accepted.length === 0) throw lemariError('invalid_input', { key: 'register.importer.nothing', field: 'upload' });
    const sha256 = createHash('sha256').update(readFileSync(p.path)).digest('hex');
    const importId = db
      .transaction(() => {
        const at = clock().toISOString();
        const id = repo.insertImport({ at, actor, fileName: p.name, sha256, sheet: p.grid.sheet, shapeKey: p.shapeKey, ...counts });
        let firstId = 0;
        let lastId = 0;
        for (const fields of accepted) {
          lastId = entries.insert(fields, at, id);
          if (firstId === 0) firstId = lastId;
        }
        repo.saveMapping(p.shapeKey, p.headers, p.mapping, at);
        const byCategory: Partial<Record<EntryCategory, number>> = {};
        for (const fields of accepted) byCategory[fields.category] = (byCategory[fields.category] ?? 0) + 1;
        // One event for the whole import: the file's hash and the id range identify every entry it made.
        audit.record({
          actor,
          action: 'import.commit',
          entityType: 'import',
          entityId: id,
          before: null,
          after: { fileName: p.name, sha256, sheet: p.grid.sheet, ...counts, firstEntryId: firstId, lastEntryId: lastId, byCategory },
          rows: idRange('entries', firstId, lastId),
        });
        return id;
      })
      .immediate();
    uploads.discard(request.upload.uploadId);
    events.emit('entry.changed', { id: null });
    return { importId, ...counts, rejectedRows };
  }

  return { preview, commit, mappings: (): RememberedMapping[] => repo.mappings() };
}

export type ImportService = ReturnType<typeof createImportService>;
