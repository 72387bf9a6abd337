import type { Widen } from '../messages';

/** Words every form shares: leaving a half-filled form, confirming a deletion. */
const idStrings = {
  discardTitle: 'Tutup tanpa menyimpan?',
  discardBody: 'Isian yang sudah diketik pada formulir ini belum disimpan dan akan hilang.',
  discard: 'Buang isian',
  keepEditing: 'Lanjut mengisi',
  deleteTitle: 'Hapus?',
  deleteBody: '{{what}} akan dihapus.',
  delete: 'Hapus',
  cancel: 'Batal',
} as const;

const enStrings = {
  discardTitle: 'Close without saving?',
  discardBody: 'What you typed in this form is not saved and will be lost.',
  discard: 'Discard',
  keepEditing: 'Keep editing',
  deleteTitle: 'Delete?',
  deleteBody: '{{what}} will be deleted.',
  delete: 'Delete',
  cancel: 'Cancel',
} satisfies Widen<typeof idStrings>;

export const formStrings = { id: idStrings, en: enStrings };
