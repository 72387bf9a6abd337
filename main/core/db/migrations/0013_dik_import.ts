import type { Migration } from '../migration';

/**
 * An existing DIK imported into the lifecycle (issue 11 item 2). `import_review_json` marks an
 * exemption that came from an imported list (NULL for one made in Lemari) and holds, per row, what
 * the importer could not fully read from its Dasar Hukum and Jangka Waktu texts: the points the
 * officer reviews, as `[{ key, params }]`. What depends on the decision (awaiting its SK, an end
 * date that needs the decision's date) is derived when read, so attaching the SK later clears it.
 *
 * Registered in migrations/index.ts after 0011 and 0012 (numbers assigned to other work).
 */
export const m0013DikImport: Migration = {
  version: 13,
  name: 'dik_import',
  up(db) {
    db.exec(`
      ALTER TABLE exemptions ADD COLUMN import_review_json TEXT CHECK (import_review_json IS NULL OR json_valid(import_review_json));
    `);
  },
};
