import type { Migration } from '../migration';

/**
 * The approval chain (issue 12): who approves a submitted exemption — the roles of the `approve`
 * rule, in the order they are listed — all of them or any one, in order or not. The one stored row
 * starts as the behaviour before chains: any one approver ends it. Each submission is a round that
 * keeps the chain it was submitted under, and each approval is a row of its own: given by the
 * approver signed in, or recorded by the desk from the signed paper with the scan in the vault.
 */
export const m0014ApprovalChain: Migration = {
  version: 14,
  name: 'approval_chain',
  up(db) {
    db.exec(`
      CREATE TABLE approval_chain (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mode TEXT NOT NULL CHECK (mode IN ('all','any')),
        ordered INTEGER NOT NULL CHECK (ordered IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO approval_chain (id, mode, ordered, updated_at) VALUES (1, 'any', 0, '1970-01-01T00:00:00.000Z');

      -- One submission of an exemption and the chain it was submitted under: a later change of the
      -- setting does not move the goalposts of a round under way.
      CREATE TABLE exemption_rounds (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES exemptions (entry_id),
        chain_json TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        outcome TEXT CHECK (outcome IN ('approved','returned')),
        closed_at TEXT,
        CHECK ((outcome IS NULL) = (closed_at IS NULL))
      ) STRICT;
      CREATE INDEX exemption_rounds_entry ON exemption_rounds (entry_id, id);
      CREATE UNIQUE INDEX exemption_rounds_one_open ON exemption_rounds (entry_id) WHERE outcome IS NULL;

      CREATE TABLE exemption_approvals (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES exemption_rounds (id),
        role TEXT NOT NULL CHECK (role IN ('petugas','ppid','atasan_ppid','tim_pertimbangan','pembina_ppid')),
        approver_user_id INTEGER REFERENCES user_profiles (id),
        approver_name TEXT NOT NULL CHECK (approver_name <> ''),
        via TEXT NOT NULL CHECK (via IN ('signed_in','paper')),
        recorded_by_user_id INTEGER REFERENCES user_profiles (id),
        recorded_by_name TEXT,
        scan_sha256 TEXT REFERENCES blobs (sha256),
        signed_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        -- One approval per role and round; a paper approval always names its recorder and its scan.
        UNIQUE (round_id, role),
        CHECK ((via = 'paper') = (scan_sha256 IS NOT NULL AND recorded_by_user_id IS NOT NULL AND recorded_by_name IS NOT NULL)),
        CHECK (via = 'paper' OR approver_user_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX exemption_approvals_once ON exemption_approvals (round_id, approver_user_id) WHERE approver_user_id IS NOT NULL;
    `);
  },
};
