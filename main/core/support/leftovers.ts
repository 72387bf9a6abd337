import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';

/** One copy of archive data found after a crash and removed at start. */
export interface Leftover {
  kind: 'test_restore' | 'restore_staging' | 'backup_partial' | 'upload' | 'export_temp';
  path: string;
}

/**
 * A backup or restore still running touches its files every few seconds; one untouched this long belongs
 * to a Lemari that is gone. (Another Lemari — another archive — restoring or backing up right now is the
 * only other writer of such names; the archive lock rules out this archive's own.)
 */
const DEAD_MS = 2 * 60 * 1000;

/** The newest modification anywhere under a path (a restore adds files deep in vault/objects). */
function newestTouch(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) for (const name of names(path)) newest = Math.max(newest, newestTouch(join(path, name)));
  return newest;
}

function names(dir: string): string[] {
  try {
    return existsSync(dir) ? readdirSync(dir) : [];
  } catch {
    return [];
  }
}

function remove(path: string, kind: Leftover['kind'], found: Leftover[]): void {
  try {
    rmSync(path, { recursive: true, force: true });
    found.push({ kind, path });
  } catch {
    // A file that cannot be removed (read-only stick) is left; the next start tries again.
  }
}

/**
 * Copies of archive data a crash can leave outside the archive's own bookkeeping (RELIABILITY #24,
 * issue 13 item 7), removed at start — when this process holds the archive lock, so none is in use by
 * this archive — and reported, never silently:
 * - test restores (uji pulih) staged in the system temp folder (`lemari-uji-pulih-*`): a whole decrypted
 *   archive, exempted text included; like the next two, only once untouched for 2 minutes;
 * - a restore staged beside its target (`.<target>.pulih-<hex>`), for this archive's own folder name;
 * - hidden `.lemari-*.lemari-backup.partial` files in the backup folder (a stick);
 * - staged uploads in `tmp/uploads` (a restart makes every upload id stale) and `exports/*.tmp`.
 * The vault's own `vault/tmp` is recovered by the vault (RELIABILITY's ingest order) and not touched here.
 */
export function sweepLeftovers(archiveDir: string, backupDir: string, now = Date.now()): Leftover[] {
  const found: Leftover[] = [];
  const temp = tmpdir();
  const dead = (path: string) => now - newestTouch(path) > DEAD_MS;
  for (const name of names(temp)) {
    if (name.startsWith('lemari-uji-pulih-') && dead(join(temp, name))) remove(join(temp, name), 'test_restore', found);
  }
  const parent = dirname(archiveDir);
  const own = new RegExp(`^\\.${basename(archiveDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.pulih-[0-9a-f]{8}$`);
  for (const name of names(parent)) if (own.test(name) && dead(join(parent, name))) remove(join(parent, name), 'restore_staging', found);
  for (const name of names(backupDir)) {
    if (!/^\.lemari-.*\.lemari-backup\.partial$/.test(name)) continue;
    if (dead(join(backupDir, name))) remove(join(backupDir, name), 'backup_partial', found);
  }
  const uploads = join(archiveDir, 'tmp', 'uploads');
  // Each staged upload is a file and its `.json` name card; the file is reported, the card goes with it.
  for (const name of names(uploads)) remove(join(uploads, name), 'upload', name.endsWith('.json') ? [] : found);
  const exportsDir = join(archiveDir, 'exports');
  for (const name of names(exportsDir)) if (name.endsWith('.tmp')) remove(join(exportsDir, name), 'export_temp', found);
  return found;
}

/** Why the archive's folder is a risky home for it (RELIABILITY: the live archive belongs on the internal disk). */
export type LocationRisk = 'removable' | 'network' | 'synced';

const SYNCED =
  /(^|[\\/])(OneDrive( - [^\\/]+)?|Google Drive|GoogleDrive|My Drive|Drive Saya|Dropbox( \([^\\/]+\))?|iCloud Drive|iCloudDrive|Mega|pCloud Drive|Nextcloud|ownCloud|Sync)([\\/]|$)/i;
const REMOVABLE = /^\/(media|mnt|run\/media|Volumes)\//;
const NETWORK = /^(\\\\|\/\/)|^\/(net|smb|nfs)\//i;

/**
 * Judged from the path alone (fast, offline, the same on every OS): a synced folder rewrites or
 * uploads the live database behind SQLite's back, a stick can be pulled mid-write, a network share
 * breaks file locking. `removableDrives`: Windows drive letters the OS reports as removable, where known.
 */
export function archiveLocationRisk(archiveDir: string, removableDrives: readonly string[] = []): LocationRisk | null {
  if (NETWORK.test(archiveDir)) return 'network';
  if (SYNCED.test(archiveDir)) return 'synced';
  if (REMOVABLE.test(archiveDir.split(sep).join('/'))) return 'removable';
  const drive = /^([A-Za-z]):/.exec(archiveDir)?.[1]?.toUpperCase();
  if (drive && removableDrives.map((d) => d.toUpperCase().replace(/:.*$/, '')).includes(drive)) return 'removable';
  return null;
}

/** What the start found: removed leftovers and where the archive lives. Shown by the CLI (and for Beranda). */
export interface StartupNotices {
  leftovers: Leftover[];
  locationRisk: LocationRisk | null;
}

const kindWords: Record<Leftover['kind'], string> = {
  test_restore: 'uji pulih di folder sementara / test restore in the temp folder',
  restore_staging: 'pemulihan yang terputus / interrupted restore',
  backup_partial: 'cadangan yang terputus / interrupted backup',
  upload: 'unggahan yang belum dipakai / unused upload',
  export_temp: 'ekspor yang terputus / interrupted export',
};
const riskWords: Record<LocationRisk, string> = {
  removable:
    'Peringatan: arsip berada di media lepasan (flashdisk/kartu). Pindahkan ke disk internal. / Warning: the archive is on removable media (a stick or card). Move it to the internal disk.',
  network:
    'Peringatan: arsip berada di folder jaringan; penguncian berkas tidak andal di sana. Pindahkan ke disk internal. / Warning: the archive is on a network folder, where file locking is unreliable. Move it to the internal disk.',
  synced:
    'Peringatan: arsip berada di folder yang disinkronkan (OneDrive, Google Drive, Dropbox…): basis data dapat disalin setengah jadi dan informasi yang dikecualikan keluar dari komputer ini. Pindahkan ke disk internal. / Warning: the archive is in a synced folder (OneDrive, Google Drive, Dropbox…): the database can be copied half-written and exempted information leaves this computer. Move it to the internal disk.',
};

/** The lines the CLI prints at start (both languages, as the CLI's other messages). */
export function startupLines(notices: StartupNotices): string[] {
  const lines = notices.locationRisk ? [riskWords[notices.locationRisk]] : [];
  for (const leftover of notices.leftovers) lines.push(`Sisa dihapus / leftover removed (${kindWords[leftover.kind]}): ${leftover.path}`);
  return lines;
}
