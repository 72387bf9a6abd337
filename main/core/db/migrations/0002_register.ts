import type { Migration } from '../migration';

/**
 * The register (DIP and exempted entries) with its full-text index, the imports that fed it
 * and the column mappings remembered per file shape. Entries are never deleted: `deleted_at`
 * marks a soft delete; history lives in the audit trail (before → after per change).
 */
export const m0002Register: Migration = {
  version: 2,
  name: 'register',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        sheet TEXT NOT NULL,
        shape_key TEXT NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_imported INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE import_mappings (
        shape_key TEXT PRIMARY KEY,
        headers_json TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        used_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('berkala','serta_merta','setiap_saat','dikecualikan')),
        -- The printed order of the categories, indexed so grouped listing never sorts in memory.
        category_rank INTEGER GENERATED ALWAYS AS (
          CASE category WHEN 'berkala' THEN 1 WHEN 'serta_merta' THEN 2 WHEN 'setiap_saat' THEN 3 ELSE 4 END
        ) VIRTUAL,
        judul TEXT NOT NULL,
        ringkasan TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES units (id),
        unit_text TEXT NOT NULL DEFAULT '',
        penanggung_jawab TEXT NOT NULL DEFAULT '',
        waktu TEXT NOT NULL DEFAULT '',
        tempat TEXT NOT NULL DEFAULT '',
        bentuk TEXT CHECK (bentuk IN ('hardcopy','softcopy','both')),
        format_cetak INTEGER NOT NULL DEFAULT 0 CHECK (format_cetak IN (0, 1)),
        format_rekam INTEGER NOT NULL DEFAULT 0 CHECK (format_rekam IN (0, 1)),
        format_online INTEGER NOT NULL DEFAULT 0 CHECK (format_online IN (0, 1)),
        jenis_media TEXT NOT NULL DEFAULT '',
        retensi_aktif INTEGER,
        retensi_inaktif INTEGER,
        retensi_text TEXT NOT NULL DEFAULT '',
        disposisi TEXT CHECK (disposisi IN ('musnah','dinilai_kembali','permanen')),
        kode_klasifikasi TEXT NOT NULL DEFAULT '',
        tags_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        year INTEGER,
        dik_informasi TEXT NOT NULL DEFAULT '',
        dik_dasar_hukum TEXT NOT NULL DEFAULT '',
        dik_konsekuensi_dibuka TEXT NOT NULL DEFAULT '',
        dik_konsekuensi_ditutup TEXT NOT NULL DEFAULT '',
        dik_jangka_waktu TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES imports (id),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      -- One index per offered order (grouped and flat), so paging walks an index and never sorts 100k rows.
      CREATE INDEX entries_rank_id ON entries (category_rank, id);
      CREATE INDEX entries_rank_judul ON entries (category_rank, judul COLLATE NOCASE, id);
      CREATE INDEX entries_rank_year ON entries (category_rank, year, id);
      CREATE INDEX entries_rank_updated ON entries (category_rank, updated_at, id);
      CREATE INDEX entries_judul ON entries (judul COLLATE NOCASE, id);
      CREATE INDEX entries_year ON entries (year, id);
      CREATE INDEX entries_updated ON entries (updated_at, id);
      CREATE INDEX entries_unit ON entries (unit_id);

      -- Every text field, accents folded ("kafé" finds "kafe"). Rowid = entries.id.
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        judul, ringkasan, holder, other,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      -- Triggers keep the index in step with every write, including those of later features.
      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, judul, ringkasan, holder, other) VALUES (
          new.id, new.judul, new.ringkasan,
          coalesce((SELECT name FROM units WHERE id = new.unit_id), '') || ' ' || new.unit_text,
          concat_ws(' ', new.penanggung_jawab, new.waktu, new.tempat, new.jenis_media, new.retensi_text,
            new.kode_klasifikasi, new.tags_json, new.notes, new.year, new.dik_informasi, new.dik_dasar_hukum,
            new.dik_konsekuensi_dibuka, new.dik_konsekuensi_ditutup, new.dik_jangka_waktu));
      END;
      CREATE TRIGGER entries_fts_update AFTER UPDATE ON entries BEGIN
        DELETE FROM entries_fts WHERE rowid = old.id;
        INSERT INTO entries_fts (rowid, judul, ringkasan, holder, other) VALUES (
          new.id, new.judul, new.ringkasan,
          coalesce((SELECT name FROM units WHERE id = new.unit_id), '') || ' ' || new.unit_text,
          concat_ws(' ', new.penanggung_jawab, new.waktu, new.tempat, new.jenis_media, new.retensi_text,
            new.kode_klasifikasi, new.tags_json, new.notes, new.year, new.dik_informasi, new.dik_dasar_hukum,
            new.dik_konsekuensi_dibuka, new.dik_konsekuensi_ditutup, new.dik_jangka_waktu));
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        DELETE FROM entries_fts WHERE rowid = old.id;
      END;
      -- A renamed unit must still be found under its new name.
      CREATE TRIGGER entries_fts_unit_rename AFTER UPDATE OF name ON units BEGIN
        UPDATE entries_fts SET holder = new.name || ' ' || (SELECT unit_text FROM entries WHERE entries.id = entries_fts.rowid)
        WHERE rowid IN (SELECT id FROM entries WHERE unit_id = new.id);
      END;
    `);
  },
};
