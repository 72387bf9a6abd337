import { emptyExemptionFields } from '../../shared/domain/exemption';
import type { RequestFields } from '../../shared/domain/request';
import type { dispatchCore } from './dispatchCore';

/** A request as the desk records it from a walk-in requester. */
export function walkIn(receivedAt: string, information = 'Daftar gaji pegawai Dinas tahun 2025'): RequestFields {
  return {
    receivedAt,
    channel: 'langsung',
    letterNumber: '',
    letterDate: null,
    requester: {
      kind: 'perorangan',
      name: 'Siti Aminah',
      address: 'Jl. Merdeka 10, Kupang',
      phone: '0812 3456 7890',
      email: '',
      occupation: 'Wartawan',
      identityType: 'ktp',
      identityNumber: '5371012345670001',
      legalBasis: '',
    },
    information,
    purpose: 'Bahan liputan',
    accessModes: ['membaca'],
    copyWanted: true,
    copyForm: 'softcopy',
    delivery: 'email',
    notes: '',
  };
}

export async function exemptedSalary(call: ReturnType<typeof dispatchCore>['call']) {
  const rina = await call('user.create', { fields: { name: 'Rina Marlina', nip: '', jabatan: 'PPID', roles: ['ppid'], active: true } });
  await call('user.switch', { id: rina.id });
  return call('exemption.create', {
    fields: {
      ...emptyExemptionFields,
      judul: 'Data gaji dan rekening pegawai',
      informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
      grounds: ['17h3'],
      konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
      konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
      periodText: '20 Tahun',
    },
  });
}
