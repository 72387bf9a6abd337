import type { ImportMapping, RememberedMapping } from '../../../shared/domain/entryImport';
import type { Db } from '../db/connection';

interface MappingRow {
  shape_key: string;
  headers_json: string;
  mapping_json: string;
  used_at: string;
}

function toRemembered(row: MappingRow): RememberedMapping {
  return {
    shapeKey: row.shape_key,
    headers: JSON.parse(row.headers_json) as string[],
    mapping: JSON.parse(row.mapping_json) as ImportMapping,
    usedAt: row.used_at,
  };
}

export interface ImportRecord {
  at: string;
  actor: string;
  fileName: string;
  sha256: string;
  sheet: string;
  shapeKey: string;
  read: number;
  imported: number;
  rejected: number;
}

/** SQL for imports and the column mappings remembered per file shape. */
export function createImportRepo(db: Db) {
  const mappingByKey = db.prepare<[string], MappingRow>('SELECT * FROM import_mappings WHERE shape_key = ?');
  const mappings = db.prepare<[], MappingRow>('SELECT * FROM import_mappings ORDER BY used_at DESC LIMIT 50');
  const saveMapping = db.prepare<[string, string, string, string]>(
    `INSERT INTO import_mappings (shape_key, headers_json, mapping_json, used_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (shape_key) DO UPDATE SET headers_json = excluded.headers_json, mapping_json = excluded.mapping_json, used_at = excluded.used_at`,
  );
  const insertImport = db.prepare<[string, string, string, string, string, string, number, number, number]>(
    `INSERT INTO imports (at, actor, file_name, sha256, sheet, shape_key, rows_read, rows_imported, rows_rejected)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const units = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM units');

  return {
    mapping: (shapeKey: string) => {
      const row = mappingByKey.get(shapeKey);
      return row ? toRemembered(row) : null;
    },
    mappings: () => mappings.all().map(toRemembered),
    saveMapping: (shapeKey: string, headers: string[], mapping: ImportMapping, at: string) =>
      saveMapping.run(shapeKey, JSON.stringify(headers), JSON.stringify(mapping), at),
    insertImport: (r: ImportRecord) =>
      Number(insertImport.run(r.at, r.actor, r.fileName, r.sha256, r.sheet, r.shapeKey, r.read, r.imported, r.rejected).lastInsertRowid),
    units: () => units.all(),
  };
}
