import { emptyExemptionFields } from '../../shared/domain/exemption';
import type { RequestFields } from '../../shared/domain/request';
import { dispatchCore } from './dispatchCore';

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

/**
 * A core with the desk signed in before the first call: Rina, the PPID, who is also the Atasan PPID
 * here so one person may record, decide and answer objections (role rules are tested on their own).
 */
export function requestDesk(startAt: string) {
  const s = dispatchCore(startAt);
  let ready: Promise<unknown> | null = null;
  const signed = () => (ready ??= s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID', roles: ['ppid', 'atasan_ppid'] }));
  const call: typeof s.call = async (method, input) => {
    await signed();
    return s.call(method, input);
  };
  const refuse: typeof s.refuse = async (method, input) => {
    await signed();
    return s.refuse(method, input);
  };
  const setClock = async (iso: string) => {
    await signed();
    await s.setClock(iso);
  };
  return { ...s, call, refuse, setClock };
}
