import type { Widen } from '../messages';

/** Words of the people list: editing, deactivating, and the PPID and Atasan PPID named in the profile. */
const idStrings = {
  edit: 'Ubah',
  editTitle: 'Ubah data {{name}}',
  deactivate: 'Nonaktifkan',
  reactivate: 'Aktifkan kembali',
  inactive: 'Nonaktif',
  status: 'Status',
  actions: 'Tindakan',
  deactivateTitle: 'Nonaktifkan {{name}}?',
  deactivateBody:
    '{{name}} tidak dapat masuk lagi. Namanya tetap tercatat pada riwayat, persetujuan dan jejak audit. Akun dapat diaktifkan kembali kapan saja.',
  deactivated: '{{name}} dinonaktifkan.',
  reactivated: '{{name}} aktif kembali.',
  saved: 'Data {{name}} tersimpan.',
  offeredTitle: 'Disebut di Profil Badan Publik, belum terdaftar sebagai pengguna',
  offeredAdd: 'Tambahkan {{name}}',
  offeredAs: '{{name}} — {{role}}',
  fromProfile: 'Isi dari Profil Badan Publik',
  noPin: 'Belum punya PIN: atur PIN agar {{name}} muncul di daftar masuk.',
  err: {
    lastPpid: '{{name}} adalah satu-satunya PPID yang aktif. Tetapkan PPID lain dahulu sebelum menonaktifkan atau mengubah perannya.',
    alreadyActive: 'Pengguna ini sudah aktif.',
    alreadyInactive: 'Pengguna ini sudah nonaktif.',
  },
};

const enStrings = {
  edit: 'Edit',
  editTitle: 'Edit {{name}}',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  inactive: 'Inactive',
  status: 'Status',
  actions: 'Actions',
  deactivateTitle: 'Deactivate {{name}}?',
  deactivateBody:
    '{{name}} will no longer be able to sign in. The name stays in the history, the approvals and the audit trail. The account can be reactivated at any time.',
  deactivated: '{{name}} deactivated.',
  reactivated: '{{name}} is active again.',
  saved: '{{name}} saved.',
  offeredTitle: 'Named in the Public Body Profile, not yet a user',
  offeredAdd: 'Add {{name}}',
  offeredAs: '{{name}} — {{role}}',
  fromProfile: 'Fill in from the Public Body Profile',
  noPin: 'No PIN yet: set a PIN so that {{name}} appears in the sign-in list.',
  err: {
    lastPpid: '{{name}} is the only active PPID. Make someone else PPID first before deactivating them or changing their roles.',
    alreadyActive: 'This user is already active.',
    alreadyInactive: 'This user is already inactive.',
  },
} satisfies Widen<typeof idStrings>;

export const peopleStrings = { id: idStrings, en: enStrings };
