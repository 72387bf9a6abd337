import type { Migration } from '../migration';

/**
 * Scans and paper: vault blobs, documents (naskah) with their ordered files, places, ordners,
 * filing positions with their move history, vault checks and the scanner inbox.
 * A blob row is written only after its object is durable (RELIABILITY: vault ingest).
 */
export const m0003Vault: Migration = {
  version: 3,
  name: 'vault',
  up(db) {
    db.exec(`
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size >= 0),
        content_type TEXT NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png','image/tiff')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE vault_checks (
        id INTEGER PRIMARY KEY,
        trigger TEXT NOT NULL CHECK (trigger IN ('manual','schedule','cli')),
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        ok INTEGER NOT NULL,
        changed_json TEXT NOT NULL,
        missing_json TEXT NOT NULL,
        untracked_json TEXT NOT NULL,
        bytes INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('lemari','rak')),
        parent_id INTEGER REFERENCES places (id),
        description TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX places_name ON places (name COLLATE NOCASE);

      CREATE TABLE ordners (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        classification_code TEXT NOT NULL DEFAULT '',
        year_from INTEGER NOT NULL,
        year_to INTEGER NOT NULL CHECK (year_to >= year_from),
        access TEXT NOT NULL CHECK (access IN ('terbuka','tertutup')),
        capacity_sheets INTEGER NOT NULL CHECK (capacity_sheets > 0),
        colour TEXT NOT NULL,
        spine_cm INTEGER NOT NULL CHECK (spine_cm IN (5, 8)),
        place_id INTEGER REFERENCES places (id),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX ordners_code ON ordners (code COLLATE NOCASE);
      CREATE INDEX ordners_place ON ordners (place_id, code);

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        doc_date TEXT NOT NULL DEFAULT '',
        classification_code TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL CHECK (stage IN ('asli','salinan')),
        description TEXT NOT NULL DEFAULT '',
        sheet_count INTEGER NOT NULL DEFAULT 1 CHECK (sheet_count > 0),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX documents_code ON documents (code COLLATE NOCASE);

      CREATE TABLE document_files (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        role TEXT NOT NULL CHECK (role IN ('original','public')),
        position INTEGER NOT NULL CHECK (position > 0),
        sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (document_id, role, position),
        UNIQUE (document_id, role, sha256)
      ) STRICT;
      CREATE INDEX document_files_sha ON document_files (sha256);

      CREATE TABLE filings (
        document_id INTEGER PRIMARY KEY REFERENCES documents (id),
        ordner_id INTEGER NOT NULL REFERENCES ordners (id),
        sekat INTEGER NOT NULL CHECK (sekat > 0),
        seq INTEGER NOT NULL CHECK (seq > 0),
        filed_at TEXT NOT NULL,
        UNIQUE (ordner_id, sekat, seq)
      ) STRICT;

      CREATE TABLE filing_moves (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        from_label TEXT,
        to_label TEXT
      ) STRICT;
      CREATE INDEX filing_moves_document ON filing_moves (document_id, id);

      -- Many to many: a document carries several register entries; an entry lists its documents per year.
      CREATE TABLE document_entries (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        year INTEGER NOT NULL,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (document_id, entry_id)
      ) STRICT;
      CREATE INDEX document_entries_entry ON document_entries (entry_id, year, document_id);

      CREATE TABLE inbox_items (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL,
        sha256 TEXT REFERENCES blobs (sha256),
        problem_json TEXT,
        status TEXT NOT NULL CHECK (status IN ('waiting','assigned','gone')),
        seen_at TEXT NOT NULL,
        assigned_at TEXT,
        document_id INTEGER REFERENCES documents (id)
      ) STRICT;
      CREATE INDEX inbox_items_waiting ON inbox_items (status, folder, name);
    `);
  },
};
