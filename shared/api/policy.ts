import type { Act } from '../domain/approval';
import type { Method } from './contract';

/**
 * Who may call a method, checked by dispatch in main before the handler runs:
 * - `open`: anyone on a trusted transport (the sign-in screen, app facts, the recovery screen);
 * - `signedIn`: someone must be signed in on this window or tab (every read of the archive and every
 *   change the services check further themselves, e.g. a register edit of a DIK row);
 * - `{ act }`: the signed-in person must hold a role the body's role rules allow for that act.
 */
export type Access = 'open' | 'signedIn' | { act: Act };

const signedIn = 'signedIn' as const;
const act = <A extends Act>(name: A) => ({ act: name });

/**
 * Every method of the contract, classified. `satisfies Record<Method, Access>` makes a new method
 * without a line here a compile error, so nothing becomes callable by accident.
 */
export const policy = {
  // Before sign-in: the shell, the sign-in and first-run screens, the recovery screen (a damaged
  // archive has no readable accounts, and restoring the newest backup into a new folder loses nothing).
  'app.info': 'open',
  'settings.get': 'open',
  'agency.get': 'open',
  'auth.status': 'open',
  'auth.setupFirst': 'open',
  'auth.signIn': 'open',
  'auth.signOut': 'open',
  'recovery.status': 'open',
  'recovery.restore': 'open',

  // One's own PIN, or anyone's by a user manager: the service checks which.
  'auth.setSecret': signedIn,

  // Reference data, users, roles, the body's profile and preferences.
  'settings.update': act('manageUsers'),
  'agency.update': act('manageUsers'),
  'unit.list': signedIn,
  'unit.create': act('manageUsers'),
  'unit.update': act('manageUsers'),
  'place.list': signedIn,
  'place.create': act('manageUsers'),
  'place.update': act('manageUsers'),
  'user.list': signedIn,
  'user.active': signedIn,
  'user.rules': signedIn,
  'user.create': act('manageUsers'),
  'user.update': act('manageUsers'),
  'user.setActive': act('manageUsers'),
  'user.setRule': act('manageUsers'),
  'reference.grounds': signedIn,
  'reference.statutes': signedIn,
  'reference.updateGround': act('manageUsers'),
  'reference.saveStatute': act('manageUsers'),
  'reference.documentTypes': signedIn,
  'reference.saveDocumentType': act('manageUsers'),
  'holiday.list': signedIn,
  'holiday.save': act('manageUsers'),
  'holiday.remove': act('manageUsers'),

  'audit.list': signedIn,
  'audit.verify': signedIn,

  // The register: DIP rows by anyone signed in; a DIK row is refused by the entry guard in main
  // unless it is a draft and the person may `edit` (main/core/auth/dikEntryGuard.ts).
  'entry.list': signedIn,
  'entry.get': signedIn,
  'entry.history': signedIn,
  'entry.years': signedIn,
  'entry.create': signedIn,
  'entry.update': signedIn,
  'entry.patch': signedIn,
  'entry.delete': signedIn,
  'entry.restore': signedIn,
  'import.preview': signedIn,
  'import.mappings': signedIn,
  'import.commit': signedIn,

  // The exemption workflow: the same acts its services check.
  'exemption.list': signedIn,
  'exemption.get': signedIn,
  'exemption.classify': signedIn,
  'exemption.due': signedIn,
  'exemption.lineage': signedIn,
  'exemption.create': act('edit'),
  'exemption.update': act('edit'),
  'exemption.review': act('edit'),
  'exemption.reclassify': act('edit'),
  'exemption.submit': act('submit'),
  'exemption.approve': act('approve'),
  'exemption.return': act('approve'),
  // Approvals signed on paper are transcribed by the desk, with the scan; the chain is the PPID's setting.
  'exemption.recordApproval': act('recordApproval'),
  'exemption.approvalChain': signedIn,
  'exemption.setApprovalChain': act('configureApproval'),
  'exemption.declassify': act('declassify'),
  'consequence.list': signedIn,
  'consequence.get': signedIn,
  'consequence.sheet': signedIn,
  'consequence.create': act('edit'),
  'consequence.update': act('edit'),
  'consequence.conclude': act('conclude'),
  'decision.list': signedIn,
  'decision.create': act('decide'),
  'decision.attachScan': act('decide'),

  // Editions: establishing a list cannot be undone.
  'edition.list': signedIn,
  'edition.preview': signedIn,
  'edition.get': signedIn,
  'edition.diff': signedIn,
  'edition.diffPdf': signedIn,
  'edition.publish': act('publish'),
  'publish.package': signedIn,
  'export.list': signedIn,

  // Documents, scans, physical filing, backups.
  'document.list': signedIn,
  'document.get': signedIn,
  'document.byEntry': signedIn,
  'document.create': signedIn,
  'document.update': signedIn,
  'document.addFile': signedIn,
  'document.removeFile': signedIn,
  'document.reorderFiles': signedIn,
  'document.linkEntry': signedIn,
  'document.unlinkEntry': signedIn,
  'document.move': signedIn,
  'inbox.list': signedIn,
  'inbox.scan': signedIn,
  'inbox.assign': signedIn,
  'ordner.list': signedIn,
  'ordner.get': signedIn,
  'ordner.lookup': signedIn,
  'ordner.index': signedIn,
  'ordner.labels': signedIn,
  'ordner.create': signedIn,
  'ordner.update': signedIn,
  'vault.status': signedIn,
  'vault.checks': signedIn,
  'vault.blob': signedIn,
  'vault.verify': signedIn,
  'vault.configure': act('manageUsers'),
  'backup.list': signedIn,
  'backup.status': signedIn,
  'backup.create': signedIn,
  'backup.testRestore': signedIn,
  // Replacing the whole archive with a backup is a user manager's call.
  'backup.restore': act('manageUsers'),

  // SOP Permohonan Informasi and Pengelolaan Keberatan: the desk records, the PPID decides, the Atasan PPID answers.
  'request.list': signedIn,
  'request.get': signedIn,
  'request.report': signedIn,
  'request.create': act('recordRequest'),
  'request.update': act('recordRequest'),
  'request.process': act('recordRequest'),
  'request.setFee': act('recordRequest'),
  'request.object': act('recordRequest'),
  'request.registerDispute': act('recordRequest'),
  'request.updateDispute': act('recordRequest'),
  // Per letter kind, checked by the letter service: tanda bukti the desk, pemberitahuan and penolakan the PPID, tanggapan the Atasan PPID.
  'request.letter': signedIn,
  'request.saveReport': act('recordRequest'),
  'request.reportFile': act('recordRequest'),
  // The register books hold requesters' personal data: the desk that keeps them (and the PPID), each export audited.
  'request.registerFile': act('recordRequest'),
  'request.extend': act('decideRequest'),
  'request.decide': act('decideRequest'),
  'request.answerObjection': act('answerObjection'),

  // Issue 13: the key that opens scans in browser mode, the start's notices, inbox scans nobody assigned.
  'auth.fileKey': signedIn,
  'app.startup': signedIn,
  'inbox.unassigned': signedIn,
  'inbox.discard': act('discardScans'),
  // Choosing the scanner inbox or the backup folder: both settings are a user manager's, and the
  // folder browser shows folder names of this computer, so only a user manager may browse.
  'folder.pick': act('manageUsers'),
  'folder.list': act('manageUsers'),
} as const satisfies Record<Method, Access>;

export function accessOf(method: Method): Access {
  return policy[method];
}
