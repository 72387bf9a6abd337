import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

describe('migration 10 (request register)', () => {
  it('adds the registers to an archive of version 6 and keeps its entries', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { to: 6, backupPath: () => join(dir, 'b6') });
    db.prepare("INSERT INTO entries (category, judul, created_at, updated_at) VALUES ('dikecualikan', 'Data gaji', 't', 't')").run();
    const report = migrate(db, { to: 10, backupPath: () => join(dir, 'b10') });
    expect(report).toMatchObject({ from: 6, to: 10 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    for (const table of [
      'requesters',
      'requests',
      'request_steps',
      'request_entries',
      'request_documents',
      'request_letters',
      'objections',
      'disputes',
      'dispute_orders',
      'request_reports',
    ]) {
      expect(tables).toContain(table);
    }
    db.prepare(
      "INSERT INTO requesters (kind, name, address, identity_type, identity_number, created_at, updated_at) VALUES ('perorangan', 'Siti', 'Kupang', 'ktp', '1', 't', 't')",
    ).run();
    const insert = db.prepare(
      `INSERT INTO requests (number, year, serial, received_at, received_on, channel, requester_id, information, purpose, copy_wanted, status, deadline_json, created_at, updated_at)
       VALUES (?, 2026, ?, 't', '2026-12-01', 'langsung', 1, 'x', 'y', 0, ?, '{}', 't', 't')`,
    );
    insert.run('001/PPID/XII/2026', 1, 'diterima');
    expect(() => insert.run('002/PPID/XII/2026', 2, 'selesai')).toThrow(/CHECK/);
    expect(() => insert.run('001/PPID/XII/2026', 3, 'diterima')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO request_entries (request_id, entry_id, role) VALUES (1, 1, 'refused')").run();
    expect(() => db.prepare("INSERT INTO request_entries (request_id, entry_id, role) VALUES (1, 99, 'refused')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
