import Database from 'better-sqlite3';
import { Decrypter, Encrypter } from 'age-encryption';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../shared/domain/entry';
import { restoreBackup } from '../../main/core/backup/restore';
import { createCore, type Core } from '../../main/core/createCore';
import { cleanupTemp, openCore, safetyTemp } from './support/archive';
import { seedLegacyDik } from '../support/signIn';
import { TEST_IDENTITY, TEST_PASSPHRASE, TEST_RECIPIENT } from './support/backupKeys';

// RELIABILITY #22 (issue 13 #5). Before: a backup was a plain tar — the stick held the whole DIK readable,
// and one re-hashed with sha256sum after changing a row and dropping the audit triggers restored as "verified".
const ctx = { actor: 'uji' };

function archiveWithDik(): { core: Core; archive: string } {
  const archive = join(safetyTemp(), 'arsip');
  const core = openCore(archive);
  for (const judul of ['Laporan Penyidikan Rahasia', 'Berkas Perkara 2024']) {
    // entry.create refuses a DIK row now (the exemption workflow makes them); seed one as an old archive holds it.
    seedLegacyDik(core, { ...emptyEntryFields('dikecualikan', 2024), judul, ringkasan: 'RAHASIA-KANARI' }, ctx.actor);
  }
  return { core, archive };
}

/** The attacker's edit on an unpacked bag: change a row, drop the audit triggers, re-hash both manifests, re-tar. */
function resign(tarFile: string, out: string): void {
  const dir = join(safetyTemp(), 'bongkar');
  mkdirSync(dir);
  execFileSync('tar', ['-xf', tarFile, '-C', dir]);
  const bag = join(dir, 'lemari-backup');
  const db = new Database(join(bag, 'data', 'lemari.sqlite'));
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
  db.prepare("UPDATE entries SET judul = 'Dibuka diam-diam' WHERE id = 1").run();
  db.close();
  const manifest = execFileSync(
    'sha256sum',
    [
      'data/lemari.sqlite',
      ...readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')
        .split('\n')
        .flatMap((l) => (l && !l.endsWith('data/lemari.sqlite') ? [l.slice(66)] : [])),
    ],
    { cwd: bag },
  );
  writeFileSync(join(bag, 'manifest-sha256.txt'), manifest);
  writeFileSync(
    join(bag, 'tagmanifest-sha256.txt'),
    execFileSync('sha256sum', ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'], { cwd: bag }),
  );
  execFileSync('tar', ['-cf', out, '-C', dir, 'lemari-backup']);
}

afterAll(() => cleanupTemp());

describe('safety #22: encrypted, authenticated backups', () => {
  it('the file holds no exempted text and opens only with its passphrase; a wrong one restores nothing', async () => {
    const { core } = archiveWithDik();
    const result = await core.backup.create('manual', 'uji', join(safetyTemp(), 'a.lemari-backup'), { passphrase: TEST_PASSPHRASE });
    core.close();
    expect(result.encrypted).toBe(true);
    const bytes = readFileSync(result.file);
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(bytes.includes(Buffer.from('RAHASIA-KANARI'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const target = join(safetyTemp(), 'pulih');
    await expect(restoreBackup(result.file, target, { leaving: null, key: { passphrase: 'bukan kata sandinya' } })).rejects.toMatchObject({
      code: 'invalid_input',
      messageEn: expect.stringMatching(/does not open this backup/) as unknown as string,
    });
    await expect(restoreBackup(result.file, target, { leaving: null })).rejects.toMatchObject({
      messageEn: expect.stringMatching(/is encrypted/) as unknown as string,
    });
    expect((await restoreBackup(result.file, target, { leaving: null, key: { passphrase: TEST_PASSPHRASE } })).integrity).toBe('ok');
  });

  it('a changed byte anywhere in an encrypted backup is refused', async () => {
    const { core } = archiveWithDik();
    const result = await core.backup.create('manual', 'uji', join(safetyTemp(), 'b.lemari-backup'));
    core.close();
    const bytes = readFileSync(result.file);
    for (const at of [200, Math.floor(bytes.length / 2), bytes.length - 3]) {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x10;
      const bad = join(safetyTemp(), 'rusak.lemari-backup');
      writeFileSync(bad, copy);
      await expect(restoreBackup(bad, join(safetyTemp(), 'x'), { leaving: null, key: { identity: TEST_IDENTITY } })).rejects.toMatchObject({
        code: expect.stringMatching(/archive_corrupt|invalid_input/) as unknown as string,
      });
    }
  });

  it('a re-signed backup (row changed, triggers dropped, manifests re-hashed) is refused, even re-encrypted to the stored recipient', async () => {
    const { core } = archiveWithDik();
    // The recipient is public: anyone who reads it from the archive can encrypt a file "for" it. The age
    // layer alone cannot tell such a file from Lemari's own — the schema and row checks must.
    const result = await core.backup.create('manual', 'uji', join(safetyTemp(), 'c.lemari-backup'));
    core.close();
    const d = new Decrypter();
    d.addIdentity(TEST_IDENTITY);
    const tarFile = join(safetyTemp(), 'c.tar');
    writeFileSync(tarFile, await d.decrypt(readFileSync(result.file)));
    const forged = join(safetyTemp(), 'palsu.tar');
    resign(tarFile, forged);
    const e = new Encrypter();
    e.addRecipient(TEST_RECIPIENT);
    const forgedAge = join(safetyTemp(), 'palsu.lemari-backup');
    writeFileSync(forgedAge, await e.encrypt(readFileSync(forged)));
    await expect(
      restoreBackup(forgedAge, join(safetyTemp(), 'y'), { leaving: null, key: { identity: TEST_IDENTITY } }),
    ).rejects.toMatchObject({
      code: 'archive_corrupt',
      messageEn: expect.stringMatching(/missing trigger audit_events_no_update/) as unknown as string,
    });
    // The same forgery as a plain tar (what every backup was before) is refused too.
    await expect(restoreBackup(forged, join(safetyTemp(), 'z'), { leaving: null })).rejects.toMatchObject({ code: 'archive_corrupt' });
  });

  it('a re-signed backup that keeps the triggers but changes a row is refused by the row hashes', async () => {
    const { core } = archiveWithDik();
    const result = await core.backup.create('manual', 'uji', join(safetyTemp(), 'd.lemari-backup'), { unencrypted: true });
    core.close();
    expect(result.encrypted).toBe(false);
    const dir = join(safetyTemp(), 'bongkar2');
    mkdirSync(dir);
    execFileSync('tar', ['-xf', result.file, '-C', dir]);
    const bag = join(dir, 'lemari-backup');
    const db = new Database(join(bag, 'data', 'lemari.sqlite'));
    db.prepare("UPDATE entries SET judul = 'Dibuka diam-diam' WHERE id = 2").run();
    db.close();
    const lines = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(66));
    writeFileSync(join(bag, 'manifest-sha256.txt'), execFileSync('sha256sum', lines, { cwd: bag }));
    writeFileSync(
      join(bag, 'tagmanifest-sha256.txt'),
      execFileSync('sha256sum', ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'], { cwd: bag }),
    );
    const forged = join(safetyTemp(), 'palsu2.lemari-backup');
    execFileSync('tar', ['-cf', forged, '-C', dir, 'lemari-backup']);
    await expect(restoreBackup(forged, join(safetyTemp(), 'w'), { leaving: null })).rejects.toThrow(
      /rows changed outside Lemari: entries #2/,
    );
  });

  it('no key and no stored recovery key: the backup is refused, not written plain', async () => {
    // openCore stores the test recipient; a brand-new archive made by createCore has none.
    const bare = createCore({ archiveDir: join(safetyTemp(), 'kosong'), background: false });
    await expect(bare.handlers['backup.create']({}, ctx)).rejects.toMatchObject({
      messageEn: expect.stringMatching(/must be encrypted/) as unknown as string,
    });
    bare.close();
  });

  it("the recovery key's recipient and the last backup swapped with raw SQLite are named by audit.verify", async () => {
    const archive = join(safetyTemp(), 'penerima');
    const core = createCore({ archiveDir: archive, background: false });
    const made = await core.backup.create('manual', 'uji', join(safetyTemp(), 'e.lemari-backup'), { newRecoveryKey: true });
    expect(made.recoveryKey).toMatch(/^AGE-SECRET-KEY-/);
    expect((await core.handlers['audit.verify']({}, ctx)).changedRows).toEqual([]);
    core.close();
    // The attacker's key: every backup made on quit or on the schedule would now open only for them.
    const db = new Database(join(archive, 'lemari.sqlite'));
    db.prepare("UPDATE settings SET value = ? WHERE key = 'backup.recipient'").run(JSON.stringify(TEST_RECIPIENT));
    db.prepare("UPDATE settings SET value = json_set(value, '$.createdAt', '2099-01-01T00:00:00.000Z') WHERE key = 'backup.last'").run();
    db.close();
    const again = createCore({ archiveDir: archive, background: false });
    const verdict = await again.handlers['audit.verify']({}, ctx);
    again.close();
    expect(verdict.ok).toBe(false);
    expect(verdict.changedRows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'settings', id: 'backup.recipient', state: 'changed' }),
        expect.objectContaining({ table: 'settings', id: 'backup.last', state: 'changed' }),
      ]),
    );
  });
});
