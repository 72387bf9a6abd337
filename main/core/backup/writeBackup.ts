import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lemariError } from '../../../shared/api/raise';
import { BACKUP_FORMAT_VERSION } from '../../../shared/domain/backup';
import type { Db } from '../db/connection';
import type { Clock } from '../support/clock';
import { BAG_ROOT, BAGIT_TXT, DB_PAYLOAD, formatBagInfo, manifestLine, tarEntryBytes } from './bag';
import { backupWriteError, isRetryable } from './errors';
import { fsyncDir, removeQuietly } from './fsutil';
import { verifyBackupFile } from './readBackup';
import { BLOCK, paddingFor, tarHeader } from './tar';
import { createAgeEncryptor, type EncryptKey } from './ageStream';
import { listVaultObjects } from './vaultFiles';

/** Hooks for the safety suite to inject disk failures at exact offsets; production passes none. */
export interface BackupFaults {
  beforeWrite?(position: number, length: number): void;
}

export interface WriteBackupOptions {
  db: Db;
  archiveDir: string;
  outFile: string;
  appVersion: string;
  clock: Clock;
  onProgress?: (done: number, total: number) => void;
  faults?: BackupFaults;
  /** Pauses before each resumed attempt; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  chunkSize?: number;
  /** Encrypt into age with this passphrase or recipient; null writes a plain tar (only by explicit choice). */
  encrypt?: EncryptKey | null;
}

export interface WrittenBackup {
  file: string;
  bytes: number;
  sha256: string;
  createdAt: string;
  auditHead: string | null;
  auditCount: number;
  schemaVersion: number;
  vaultObjects: number;
  /** Objects whose bytes no longer match their name (vault rot) — carried as they are, and reported. */
  rottenObjects: string[];
  retries: number;
  encrypted: boolean;
}

type Entry =
  | { path: string; size: number; kind: 'file'; absolute: string; expectHash: string | null }
  | { path: string; size: number; kind: 'text'; text: () => string };

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** The partial file sits beside the final one (same folder, so the rename is atomic) under a hidden name. */
export function partialPathFor(outFile: string): string {
  return join(dirname(outFile), `.${basename(outFile)}.partial`);
}

/**
 * Writes one .lemari-backup: a consistent database copy (VACUUM INTO, never a file copy of a live WAL
 * database), every vault object and the SHA-256 manifest, streamed through one buffer. The file grows
 * under a hidden partial name, is fsynced, read back and verified, and only then renamed into place.
 * A write that fails with a transient error resumes from the last complete entry.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<WrittenBackup> {
  const { db, archiveDir, outFile } = options;
  const folder = dirname(outFile);
  if (existsSync(outFile)) throw lemariError('conflict', { key: 'backup.err.exists', params: { file: outFile } });
  if (!existsSync(folder)) throw lemariError('not_found', { key: 'backup.err.folderMissing', params: { folder } });

  const tmpDir = join(archiveDir, 'backups', 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  const snapshot = join(tmpDir, `snapshot-${randomBytes(6).toString('hex')}.sqlite`);
  const createdAt = options.clock().toISOString();
  // Head, version and snapshot are read with no await in between: the single connection cannot commit meanwhile.
  const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get();
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  try {
    db.prepare('VACUUM INTO ?').run(snapshot);
  } catch (error) {
    removeQuietly(snapshot);
    throw backupWriteError(error, tmpDir);
  }
  const partial = partialPathFor(outFile);
  try {
    // Objects are listed after the snapshot: the vault writes a file before its row, so every row has its object.
    const { objects } = listVaultObjects(archiveDir);
    const payload: Entry[] = [
      { path: DB_PAYLOAD, size: statSync(snapshot).size, kind: 'file', absolute: snapshot, expectHash: null },
      ...objects.map((o): Entry => ({ path: `data/${o.relative}`, size: o.size, kind: 'file', absolute: o.absolute, expectHash: o.hash })),
    ];
    const hashes = new Map<string, string>();
    const payloadBytes = payload.reduce((sum, e) => sum + e.size, 0);
    const bagInfo = formatBagInfo({
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt,
      appVersion: options.appVersion,
      schemaVersion,
      auditCount: head?.seq ?? 0,
      auditHead: head?.hash ?? null,
      vaultObjects: objects.length,
      payloadBytes,
      payloadFiles: payload.length,
    });
    const manifest = () => payload.map((e) => manifestLine(hashes.get(e.path) ?? '', e.path)).join('');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const tagManifest = () =>
      [
        manifestLine(sha(BAGIT_TXT), 'bagit.txt'),
        manifestLine(sha(bagInfo), 'bag-info.txt'),
        manifestLine(sha(manifest()), 'manifest-sha256.txt'),
      ].join('');
    // Manifest lines have a fixed length (64 hex + path), so the whole file's size is known before writing.
    const manifestSize = payload.reduce((sum, e) => sum + Buffer.byteLength(manifestLine('0'.repeat(64), e.path)), 0);
    const tagSize = Buffer.byteLength(
      ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'].map((p) => manifestLine('0'.repeat(64), p)).join(''),
    );
    const entries: Entry[] = [
      { path: 'bagit.txt', size: Buffer.byteLength(BAGIT_TXT), kind: 'text', text: () => BAGIT_TXT },
      { path: 'bag-info.txt', size: Buffer.byteLength(bagInfo), kind: 'text', text: () => bagInfo },
      ...payload,
      { path: 'manifest-sha256.txt', size: manifestSize, kind: 'text', text: manifest },
      { path: 'tagmanifest-sha256.txt', size: tagSize, kind: 'text', text: tagManifest },
    ];
    const total = entries.reduce((sum, e) => sum + tarEntryBytes(e.size), 0) + 2 * BLOCK;

    const result = await streamEntries(entries, partial, total, hashes, options);
    const rottenObjects = payload.flatMap((e) =>
      e.kind === 'file' && e.expectHash !== null && hashes.get(e.path) !== e.expectHash ? [e.expectHash] : [],
    );

    // Read the written file back before it gets its final name: a stick that lies about writes is caught here.
    // A plain backup is checked entry by entry; an encrypted one is decrypted and checked when the passphrase
    // is at hand, and otherwise (a recipient: the archive holds no secret key) re-read and compared with the
    // hash of the ciphertext as it was written.
    const key = options.encrypt ?? null;
    let wholeHash: string;
    if (key === null || 'passphrase' in key) {
      const verified = await verifyBackupFile(partial, { wholeHash: true, key });
      if (verified.info.payloadFiles !== payload.length) throw new Error('backup verification counted a different number of files');
      wholeHash = verified.wholeHash ?? '';
    } else {
      wholeHash = await hashFile(partial);
    }
    if (result.cipherHash !== null && wholeHash !== result.cipherHash) throw new Error('backup read back differs from what was written');
    if (existsSync(outFile)) throw lemariError('conflict', { key: 'backup.err.exists', params: { file: outFile } });
    renameSync(partial, outFile);
    fsyncDir(folder);
    return {
      file: outFile,
      bytes: statSync(outFile).size,
      sha256: wholeHash,
      createdAt,
      auditHead: head?.hash ?? null,
      auditCount: head?.seq ?? 0,
      schemaVersion,
      vaultObjects: objects.length,
      rottenObjects,
      retries: result.retries,
      encrypted: key !== null,
    };
  } catch (error) {
    if (process.env.LEMARI_DEBUG_BACKUP) console.error(error);
    removeQuietly(partial);
    throw backupWriteError(error, folder);
  } finally {
    removeQuietly(snapshot);
  }
}

async function streamEntries(
  entries: readonly Entry[],
  partial: string,
  total: number,
  hashes: Map<string, string>,
  options: WriteBackupOptions,
): Promise<{ retries: number; cipherHash: string | null }> {
  const delays = options.retryDelaysMs ?? [250, 1000, 3000];
  const buffer = Buffer.alloc(options.chunkSize ?? 1 << 20);
  const mtime = Math.floor(options.clock().getTime() / 1000);
  let handle: FileHandle = await open(partial, 'w');
  let position = 0;
  let committed = 0;
  let retries = 0;
  let lastReport = 0;
  // Encrypted: ciphertext is appended at filePos; the tar offsets above stay plaintext (progress, totals).
  const key = options.encrypt ?? null;
  let filePos = 0;
  let cipherHash = key === null ? null : createHash('sha256');
  const appendCipher = async (bytes: Buffer) => {
    options.faults?.beforeWrite?.(filePos, bytes.length);
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, filePos + done);
      done += bytesWritten;
    }
    filePos += bytes.length;
    cipherHash?.update(bytes);
  };
  let encryptor = key === null ? null : await createAgeEncryptor(key, appendCipher);

  const report = (force = false) => {
    if (!options.onProgress) return;
    if (force || position - lastReport >= 4 << 20) {
      lastReport = position;
      options.onProgress(position, total);
    }
  };
  const write = async (bytes: Buffer) => {
    if (encryptor) {
      await encryptor.write(bytes);
      position += bytes.length;
      report();
      return;
    }
    options.faults?.beforeWrite?.(position, bytes.length);
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
    position += bytes.length;
    report();
  };
  const writeEntry = async (entry: Entry) => {
    await write(tarHeader(`${BAG_ROOT}/${entry.path}`, entry.size, mtime));
    if (entry.kind === 'text') {
      const bytes = Buffer.from(entry.text(), 'utf8');
      if (bytes.length !== entry.size) throw new Error(`tag file ${entry.path} changed size`);
      await write(bytes);
    } else {
      const hash = createHash('sha256');
      const source = await open(entry.absolute, 'r');
      try {
        let left = entry.size;
        while (left > 0) {
          const { bytesRead } = await source.read(buffer, 0, Math.min(left, buffer.length), entry.size - left);
          if (bytesRead === 0) throw new Error(`${entry.path} shrank while being backed up`);
          const chunk = buffer.subarray(0, bytesRead);
          hash.update(chunk);
          await write(chunk);
          left -= bytesRead;
        }
      } finally {
        await source.close();
      }
      hashes.set(entry.path, hash.digest('hex'));
    }
    const pad = paddingFor(entry.size);
    if (pad > 0) await write(Buffer.alloc(pad));
  };

  try {
    for (let index = 0; index <= entries.length;) {
      try {
        const entry = entries[index];
        if (entry) await writeEntry(entry);
        else await write(Buffer.alloc(2 * BLOCK));
        committed = position;
        index += 1;
      } catch (error) {
        const delay = delays[retries];
        if (!isRetryable(error) || delay === undefined) throw error;
        retries += 1;
        await sleep(delay);
        // Reopen (the stick may have been re-mounted) and cut back to the end of the last whole entry.
        await handle.close().catch(() => undefined);
        handle = await open(partial, 'r+');
        if (key !== null) {
          // An age stream cannot resume mid-way (each chunk's nonce is its position): start the file again, new header.
          committed = 0;
          index = 0;
          filePos = 0;
          cipherHash = createHash('sha256');
          hashes.clear();
        }
        await handle.truncate(committed);
        position = committed;
        if (key !== null) encryptor = await createAgeEncryptor(key, appendCipher);
      }
    }
    if (encryptor) await encryptor.end();
    await handle.sync();
    report(true);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return { retries, cipherHash: cipherHash === null ? null : cipherHash.digest('hex') };
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
