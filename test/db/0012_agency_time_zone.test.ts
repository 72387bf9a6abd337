import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/connection';
import { migrate } from '../../main/core/db/migrate';
import { tempDir } from '../support/tempArchive';

describe('migration 12 (the body time zone)', () => {
  it('adds a zone that starts unset (read from the place) and accepts only WIB, WITA or WIT', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'lemari.sqlite'));
    migrate(db, { to: 12, backupPath: () => join(dir, 'b') });
    expect(db.prepare('SELECT time_zone FROM agency_profile WHERE id = 1').pluck().get()).toBeNull();
    db.prepare("UPDATE agency_profile SET time_zone = 'WITA' WHERE id = 1").run();
    expect(() => db.prepare("UPDATE agency_profile SET time_zone = 'UTC' WHERE id = 1").run()).toThrow(/CHECK/);
    db.close();
  });
});
