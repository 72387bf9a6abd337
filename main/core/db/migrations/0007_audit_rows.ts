import type { Migration } from '../migration';

/**
 * The hash of each row an audited change wrote, as written (issue 13 #4). One line per row per event;
 * the event's own hash covers these lines, so editing one breaks the chain. `lemari verify` compares
 * every row with the hash its newest event recorded, which names a row changed outside Lemari.
 * Append-only like the events themselves.
 */
export const m0007AuditRows: Migration = {
  version: 7,
  name: 'audit_rows',
  up(db) {
    db.exec(`
      CREATE TABLE audit_rows (
        event_seq INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        row_hash TEXT,
        PRIMARY KEY (event_seq, tbl, row_id)
      ) STRICT;
      CREATE INDEX audit_rows_row ON audit_rows (tbl, row_id, event_seq);
      CREATE TRIGGER audit_rows_no_update BEFORE UPDATE ON audit_rows
        BEGIN SELECT RAISE(ABORT, 'audit_rows is append-only'); END;
      CREATE TRIGGER audit_rows_no_delete BEFORE DELETE ON audit_rows
        BEGIN SELECT RAISE(ABORT, 'audit_rows is append-only'); END;
    `);
  },
};
