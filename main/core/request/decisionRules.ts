import { lemariError } from '../../../shared/api/raise';
import type { DecisionInput } from '../../../shared/domain/request';
import type { RequestRepo } from './request.repo';

export interface DecisionLinks {
  given: number[];
  refused: number[];
  documents: { id: number; copy: 'asli' | 'salinan_publik' }[];
}

/**
 * A refusal rests on the DIK (UU 14/2008 Pasal 17, 19): every entry it cites must be exempted information
 * standing in the DIK (not deleted, not opened). Information that is not there cannot be refused as
 * exempted until a consequence test on the request puts it there. What is given must be public, and a
 * document holding exempted parts is handed over only as its public (redacted) copy.
 */
export function checkDecision(
  repo: Pick<RequestRepo, 'entryFacts' | 'document' | 'documentHasPublicCopy' | 'documentHoldsExempted'>,
  decision: DecisionInput,
): DecisionLinks {
  const links: DecisionLinks = { given: [], refused: [], documents: [] };
  if (decision.status === 'ditolak' || decision.status === 'dikabulkan_sebagian') {
    if (decision.exemptEntryIds.length === 0)
      throw lemariError('invalid_input', { key: 'request.v.exemptEntries', field: 'decision.exemptEntryIds' });
    decision.exemptEntryIds.forEach((entryId, index) => {
      const facts = repo.entryFacts(entryId);
      const field = `decision.exemptEntryIds.${String(index)}`;
      if (!facts || facts.deleted_at !== null)
        throw lemariError('not_found', { key: 'request.entryMissing', params: { id: entryId }, field });
      if (facts.category !== 'dikecualikan' || facts.exemption_status === 'opened') {
        throw lemariError('conflict', { key: 'request.notInDik', params: { judul: facts.judul }, field });
      }
      links.refused.push(entryId);
    });
  }
  if (decision.status === 'dikabulkan_seluruhnya' || decision.status === 'dikabulkan_sebagian') {
    decision.entryIds.forEach((entryId, index) => {
      const facts = repo.entryFacts(entryId);
      const field = `decision.entryIds.${String(index)}`;
      if (!facts || facts.deleted_at !== null)
        throw lemariError('not_found', { key: 'request.entryMissing', params: { id: entryId }, field });
      if (facts.category === 'dikecualikan')
        throw lemariError('conflict', { key: 'request.givenExempt', params: { judul: facts.judul }, field });
      links.given.push(entryId);
    });
    decision.documentIds.forEach((documentId, index) => {
      const doc = repo.document(documentId);
      const field = `decision.documentIds.${String(index)}`;
      if (!doc) throw lemariError('not_found', { field });
      if (!repo.documentHoldsExempted(documentId)) {
        links.documents.push({ id: documentId, copy: 'asli' });
        return;
      }
      if (!repo.documentHasPublicCopy(documentId)) {
        throw lemariError('conflict', { key: 'request.needsPublicCopy', params: { title: doc.title }, field });
      }
      links.documents.push({ id: documentId, copy: 'salinan_publik' });
    });
  }
  return links;
}
