import { lemariError } from '../../../shared/api/raise';
import { filingLabel, type Document, type DocumentDetail, type DocumentFields, type FileRole } from '../../../shared/domain/document';
import type { AgencyProfile } from '../../../shared/domain/agency';
import { agencyZone, localDate } from '../../../shared/domain/timeZone';
import type { ServiceDeps } from '../support/deps';
import type { VaultService } from '../vault/vault.service';
import { createDocumentRepo } from './document.repo';

export interface FilingTarget {
  ordnerId: number;
  sekat: number;
  /** Null: the next free number in that sekat. */
  seq: number | null;
}

/** Documents (naskah): metadata, ordered scans and a redacted public copy, the paper's place, and register links. */
export function createDocumentService({ db, audit, events, clock }: ServiceDeps, vault: VaultService, agency: { get(): AgencyProfile }) {
  const repo = createDocumentRepo(db);

  function must(id: number): Document {
    const doc = repo.get(id);
    if (!doc) throw lemariError('not_found', { key: 'documents.notFound' });
    return doc;
  }

  function detail(id: number): DocumentDetail {
    return { ...must(id), files: repo.files(id), moves: repo.moves(id), entries: repo.entries(id) };
  }

  function nextCode(fields: DocumentFields): string {
    // Undated: the year it is at the body's desk (its time zone), not the machine's: 31 December 17:30 UTC is already 1 January in Jakarta.
    const year = fields.date ? fields.date.slice(0, 4) : localDate(clock(), agencyZone(agency.get())).slice(0, 4);
    const prefix = `NSK-${year}-`;
    const last = repo.lastCode(prefix);
    const n = last ? Number(last.slice(prefix.length)) + 1 : 1;
    return `${prefix}${String(Number.isFinite(n) ? n : 1).padStart(4, '0')}`;
  }

  const codeYear = (code: string) => /^NSK-(\d{4})-\d+$/.exec(code)?.[1] ?? null;

  /** Pages of the document's original scans, or null when one of them cannot be counted. */
  async function originalPages(id: number): Promise<number | null> {
    let total = 0;
    for (const file of repo.files(id).filter((f) => f.role === 'original')) {
      const pages = await vault.pages(file.sha256);
      if (pages === null) return null;
      total += pages;
    }
    return total;
  }

  /**
   * Lembar follows the scans while the officer has not typed another number: a new document (Lembar 1,
   * no scan yet) or one whose Lembar equals its scans' pages before this file takes the new page total.
   */
  async function followScanPages(id: number, before: { sheetCount: number; pages: number | null }, actor: string): Promise<void> {
    const following = before.pages === 0 ? before.sheetCount === 1 : before.pages === before.sheetCount;
    if (!following) return;
    const pages = await originalPages(id);
    if (pages === null || pages < 1 || pages === before.sheetCount) return;
    db.transaction(() => {
      const doc = must(id);
      if (doc.sheetCount !== before.sheetCount) return; // typed meanwhile: the officer's number stands
      const { title, number, date, classificationCode, stage, description } = doc;
      const fields = { title, number, date, classificationCode, stage, description, sheetCount: Math.min(pages, 5000) };
      if (!repo.update(id, fields, doc.version, clock().toISOString())) return;
      audit.record({ actor, action: 'document.update', entityType: 'document', entityId: id, before: doc, after: must(id) });
    }).immediate();
  }

  /** Inside a transaction: creates the row and its audit event. */
  function insert(fields: DocumentFields, actor: string): Document {
    const id = repo.insert(nextCode(fields), fields, clock().toISOString());
    const created = must(id);
    audit.record({ actor, action: 'document.create', entityType: 'document', entityId: id, before: null, after: created });
    return created;
  }

  function create(fields: DocumentFields, actor: string): Document {
    const doc = db.transaction(() => insert(fields, actor)).immediate();
    events.emit('document.changed', { id: doc.id });
    return doc;
  }

  function update(id: number, fields: DocumentFields, expectedVersion: number, actor: string): Document {
    const doc = db
      .transaction(() => {
        const before = must(id);
        if (!repo.update(id, fields, expectedVersion, clock().toISOString())) throw lemariError('conflict');
        // The code carries the year of the document's own date (NSK-2024-0007): a date moved to another
        // year takes the next number of that year, recorded in the same audit event (before → after).
        if (codeYear(before.code) !== null && fields.date !== '' && codeYear(before.code) !== fields.date.slice(0, 4)) {
          repo.setCode(id, nextCode(fields));
        }
        const after = must(id);
        audit.record({ actor, action: 'document.update', entityType: 'document', entityId: id, before, after });
        return after;
      })
      .immediate();
    events.emit('document.changed', { id });
    return doc;
  }

  /** Inside a transaction: links a stored blob as the next page of the original or the public copy. */
  function linkFile(id: number, role: FileRole, sha256: string, name: string, actor: string): void {
    must(id);
    if (repo.hasFile(id, role, sha256)) throw lemariError('conflict', { key: 'documents.fileTwice', params: { name } });
    const position = repo.addFile(id, role, sha256, name, clock().toISOString());
    repo.touch(id, clock().toISOString());
    audit.record({
      actor,
      action: 'document.addFile',
      entityType: 'document',
      entityId: id,
      before: null,
      after: { role, sha256, name, position },
    });
  }

  /** What `followScanPages` compares with after a scan is added: the Lembar and the scans' pages now. */
  async function scanState(id: number): Promise<{ sheetCount: number; pages: number | null }> {
    return { sheetCount: must(id).sheetCount, pages: await originalPages(id) };
  }

  /** Stores a file in the vault and adds it to the document in the same transaction as its blob row. */
  async function addFile(id: number, role: FileRole, path: string, name: string, actor: string): Promise<DocumentDetail> {
    const before = role === 'original' ? await scanState(id) : { sheetCount: must(id).sheetCount, pages: null };
    await vault.ingest(path, name, actor, (blob) => linkFile(id, role, blob.sha256, name, actor));
    if (role === 'original') await followScanPages(id, before, actor);
    events.emit('document.changed', { id });
    return detail(id);
  }

  /** Adds a blob already in the vault (from the scanner inbox). Runs inside the caller's transaction. */
  function attachStored(id: number, role: FileRole, sha256: string, name: string, actor: string): void {
    if (!vault.has(sha256)) throw lemariError('not_found');
    linkFile(id, role, sha256, name, actor);
  }

  /** Takes a page out of the document; its scan stays in the vault (nothing is deleted). */
  function removeFile(id: number, role: FileRole, sha256: string, actor: string): DocumentDetail {
    db.transaction(() => {
      must(id);
      const remaining = repo
        .files(id)
        .filter((f) => f.role === role && f.sha256 !== sha256)
        .map((f) => f.sha256);
      if (!repo.removeFile(id, role, sha256)) throw lemariError('not_found');
      repo.order(id, role, remaining);
      repo.touch(id, clock().toISOString());
      audit.record({ actor, action: 'document.removeFile', entityType: 'document', entityId: id, before: { role, sha256 }, after: null });
    }).immediate();
    events.emit('document.changed', { id });
    return detail(id);
  }

  function reorderFiles(id: number, role: FileRole, order: readonly string[], actor: string): DocumentDetail {
    db.transaction(() => {
      must(id);
      const current = repo
        .files(id)
        .filter((f) => f.role === role)
        .map((f) => f.sha256);
      const same = current.length === order.length && new Set(order).size === order.length && order.every((sha) => current.includes(sha));
      if (!same) throw lemariError('conflict');
      repo.order(id, role, order);
      repo.touch(id, clock().toISOString());
      audit.record({ actor, action: 'document.reorderFiles', entityType: 'document', entityId: id, before: current, after: order });
    }).immediate();
    events.emit('document.changed', { id });
    return detail(id);
  }

  /** Files the paper original at a place in an ordner (or takes it out: null); every move is kept. */
  function move(id: number, target: FilingTarget | null, actor: string): DocumentDetail {
    const changedOrdners = db
      .transaction(() => {
        must(id);
        const before = repo.filing(id);
        const beforeLabel = before ? filingLabel({ ordnerCode: before.code, sekat: before.sekat, seq: before.seq }) : null;
        let afterLabel: string | null = null;
        if (target) {
          const ordner = repo.ordnerCode(target.ordnerId);
          if (!ordner) throw lemariError('not_found', { key: 'ordners.notFound' });
          const seq = target.seq ?? repo.nextSeq(target.ordnerId, target.sekat);
          const owner = repo.slotOwner(target.ordnerId, target.sekat, seq);
          if (owner !== null && owner !== id) {
            throw lemariError('conflict', {
              key: 'documents.slotTaken',
              params: { code: ordner.code, sekat: target.sekat, seq },
              field: 'seq',
            });
          }
          repo.file(id, target.ordnerId, target.sekat, seq, clock().toISOString());
          afterLabel = filingLabel({ ordnerCode: ordner.code, sekat: target.sekat, seq });
        } else {
          repo.unfile(id);
        }
        if (beforeLabel === afterLabel) return [];
        repo.recordMove(id, clock().toISOString(), actor, beforeLabel, afterLabel);
        repo.touch(id, clock().toISOString());
        audit.record({ actor, action: 'document.move', entityType: 'document', entityId: id, before: beforeLabel, after: afterLabel });
        return [before?.ordner_id ?? null, target?.ordnerId ?? null];
      })
      .immediate();
    events.emit('document.changed', { id });
    for (const ordnerId of new Set(changedOrdners)) if (ordnerId !== null) events.emit('ordner.changed', { id: ordnerId });
    return detail(id);
  }

  function linkEntry(id: number, entryId: number, year: number, actor: string): DocumentDetail {
    db.transaction(() => {
      must(id);
      if (!repo.entryExists(entryId)) throw lemariError('not_found', { key: 'documents.entryNotFound' });
      repo.linkEntry(id, entryId, year, clock().toISOString());
      audit.record({ actor, action: 'document.linkEntry', entityType: 'document', entityId: id, before: null, after: { entryId, year } });
    }).immediate();
    events.emit('document.changed', { id });
    return detail(id);
  }

  function unlinkEntry(id: number, entryId: number, actor: string): DocumentDetail {
    db.transaction(() => {
      must(id);
      if (!repo.unlinkEntry(id, entryId)) throw lemariError('not_found');
      audit.record({ actor, action: 'document.unlinkEntry', entityType: 'document', entityId: id, before: { entryId }, after: null });
    }).immediate();
    events.emit('document.changed', { id });
    return detail(id);
  }

  /** An entry's documents grouped by year, newest first ("Laporan Tahunan 2023, 2024, 2025"). */
  function byEntry(entryId: number): { year: number; documents: Document[] }[] {
    const groups = new Map<number, Document[]>();
    for (const { year, document } of repo.byEntry(entryId)) groups.set(year, [...(groups.get(year) ?? []), document]);
    return [...groups.entries()].map(([year, documents]) => ({ year, documents }));
  }

  /**
   * For exports (issue 6): the files of a document that may ever leave the archive are its
   * redacted public copy; originals only when the caller has established that nothing in the
   * document is exempted (ask exemptions with `entryIds`).
   */
  function publication(id: number): { publicCopy: string[]; originals: string[]; entryIds: number[] } {
    const files = repo.files(id);
    return {
      publicCopy: files.filter((f) => f.role === 'public').map((f) => f.sha256),
      originals: files.filter((f) => f.role === 'original').map((f) => f.sha256),
      entryIds: repo.entries(id).map((e) => e.entryId),
    };
  }

  return {
    list: (query: string, limit: number) => repo.list(query, limit),
    inOrdner: repo.inOrdner,
    get: detail,
    findByCode: repo.findByCode,
    create,
    insert,
    update,
    addFile,
    attachStored,
    scanState,
    followScanPages,
    removeFile,
    reorderFiles,
    move,
    linkEntry,
    unlinkEntry,
    byEntry,
    publication,
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
