import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, type ExemptionFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';

const setup = () => dispatchCore('2025-04-10T03:00:00Z');

const base: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'NIK pemilih',
  informasi: 'Nomor induk kependudukan pemilih',
  grounds: ['17h3'],
  periodText: '5 Tahun',
};

async function ppid(s: ReturnType<typeof setup>) {
  const rina = await s.firstPpid({ name: 'Rina Marlina' });
  return rina;
}

describe('jenis dokumen as reference data', () => {
  it('stores one class whatever the case and spaces typed on the exemption form, and Klasifikasi groups by it', async () => {
    const s = setup();
    await ppid(s);
    const a = await s.call('exemption.create', { fields: { ...base, jenisDokumen: '  Data   Pemilih ' } });
    const b = await s.call('exemption.create', { fields: { ...base, judul: 'Alamat pemilih', jenisDokumen: 'data pemilih' } });
    const c = await s.call('exemption.create', { fields: { ...base, judul: 'Surat rahasia', jenisDokumen: 'Surat' } });
    expect([a.jenisDokumen, b.jenisDokumen, c.jenisDokumen]).toEqual(['Data Pemilih', 'Data Pemilih', 'Surat']);
    const types = await s.call('reference.documentTypes', {});
    expect(types.map((t) => [t.name, t.uses])).toEqual([
      ['Data Pemilih', 2],
      ['Surat', 1],
    ]);
    const classes = await s.call('exemption.classify', {});
    expect(classes.byDocumentType.map((g) => [g.label, g.entries.length])).toEqual([
      ['Data Pemilih', 2],
      ['Surat', 1],
    ]);
  });

  it('refuses a second class that differs only in case, and a rename carries the exemptions along', async () => {
    const s = setup();
    await ppid(s);
    const type = await s.call('reference.saveDocumentType', { id: null, name: 'data pemilih', active: true });
    expect((await s.refuse('reference.saveDocumentType', { id: null, name: 'DATA  PEMILIH', active: true })).code).toBe('conflict');
    const x = await s.call('exemption.create', { fields: { ...base, jenisDokumen: 'Data pemilih' } });
    expect(x.jenisDokumen).toBe('data pemilih');
    await s.call('reference.saveDocumentType', { id: type.id, name: 'Data Pemilih', active: true });
    expect((await s.call('exemption.get', { entryId: x.entryId })).jenisDokumen).toBe('Data Pemilih');
    expect((await s.refuse('reference.saveDocumentType', { id: null, name: '   ', active: true })).code).toBe('invalid_input');
  });

  it('needs the manager to edit the list directly', async () => {
    const s = setup();
    const rina = await ppid(s);
    const budi = await s.call('user.create', { fields: { name: 'Budi', nip: '', jabatan: 'Staf', roles: ['petugas'], active: true } });
    await s.signInAs(budi);
    expect((await s.refuse('reference.saveDocumentType', { id: null, name: 'Laporan', active: true })).code).toBe('forbidden');
    // … while typing a new class on the exemption form (the edit right) adds it.
    await s.call('exemption.create', { fields: { ...base, jenisDokumen: 'Laporan' } });
    await s.signInAs(rina);
    expect((await s.call('reference.documentTypes', {})).map((t) => t.name)).toEqual(['Laporan']);
  });
});
