import type { Widen } from '../messages';

/** Words of the start's notices on Beranda and of inbox scans nobody assigned, Bahasa Indonesia first. */
const idStrings = {
  startup: {
    title: 'Ditemukan saat Lemari dibuka',
    risk: {
      removable:
        'Arsip berada di media lepasan (flashdisk atau kartu memori). Jika dicabut saat menulis, basis data dapat rusak, dan media itu mudah hilang beserta informasi yang dikecualikan. Pindahkan arsip ke disk internal komputer.',
      network:
        'Arsip berada di folder jaringan. Di sana penguncian berkas tidak andal: dua komputer dapat menulis bersamaan dan merusak basis data. Pindahkan arsip ke disk internal komputer.',
      synced:
        'Arsip berada di folder yang disinkronkan (OneDrive, Google Drive, Dropbox, dan sejenisnya). Basis data dapat tersalin setengah jadi, dan informasi yang dikecualikan keluar dari komputer ini ke layanan daring. Pindahkan arsip ke disk internal komputer.',
    },
    riskTitle: 'Peringatan: tempat arsip berisiko',
    leftoversTitle: 'Sisa dari gangguan sebelumnya telah dihapus',
    leftoversIntro:
      'Lemari sebelumnya berhenti di tengah pekerjaan (mati listrik atau ditutup paksa). Salinan data arsip yang tertinggal di luar arsip telah dihapus saat dibuka:',
    kind: {
      test_restore: 'Uji pulih di folder sementara',
      restore_staging: 'Pemulihan yang terputus',
      backup_partial: 'Cadangan yang terputus',
      upload: 'Unggahan yang belum dipakai',
      export_temp: 'Ekspor yang terputus',
    },
  },
  unassigned: {
    title: 'Pindaian yang tidak ditetapkan',
    intro:
      'Pindaian ini disalin dari folder pemindai, lalu berkasnya hilang dari folder tanpa pernah dimasukkan ke naskah. Tidak ada naskah, SK, atau edisi yang memakainya, tetapi salinannya ikut dalam setiap cadangan. PPID dapat menghapusnya; penghapusan dicatat di Jejak Audit dan tidak dapat dibatalkan.',
    none: 'Tidak ada pindaian yang tertinggal tanpa naskah.',
    name: 'Nama di folder pemindai',
    size: 'Ukuran',
    seen: 'Pertama terlihat',
    remove: 'Hapus',
    removeLabel: 'Hapus pindaian {{name}}',
    confirmTitle: 'Hapus pindaian ini?',
    confirmBody:
      'Pindaian "{{name}}" ({{size}}) akan dihapus dari arsip dan tidak ada lagi di cadangan berikutnya. Cadangan lama tetap memuatnya. Tindakan ini dicatat di Jejak Audit dan tidak dapat dibatalkan.',
    confirm: 'Ya, hapus',
    cancel: 'Batal',
    removed: 'Pindaian {{name}} telah dihapus dari arsip.',
  },
  err: {
    inUse: 'Pindaian ini dipakai (oleh naskah, SK, edisi, atau masih di Kotak Masuk Pindaian) sehingga tidak dapat dihapus di sini.',
  },
};

const enStrings = {
  startup: {
    title: 'Found when Lemari opened',
    risk: {
      removable:
        'The archive is on removable media (a USB stick or memory card). Pulled out while writing, the database can be damaged, and the media is easily lost with the exempted information on it. Move the archive to the computer’s internal disk.',
      network:
        'The archive is on a network folder. File locking is unreliable there: two computers can write at once and damage the database. Move the archive to the computer’s internal disk.',
      synced:
        'The archive is in a synced folder (OneDrive, Google Drive, Dropbox and the like). The database can be copied half-written, and exempted information leaves this computer for an online service. Move the archive to the computer’s internal disk.',
    },
    riskTitle: 'Warning: a risky place for the archive',
    leftoversTitle: 'Leftovers of an earlier interruption were removed',
    leftoversIntro:
      'Lemari stopped in the middle of a job last time (a power cut or a forced close). Copies of archive data left outside the archive were removed on opening:',
    kind: {
      test_restore: 'Test restore in the temporary folder',
      restore_staging: 'Interrupted restore',
      backup_partial: 'Interrupted backup',
      upload: 'Unused upload',
      export_temp: 'Interrupted export',
    },
  },
  unassigned: {
    title: 'Scans nobody assigned',
    intro:
      'These scans were copied from the scanner folder, then the file left the folder without ever going into a document. No document, SK or edition uses them, yet a copy rides in every backup. The PPID can remove them; the removal is recorded in the Audit Trail and cannot be undone.',
    none: 'No scan was left behind without a document.',
    name: 'Name in the scanner folder',
    size: 'Size',
    seen: 'First seen',
    remove: 'Remove',
    removeLabel: 'Remove scan {{name}}',
    confirmTitle: 'Remove this scan?',
    confirmBody:
      'The scan "{{name}}" ({{size}}) will be removed from the archive and left out of the next backups. Older backups still hold it. This is recorded in the Audit Trail and cannot be undone.',
    confirm: 'Yes, remove',
    cancel: 'Cancel',
    removed: 'The scan {{name}} was removed from the archive.',
  },
  err: {
    inUse: 'This scan is in use (by a document, an SK, an edition, or still in the Scanner Inbox), so it cannot be removed here.',
  },
} satisfies Widen<typeof idStrings>;

export const upkeepStrings = { id: idStrings, en: enStrings };
