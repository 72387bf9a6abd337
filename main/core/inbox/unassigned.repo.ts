import type { Db } from '../db/connection';

export interface UnassignedRow {
  sha256: string;
  size: number;
  content_type: string;
  names_json: string;
  first_seen: string;
}

/**
 * Vault objects that came in through the scanner inbox and that nothing holds: no inbox row still
 * waiting or assigned, no document file, no SK scan, no edition (its scan or its public copies). The
 * same conditions decide listing and removal, so a scan listed a moment ago that someone has since
 * assigned is refused, not removed.
 */
const UNUSED = `
  NOT EXISTS (SELECT 1 FROM inbox_items w WHERE w.sha256 = b.sha256 AND w.status IN ('waiting', 'assigned'))
  AND NOT EXISTS (SELECT 1 FROM document_files f WHERE f.sha256 = b.sha256)
  AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.scan_sha256 = b.sha256)
  AND NOT EXISTS (SELECT 1 FROM editions e WHERE e.scan_sha256 = b.sha256 OR instr(e.documents_json, b.sha256) > 0)`;

/** SQL for inbox scans nobody assigned (issue 13 #7). */
export function createUnassignedRepo(db: Db) {
  const select = `SELECT b.sha256, b.size, b.content_type, json_group_array(DISTINCT i.name) AS names_json, min(i.seen_at) AS first_seen
      FROM blobs b JOIN inbox_items i ON i.sha256 = b.sha256`;
  const list = db.prepare<[], UnassignedRow>(`${select} WHERE ${UNUSED} GROUP BY b.sha256 ORDER BY first_seen, b.sha256`);
  const one = db.prepare<[string], UnassignedRow>(`${select} WHERE b.sha256 = ? AND ${UNUSED} GROUP BY b.sha256`);
  // The inbox's rows of a removed scan keep their names and times; only the link to the object goes.
  const detach = db.prepare<[string]>("UPDATE inbox_items SET sha256 = NULL WHERE sha256 = ? AND status = 'gone'");
  return {
    list: () => list.all(),
    one: (sha256: string) => one.get(sha256) ?? null,
    detach: (sha256: string) => detach.run(sha256).changes,
  };
}
