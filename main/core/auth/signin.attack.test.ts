import { describe, expect, it } from 'vitest';
import { contract, type Method } from '../../../shared/api/contract';
import { policy } from '../../../shared/api/policy';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { emptyExemptionFields, type ExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { TEST_PIN } from '../../../test/support/signIn';

/**
 * Issue 13 item 2, attacked through dispatch as any transport would call it: with no session,
 * with a wrong role, with a forged or borrowed session id, and by guessing PINs.
 */
const setup = () => dispatchCore('2025-04-10T03:00:00Z');
const nobody = { actor: 'root', channel: 'attacker-tab' };

const salary: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'Data gaji dan rekening pegawai',
  informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
  dokumen: 'Daftar gaji pegawai 2024',
  jenisDokumen: 'Data kepegawaian',
  grounds: ['17h3', '17h4'],
  otherBases: ['UU 27/2022 tentang Pelindungan Data Pribadi'],
  konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
  konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
  periodText: '20 Tahun',
  anchor: 'sk',
};

function completeTest(entryIds: number[]): TestFields {
  return {
    heldOn: '2025-04-10',
    place: 'Ruang rapat PPID',
    trigger: 'sebelum_permohonan',
    requestRef: '',
    documentExamined: 'Daftar gaji pegawai 2024',
    entryIds,
    participants: [
      { name: 'Rina Marlina', role: 'PPID', unit: '' },
      { name: 'Budi Santoso', role: 'Unit yang menguasai informasi', unit: 'Subbagian Kepegawaian' },
    ],
    harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
    publicInterest: 'Kepentingan publik terpenuhi oleh data agregat.',
    balance: 'Kerugian lebih besar daripada manfaat membuka.',
    conclusion: 'dikecualikan',
    periodText: '20 Tahun',
  };
}

/** Rina (PPID, first run), Budi (petugas), Sri (Atasan PPID); a DIK row drafted, tested, approved and decided. */
async function decidedDik(s: ReturnType<typeof setup>) {
  const rina = await s.firstPpid({ name: 'Rina Marlina' });
  const budi = await s.call('user.create', {
    fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola', roles: ['petugas'], active: true },
  });
  const sri = await s.call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekda', roles: ['atasan_ppid'], active: true },
  });
  await s.signInAs(budi);
  const x = await s.call('exemption.create', { fields: salary });
  const test = await s.call('consequence.create', { fields: completeTest([x.entryId]) });
  await s.signInAs(rina);
  await s.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
  await s.signInAs(budi);
  const submitted = await s.call('exemption.submit', {
    entryId: x.entryId,
    expectedVersion: (await s.call('exemption.get', { entryId: x.entryId })).version,
    note: '',
  });
  await s.signInAs(sri);
  await s.call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
  await s.signInAs(budi);
  await s.call('decision.create', {
    fields: {
      number: '300/1864/IV/2025',
      date: '2025-04-14',
      signerName: 'Sri Wahyuni',
      signerPosition: 'Sekretaris Daerah',
      entryIds: [x.entryId],
      testIds: [test.id],
      scanSha256: null,
    },
  });
  const entry = await s.call('entry.get', { id: x.entryId });
  return { rina, budi, sri, entry };
}

describe('with no one signed in', () => {
  it('refuses every register write on a decided DIK row, a new DIK row, publishing, users and reference data', async () => {
    const s = setup();
    const { entry, rina } = await decidedDik(s);
    await s.signInAs(null);
    const attempts: [Method, unknown][] = [
      ['entry.patch', { id: entry.id, patch: { judul: 'Daftar hadir rapat', year: 2001 }, expectedVersion: entry.version }],
      ['entry.update', { id: entry.id, fields: { ...emptyEntryFields('dikecualikan', 2025), judul: 'x' }, expectedVersion: entry.version }],
      ['entry.delete', { id: entry.id, expectedVersion: entry.version }],
      ['entry.create', { fields: { ...emptyEntryFields('dikecualikan', 2025), judul: 'Rahasia baru' } }],
      ['edition.publish', {}],
      ['user.create', { fields: { name: 'Penyusup', nip: '', jabatan: '', roles: ['ppid'], active: true } }],
      ['user.setRule', { act: 'approve', roles: ['petugas'] }],
      ['auth.setSecret', { userId: 1, secret: '111111' }],
      ['holiday.save', { holiday: { date: '2025-12-24', name: 'Libur', kind: 'cuti_bersama' } }],
      ['reference.saveStatute', {}],
      ['unit.create', { fields: { name: 'Unit Palsu', kind: 'bagian', head: '', active: true } }],
      ['settings.update', { patch: { sessionIdleMinutes: 480 } }],
      ['exemption.approve', { entryId: entry.id, expectedVersion: 0, note: '' }],
      ['exemption.declassify', {}],
      ['entry.list', {}],
      ['exemption.list', {}],
    ];
    for (const [method, input] of attempts) {
      const result = await s.dispatch(method, input, nobody);
      expect(result.ok, method).toBe(false);
      if (!result.ok) expect(result.error.code, method).toBe('signed_out');
    }
    await s.signInAs(rina);
    const after = await s.call('entry.get', { id: entry.id });
    expect(after).toMatchObject({ judul: entry.judul, year: entry.year, deletedAt: null, version: entry.version });
    expect((await s.call('exemption.due', { asOf: '2045-04-01', withinWorkingDays: 400 })).ending.map((e) => e.entryId)).toContain(
      entry.id,
    );
    expect((await s.call('entry.list', { category: 'dikecualikan' })).total).toBe(1);
  });

  it('leaves open only the sign-in screen, app facts and recovery, and classifies every method', () => {
    expect(Object.keys(policy).sort()).toEqual(Object.keys(contract).sort());
    const open = Object.entries(policy)
      .filter(([, access]) => access === 'open')
      .map(([method]) => method)
      .sort();
    expect(open).toEqual(
      [
        'agency.get',
        'app.info',
        'auth.setupFirst',
        'auth.signIn',
        'auth.signOut',
        'auth.status',
        'recovery.restore',
        'recovery.status',
        'settings.get',
      ].sort(),
    );
  });
});

describe('with the wrong role', () => {
  it('refuses a petugas publishing, managing users and reference data, and editing a decided DIK row', async () => {
    const s = setup();
    const { budi, rina, entry } = await decidedDik(s);
    await s.signInAs(budi);
    for (const method of [
      'edition.publish',
      'user.create',
      'user.update',
      'user.setRule',
      'holiday.save',
      'reference.updateGround',
      'unit.create',
      'settings.update',
      'agency.update',
    ] as const) {
      const result = await s.dispatch(method, {}, s.context());
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.code, method).toBe('forbidden');
        expect(result.error.message).toContain('Budi Santoso');
      }
    }
    // A PIN can be changed for oneself only, unless one manages users.
    expect((await s.dispatch('auth.setSecret', { userId: rina.id, secret: '135791' }, s.context())).ok).toBe(false);
    expect((await s.dispatch('auth.setSecret', { userId: budi.id, secret: '135791' }, s.context())).ok).toBe(true);

    // Even the PPID cannot rename, re-date or delete a decided DIK row through the register, nor make one there.
    await s.signInAs(rina);
    const patch = await s.refuse('entry.patch', { id: entry.id, patch: { judul: 'Daftar hadir' }, expectedVersion: entry.version });
    expect(patch.message).toContain('alur pengecualian');
    expect((await s.refuse('entry.delete', { id: entry.id, expectedVersion: entry.version })).code).toBe('forbidden');
    const created = await s.refuse('entry.create', { fields: { ...emptyEntryFields('dikecualikan', 2025), judul: 'Rahasia baru' } });
    expect(created).toMatchObject({ code: 'forbidden', field: 'fields.category' });
    expect((await s.call('entry.get', { id: entry.id })).judul).toBe(entry.judul);
  });

  it('lets nobody approve what they drafted, even when someone else submitted it', async () => {
    const s = setup();
    const rina = await s.firstPpid({ name: 'Rina Marlina' });
    const both = await s.call('user.create', {
      fields: { name: 'Andi', nip: '', jabatan: '', roles: ['petugas', 'atasan_ppid'], active: true },
    });
    const budi = await s.call('user.create', { fields: { name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas'], active: true } });
    await s.signInAs(both);
    const x = await s.call('exemption.create', { fields: salary });
    const test = await s.call('consequence.create', { fields: completeTest([x.entryId]) });
    await s.signInAs(rina);
    await s.call('consequence.conclude', { id: test.id, expectedVersion: test.version });
    await s.signInAs(budi);
    const version = (await s.call('exemption.get', { entryId: x.entryId })).version;
    const submitted = await s.call('exemption.submit', { entryId: x.entryId, expectedVersion: version, note: '' });
    await s.signInAs(both);
    const error = await s.refuse('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
    expect(error.message).toContain('menyusunnya');
    expect((await s.call('exemption.get', { entryId: x.entryId })).status).toBe('submitted');
  });
});

describe('sessions', () => {
  it('refuses a session id from another tab, a forged one, none, and one signed out', async () => {
    const s = setup();
    await s.firstPpid({ name: 'Rina Marlina' });
    const tab = s.context();
    expect((await s.dispatch('entry.list', {}, tab)).ok).toBe(true);
    expect((await s.dispatch('entry.list', {}, { ...tab, channel: 'another-tab' })).ok).toBe(false);
    expect((await s.dispatch('entry.list', {}, { ...tab, sessionId: 'A'.repeat(43) })).ok).toBe(false);
    expect((await s.dispatch('entry.list', {}, { actor: 'root', channel: tab.channel ?? '' })).ok).toBe(false);

    await s.dispatch('auth.signOut', {}, tab);
    expect((await s.dispatch('entry.list', {}, tab)).ok).toBe(false);
  });

  it('ends a session after the idle timeout from the last call, and Pengaturan sets it', async () => {
    let now = Date.parse('2025-04-10T03:00:00Z');
    const s = setup();
    await s.firstPpid({ name: 'Rina Marlina' });
    const tab = s.context();
    const at = async (minutes: number) => {
      now += minutes * 60_000;
      await s.setClockOnly(new Date(now).toISOString());
      return (await s.dispatch('entry.list', {}, tab)).ok;
    };
    expect(await at(14)).toBe(true);
    expect(await at(14)).toBe(true);
    expect(await at(16)).toBe(false);
  });

  it('creates the first PPID once, then refuses; the audit names the person, never the OS account', async () => {
    const s = setup();
    const rina = await s.firstPpid({ name: 'Rina Marlina' });
    const again = await s.dispatch('auth.setupFirst', { fields: { name: 'Orang Lain', nip: '', jabatan: '' }, secret: '999999' }, nobody);
    expect(again.ok).toBe(false);
    await s.call('unit.create', { fields: { name: 'Sekretariat', kind: 'bagian', head: '', active: true } });
    const events = await s.call('audit.list', {});
    expect(events.length).toBeGreaterThan(1);
    // Every event but the archive's own seed record (written by its migrations, before anyone existed).
    for (const event of events.filter((e) => e.action !== 'archive.seed')) expect(event.actor).toBe(rina.name);
  });

  it('stores a salted scrypt hash, never the PIN, and a different salt for the same PIN', async () => {
    const s = setup();
    await s.firstPpid({ name: 'Rina Marlina' });
    const budi = await s.call('user.create', { fields: { name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas'], active: true } });
    await s.signInAs(budi);
    const rows = s.core.db.prepare<[], { salt: string; hash: string; scheme: string }>('SELECT salt, hash, scheme FROM credentials').all();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.salt).not.toBe(rows[1]?.salt);
    expect(rows[0]?.hash).not.toBe(rows[1]?.hash);
    const raw =
      JSON.stringify(s.core.db.prepare('SELECT * FROM credentials').all()) +
      JSON.stringify(s.core.db.prepare('SELECT * FROM audit_events').all());
    expect(raw).not.toContain(TEST_PIN);
    expect(rows.every((row) => row.scheme === 'pin')).toBe(true);
  });
});

describe('guessing PINs', () => {
  it('slows each wrong attempt, locks after five for 15 minutes, audits each, and a right PIN waits out the lock', async () => {
    let now = Date.parse('2025-04-10T03:00:00Z');
    const s = setup();
    const rina = await s.firstPpid({ name: 'Rina Marlina' });
    const guess = (secret: string) => s.dispatch('auth.signIn', { userId: rina.id, secret }, nobody);
    const advance = async (ms: number) => {
      now += ms;
      await s.setClockOnly(new Date(now).toISOString());
    };
    const messages: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const wrong = await guess(String(100000 + i));
      expect(wrong.ok).toBe(false);
      if (!wrong.ok) messages.push(wrong.error.messageEn);
      // Straight away, even the right PIN is not tried: the attempt must wait.
      const hurried = await guess(TEST_PIN);
      expect(hurried.ok).toBe(false);
      if (i < 4) await advance(1000 * 2 ** i + 1);
    }
    expect(messages.slice(0, 4).every((m) => m.includes('Wrong name or PIN'))).toBe(true);
    expect(messages[4]).toContain('locked for 15 minutes');
    await advance(14 * 60_000);
    const locked = await guess(TEST_PIN);
    expect(locked.ok ? '' : locked.error.messageEn).toContain('locked');
    await advance(61_000);
    expect((await guess(TEST_PIN)).ok).toBe(true);

    const actions = s.core.db
      .prepare<[], { action: string }>("SELECT action FROM audit_events WHERE action LIKE 'auth.%' ORDER BY seq")
      .all();
    expect(actions.map((a) => a.action)).toEqual([
      'auth.setupFirst',
      'auth.failed',
      'auth.failed',
      'auth.failed',
      'auth.failed',
      'auth.locked',
      'auth.signIn',
    ]);
  });
});
