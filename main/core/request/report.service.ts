import { lemariError } from '../../../shared/api/raise';
import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ExportedFile, PaperSize } from '../../../shared/domain/export';
import { buildAnnualReport, type AnnualReport, type ReportNarrative } from '../../../shared/domain/requestReport';
import type { ExportFiles } from '../export/exportFiles';
import type { ServiceDeps } from '../support/deps';
import { findPrintFonts } from '../support/resources';
import { createReportRepo } from './report.repo';
import { renderReportPdf } from './report.pdf';
import { renderReportXlsx } from './report.xlsx';

/** Laporan Layanan Informasi Publik for a year: figures from the registers, narrative by the officer, PDF and XLSX. */
export function createReportService(
  { db, audit, events, clock }: ServiceDeps,
  holidays: () => readonly { date: string }[],
  agency: { get(): AgencyProfile },
  files: ExportFiles,
) {
  const repo = createReportRepo(db);

  function report(year: number): AnnualReport {
    const saved = repo.narrative(year);
    return buildAnnualReport({
      year,
      requests: repo.requests(year),
      groundCodes: repo.groundCodes(year),
      objectionOutcomes: repo.objectionOutcomes(year),
      disputes: repo.disputes(year),
      holidays: new Set(holidays().map((h) => h.date)),
      narrative: { kebijakan: saved?.kebijakan ?? '', kendala: saved?.kendala ?? '', rekomendasi: saved?.rekomendasi ?? '' },
      narrativeVersion: saved?.version ?? 0,
    });
  }

  function saveNarrative(year: number, narrative: ReportNarrative, expectedVersion: number, actor: string): AnnualReport {
    db.transaction(() => {
      const before = repo.narrative(year);
      if (!repo.saveNarrative(year, narrative, expectedVersion, clock().toISOString())) throw lemariError('conflict');
      audit.record({ actor, action: 'request.saveReport', entityType: 'request_report', entityId: year, before, after: narrative });
    }).immediate();
    events.emit('request.changed', { id: null });
    return report(year);
  }

  async function file(year: number, format: 'pdf' | 'xlsx', paper: PaperSize): Promise<{ file: ExportedFile; data: Buffer }> {
    const r = report(year);
    const data =
      format === 'pdf' ? await renderReportPdf(r, agency.get(), paper, clock(), findPrintFonts()) : await renderReportXlsx(r, agency.get());
    const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return { file: files.put(`laporan-layanan-informasi-publik-${String(year)}.${format}`, type, data), data };
  }

  return { report, saveNarrative, file };
}

export type ReportService = ReturnType<typeof createReportService>;
