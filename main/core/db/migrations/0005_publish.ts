import type { Migration } from '../migration';

/**
 * Editions: the DIP or DIK of a year as established by a decision (SK), frozen at publication.
 * The snapshot holds only what the list publishes; triggers refuse every UPDATE and DELETE so an
 * edition never changes after "Tetapkan & Terbitkan". The signed SK scan is kept with it.
 */
export const m0005Publish: Migration = {
  version: 5,
  name: 'publish',
  up(db) {
    db.exec(`
      CREATE TABLE editions (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL CHECK (list IN ('dip','dik')),
        year INTEGER NOT NULL,
        decision_number TEXT NOT NULL,
        decision_date TEXT NOT NULL,
        place TEXT NOT NULL,
        signer_position TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        signer_nip TEXT NOT NULL,
        scan_name TEXT,
        scan_sha256 TEXT,
        scan_type TEXT CHECK (scan_type IS NULL OR scan_type IN ('application/pdf','image/jpeg','image/png')),
        scan BLOB,
        row_count INTEGER NOT NULL,
        snapshot_json TEXT NOT NULL,
        snapshot_sha256 TEXT NOT NULL,
        documents_json TEXT NOT NULL DEFAULT '[]',
        audit_head TEXT,
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL,
        previous_id INTEGER REFERENCES editions (id)
      ) STRICT;
      CREATE INDEX editions_list ON editions (list, year, id);
      CREATE TRIGGER editions_immutable_update BEFORE UPDATE ON editions
        BEGIN SELECT RAISE(ABORT, 'editions are immutable'); END;
      CREATE TRIGGER editions_immutable_delete BEFORE DELETE ON editions
        BEGIN SELECT RAISE(ABORT, 'editions are immutable'); END;
    `);
  },
};
