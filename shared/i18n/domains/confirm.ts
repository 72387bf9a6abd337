import type { Widen } from '../messages';

/** The questions asked before a delete or an unlink: what goes, and what stays. */
const idStrings = {
  entryTitle: 'Hapus entri ini?',
  entryBody: 'Entri "{{title}}" dihapus dari daftar. Riwayatnya tetap tercatat dan entri dapat dipulihkan dari tampilan entri terhapus.',
  holidayTitle: 'Hapus hari libur ini?',
  holidayBody: '{{date}} {{name}} dihapus dari daftar hari libur; tenggat yang dihitung dengan hari kerja berubah.',
  fileTitle: 'Lepas berkas dari naskah?',
  fileBody: 'Berkas "{{name}}" dilepas dari naskah {{code}}. Pindaiannya tetap tersimpan di brankas.',
  fileConfirm: 'Lepas berkas',
  unlinkTitle: 'Lepas naskah dari entri?',
  unlinkBody: 'Naskah {{code}} tidak lagi dikaitkan dengan entri "{{title}}". Naskah dan pindaiannya tetap ada.',
  unlinkConfirm: 'Lepas',
  unfileTitle: 'Keluarkan dari ordner?',
  unfileBody: 'Naskah {{code}} dicatat di luar ordner. Pemindahan ini tercatat di riwayat letak naskah.',
  unfileConfirm: 'Keluarkan',
};

const enStrings = {
  entryTitle: 'Delete this entry?',
  entryBody:
    'The entry "{{title}}" is removed from the list. Its history stays recorded and it can be restored from the deleted-entries view.',
  holidayTitle: 'Delete this holiday?',
  holidayBody: '{{date}} {{name}} is removed from the holidays; deadlines counted in working days change.',
  fileTitle: 'Take the file out of the document?',
  fileBody: 'The file "{{name}}" is taken out of document {{code}}. The scan stays stored in the vault.',
  fileConfirm: 'Take out',
  unlinkTitle: 'Unlink the document from the entry?',
  unlinkBody: 'Document {{code}} is no longer linked to the entry "{{title}}". The document and its scans stay.',
  unlinkConfirm: 'Unlink',
  unfileTitle: 'Take out of the binder?',
  unfileBody: 'Document {{code}} is recorded as outside any binder. The move is kept in the document’s filing history.',
  unfileConfirm: 'Take out',
} satisfies Widen<typeof idStrings>;

export const confirmStrings = { id: idStrings, en: enStrings };
