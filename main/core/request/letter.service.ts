import { lemariError } from '../../../shared/api/raise';
import type { AgencyProfile } from '../../../shared/domain/agency';
import type { ExportedFile, PaperSize } from '../../../shared/domain/export';
import { isAnswered, type LetterKind, type RequestDetail } from '../../../shared/domain/request';
import { mayAct, type Act } from '../../../shared/domain/approval';
import type { ExportFiles } from '../export/exportFiles';
import type { UserService } from '../user/user.service';
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
 * Who issues which letter (SOP Permohonan Informasi, SOP Pengelolaan Keberatan): the desk records and
 * prints the tanda bukti; the PPID signs the pemberitahuan tertulis (and its perpanjangan) and the
 * Keputusan PPID tentang Penolakan; the Atasan PPID signs the tanggapan atas keberatan. The roles holding
 * each act come from the body's role rules; this is checked here, in main, whatever the screen shows.
 */
export const letterActs: Record<LetterKind, Act> = {
  tanda_bukti: 'recordRequest',
  pemberitahuan: 'decideRequest',
  perpanjangan: 'decideRequest',
  penolakan: 'decideRequest',
  tanggapan_keberatan: 'answerObjection',
};

/**
 * The letters of a request as PDFs, handed back through the export-file store (`/download/<id>`);
 * each letter issued is kept on the request (kind, number, date) and audited.
 */
export function createLetterService(
  { db, audit, events, clock }: ServiceDeps,
  requests: RequestService,
  agency: { get(): AgencyProfile },
  files: ExportFiles,
  users: Pick<UserService, 'active' | 'rules'>,
) {
  /** The signed-in person, when their roles allow this kind of letter; otherwise a refusal naming the letter and who issues it. */
  function requireLetterRole(kind: LetterKind): string {
    const user = users.active();
    if (!user) throw lemariError('forbidden', { key: 'exemption.err.noActiveUser' });
    const rules = users.rules();
    const act = letterActs[kind];
    if (!mayAct(rules, act, user.roles))
      throw lemariError('forbidden', { key: 'request.letterRole', params: { name: user.name, kind, roles: rules[act].join(', ') } });
    return user.name;
  }

  async function make(input: LetterRequest, _transportActor: string): Promise<ExportedFile> {
    const actor = requireLetterRole(input.kind);
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
