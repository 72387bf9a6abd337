import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ExportedFile, PaperSize } from '../../../shared/domain/export';
import type { RegisterBookKind } from '../../../shared/domain/requestReport';
import type { ExportFiles } from '../export/exportFiles';
import type { ServiceDeps } from '../support/deps';
import { findPrintFonts } from '../support/resources';
import { createRegisterRepo } from './register.repo';
import { renderRegisterPdf } from './register.pdf';
import { buildRegisterBook, type RegisterBook } from './register.rows';
import { renderRegisterXlsx } from './register.xlsx';

/**
 * The Buku Register Permohonan and Buku Register Keberatan of a year (Perki 1/2021) as PDF (A4/F4
 * landscape) or XLSX, for the desk's archive and the Komisi Informasi's monitoring evidence. They hold
 * requesters' personal data, so each export is audited with who made it; nothing here reaches a website
 * package (the publish leak guard refuses requesters' data too).
 */
export function createRegisterService({ db, audit, clock }: ServiceDeps, agency: { get(): AgencyProfile }, files: ExportFiles) {
  const repo = createRegisterRepo(db);

  const book = (year: number, kind: RegisterBookKind): RegisterBook => buildRegisterBook(repo, kind, year, agency.get());

  async function file(
    input: { year: number; book: RegisterBookKind; format: 'pdf' | 'xlsx'; paper: PaperSize },
    actor: string,
  ): Promise<ExportedFile> {
    const b = book(input.year, input.book);
    const at = clock();
    const data =
      input.format === 'pdf'
        ? await renderRegisterPdf(b, agency.get(), input.paper, at, findPrintFonts())
        : await renderRegisterXlsx(b, agency.get());
    const type = input.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const suffix = input.format === 'pdf' ? `-${input.paper}.pdf` : '.xlsx';
    const made = files.put(`buku-register-${input.book}-${String(input.year)}${suffix}`, type, data);
    db.transaction(() => {
      audit.record({
        actor,
        action: 'request.registerFile',
        entityType: 'request_register',
        entityId: `${input.book}-${String(input.year)}`,
        before: null,
        after: { ...input, rows: b.rows.length, sha256: made.sha256 },
      });
    }).immediate();
    return made;
  }

  return { book, file };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
