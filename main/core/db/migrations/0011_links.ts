import type { Migration } from '../migration';

/**
 * Tests, SKs and document types linked the way the paper does (issue 12 items 5 and 6).
 *
 * - An SK rests on several Uji Konsekuensi: `decision_tests` replaces `decisions.test_id`; each
 *   existing single link is carried over, then the column is dropped so there is one truth.
 * - Jenis dokumen becomes reference data: `document_types`, one row per class, compared without
 *   regard to case or runs of spaces. Spellings already on exemptions that differ only that way
 *   ("data pemilih", "Data  Pemilih") are merged into one: the spelling most entries use (ties:
 *   the one starting with a capital, then the earliest entry). Each rewritten exemption is audited.
 *
 * The normalisation is written out here, frozen, rather than imported from live code.
 */
const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ');

interface Spelling {
  entry_id: number;
  jenis_dokumen: string;
}

export const m0011Links: Migration = {
  version: 11,
  name: 'links',
  up(db, context) {
    db.exec(`
      CREATE TABLE decision_tests (
        decision_id INTEGER NOT NULL REFERENCES decisions (id),
        test_id INTEGER NOT NULL REFERENCES consequence_tests (id),
        PRIMARY KEY (decision_id, test_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX decision_tests_test ON decision_tests (test_id, decision_id);
      INSERT INTO decision_tests (decision_id, test_id)
        SELECT d.id, d.test_id FROM decisions d JOIN consequence_tests t ON t.id = d.test_id WHERE d.test_id IS NOT NULL;
      ALTER TABLE decisions DROP COLUMN test_id;

      CREATE TABLE document_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX document_types_name ON document_types (name COLLATE NOCASE);
    `);

    const spellings = db
      .prepare<[], Spelling>("SELECT entry_id, jenis_dokumen FROM exemptions WHERE jenis_dokumen <> '' ORDER BY entry_id")
      .all();
    // Group by the class key; count each exact (squeezed) spelling inside it.
    const classes = new Map<string, Map<string, { count: number; first: number }>>();
    for (const row of spellings) {
      const spelling = squeeze(row.jenis_dokumen);
      if (spelling === '') continue;
      const key = spelling.toLocaleLowerCase('id-ID');
      const forms = classes.get(key) ?? new Map<string, { count: number; first: number }>();
      const seen = forms.get(spelling);
      forms.set(spelling, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? row.entry_id });
      classes.set(key, forms);
    }
    const canonical = new Map<string, string>();
    for (const [key, forms] of classes) {
      const ranked = [...forms.entries()].sort(([a, x], [b, y]) => {
        if (x.count !== y.count) return y.count - x.count;
        const capA = /^\p{Lu}/u.test(a) ? 0 : 1;
        const capB = /^\p{Lu}/u.test(b) ? 0 : 1;
        if (capA !== capB) return capA - capB;
        return x.first - y.first;
      });
      const chosen = ranked[0]?.[0];
      if (chosen !== undefined) canonical.set(key, chosen);
    }

    const insertType = db.prepare<[string]>('INSERT INTO document_types (name) VALUES (?)');
    for (const name of [...canonical.values()].sort((a, b) => a.localeCompare(b, 'id'))) insertType.run(name);

    const set = db.prepare<[string, number]>('UPDATE exemptions SET jenis_dokumen = ? WHERE entry_id = ?');
    for (const row of spellings) {
      const name = canonical.get(squeeze(row.jenis_dokumen).toLocaleLowerCase('id-ID'));
      if (name === undefined || name === row.jenis_dokumen) continue;
      set.run(name, row.entry_id);
      context.audit({
        actor: 'migration 0011',
        action: 'exemption.normalizeDocumentType',
        entityType: 'exemption',
        entityId: String(row.entry_id),
        before: { jenisDokumen: row.jenis_dokumen },
        after: { jenisDokumen: name },
      });
    }
  },
};
