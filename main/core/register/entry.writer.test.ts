import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { emptyExemptionFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { tempDir } from '../../../test/support/tempArchive';
import { createAuditService } from '../audit/audit.service';
import type { Core } from '../createCore';
import { exemptionEditGuard } from '../exemption/editGuard';
import { createEventBus } from '../support/events';
import { pickFields } from './entryFields';
import { createEntryWriter } from './entry.writer';

const root = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const repoPath = (path: string) => relative(root, path).split(sep).join('/');

/** Every SQL statement that can change rows of `entries` (not `entries_fts`: the word boundary stops at `_`). */
const entryWrite = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`[]?entries\b/i;

describe('one writer of register rows', () => {
  const files = ['main', 'shared', 'renderer'].flatMap((dir) => sources(join(root, dir)));

  it('holds the only SQL that writes entries, in register/*.repo.ts (migrations aside)', () => {
    const writers = files
      .filter((path) => entryWrite.test(readFileSync(path, 'utf8')))
      .map(repoPath)
      .filter((path) => !path.startsWith('main/core/db/migrations/'));
    expect(writers).toEqual(['main/core/register/entry.repo.ts']);
    // The scan itself must see a write when there is one.
    expect(entryWrite.test('db.prepare("update  entries SET judul = ?")')).toBe(true);
    expect(entryWrite.test('INSERT INTO entries_fts (rowid) VALUES (1)')).toBe(false);
  });

  it('is the only code that opens the entry repo for writing, and the only one auditing entries', () => {
    const opensRepo = files
      .filter((path) => readFileSync(path, 'utf8').includes('createEntryRepo('))
      .map(repoPath)
      .sort();
    // entry.service reads through the repo (get, years, counts); it never writes through it.
    expect(opensRepo).toEqual([
      'main/core/register/entry.repo.ts',
      'main/core/register/entry.service.ts',
      'main/core/register/entry.writer.ts',
    ]);
    const service = readFileSync(join(root, 'main/core/register/entry.service.ts'), 'utf8');
    expect(service).not.toMatch(/repo\.(insert|update|setDeleted)\(/);
    const auditsEntries = files.filter((path) => /record\(\{[^}]*entityType:\s*'entry'/.test(readFileSync(path, 'utf8'))).map(repoPath);
    expect(auditsEntries).toEqual(['main/core/register/entry.writer.ts']);
    const auditCalls = readFileSync(join(root, 'main/core/register/entry.writer.ts'), 'utf8').match(/audit\.record\(/g) ?? [];
    expect(auditCalls).toHaveLength(1);
  });
});

const setup = () => dispatchCore('2025-04-14T03:00:00Z');

/** An exempted entry taken through the workflow to an approved exemption fixed by an SK. */
async function decidedDik(s: ReturnType<typeof setup>) {
  const { call } = s;
  const rina = await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
  const sri = await call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true },
  });
  const x = await call('exemption.create', {
    fields: {
      ...emptyExemptionFields,
      judul: 'Data gaji dan rekening pegawai',
      informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
      grounds: ['17h3'],
      konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
      konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
      periodText: '20 Tahun',
      anchor: 'sk',
      upstreamDecision: 'Keputusan KPU RI Nomor 1/2024',
    },
  });
  const submitted = await call('exemption.submit', { entryId: x.entryId, expectedVersion: x.version, note: '' });
  await s.signInAs(sri);
  await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
  await s.signInAs(rina);
  await call('decision.create', {
    fields: {
      number: '300.2.11 / 1864 / IV / 2025',
      date: '2025-04-14',
      signerName: 'Sri Wahyuni',
      signerPosition: 'Sekretaris Daerah',
      entryIds: [x.entryId],
      testIds: [],
      scanSha256: null,
    },
  });
  return call('entry.get', { id: x.entryId });
}

function auditCount(core: Core): number {
  return core.db.prepare<[], number>('SELECT count(*) FROM audit_events').pluck().get() ?? -1;
}

describe('a decided DIK row cannot be written around the edit guard', () => {
  it('refuses entry.update, entry.patch and exemption.update, and leaves the row and the audit trail as they were', async () => {
    const s = setup();
    const dik = await decidedDik(s);
    expect(dik.exemptionStatus).toBe('approved');
    const events: string[] = [];
    s.core.events.subscribe((name) => events.push(name));
    const audited = auditCount(s.core);

    // The DIK guard in front of the register refuses the whole row once it is decided, before any
    // field is looked at, so the refusal names the workflow rather than a field.
    const decidedRefusal = { code: 'forbidden', messageEn: expect.stringContaining('submitted or decided') as unknown };
    const update = await s.refuse('entry.update', {
      id: dik.id,
      fields: { ...pickFields(dik), dikJangkaWaktu: '1 Tahun' },
      expectedVersion: dik.version,
    });
    expect(update).toMatchObject(decidedRefusal);
    const patch = await s.refuse('entry.patch', { id: dik.id, patch: { dikInformasi: 'Tidak ada' }, expectedVersion: dik.version });
    expect(patch).toMatchObject(decidedRefusal);
    const open = await s.refuse('entry.patch', { id: dik.id, patch: { category: 'setiap_saat' }, expectedVersion: dik.version });
    expect(open).toMatchObject(decidedRefusal);
    const x = await s.call('exemption.get', { entryId: dik.id });
    const rewrite = await s.refuse('exemption.update', {
      entryId: dik.id,
      fields: { ...emptyExemptionFields, judul: dik.judul, informasi: 'Tidak ada', grounds: ['17h3'], periodText: '1 Tahun' },
      expectedVersion: x.version,
    });
    expect(rewrite.code).toBe('conflict');

    expect(await s.call('entry.get', { id: dik.id })).toEqual(dik);
    expect(auditCount(s.core)).toBe(audited);
    expect(events).toEqual([]);
  });

  it('lets an import add rows but never touch the decided row, even a file naming it by its number and title', async () => {
    const s = setup();
    const dik = await decidedDik(s);
    const audited = auditCount(s.core);
    const file = join(tempDir(), 'dik.csv');
    writeFileSync(
      file,
      [
        'No;Judul;Informasi yang dikecualikan;Jangka waktu',
        `${String(dik.id)};${dik.judul};Tidak ada;1 Tahun`,
        `${String(dik.id + 1)};Data kesehatan pegawai;Rekam medis;Selama pegawai hidup`,
      ].join('\n'),
    );
    const upload = { uploadId: (await s.core.uploads.stage(Readable.from([readFileSync(file)]), 'dik.csv')).uploadId };
    const result = await s.call('import.commit', {
      upload,
      dryRun: false,
      category: 'dikecualikan',
      mapping: { headerRow: 1, headerDepth: 1, targets: ['number', 'judul', 'dikInformasi', 'dikJangkaWaktu'] },
    });
    expect(result).toMatchObject({ imported: 2, rejected: 0 });
    expect(await s.call('entry.get', { id: dik.id })).toEqual(dik);
    const made = s.core.db
      .prepare<[number], { id: number; dik_jangka_waktu: string }>(
        'SELECT id, dik_jangka_waktu FROM entries WHERE import_id = ? ORDER BY id',
      )
      .all(result.importId ?? -1);
    expect(made.map((row) => row.dik_jangka_waktu)).toEqual(['1 Tahun', 'Selama pegawai hidup']);
    expect(made.every((row) => row.id > dik.id)).toBe(true);
    // Many rows, one transaction: one audit event on the import's rows, one on the exemptions they became (issue 11 item 2).
    expect(auditCount(s.core)).toBe(audited + 2);
  });

  it('refuses the writer itself, called directly, without a permit the archive confirms', async () => {
    const s = setup();
    const dik = await decidedDik(s);
    const { db } = s.core;
    const clock = () => new Date('2025-04-15T03:00:00Z');
    const events = createEventBus();
    const seen: unknown[] = [];
    events.subscribe((_, payload) => seen.push(payload));
    const writer = createEntryWriter(
      { db, audit: createAuditService(db, clock), events, clock, archiveDir: s.core.archiveDir },
      exemptionEditGuard(db),
    );
    const audited = auditCount(s.core);

    expect(() => writer.write((tx) => tx.update(dik.id, { ...pickFields(dik), dikDasarHukum: 'Tidak ada' }, dik.version, 'x'))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    // A permit naming a test that does not exist, or one that does not cover the entry, opens nothing.
    const dip = writer.write((tx) => tx.create({ ...emptyEntryFields('berkala', 2025), judul: 'Laporan keuangan' }, 'x'));
    const toDik = { ...pickFields(dip), category: 'dikecualikan' as const };
    expect(() => writer.write((tx) => tx.update(dip.id, toDik, dip.version, 'x', { permit: { reclassifyOnTest: 999 } }))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    // A refused write inside a larger transaction rolls back what came before it, and tells no window.
    seen.length = 0;
    expect(() =>
      writer.write((tx) => {
        tx.update(dip.id, { ...pickFields(dip), notes: 'ditulis dulu' }, dip.version, 'x');
        tx.update(dik.id, { ...pickFields(dik), dikJangkaWaktu: '1 Tahun' }, dik.version, 'x');
      }),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect((await s.call('entry.get', { id: dip.id })).notes).toBe('');
    expect(seen).toEqual([]);
    expect(await s.call('entry.get', { id: dik.id })).toEqual(dik);
    expect(auditCount(s.core)).toBe(audited + 1);

    // A tx kept past its transaction cannot write in autocommit, where no audit event would go with the row.
    const kept = writer.write((tx) => tx);
    const rows = s.core.db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get();
    expect(() => kept.create({ ...emptyEntryFields('berkala', 2025), judul: 'Tanpa jejak' }, 'x')).toThrow(/after its transaction/);
    expect(s.core.db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get()).toBe(rows);
  });
});
