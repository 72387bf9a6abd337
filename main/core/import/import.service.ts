import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lemariError } from '../../../shared/api/raise';
import type { ImportPreview, ImportRequest, ImportResult, ImportSheetPreview, RememberedMapping } from '../../../shared/domain/entryImport';
import type { ImportedExemption } from '../exemption/exemption.service';
import type { EntryWriter } from '../register/entry.writer';
import type { ServiceDeps } from '../support/deps';
import type { UploadService } from '../upload/upload.service';
import { adoptionCounts, adoptionOf, isDikRow, touchesDik, withReading, type DikImportParts } from './dikAdoption';
import { columnLabels, isNumberingRow, normalizeLabel } from './headers';
import { createImportRepo } from './import.repo';
import { countByCategory, planSheet, type SheetPlan } from './plan';
import { readSheetBounded } from './sheetJob';

const PREVIEW_ROWS = 300;

/** A sample cell as the preview shows it: whole words, with an ellipsis when cut. */
function clip(text: string): string {
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 50 ? cut.slice(0, space) : cut}…`;
}

function shapeKeyOf(headers: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(headers)).digest('hex');
}

interface Prepared {
  name: string;
  path: string;
  sheets: string[];
  plans: SheetPlan[];
}

function sheetPreview(plan: SheetPlan): ImportSheetPreview {
  const labels = columnLabels(plan.rows, plan.mapping);
  const firstData = plan.mapping.headerRow - 1 + plan.mapping.headerDepth;
  const sampleRows = plan.rows
    .slice(firstData, firstData + 12)
    // Numbering rows and section headings (one text across the row) say nothing about a column.
    .filter((row) => !isNumberingRow(row) && new Set(row.filter(Boolean)).size > 1);
  const rejected = plan.parsed.rows.filter((row) => row.fields === null);
  const accepted = plan.parsed.rows.filter((row) => row.fields !== null);
  return {
    sheet: plan.sheet,
    list: plan.list,
    mapping: plan.mapping,
    columns: plan.mapping.targets.map((target, index) => ({
      index,
      label: labels[index]?.label ?? '',
      target,
      sample: sampleRows
        .map((row) => clip(row[index] ?? ''))
        .filter(Boolean)
        .slice(0, 3),
    })),
    remembered: plan.remembered,
    read: plan.parsed.rows.length,
    accepted: accepted.length,
    rejected: rejected.length,
    sections: plan.parsed.sections,
    byCategory: countByCategory(accepted.map((row) => row.preview.category)),
    rows: [...rejected, ...accepted].slice(0, PREVIEW_ROWS).map((row) => row.preview),
  };
}

/** Refuses, before anything is written, a sheet whose list is not known or a DIK headed for a public category. */
function assertListsDecided(plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    if (plan.list.needsChoice)
      throw lemariError('invalid_input', { key: 'register.importer.error.listRequired', params: { sheet: plan.sheet }, field: 'list' });
    if (plan.list.refused) {
      const why = plan.list.reasons
        .filter((r) => r.list === 'dik')
        .slice(0, 3)
        .map((r) => `"${r.text.slice(0, 60)}"`)
        .join(', ');
      throw lemariError('invalid_input', {
        key: 'register.importer.error.dikIntoPublic',
        params: { sheet: plan.sheet, why },
        field: 'allowPublicDespiteDik',
      });
    }
  }
}

/**
 * Import of the lists offices already keep in Excel/CSV: preview writes nothing; commit writes
 * every accepted row in one transaction with one audit event per sheet, and remembers the mapping
 * for the next file with the same headers. The file decides the list (DIP or DIK); see plan.ts.
 */
export function createImportService({ db, events }: ServiceDeps, uploads: UploadService, writer: EntryWriter, dik: DikImportParts) {
  const repo = createImportRepo(db);

  async function prepare(request: ImportRequest): Promise<Prepared> {
    const staged = uploads.resolve(request.upload.uploadId);
    const all = request.allSheets === true;
    const grid = await readSheetBounded(staged.path, staged.name, all ? { all: true } : { all: false, sheet: request.sheet });
    const units = new Map(repo.units().map((unit) => [normalizeLabel(unit.name), unit.id]));
    const input = { request, units, useRequestMapping: !all, remembered: (headers: string[]) => repo.mapping(shapeKeyOf(headers)) };
    const plans = grid.tables.flatMap((table) => {
      const plan = planSheet(table, input);
      return plan ? [plan] : [];
    });
    if (plans.length === 0)
      throw lemariError('invalid_input', { key: 'register.importer.error.noHeader', params: { name: staged.name }, field: 'mapping' });
    return { name: staged.name, path: staged.path, sheets: grid.sheets, plans };
  }

  async function preview(request: ImportRequest): Promise<ImportPreview> {
    const p = await prepare(request);
    // DIK rows show what their exemption will hold: grounds, period, end date, points to review.
    const parts = p.plans.map(sheetPreview).map((part) => ({ ...part, rows: part.rows.map((row) => withReading(row, request, dik)) }));
    const [first] = parts;
    if (!first) throw lemariError('internal');
    return { ...first, fileName: p.name, sheets: p.sheets, parts };
  }

  async function commit(request: ImportRequest, dryRun: boolean, actor: string): Promise<ImportResult> {
    const p = await prepare(request);
    assertListsDecided(p.plans);
    const parts = p.plans.map((plan) => {
      const acceptedRows = plan.parsed.rows.filter((row) => row.fields !== null);
      const accepted = acceptedRows.flatMap((row) => (row.fields ? [row.fields] : []));
      const rejectedRows = plan.parsed.rows.filter((row) => row.fields === null).map((row) => row.preview);
      return {
        plan,
        accepted,
        acceptedRows,
        rejectedRows,
        counts: { read: plan.parsed.rows.length, imported: accepted.length, rejected: rejectedRows.length },
      };
    });
    const total = (key: 'read' | 'imported' | 'rejected') => parts.reduce((sum, part) => sum + part.counts[key], 0);
    const rejectedRows = parts.flatMap((part) => part.rejectedRows);
    const summary = parts.map(({ plan, accepted, acceptedRows, counts }) => {
      const exemptions = adoptionCounts(acceptedRows, request, dik);
      return {
        sheet: plan.sheet,
        list: plan.list.list ?? 'dip',
        ...counts,
        byCategory: countByCategory(accepted.map((fields) => fields.category)),
        message: plan.list.message,
        messageEn: plan.list.messageEn,
        ...(exemptions ? { exemptions } : {}),
      };
    });
    const result = { read: total('read'), imported: total('imported'), rejected: total('rejected'), rejectedRows, parts: summary };
    if (dryRun) return { importId: null, decisionId: null, ...result };
    // Exempted information changes only by the PPID's act (importDik), asked before anything is written; a dry run writes nothing.
    if (touchesDik(p.plans)) dik.exemptions.mayImportDik(actor);
    if (result.imported === 0) throw lemariError('invalid_input', { key: 'register.importer.nothing', field: 'upload' });
    const sha256 = createHash('sha256').update(readFileSync(p.path)).digest('hex');
    const write = (scanSha256: string | null) =>
      writer.write((tx) => {
        let firstImportId: number | null = null;
        const adopted: ImportedExemption[] = [];
        for (const { plan, accepted, acceptedRows, counts } of parts) {
          if (accepted.length === 0) continue;
          const shapeKey = shapeKeyOf(plan.headers);
          const id = repo.insertImport({ at: tx.at, actor, fileName: p.name, sha256, sheet: plan.sheet, shapeKey, ...counts });
          firstImportId ??= id;
          // One audit event per sheet, written by the register's writer with the rows: the file's hash
          // and the id range identify every entry it made.
          const written = tx.importRows({
            importId: id,
            rows: accepted,
            actor,
            summary: {
              fileName: p.name,
              sha256,
              sheet: plan.sheet,
              list: plan.list.list,
              listReasons: plan.list.reasons,
              allowPublicDespiteDik: request.allowPublicDespiteDik === true && plan.list.detected === 'dik',
              ...counts,
              byCategory: countByCategory(accepted.map((fields) => fields.category)),
            },
          });
          repo.saveMapping(shapeKey, plan.headers, plan.mapping, tx.at);
          // The rows were inserted in order, so row i is entry first + i; a gap would pair texts with the wrong entries.
          if (written.lastEntryId - written.firstEntryId + 1 !== acceptedRows.length)
            throw new Error('import: entry ids are not one contiguous range');
          acceptedRows.forEach((row, i) => {
            const exemption = isDikRow(row) ? adoptionOf(row, written.firstEntryId + i, request, dik) : null;
            if (exemption) adopted.push(exemption);
          });
        }
        if (adopted.length === 0 || firstImportId === null) return { importId: firstImportId, decisionId: null };
        // An existing DIK enters the lifecycle: each row an exemption in force, fixed by the SK given with the import.
        dik.exemptions.adoptImported(adopted, firstImportId, actor);
        const decision = request.decision
          ? dik.decisions.recordImported(
              {
                number: request.decision.number,
                date: request.decision.date,
                signerName: request.decision.signerName,
                signerPosition: request.decision.signerPosition,
                scanSha256,
              },
              adopted.map((x) => x.entryId),
              actor,
            )
          : null;
        return { importId: firstImportId, decisionId: decision?.id ?? null };
      });
    const scan = request.decision?.scan ?? null;
    try {
      const written = scan ? await dik.decisions.withImportedScan(uploads.resolve(scan.uploadId), actor, write) : write(null);
      uploads.discard(request.upload.uploadId);
      if (written.decisionId !== null || parts.some((part) => part.acceptedRows.some(isDikRow)))
        events.emit('exemption.changed', { entryId: null });
      return { ...written, ...result };
    } finally {
      if (scan) uploads.discard(scan.uploadId);
    }
  }

  return { preview, commit, mappings: (): RememberedMapping[] => repo.mappings() };
}

export type ImportService = ReturnType<typeof createImportService>;
