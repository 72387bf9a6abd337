import { z } from 'zod';
import { exemptionListFilterSchema, type ConsequenceTest, type Decision, type Exemption } from './exemption';

/**
 * Search and filters of the DIK, the Uji Konsekuensi and the SK lists. Main filters (as it filters
 * the register): the lists answer only what matches, and the renderer shows "nothing found" itself.
 */
const search = z.string().trim().max(200, { message: 'v.tooLong' }).default('');
const year = z.number().int().min(1900).max(2200).nullable().default(null);

export const exemptionListQuerySchema = exemptionListFilterSchema.extend({ search, year }).strict();
export const testListQuerySchema = z.object({ search, year, status: z.enum(['draft', 'concluded']).nullable().default(null) }).strict();
export const decisionListQuerySchema = z.object({ search, year, scan: z.enum(['with', 'without']).nullable().default(null) }).strict();
export type TestListQuery = z.output<typeof testListQuerySchema>;
export type DecisionListQuery = z.output<typeof decisionListQuerySchema>;

/** Lower case, accents and punctuation gone, spaces single: "Keputusan  Sekretaris" finds "keputusan sekretaris". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/.-]+/gu, ' ')
    .trim();
}

/** Every word of the query appears somewhere in the texts (in any order); an empty query matches all. */
export function matchesSearch(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter((t): t is string => typeof t === 'string').join(' '));
  return words.every((word) => haystack.includes(word));
}

const yearOf = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : null);

export function exemptionMatches(
  x: Pick<Exemption, 'judul' | 'informasi' | 'dokumen' | 'jenisDokumen' | 'unitName' | 'legalBasis' | 'decisionNumber' | 'year'>,
  query: { search: string; year: number | null },
): boolean {
  if (query.year !== null && x.year !== query.year) return false;
  return matchesSearch(query.search, [x.judul, x.informasi, x.dokumen, x.jenisDokumen, x.unitName, x.legalBasis, x.decisionNumber]);
}

export function testMatches(
  test: Pick<ConsequenceTest, 'id' | 'heldOn' | 'place' | 'documentExamined' | 'requestRef' | 'participants' | 'entries' | 'concludedAt'>,
  query: TestListQuery,
): boolean {
  if (query.year !== null && yearOf(test.heldOn) !== query.year) return false;
  if (query.status === 'draft' && test.concludedAt !== null) return false;
  if (query.status === 'concluded' && test.concludedAt === null) return false;
  return matchesSearch(query.search, [
    `UK-${String(test.id).padStart(4, '0')}`,
    test.place,
    test.documentExamined,
    test.requestRef,
    ...test.participants.map((p) => p.name),
    ...test.entries.map((e) => e.judul),
  ]);
}

export function decisionMatches(
  decision: Pick<Decision, 'number' | 'date' | 'signerName' | 'signerPosition' | 'scanSha256'>,
  query: DecisionListQuery,
): boolean {
  if (query.year !== null && yearOf(decision.date) !== query.year) return false;
  if (query.scan === 'with' && decision.scanSha256 === null) return false;
  if (query.scan === 'without' && decision.scanSha256 !== null) return false;
  return matchesSearch(query.search, [decision.number, decision.signerName, decision.signerPosition]);
}
