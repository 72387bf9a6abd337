import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, emptyTestFields } from '../../shared/domain/exemption';
import { fieldLabel } from '../../shared/i18n/fieldLabel';
import { dispatchCore } from '../../test/support/dispatchCore';

/** Refusals read in the labels and role names the officer sees, never input paths or role codes. */
describe('error wording', () => {
  it('names a refused field by its label, in both languages', async () => {
    const desk = dispatchCore('2025-04-10T03:00:00Z');
    await desk.firstPpid({ name: 'Rina Marlina' });
    const error = await desk.refuse('exemption.create', { fields: { ...emptyExemptionFields, judul: '', informasi: 'x' } });
    expect(error.field).toBe('fields.judul');
    expect(error.message).toBe('Isian "Judul informasi" tidak valid: Wajib diisi.');
    expect(error.messageEn).not.toContain('fields.');
  });

  it('labels nested paths: a participant, an SK number inside a declassification', () => {
    expect(fieldLabel('id', 'consequence.create', 'fields.participants.1.name')).toBe('Nama peserta');
    expect(fieldLabel('en', 'consequence.create', 'fields.harm')).not.toContain('harm');
    expect(fieldLabel('id', 'exemption.declassify', 'decision.number')).toBe('Nomor SK');
    expect(fieldLabel('id', 'entry.create', 'fields.nothingLikeThis')).toBe('salah satu isian');
    expect(fieldLabel('en', 'entry.create', 'input')).toBe('one of the fields');
  });

  it('names roles and acts as the screen does', async () => {
    const desk = dispatchCore('2025-04-10T03:00:00Z');
    const { call, refuse } = desk;
    await desk.firstPpid({ name: 'Rina Marlina' });
    const budi = await call('user.create', { fields: { name: 'Budi Santoso', nip: '', jabatan: '', roles: ['petugas'], active: true } });
    await desk.signInAs(budi);
    const entry = await call('exemption.create', {
      fields: { ...emptyExemptionFields, judul: 'Data gaji', informasi: 'Rekening pegawai', grounds: ['17h3'] },
    });
    const test = await call('consequence.create', { fields: { ...emptyTestFields, entryIds: [entry.entryId] } });
    const error = await refuse('consequence.conclude', { id: test.id, expectedVersion: test.version });
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('Menyimpulkan uji');
    expect(error.message).toContain('PPID, Atasan PPID atau Tim Pertimbangan');
    expect(error.messageEn).toContain('PPID, PPID’s superior or Advisory team');
    for (const text of [error.message, error.messageEn]) expect(text).not.toMatch(/atasan_ppid|tim_pertimbangan|\(conclude\)/);
  });
});
