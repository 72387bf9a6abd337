import type { Db } from '../db/connection';

// Row shapes are type aliases, not interfaces: an alias has an implicit index signature, so Object.entries keeps its value type.

/** One exempted text and where it came from (the field name goes into no message: it only helps debugging). */
export interface SecretText {
  field: string;
  text: string;
}

type EntryRow = {
  judul: string;
  ringkasan: string;
  notes: string;
  unit_text: string;
  penanggung_jawab: string;
  waktu: string;
  tempat: string;
  jenis_media: string;
  retensi_text: string;
  kode_klasifikasi: string;
  tags_json: string;
  dokumen: string | null;
  jenis_dokumen: string | null;
  upstream_decision: string | null;
  return_note: string | null;
};

type PublishedRow = {
  dik_informasi: string;
  dik_dasar_hukum: string;
  dik_konsekuensi_dibuka: string;
  dik_konsekuensi_ditutup: string;
  dik_jangka_waktu: string;
};

type TestRow = {
  place: string;
  request_ref: string;
  document_examined: string;
  harm: string;
  public_interest: string;
  balance: string;
};

type DocumentRow = {
  title: string;
  number: string;
  description: string;
};

/** Descriptor columns: shared office vocabulary (a unit, a place, a retention rule) rather than free text. */
export const vocabularyFields = [
  'unit_text',
  'penanggung_jawab',
  'waktu',
  'tempat',
  'jenis_media',
  'retensi_text',
  'kode_klasifikasi',
] as const;
export type VocabularyField = (typeof vocabularyFields)[number];

function hasTables(db: Db, names: readonly string[]): boolean {
  const found = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name),
  );
  return names.every((name) => found.has(name));
}

/**
 * What the leak guard must know: every text written about an exempted entry (the entry, its exemption
 * record, the consequence tests and documents tied to it) and what the DIK itself publishes. An exemption
 * that was opened (status `opened`) is public now and no longer secret; a deleted DIK row still is.
 */
export function createLeakSecretsRepo(db: Db) {
  const exemption = hasTables(db, ['exemptions', 'consequence_tests', 'consequence_test_entries']);
  const vault = hasTables(db, ['documents', 'document_entries']);
  // Requesters' personal data (UU 27/2022): a person's name and address, and anyone's contact and identity number.
  const requesters = hasTables(db, ['requesters'])
    ? db.prepare<[], { value: string }>(
        `SELECT name AS value FROM requesters WHERE kind = 'perorangan'
         UNION SELECT address FROM requesters WHERE kind = 'perorangan'
         UNION SELECT phone FROM requesters UNION SELECT email FROM requesters UNION SELECT identity_number FROM requesters`,
      )
    : null;
  const entries = db.prepare<[], EntryRow>(
    exemption
      ? `SELECT e.judul, e.ringkasan, e.notes, e.unit_text, e.penanggung_jawab, e.waktu, e.tempat, e.jenis_media, e.retensi_text,
                e.kode_klasifikasi, e.tags_json, x.dokumen, x.jenis_dokumen, x.upstream_decision, x.return_note
           FROM entries e LEFT JOIN exemptions x ON x.entry_id = e.id
          WHERE e.category = 'dikecualikan' AND coalesce(x.status, 'draft') <> 'opened'`
      : `SELECT judul, ringkasan, notes, unit_text, penanggung_jawab, waktu, tempat, jenis_media, retensi_text, kode_klasifikasi,
                tags_json, NULL AS dokumen, NULL AS jenis_dokumen, NULL AS upstream_decision, NULL AS return_note
           FROM entries WHERE category = 'dikecualikan'`,
  );
  const published = db.prepare<[], PublishedRow>(
    `SELECT dik_informasi, dik_dasar_hukum, dik_konsekuensi_dibuka, dik_konsekuensi_ditutup, dik_jangka_waktu
       FROM entries WHERE category = 'dikecualikan' AND deleted_at IS NULL`,
  );
  const tests = exemption
    ? db.prepare<[], TestRow>(
        `SELECT t.place, t.request_ref, t.document_examined, t.harm, t.public_interest, t.balance FROM consequence_tests t
          WHERE EXISTS (SELECT 1 FROM consequence_test_entries te JOIN entries e ON e.id = te.entry_id
                         WHERE te.test_id = t.id AND e.category = 'dikecualikan')`,
      )
    : null;
  const documents = vault
    ? db.prepare<[], DocumentRow>(
        `SELECT d.title, d.number, d.description FROM documents d
          WHERE EXISTS (SELECT 1 FROM document_entries de JOIN entries e ON e.id = de.entry_id
                         WHERE de.document_id = d.id AND e.category = 'dikecualikan')`,
      )
    : null;
  const vocabulary = new Map(
    vocabularyFields.map(
      (field) =>
        [
          field,
          db.prepare<[], { value: string }>(
            `SELECT DISTINCT ${field} AS value FROM entries WHERE category <> 'dikecualikan' AND deleted_at IS NULL AND ${field} <> ''` +
              (field === 'unit_text' ? ` UNION SELECT name AS value FROM units` : ''),
          ),
        ] as const,
    ),
  );

  return {
    /** Every text of every exempted entry, exemption record, consequence test and exempted document. */
    secrets(): SecretText[] {
      const out: SecretText[] = [];
      for (const row of entries.iterate()) {
        const { tags_json: tagsJson, ...fields } = row;
        for (const [field, text] of Object.entries(fields)) if (typeof text === 'string') out.push({ field, text });
        for (const tag of JSON.parse(tagsJson) as string[]) out.push({ field: 'tag', text: tag });
      }
      if (tests)
        for (const row of tests.iterate()) for (const [field, text] of Object.entries(row)) out.push({ field: `test.${field}`, text });
      if (documents)
        for (const row of documents.iterate())
          for (const [field, text] of Object.entries(row)) out.push({ field: `document.${field}`, text });
      return out;
    },
    /** Requesters' personal data from the request register: never in a public list or package. */
    personal(): string[] {
      return (requesters?.all() ?? []).map((row) => row.value).filter((value) => value !== '');
    },
    /** What the DIK itself shows: informasi, dasar hukum, konsekuensi, jangka waktu. */
    dikPublished(): string[] {
      return published.all().flatMap((row) => Object.values(row));
    },
    /** The values public entries use in one descriptor column (and, for units, the unit names). */
    vocabulary(field: VocabularyField): string[] {
      return (vocabulary.get(field)?.all() ?? []).map((row) => row.value);
    },
  };
}

export type LeakSecretsRepo = ReturnType<typeof createLeakSecretsRepo>;
