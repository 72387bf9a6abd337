import type { Migration } from '../migration';
import { groundRows, holidayRows, roleRuleRows, statuteRows } from './0004_exemption.data';

/**
 * The exemption lifecycle: reference data (Pasal 17 grounds, other statutes, holidays, seeded and
 * editable), local user profiles and role rules, the exemption record beside each exempted entry,
 * consequence tests, decisions (SK) and the links an opened entry keeps to its DIP successor.
 * The DIK text columns on `entries` stay the printed truth; `exemptions` adds the structure.
 */
export const m0004Exemption: Migration = {
  version: 4,
  name: 'exemption',
  up(db) {
    db.exec(`
      CREATE TABLE pasal17_grounds (
        code TEXT PRIMARY KEY CHECK (code GLOB '17[a-j]*'),
        huruf TEXT NOT NULL,
        angka INTEGER,
        label_id TEXT NOT NULL,
        label_en TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE statutes (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX statutes_text ON statutes (text COLLATE NOCASE);

      CREATE TABLE holidays (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('libur_nasional','cuti_bersama'))
      ) STRICT;

      CREATE TABLE user_profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        jabatan TEXT NOT NULL DEFAULT '',
        roles_json TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX user_profiles_name ON user_profiles (name COLLATE NOCASE);

      CREATE TABLE role_rules (
        act TEXT PRIMARY KEY,
        roles_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('penetapan','pembukaan')),
        number TEXT NOT NULL,
        date TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        signer_position TEXT NOT NULL,
        test_id INTEGER,
        scan_sha256 TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exemptions (
        entry_id INTEGER PRIMARY KEY REFERENCES entries (id),
        dokumen TEXT NOT NULL DEFAULT '',
        jenis_dokumen TEXT NOT NULL DEFAULT '',
        partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
        other_bases_json TEXT NOT NULL DEFAULT '[]',
        anchor TEXT NOT NULL CHECK (anchor IN ('sk','document')),
        document_date TEXT,
        upstream_decision TEXT NOT NULL DEFAULT '',
        -- Parsed period kind and computed end date, stored so the views filter and group in SQL.
        period_kind TEXT NOT NULL CHECK (period_kind IN ('duration','condition','lasting','unparsed')),
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft','submitted','approved','returned','opened')),
        return_note TEXT NOT NULL DEFAULT '',
        decision_id INTEGER REFERENCES decisions (id),
        last_reviewed_at TEXT,
        opened_to INTEGER REFERENCES entries (id),
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exemptions_end ON exemptions (status, end_date);
      CREATE INDEX exemptions_opened_to ON exemptions (opened_to);

      CREATE TABLE exemption_grounds (
        entry_id INTEGER NOT NULL REFERENCES exemptions (entry_id),
        code TEXT NOT NULL REFERENCES pasal17_grounds (code),
        PRIMARY KEY (entry_id, code)
      ) STRICT, WITHOUT ROWID;

      -- Who did what to an exempted entry and when, as the approval panel shows it (the audit chain holds the same facts).
      CREATE TABLE exemption_steps (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES user_profiles (id),
        user_name TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX exemption_steps_entry ON exemption_steps (entry_id, id);

      CREATE TABLE consequence_tests (
        id INTEGER PRIMARY KEY,
        held_on TEXT,
        place TEXT NOT NULL DEFAULT '',
        trigger TEXT NOT NULL CHECK (trigger IN ('sebelum_permohonan','permohonan','perintah_komisi')),
        request_ref TEXT NOT NULL DEFAULT '',
        document_examined TEXT NOT NULL DEFAULT '',
        participants_json TEXT NOT NULL DEFAULT '[]',
        harm TEXT NOT NULL DEFAULT '',
        public_interest TEXT NOT NULL DEFAULT '',
        balance TEXT NOT NULL DEFAULT '',
        conclusion TEXT CHECK (conclusion IN ('dikecualikan','terbuka')),
        period_text TEXT NOT NULL DEFAULT '',
        concluded_at TEXT,
        concluded_by TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE consequence_test_entries (
        test_id INTEGER NOT NULL REFERENCES consequence_tests (id),
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        PRIMARY KEY (test_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX consequence_test_entries_entry ON consequence_test_entries (entry_id, test_id);

      CREATE TABLE decision_entries (
        decision_id INTEGER NOT NULL REFERENCES decisions (id),
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        PRIMARY KEY (decision_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX decision_entries_entry ON decision_entries (entry_id, decision_id);

      -- The DIK as it stands: exempted, not deleted, not yet opened. Exports read this, never raw entries.
      CREATE VIEW dik_current AS
        SELECT e.*, x.status AS exemption_status, x.end_date AS exemption_end_date, x.period_kind AS exemption_period_kind
        FROM entries e LEFT JOIN exemptions x ON x.entry_id = e.id
        WHERE e.category = 'dikecualikan' AND e.deleted_at IS NULL AND coalesce(x.status, 'draft') <> 'opened';
    `);

    // The seed rows are frozen beside this file: what migration 4 writes never follows later edits to shared/domain.
    const ground = db.prepare('INSERT INTO pasal17_grounds (code, huruf, angka, label_id, label_en, sort) VALUES (?, ?, ?, ?, ?, ?)');
    groundRows.forEach(([code, huruf, angka, id, en], index) => ground.run(code, huruf, angka, id, en, index + 1));
    const statute = db.prepare('INSERT INTO statutes (text) VALUES (?)');
    for (const text of statuteRows) statute.run(text);
    const holiday = db.prepare('INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?)');
    for (const [date, name, kind] of holidayRows) holiday.run(date, name, kind);
    const rule = db.prepare('INSERT INTO role_rules (act, roles_json) VALUES (?, ?)');
    for (const [act, roles] of roleRuleRows) rule.run(act, JSON.stringify(roles));
  },
};
