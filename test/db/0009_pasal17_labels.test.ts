import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditService } from '../../main/core/audit/audit.service';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import type { MigrationAuditEvent } from '../../main/core/db/migration';
import { m0009Pasal17Labels } from '../../main/core/db/migrations/0009_pasal17_labels';
import { tempDir } from '../support/tempArchive';

/** An archive seeded before the Act's wording: its 17i, 17c3 and 17h2 labels are the old key phrases. */
function oldArchive() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lemari.sqlite'));
  migrate(db, { to: 8, backupPath: () => join(dir, 'b') });
  // An archive in use: something is in its trail already.
  db.transaction(() =>
    createAuditService(db, () => new Date()).record({
      actor: 'Rina',
      action: 'unit.create',
      entityType: 'unit',
      entityId: 1,
      before: null,
      after: {},
    }),
  )();
  const set = db.prepare('UPDATE pasal17_grounds SET label_id = ? WHERE code = ?');
  set.run('memorandum atau surat antar/intra Badan Publik yang dirahasiakan', '17i');
  set.run('jumlah, komposisi, disposisi, dislokasi kekuatan', '17c3');
  set.run('riwayat, kondisi, perawatan kesehatan fisik dan psikis', '17h2');
  return db;
}

/** The audit recorder migrate() hands a step. */
const context = (db: ReturnType<typeof oldArchive>) => ({
  audit: (event: MigrationAuditEvent) => createAuditService(db, () => new Date()).record(event),
});

const label = (db: ReturnType<typeof oldArchive>, code: string) =>
  db.prepare('SELECT label_id FROM pasal17_grounds WHERE code = ?').pluck().get(code);

describe("migration 9 (Pasal 17 labels in the Act's words)", () => {
  it('replaces labels still equal to the old seed, and audits each replacement', async () => {
    const db = oldArchive();
    db.transaction(() => m0009Pasal17Labels.up(db, context(db)))();
    expect(label(db, '17i')).toBe(
      'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
    );
    expect(label(db, '17c3')).toContain('serta rencana pengembangannya');
    expect(label(db, '17h2')).toContain('pengobatan');
    const audit = createAuditService(db, () => new Date());
    const events = audit.list({ entityType: 'reference', limit: 50 });
    // Every label still as migration 4 seeded it is replaced, each with its own audit event.
    expect(events.map((e) => e.entityId)).toEqual(expect.arrayContaining(['17c3', '17h2', '17i']));
    expect(events.find((e) => e.entityId === '17i')?.before).toMatchObject({
      labelId: 'memorandum atau surat antar/intra Badan Publik yang dirahasiakan',
    });
    expect((await audit.verify()).ok).toBe(true);
    db.close();
  });

  it('leaves a label the officer edited alone', () => {
    const db = oldArchive();
    db.prepare('UPDATE pasal17_grounds SET label_id = ? WHERE code = ?').run('nota dinas rahasia (rumusan kami)', '17i');
    db.transaction(() => m0009Pasal17Labels.up(db, context(db)))();
    expect(label(db, '17i')).toBe('nota dinas rahasia (rumusan kami)');
    const audit = createAuditService(db, () => new Date());
    expect(audit.list({ entityType: 'reference', limit: 50 }).map((e) => e.entityId)).not.toContain('17i');
    db.close();
  });

  it("does nothing on an archive that already has the Act's words", () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { backupPath: () => join(dir, 'b') });
    const before = db.prepare('SELECT code, label_id FROM pasal17_grounds ORDER BY code').all();
    const events = createAuditService(db, () => new Date()).count();
    db.transaction(() => m0009Pasal17Labels.up(db, context(db)))();
    expect(db.prepare('SELECT code, label_id FROM pasal17_grounds ORDER BY code').all()).toEqual(before);
    expect(createAuditService(db, () => new Date()).count()).toBe(events);
    db.close();
  });
});
