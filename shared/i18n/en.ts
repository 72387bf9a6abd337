import { backupStrings } from './domains/backup';
import { registerStrings } from './domains/register';
import { exemptionStrings } from './domains/exemption';
import { documentStrings } from './domains/document';
import { ordnerStrings } from './domains/ordner';
import { vaultStrings } from './domains/vault';
import { exportStrings } from './domains/export';
import { authStrings } from './domains/auth';
import { editionStrings } from './domains/edition';
import { requestStrings } from './domains/request';
import { labelStrings } from './domains/labels';
import { formStrings } from './domains/forms';
import { timeZoneStrings } from './domains/timeZone';
import { auditActionStrings } from './domains/auditActions';
import { dikImportStrings } from './domains/dikImport';
import { approvalStrings } from './domains/approval';
import { upkeepStrings } from './domains/upkeep';
import { peopleStrings } from './domains/people';
import { folderStrings } from './domains/folder';
import { listStrings } from './domains/lists';
import { confirmStrings } from './domains/confirm';
import type { Messages } from './messages';

/** English: the second language. */
export const en = {
  app: {
    name: 'Lemari',
    tagline: 'Archive of Public and Exempted Information',
    offline: 'Offline — all data stays on this computer',
    archive: 'Archive',
    schema: 'Schema version',
    loading: 'Loading…',
    retry: 'Try again',
    crashTitle: 'Something went wrong on this screen',
    crashBody: 'Your data is safe. Reload the screen to continue.',
    reload: 'Reload',
    disconnected: 'Lost the connection to the archive. Make sure Lemari is still running.',
  },
  nav: {
    home: 'Home',
    menu: 'Main menu',
    dip: 'Register of Public Information',
    dik: 'Exempted Information',
    ordner: 'Binders & Paper Files',
    scans: 'Scans',
    publish: 'Export & Publish',
    settings: 'Settings',
    agency: 'Public Body Profile',
    units: 'Units / Unit PPIDs',
    audit: 'Audit Trail',
    language: 'Language',
  },
  home: {
    title: 'Home',
    welcome: 'Welcome to Lemari',
    profileMissing: 'The public body profile is empty. Printed lists take their letterhead from it.',
    fillProfile: 'Fill in the profile',
    counts: 'Archive contents',
    units: 'Units',
    auditEvents: 'Audit trail entries',
    auditHead: 'Latest audit hash',
  },
  soon: {
    title: 'Coming soon',
    body: 'This part is being built and will arrive in a later version.',
  },
  agency: {
    title: 'Public Body Profile',
    intro: 'Used for the letterhead and signature block of every printed and published list.',
    bodyName: 'Public body name',
    unitName: 'Unit / work unit',
    address: 'Address',
    city: 'City / regency',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    logo: 'Logo',
    logoHint: 'PNG or JPEG, at most 1 MB',
    logoRemove: 'Remove logo',
    ppid: 'Information officer (PPID)',
    ppidName: 'PPID name',
    ppidNip: 'PPID NIP',
    superior: "PPID's superior",
    superiorName: "Superior's name",
    superiorPosition: "Superior's position",
    superiorNip: "Superior's NIP",
    save: 'Save profile',
    saved: 'Public body profile saved.',
    lastSaved: 'Last saved',
  },
  units: {
    title: 'Units / Unit PPIDs',
    intro: 'Units that hold information: lead PPID, unit PPIDs, divisions, sections or work units.',
    add: 'Add unit',
    name: 'Unit name',
    kind: 'Kind',
    head: 'Head of unit',
    active: 'Active',
    inactive: 'Inactive',
    status: 'Status',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    empty: 'No units yet. Add the units that hold information.',
    saved: 'Unit saved.',
    nameTaken: 'The unit name "{{name}}" is already used by another unit.',
    showInactive: 'Show inactive units',
    kinds: {
      ppid_utama: 'Lead PPID',
      ppid_pelaksana: 'Unit PPID',
      bidang: 'Division',
      bagian: 'Section',
      satker: 'Work unit',
      lainnya: 'Other',
    },
  },
  audit: {
    title: 'Audit Trail',
    intro: 'Every change is chained with SHA-256 hashes and cannot be altered.',
    when: 'When',
    actor: 'By',
    action: 'Action',
    entity: 'Record',
    verify: 'Check the chain',
    verifyOk: 'The audit chain is intact ({{count}} entries).',
    verifyBad: 'The audit chain is broken from entry #{{seq}}.',
    rowChanged: 'Row {{table}} #{{id}} “{{label}}” was changed outside Lemari (last recorded at entry #{{seq}}).',
    rowUnrecorded: 'Row {{table}} #{{id}} “{{label}}” was added outside Lemari: no entry of the trail wrote it.',
    empty: 'No entries yet.',
    actions: {
      agency: { update: 'Public body profile changed' },
      unit: { create: 'Unit added', update: 'Unit changed' },
      settings: { update: 'Settings changed' },
    },
    entities: { agency: 'Public body profile', unit: 'Unit', settings: 'Settings' },
  },
  settings: {
    title: 'Settings',
    language: 'Display language',
    archive: 'Archive location',
  },
  register: registerStrings.en,
  auth: authStrings.en,
  exemption: exemptionStrings.en,
  labels: labelStrings.en,
  forms: formStrings.en,
  timeZone: timeZoneStrings.en,
  auditActions: auditActionStrings.en,
  backup: backupStrings.en,
  vault: vaultStrings.en,
  documents: documentStrings.en,
  ordners: ordnerStrings.en,
  export: exportStrings.en,
  edition: editionStrings.en,
  request: requestStrings.en,
  dikImport: dikImportStrings.en,
  approval: approvalStrings.en,
  upkeep: upkeepStrings.en,
  people: peopleStrings.en,
  folder: folderStrings.en,
  lists: listStrings.en,
  confirm: confirmStrings.en,
  v: {
    secret: 'A PIN has at least 6 digits; a password at least 8 characters.',
    required: 'Required.',
    tooLong: 'Too long.',
    nip: 'A NIP has 18 digits (spaces allowed).',
    email: 'Not a valid email address.',
    url: 'A website address starts with http:// or https://.',
    logoType: 'The logo must be a PNG or JPEG image.',
    logoTooLarge: 'The logo is too large (at most 1 MB).',
    invalidType: 'Wrong kind of value.',
    invalidValue: 'Unknown value.',
    invalid: 'Not valid.',
    classification: 'A classification code holds only letters, digits, dots, slashes and hyphens.',
    code: 'A code holds only letters, digits, dots, slashes and hyphens, no spaces.',
    year: 'The year must be between 1945 and 2200.',
    yearOrder: 'The last year cannot be before the first year.',
    date: 'The date must look like YYYY-MM-DD.',
  },
  err: {
    unknown_method: 'The archive does not know the command "{{method}}".',
    invalid_input: 'Field "{{field}}" is not valid: {{detail}}',
    not_found: 'The record was not found. It may have been removed.',
    conflict: 'This record was changed in another window since you opened it. Reload, then repeat your change.',
    forbidden: 'You are not allowed to do this.',
    signed_out: 'You are not signed in, or your session has ended. Please sign in.',
    archive_in_use: 'The archive is open in another Lemari program. Close that one first.',
    archive_too_new:
      'This archive was made by a newer Lemari (schema {{found}}; this version supports up to {{supported}}). Update Lemari.',
    archive_corrupt: 'The archive check found damage. Restore from the latest backup.',
    archive_read_only: 'The archive cannot be written (read-only media). Move the archive to the computer’s disk.',
    disk_full: 'The disk is full. Nothing was saved; free some space and try again.',
    unsupported_file: 'This kind of file is not supported.',
    too_large: 'The file is too large.',
    disconnected: 'Lost the connection to the archive. Make sure Lemari is still running, then try again.',
    internal: 'An unexpected error occurred. Nothing was partly saved.',
  },
} satisfies Messages;
