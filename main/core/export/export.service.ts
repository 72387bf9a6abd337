import { randomUUID } from 'node:crypto';
import type { ExportedFile, ExportRequest, ListDocument } from '../../../shared/domain/export';
import { listBaseName } from '../../../shared/domain/export';
import { lemariError } from '../../../shared/api/raise';
import type { ServiceDeps } from '../support/deps';
import type { EditionService } from '../publish/edition.service';
import { createLeakGuard } from '../publish/leakGuard';
import type { ExportFiles } from './exportFiles';
import type { ExportSource } from './exportSource';
import { contentTypes, renderList } from './renderList';

/** The officer's print choices are optional for callers inside main (packages, tests): defaults as the schema's. */
type Choices = 'decisionId' | 'signatureDate' | 'dikColumns';
export type RenderRequest = Omit<ExportRequest, Choices> & Partial<Pick<ExportRequest, Choices>>;
type ListRequest = Pick<ExportRequest, 'list' | 'year' | 'editionId'> & Partial<Pick<ExportRequest, Choices | 'layout'>>;

interface ExportDeps extends ServiceDeps {
  source: ExportSource;
  editions: EditionService;
  files: ExportFiles;
}

/** Exports and prints of the DIP and DIK, from the live register or a frozen edition, with progress events. */
export function createExportService({ db, events, clock, audit, source, editions, files }: ExportDeps) {
  // The DIP is public by law: whatever is exported from it may reach the website, so its cells pass the
  // same leak check as the website package (a DIK summary pasted into a DIP entry is refused here too).
  const guard = createLeakGuard(db);
  /**
   * The list to print, with what the officer chose in the export form: the SK the lampiran is
   * attached to (its number and date; a live lampiran without a choice takes the latest SK and is
   * refused when none is recorded), the signature date, and the extra DIK columns.
   */
  function listFor(request: ListRequest): ListDocument {
    let list =
      request.editionId !== null ? editions.document(request.editionId) : source.live(request.list, request.year, clock(), audit.head());
    const wantsSk = request.layout === 'lampiran' && request.editionId === null;
    const sk =
      request.decisionId !== undefined && request.decisionId !== null
        ? source.decision(request.decisionId)
        : wantsSk
          ? source.latestDecision()
          : null;
    if (request.decisionId !== undefined && request.decisionId !== null && sk === null)
      throw lemariError('not_found', { key: 'export.error.noDecision', field: 'decisionId' });
    if (wantsSk && sk === null) throw lemariError('invalid_input', { key: 'export.error.lampiranNeedsSk', field: 'decisionId' });
    if (sk !== null) {
      const signer =
        request.layout === 'lampiran'
          ? {
              position: sk.signerPosition,
              name: sk.signerName,
              // The SK's signer, with the NIP the profile holds for them: the DIP's and the DIK's lampiran of one SK sign alike.
              nip: sk.signerName === list.signature.name ? list.signature.nip : source.knownNip(sk.signerName),
            }
          : {};
      list = { ...list, decisionNumber: sk.number, decisionDate: sk.date, signature: { ...list.signature, date: sk.date, ...signer } };
    }
    if (request.signatureDate !== undefined && request.signatureDate !== null)
      list = { ...list, signature: { ...list.signature, date: request.signatureDate } };
    if (list.kind === 'dik' && (request.dikColumns ?? []).length > 0) list = { ...list, rows: source.withDikExtras(list.rows) };
    return list;
  }

  /** A progress reporter that emits `job.progressed` under the caller's job id. */
  function reporter(jobId: string, label: string) {
    return (done: number, total: number) => events.emit('job.progressed', { jobId, label, done, total });
  }

  async function render(
    request: RenderRequest,
    jobId: string = randomUUID(),
  ): Promise<{ name: string; contentType: string; data: Buffer }> {
    const list = listFor(request);
    if (list.kind === 'dip') guard.checkList(list);
    const progress = reporter(jobId, `${request.list}.${request.format}`);
    progress(0, list.rows.length);
    const data = await renderList(list, request.format, {
      paper: request.paper,
      layout: request.layout,
      dikColumns: request.dikColumns ?? [],
      progress,
    });
    progress(list.rows.length, list.rows.length);
    // A printed list names its paper (…-2026-A4.pdf, …-F4.pdf): an F4 print is not mistaken for an A4 one.
    const suffix = request.format === 'pdf' ? `${request.layout === 'lampiran' ? '-lampiran-sk' : ''}-${request.paper.toUpperCase()}` : '';
    return { name: `${listBaseName(list.kind, list.year)}${suffix}.${request.format}`, contentType: contentTypes[request.format], data };
  }

  async function exportList(request: RenderRequest, jobId?: string): Promise<ExportedFile> {
    const made = await render(request, jobId);
    return files.put(made.name, made.contentType, made.data);
  }

  /**
   * The PDF bytes for Electron's print preview (main/electron loads them into a preview window).
   * Same layout as the export; nothing is written to disk.
   */
  async function printPdf(request: RenderRequest, jobId?: string): Promise<Buffer> {
    return (await render({ ...request, format: 'pdf' }, jobId)).data;
  }

  return { listFor, render, exportList, printPdf };
}

export type ExportService = ReturnType<typeof createExportService>;
