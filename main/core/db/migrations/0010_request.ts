import type { Migration } from '../migration';

/**
 * The request and objection registers (Perki 1/2021): requesters, requests with their status history,
 * the DIP entries given and the DIK entries a refusal rests on, documents handed over, letters issued,
 * keberatan and sengketa. Requesters' personal data lives only here (never in editions or packages).
 */
export const m0010Request: Migration = {
  version: 10,
  name: 'request',
  up(db) {
    db.exec(`
      CREATE TABLE requesters (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('perorangan','badan_hukum','kelompok')),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        identity_type TEXT NOT NULL CHECK (identity_type IN ('ktp','sim','paspor','kartu_pelajar','lainnya')),
        identity_number TEXT NOT NULL,
        legal_basis TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        received_on TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('langsung','surat','email','website','telepon','media_sosial')),
        letter_number TEXT NOT NULL DEFAULT '',
        letter_date TEXT,
        requester_id INTEGER NOT NULL REFERENCES requesters (id),
        information TEXT NOT NULL,
        purpose TEXT NOT NULL,
        access_modes_json TEXT NOT NULL DEFAULT '[]',
        copy_wanted INTEGER NOT NULL CHECK (copy_wanted IN (0, 1)),
        copy_form TEXT CHECK (copy_form IN ('softcopy','hardcopy')),
        delivery TEXT CHECK (delivery IN ('langsung','pos','kurir','email','faksimili')),
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('diterima','diproses','diperpanjang','dikabulkan_seluruhnya',
          'dikabulkan_sebagian','ditolak','tidak_dikuasai','belum_didokumentasikan','dialihkan')),
        extension_reason TEXT,
        extended_on TEXT,
        answered_on TEXT,
        transferred_to TEXT NOT NULL DEFAULT '',
        decision_note TEXT NOT NULL DEFAULT '',
        fee_amount INTEGER NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),
        fee_method TEXT NOT NULL DEFAULT '',
        fee_charged_on TEXT,
        -- The deadline as computed when it was set, with the holidays it skipped: a later calendar edit is told apart.
        deadline_json TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, serial)
      ) STRICT;
      CREATE UNIQUE INDEX requests_number ON requests (number);
      CREATE INDEX requests_status ON requests (status, received_on);
      CREATE INDEX requests_received ON requests (received_on, id);

      CREATE TABLE request_steps (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        at TEXT NOT NULL,
        status TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX request_steps_request ON request_steps (request_id, id);

      -- role 'given': a DIP entry given; 'refused': a DIK entry the refusal (or the withheld part) rests on.
      CREATE TABLE request_entries (
        request_id INTEGER NOT NULL REFERENCES requests (id),
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        role TEXT NOT NULL CHECK (role IN ('given','refused')),
        PRIMARY KEY (request_id, entry_id, role)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX request_entries_entry ON request_entries (entry_id);

      CREATE TABLE request_documents (
        request_id INTEGER NOT NULL REFERENCES requests (id),
        document_id INTEGER NOT NULL REFERENCES documents (id),
        copy TEXT NOT NULL CHECK (copy IN ('asli','salinan_publik')),
        PRIMARY KEY (request_id, document_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE request_letters (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        kind TEXT NOT NULL,
        number TEXT NOT NULL,
        date TEXT NOT NULL,
        made_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_letters_request ON request_letters (request_id, id);

      CREATE TABLE objections (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        number TEXT NOT NULL UNIQUE,
        filed_on TEXT NOT NULL,
        reasons_json TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        response_number TEXT,
        response_date TEXT,
        outcome TEXT CHECK (outcome IN ('diterima','diterima_sebagian','ditolak')),
        response_text TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX objections_request ON objections (request_id);

      CREATE TABLE disputes (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        objection_id INTEGER REFERENCES objections (id),
        registration_number TEXT NOT NULL,
        registered_on TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('mediasi','ajudikasi')),
        hearings_json TEXT NOT NULL DEFAULT '[]',
        putusan_number TEXT NOT NULL DEFAULT '',
        putusan_date TEXT,
        outcome TEXT CHECK (outcome IN ('dikabulkan','dikabulkan_sebagian','ditolak','mediasi_berhasil')),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disputes_request ON disputes (request_id);

      -- A Komisi order to open information, recorded against the DIK entry it concerns.
      CREATE TABLE dispute_orders (
        dispute_id INTEGER NOT NULL REFERENCES disputes (id),
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        PRIMARY KEY (dispute_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX dispute_orders_entry ON dispute_orders (entry_id);

      CREATE TABLE request_reports (
        year INTEGER PRIMARY KEY,
        kebijakan TEXT NOT NULL DEFAULT '',
        kendala TEXT NOT NULL DEFAULT '',
        rekomendasi TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
