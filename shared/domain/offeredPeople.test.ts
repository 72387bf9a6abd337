import { describe, expect, it } from 'vitest';
import { offeredPeople } from './offeredPeople';

const profile = {
  ppidName: 'Andi Baso Tenri',
  ppidNip: '19800101 200501 1 001',
  superiorName: 'Drs. H. Muh. Ali Saleh, M.Si',
  superiorPosition: 'Sekretaris Daerah',
  superiorNip: '19700202 199503 1 002',
};

describe('the PPID and Atasan PPID of the profile offered as people', () => {
  it('offers both with their roles, NIP and jabatan when neither is a user', () => {
    expect(offeredPeople(profile, [{ name: 'PPID Uji', nip: '' }])).toEqual([
      { role: 'ppid', fields: { name: 'Andi Baso Tenri', nip: '19800101 200501 1 001', jabatan: 'PPID', roles: ['ppid'], active: true } },
      {
        role: 'atasan_ppid',
        fields: {
          name: 'Drs. H. Muh. Ali Saleh, M.Si',
          nip: '19700202 199503 1 002',
          jabatan: 'Sekretaris Daerah',
          roles: ['atasan_ppid'],
          active: true,
        },
      },
    ]);
  });

  it('does not offer someone already a user, by name (case and spaces aside) or by NIP', () => {
    expect(offeredPeople(profile, [{ name: '  andi  baso tenri', nip: '' }]).map((p) => p.role)).toEqual(['atasan_ppid']);
    expect(offeredPeople(profile, [{ name: 'Ali Saleh', nip: '197002021995031002' }]).map((p) => p.role)).toEqual(['ppid']);
  });

  it('offers nobody from an empty profile, and one person named twice once with both roles', () => {
    expect(offeredPeople({ ppidName: '', ppidNip: '', superiorName: ' ', superiorPosition: '', superiorNip: '' }, [])).toEqual([]);
    const both = offeredPeople({ ...profile, superiorName: 'Andi Baso Tenri', superiorNip: '' }, []);
    expect(both).toHaveLength(1);
    expect(both[0]?.fields.roles).toEqual(['ppid', 'atasan_ppid']);
  });
});
