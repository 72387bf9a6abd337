import type { Db } from '../db/connection';

export interface InboxRow {
  id: number;
  folder: string;
  name: string;
  size: number;
  mtime_ms: number;
  sha256: string | null;
  content_type: string | null;
  problem_json: string | null;
  status: 'waiting' | 'assigned' | 'gone';
}

/** SQL for the scanner inbox: one row per file seen in the watched folder. */
export function createInboxRepo(db: Db) {
  const waiting = db.prepare<[string], InboxRow>(
    `SELECT i.*, b.content_type FROM inbox_items i LEFT JOIN blobs b ON b.sha256 = i.sha256
     WHERE i.status = 'waiting' AND i.folder = ? ORDER BY i.mtime_ms, i.name`,
  );
  const byId = db.prepare<[number], InboxRow>(
    'SELECT i.*, b.content_type FROM inbox_items i LEFT JOIN blobs b ON b.sha256 = i.sha256 WHERE i.id = ?',
  );
  const insert = db.prepare<[string, string, number, number, string | null, string | null, string]>(
    `INSERT INTO inbox_items (folder, name, size, mtime_ms, sha256, problem_json, status, seen_at) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?)`,
  );
  const markGone = db.prepare<[number]>("UPDATE inbox_items SET status = 'gone' WHERE id = ? AND status = 'waiting'");
  const markAssigned = db.prepare<[string, number, number]>(
    "UPDATE inbox_items SET status = 'assigned', assigned_at = ?, document_id = ? WHERE id = ? AND status = 'waiting'",
  );
  return {
    waiting: (folder: string) => waiting.all(folder),
    get: (id: number) => byId.get(id) ?? null,
    insert: (folder: string, name: string, size: number, mtimeMs: number, sha256: string | null, problem: string | null, at: string) =>
      Number(insert.run(folder, name, size, Math.trunc(mtimeMs), sha256, problem, at).lastInsertRowid),
    markGone: (id: number) => markGone.run(id),
    markAssigned: (id: number, documentId: number, at: string) => markAssigned.run(at, documentId, id).changes === 1,
  };
}
