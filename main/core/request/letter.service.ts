import { lemariError } from '../../../shared/api/raise';
import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ExportedFile, PaperSize } from '../../../shared/domain/export';
import { isAnswered, type LetterKind, type RequestDetail } from '../../../shared/domain/request';
import type { ExportFiles } from '../export/exportFiles';
import type { ServiceDeps } from '../support/deps';
import { findPrintFonts } from '../support/resources';
import { renderLetter } from './letters.pdf';
import type { RequestService } from './request.service';

export interface LetterRequest {
  id: number;
  kind: LetterKind;
  paper: PaperSize;
  number: string;
  date: string;
  objectionId: number | null;
}

function fits(kind: LetterKind, r: RequestDetail, objectionId: number | null): boolean {
  switch (kind) {
    case 'tanda_bukti':
      return true;
    case 'pemberitahuan':
      return isAnswered(r.status);
    case 'perpanjangan':
      return r.deadline.extension !== null;
    case 'penolakan':
      return r.refusalGrounds.length > 0;
    case 'tanggapan_keberatan':
      return r.objections.some((o) => o.id === objectionId && o.response !== null);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * The letters of a request as PDFs, handed back through the export-file store (`/download/<id>`);
 * each letter issued is kept on the request (kind, number, date) and audited.
 */
export function createLetterService(
  { db, audit, events, clock }: ServiceDeps,
  requests: RequestService,
  agency: { get(): AgencyProfile },
  files: ExportFiles,
) {
  async function make(input: LetterRequest, actor: string): Promise<ExportedFile> {
    const request = requests.detail(input.id);
    if (!fits(input.kind, request, input.objectionId)) {
      throw lemariError('conflict', { key: 'request.letterNotFitting', params: { kind: input.kind } });
    }
    const objection = request.objections.find((o) => o.id === input.objectionId) ?? null;
    const madeAt = clock();
    const bytes = await renderLetter(
      { kind: input.kind, request, objection, agency: agency.get(), number: input.number, date: input.date, paper: input.paper, madeAt },
      findPrintFonts(),
    );
    const file = files.put(`${input.kind}-${request.number}.pdf`, 'application/pdf', bytes);
    db.transaction(() => {
      requests.repo.insertLetter(input.id, input.kind, input.number, input.date, madeAt.toISOString());
      audit.record({
        actor,
        action: 'request.letter',
        entityType: 'request',
        entityId: input.id,
        before: null,
        after: { kind: input.kind, number: input.number, date: input.date, paper: input.paper, sha256: file.sha256 },
      });
    }).immediate();
    events.emit('request.changed', { id: input.id });
    return file;
  }
  return { make };
}

export type LetterService = ReturnType<typeof createLetterService>;
