import { randomUUID } from 'node:crypto';
import type { ExportedFile, ExportRequest, ListDocument } from '../../../shared/domain/export';
import { listBaseName } from '../../../shared/domain/export';
import type { ServiceDeps } from '../support/deps';
import type { EditionService } from '../publish/edition.service';
import { createLeakGuard } from '../publish/leakGuard';
import type { ExportFiles } from './exportFiles';
import type { ExportSource } from './exportSource';
import { contentTypes, renderList } from './renderList';

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
  function listFor(request: Pick<ExportRequest, 'list' | 'year' | 'editionId'>): ListDocument {
    if (request.editionId !== null) return editions.document(request.editionId);
    return source.live(request.list, request.year, clock(), audit.head());
  }

  /** A progress reporter that emits `job.progressed` under the caller's job id. */
  function reporter(jobId: string, label: string) {
    return (done: number, total: number) => events.emit('job.progressed', { jobId, label, done, total });
  }

  async function render(
    request: ExportRequest,
    jobId: string = randomUUID(),
  ): Promise<{ name: string; contentType: string; data: Buffer }> {
    const list = listFor(request);
    if (list.kind === 'dip') guard.checkList(list);
    const progress = reporter(jobId, `${request.list}.${request.format}`);
    progress(0, list.rows.length);
    const data = await renderList(list, request.format, { paper: request.paper, layout: request.layout, progress });
    progress(list.rows.length, list.rows.length);
    const suffix = request.format === 'pdf' && request.layout === 'lampiran' ? '-lampiran-sk' : '';
    return { name: `${listBaseName(list.kind, list.year)}${suffix}.${request.format}`, contentType: contentTypes[request.format], data };
  }

  async function exportList(request: ExportRequest, jobId?: string): Promise<ExportedFile> {
    const made = await render(request, jobId);
    return files.put(made.name, made.contentType, made.data);
  }

  /**
   * The PDF bytes for Electron's print preview (main/electron loads them into a preview window).
   * Same layout as the export; nothing is written to disk.
   */
  async function printPdf(request: ExportRequest, jobId?: string): Promise<Buffer> {
    return (await render({ ...request, format: 'pdf' }, jobId)).data;
  }

  return { listFor, render, exportList, printPdf };
}

export type ExportService = ReturnType<typeof createExportService>;
