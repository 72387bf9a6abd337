import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lemariError } from '../../../shared/api/raise';
import { dipMissingColumns } from '../../../shared/domain/dipColumns';
import type { Edition, EditionDiff, EditionPreview, EditionPublishInput } from '../../../shared/domain/edition';
import { editionPublishInputSchema } from '../../../shared/domain/edition';
import type { ListDocument, ListKind } from '../../../shared/domain/export';
import { listDocumentSchema } from '../../../shared/domain/export';
import { canonicalJson } from '../audit/canonical';
import type { ExportSource } from '../export/exportSource';
import type { ServiceDeps } from '../support/deps';
import type { UploadService } from '../upload/upload.service';
import { createEditionRepo, type EditionDocument } from './edition.repo';
import { diffEditions } from './editionDiff';
import type { PublicCopies } from './publicCopies';

const MAX_SCAN_BYTES = 25 * 1024 * 1024;

/** The SK scan's type from its first bytes; anything but PDF, JPEG or PNG is refused. */
export function sniffScan(data: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

interface EditionDeps extends ServiceDeps {
  source: ExportSource;
  uploads: UploadService;
  publicCopies: PublicCopies;
}

/** "Tetapkan & Terbitkan": freezes a list with its decision into an edition; reads editions and their differences. */
export function createEditionService({ db, audit, events, clock, source, uploads, publicCopies }: EditionDeps) {
  const repo = createEditionRepo(db);
  function readScan(uploadId: string): { name: string; type: 'application/pdf' | 'image/jpeg' | 'image/png'; data: Buffer } {
    const staged = uploads.resolve(uploadId);
    if (staged.size > MAX_SCAN_BYTES)
      throw lemariError('too_large', { key: 'export.error.scanTooLarge', params: { max: MAX_SCAN_BYTES / 1024 / 1024 }, field: 'scan' });
    const data = readFileSync(staged.path);
    const type = sniffScan(data);
    if (type === null)
      throw lemariError('unsupported_file', { key: 'export.error.scanType', params: { name: staged.name }, field: 'scan' });
    return { name: staged.name, type, data };
  }

  function publish(raw: EditionPublishInput, actor: string): Edition {
    const input = editionPublishInputSchema.parse(raw);
    const scan = input.scan === null ? null : readScan(input.scan.uploadId);
    const now = clock().toISOString();
    const id = db
      .transaction(() => {
        const base = {
          year: input.year,
          decisionNumber: input.decision.number,
          letterhead: source.letterhead(),
          signature: {
            place: input.decision.place,
            date: input.decision.date,
            position: input.decision.signerPosition,
            name: input.decision.signerName,
            nip: input.decision.signerNip,
          },
          auditHead: audit.head(),
          madeAt: now,
        };
        const snapshot: ListDocument =
          input.list === 'dip'
            ? { ...base, kind: 'dip', rows: source.edition.dipRows() }
            : { ...base, kind: 'dik', rows: source.edition.dikRows() };
        if (snapshot.rows.length === 0) throw lemariError('invalid_input', { key: 'export.error.emptyList', field: 'year' });
        const documents: EditionDocument[] =
          snapshot.kind === 'dip' ? publicCopies.forEntries(snapshot.rows.map((row) => row.entryId)) : [];
        const json = canonicalJson(snapshot);
        const snapshotSha256 = createHash('sha256').update(json).digest('hex');
        const scanSha256 = scan === null ? null : createHash('sha256').update(scan.data).digest('hex');
        const newId = repo.insert({
          list: input.list,
          year: input.year,
          decision_number: input.decision.number,
          decision_date: input.decision.date,
          place: input.decision.place,
          signer_position: input.decision.signerPosition,
          signer_name: input.decision.signerName,
          signer_nip: input.decision.signerNip,
          scan_name: scan?.name ?? null,
          scan_sha256: scanSha256,
          scan_type: scan?.type ?? null,
          scan: scan?.data ?? null,
          row_count: snapshot.rows.length,
          snapshot_json: json,
          snapshot_sha256: snapshotSha256,
          documents_json: JSON.stringify(documents),
          audit_head: base.auditHead,
          published_at: now,
          published_by: actor,
          previous_id: repo.latestId(input.list),
        });
        audit.record({
          actor,
          action: 'edition.publish',
          entityType: 'edition',
          entityId: newId,
          before: null,
          after: {
            list: input.list,
            year: input.year,
            decision: input.decision,
            rowCount: snapshot.rows.length,
            snapshotSha256,
            scanSha256,
            documents: documents.map((d) => d.sha256),
          },
        });
        return newId;
      })
      .immediate();
    if (input.scan !== null) uploads.discard(input.scan.uploadId);
    events.emit('edition.published', { id });
    return get(id);
  }

  /** The rows publishing would freeze now, read the same way publish reads them. */
  function preview(list: ListKind, year: number): EditionPreview {
    if (list === 'dik')
      return { list, year, rowCount: source.edition.dikRows().length, incomplete: [], undecided: source.edition.dikUndecided() };
    const rows = source.edition.dipRows();
    const incomplete = rows
      .map((row) => ({ entryId: row.entryId, judul: row.judul, missing: dipMissingColumns(row) }))
      .filter((row) => row.missing.length > 0);
    return { list, year, rowCount: rows.length, incomplete, undecided: 0 };
  }

  function get(id: number): Edition {
    const edition = repo.get(id);
    if (!edition) throw lemariError('not_found', { key: 'export.error.noEdition' });
    return edition;
  }

  /** The frozen list, exactly as published. */
  function document(id: number): ListDocument {
    const row = repo.snapshot(id);
    if (!row) throw lemariError('not_found', { key: 'export.error.noEdition' });
    return listDocumentSchema.parse(JSON.parse(row.snapshot_json));
  }

  function documents(id: number): EditionDocument[] {
    const row = repo.snapshot(id);
    if (!row) throw lemariError('not_found', { key: 'export.error.noEdition' });
    return JSON.parse(row.documents_json) as EditionDocument[];
  }

  function diff(id: number): EditionDiff {
    const edition = get(id);
    const current = document(id);
    const previousId = edition.previousId;
    const previous = previousId === null ? null : document(previousId);
    let isOpened: (entryId: number) => boolean;
    if (edition.list === 'dip') {
      const dikId = repo.latestBefore('dik', id);
      const exempted = new Set(dikId === null ? [] : document(dikId).rows.map((row) => row.entryId));
      isOpened = (entryId) => exempted.has(entryId) || repo.wasOpenedInto(entryId);
    } else {
      isOpened = (entryId) => repo.isPublicNow(entryId) || repo.wasOpened(entryId);
    }
    return diffEditions(id, current, previousId, previous, isOpened);
  }

  return { publish, preview, get, list: () => repo.list(), document, documents, diff, scan: (id: number) => repo.scan(id) };
}

export type EditionService = ReturnType<typeof createEditionService>;
