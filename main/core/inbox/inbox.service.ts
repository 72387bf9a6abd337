import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isLemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import type { DocumentDetail, DocumentFields, InboxItem, InboxState } from '../../../shared/domain/document';
import { blobContentTypeSchema } from '../../../shared/domain/vault';
import { bilingual } from '../../../shared/i18n/translate';
import type { DocumentService } from '../document/document.service';
import type { ServiceDeps } from '../support/deps';
import type { VaultService } from '../vault/vault.service';
import { createInboxRepo, type InboxRow } from './inbox.repo';

/** A scanner is still writing a file younger than this. */
const SETTLE_MS = 2000;
const SYSTEM_ACTOR = 'lemari';

export type InboxTarget = { documentId: number } | { newDocument: DocumentFields };

function problemOf(json: string | null): InboxItem['problem'] {
  return json === null ? null : (JSON.parse(json) as { message: string; messageEn: string });
}

/**
 * Kotak Masuk Pindaian: the folder the office scanner saves into. Each settled file is copied
 * durably into the vault when first seen (so its thumbnail is served by hash); the officer then
 * assigns it to a document, and only after that commit does the file leave the folder.
 */
export function createInboxService({ db, audit, events, clock }: ServiceDeps, vault: VaultService, documents: DocumentService) {
  const repo = createInboxRepo(db);
  let scanning: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  function folder(): string {
    return vault.config().inboxDir;
  }

  function folderProblem(dir: string): InboxState['folderProblem'] {
    if (dir === '') return bilingual('vault.inbox.noFolder');
    if (!isAbsolute(dir)) return bilingual('vault.inbox.folderNotAbsolute');
    try {
      if (!lstatSync(dir).isDirectory()) return bilingual('vault.inbox.folderMissing', { folder: dir });
    } catch {
      return bilingual('vault.inbox.folderMissing', { folder: dir });
    }
    return null;
  }

  function toItem(row: InboxRow): InboxItem {
    const type = blobContentTypeSchema.safeParse(row.content_type);
    return {
      id: row.id,
      name: row.name,
      size: row.size,
      modifiedAt: new Date(row.mtime_ms).toISOString(),
      sha256: row.sha256,
      contentType: type.success ? type.data : null,
      problem: problemOf(row.problem_json),
    };
  }

  async function scanOnce(): Promise<number> {
    const dir = folder();
    if (folderProblem(dir) !== null) return 0;
    const known = new Map(repo.waiting(dir).map((row) => [row.name, row]));
    const present = new Set<string>();
    let changes = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.') || entry.name.startsWith('~')) continue;
      const path = join(dir, entry.name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      present.add(entry.name);
      const row = known.get(entry.name);
      if (row && row.size === stat.size && row.mtime_ms === Math.trunc(stat.mtimeMs)) continue;
      if (clock().getTime() - stat.mtimeMs < SETTLE_MS) continue;
      if (row) repo.markGone(row.id);
      try {
        await vault.ingest(path, entry.name, SYSTEM_ACTOR, (blob) => {
          repo.insert(dir, entry.name, stat.size, stat.mtimeMs, blob.sha256, null, clock().toISOString());
        });
      } catch (error) {
        if (!isLemariError(error)) throw error;
        repo.insert(
          dir,
          entry.name,
          stat.size,
          stat.mtimeMs,
          null,
          JSON.stringify({ message: error.message, messageEn: error.messageEn }),
          clock().toISOString(),
        );
      }
      changes += 1;
    }
    for (const [name, row] of known) {
      if (!present.has(name)) {
        repo.markGone(row.id);
        changes += 1;
      }
    }
    if (changes > 0) events.emit('inbox.changed', { count: changes });
    return changes;
  }

  /** Looks at the folder now (one look at a time); answers how many items changed. */
  function scan(): Promise<number> {
    scanning ??= scanOnce().finally(() => {
      scanning = null;
    });
    return scanning;
  }

  function list(): InboxState {
    const dir = folder();
    return { folder: dir, folderProblem: folderProblem(dir), items: repo.waiting(dir).map(toItem) };
  }

  async function assign(itemId: number, target: InboxTarget, actor: string): Promise<DocumentDetail> {
    await scanning;
    const row = repo.get(itemId);
    if (!row || row.status !== 'waiting') throw lemariError('not_found', { key: 'vault.inbox.itemGone' });
    const sha256 = row.sha256;
    if (sha256 === null) throw lemariError('unsupported_file', { key: 'vault.inbox.itemRefused', params: { name: row.name } });
    const path = join(row.folder, row.name);
    const sameFile = () => {
      try {
        const stat = lstatSync(path);
        return stat.isFile() && stat.size === row.size && Math.trunc(stat.mtimeMs) === row.mtime_ms;
      } catch {
        return false;
      }
    };
    // Lembar follows the scan's pages here too, as when a scan is added on the document's page (issue 12 item 9).
    const before =
      'documentId' in target ? await documents.scanState(target.documentId) : { sheetCount: target.newDocument.sheetCount, pages: 0 };
    const documentId = db
      .transaction(() => {
        const id = 'documentId' in target ? target.documentId : documents.insert(target.newDocument, actor).id;
        documents.attachStored(id, 'original', sha256, row.name, actor);
        if (!repo.markAssigned(itemId, id, clock().toISOString())) throw lemariError('conflict');
        audit.record({
          actor,
          action: 'inbox.assign',
          entityType: 'document',
          entityId: id,
          before: null,
          after: { name: row.name, sha256 },
        });
        return id;
      })
      .immediate();
    // The object was fsynced and renamed into place when the file was first seen, and its row is
    // committed: only now may the scanner's copy go. A file changed since (rescanned) stays.
    if (vault.open(sha256) !== null && sameFile()) {
      try {
        unlinkSync(path);
      } catch (error) {
        console.error('[lemari] could not remove an assigned file from the scanner inbox:', error);
      }
    }
    await documents.followScanPages(documentId, before, actor);
    events.emit('document.changed', { id: documentId });
    events.emit('inbox.changed', { count: 1 });
    return documents.get(documentId);
  }

  function start(everyMs = 2000): void {
    if (timer) return;
    timer = setInterval(() => {
      scan().catch((error: unknown) => console.error('[lemari] scanner inbox scan failed:', error));
    }, everyMs);
    timer.unref();
  }

  return {
    scan,
    list,
    assign,
    start,
    close(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
