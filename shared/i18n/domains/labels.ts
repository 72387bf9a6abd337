import type { Widen } from '../messages';

/** Words used when an error names a field or a role that has no label of its own. */
const idStrings = {
  someField: 'salah satu isian',
  deskActor: 'Petugas di komputer ini (tanpa profil)',
  migrationActor: 'Lemari (pembaruan arsip)',
  scheduleActor: 'Lemari (tugas terjadwal)',
  listSeparator: ', ',
  lastSeparator: ' atau ',
} as const;

const enStrings = {
  someField: 'one of the fields',
  deskActor: 'The desk at this computer (no profile)',
  migrationActor: 'Lemari (archive update)',
  scheduleActor: 'Lemari (scheduled task)',
  listSeparator: ', ',
  lastSeparator: ' or ',
} satisfies Widen<typeof idStrings>;

export const labelStrings = { id: idStrings, en: enStrings };
