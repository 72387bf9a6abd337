import type { Widen } from '../messages';

/** Words of the folder picker (scanner inbox, backup target), Bahasa Indonesia first. */
const idStrings = {
  browse: 'Pilih folder…',
  title: 'Pilih folder',
  current: 'Folder ini',
  up: 'Naik satu tingkat',
  places: 'Mulai dari',
  home: 'Buka folder rumah',
  subfolders: 'Subfolder',
  none: 'Folder ini tidak memiliki subfolder.',
  truncated: 'Hanya {{count}} subfolder pertama yang ditampilkan. Ketik jalur lengkap bila folder yang dicari tidak ada.',
  choose: 'Pilih folder ini',
  cancel: 'Batal',
  onlyFolders: 'Hanya folder yang ada di komputer ini yang ditampilkan; isi berkas tidak dibaca.',
  err: {
    notAbsolute: 'Jalur folder harus lengkap (mis. C:\\Pindaian atau /media/ppid/USB): "{{path}}".',
    missing: 'Folder "{{path}}" tidak ada di komputer ini.',
    notFolder: '"{{path}}" bukan folder.',
    unreadable: 'Folder "{{path}}" tidak dapat dibuka (tidak ada izin).',
  },
};

const enStrings = {
  browse: 'Choose folder…',
  title: 'Choose a folder',
  current: 'This folder',
  up: 'Up one level',
  places: 'Start from',
  home: 'Open the home folder',
  subfolders: 'Subfolders',
  none: 'This folder has no subfolders.',
  truncated: 'Only the first {{count}} subfolders are shown. Type the full path if the folder you want is not listed.',
  choose: 'Choose this folder',
  cancel: 'Cancel',
  onlyFolders: 'Only folders that exist on this computer are shown; no file is read.',
  err: {
    notAbsolute: 'A folder path must be complete (e.g. C:\\Scans or /media/ppid/USB): "{{path}}".',
    missing: 'The folder "{{path}}" does not exist on this computer.',
    notFolder: '"{{path}}" is not a folder.',
    unreadable: 'The folder "{{path}}" cannot be opened (no permission).',
  },
} satisfies Widen<typeof idStrings>;

export const folderStrings = { id: idStrings, en: enStrings };
