import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lemariError } from '../../../shared/api/raise';
import { BACKUP_FORMAT_VERSION } from '../../../shared/domain/backup';
import type { Db } from '../db/connection';
import type { Clock } from '../support/clock';
import { BAG_ROOT, BAGIT_TXT, DB_PAYLOAD, formatBagInfo, manifestLine, TAR_END_BYTES, tarEntryBytes } from './bag';
import { backupWriteError, isRetryable } from './errors';
import { fsyncDir, removeQuietly } from './fsutil';
import { verifyBackupFile } from './readBackup';
import tar from 'tar-stream';
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
    const total = entries.reduce((sum, e) => sum + tarEntryBytes(e.size), 0) + TAR_END_BYTES;

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

/**
 * One attempt: the bag's entries through tar-stream's packer, then (encrypted) through the age STREAM,
 * appended to the partial file. Each source chunk is copied before it is queued (the read buffer is reused).
 */
async function writeOnce(
  entries: readonly Entry[],
  partial: string,
  total: number,
  hashes: Map<string, string>,
  options: WriteBackupOptions,
): Promise<{ cipherHash: string | null }> {
  const key = options.encrypt ?? null;
  const buffer = Buffer.alloc(options.chunkSize ?? 1 << 20);
  const mtime = new Date(Math.floor(options.clock().getTime() / 1000) * 1000);
  const handle: FileHandle = await open(partial, 'w');
  let filePos = 0;
  let tarPos = 0;
  let lastReport = 0;
  const cipherHash = key === null ? null : createHash('sha256');
  const report = (force = false) => {
    if (!options.onProgress) return;
    if (force || tarPos - lastReport >= 4 << 20) {
      lastReport = tarPos;
      options.onProgress(tarPos, total);
    }
  };
  const appendFile = async (bytes: Buffer) => {
    options.faults?.beforeWrite?.(filePos, bytes.length);
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, filePos + done);
      done += bytesWritten;
    }
    filePos += bytes.length;
    cipherHash?.update(bytes);
  };
  try {
    const encryptor = key === null ? null : await createAgeEncryptor(key, appendFile);
    const pack = tar.pack();
    // Drains the packer into the file (or the encryptor); its failure (a full stick) ends the attempt.
    const drained = (async () => {
      for await (const chunk of pack as AsyncIterable<Buffer>) {
        if (encryptor) await encryptor.write(chunk);
        else await appendFile(chunk);
        tarPos += chunk.length;
        report();
      }
    })();
    drained.catch(() => undefined);
    const failed = drained.then(() => new Promise<never>(() => undefined));
    const writeEntry = async (entry: Entry) => {
      const sink = pack.entry({
        name: `${BAG_ROOT}/${entry.path}`,
        size: entry.size,
        mtime,
        mode: 0o644,
        uname: 'lemari',
        gname: 'lemari',
      });
      const finished = new Promise<void>((resolveEntry, rejectEntry) => {
        sink.on('finish', () => resolveEntry());
        sink.on('error', rejectEntry);
      });
      const put = async (bytes: Buffer) => {
        if (!sink.write(bytes)) await Promise.race([new Promise<void>((r) => sink.once('drain', () => r())), failed]);
      };
      if (entry.kind === 'text') {
        const bytes = Buffer.from(entry.text(), 'utf8');
        if (bytes.length !== entry.size) throw new Error(`tag file ${entry.path} changed size`);
        await put(bytes);
      } else {
        const hash = createHash('sha256');
        const source = await open(entry.absolute, 'r');
        try {
          let left = entry.size;
          while (left > 0) {
            const { bytesRead } = await source.read(buffer, 0, Math.min(left, buffer.length), entry.size - left);
            if (bytesRead === 0) throw new Error(`${entry.path} shrank while being backed up`);
            const chunk = Buffer.from(buffer.subarray(0, bytesRead));
            hash.update(chunk);
            await put(chunk);
            left -= bytesRead;
          }
        } finally {
          await source.close();
        }
        hashes.set(entry.path, hash.digest('hex'));
      }
      sink.end(Buffer.alloc(0));
      await Promise.race([finished, failed]);
    };
    try {
      for (const entry of entries) await writeEntry(entry);
      pack.finalize();
    } catch (error) {
      pack.destroy(error instanceof Error ? error : new Error(String(error)));
      await drained.catch(() => undefined);
      throw error;
    }
    await drained;
    if (encryptor) await encryptor.end();
    await handle.sync();
    report(true);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return { cipherHash: cipherHash === null ? null : cipherHash.digest('hex') };
}

/**
 * Writes the file, trying again from the start after a transient error (a stick that hiccups): an age
 * stream cannot resume mid-way (each chunk's nonce is its position), so every attempt writes a new file.
 */
async function streamEntries(
  entries: readonly Entry[],
  partial: string,
  total: number,
  hashes: Map<string, string>,
  options: WriteBackupOptions,
): Promise<{ retries: number; cipherHash: string | null }> {
  const delays = options.retryDelaysMs ?? [250, 1000, 3000];
  for (let retries = 0; ; retries += 1) {
    try {
      hashes.clear();
      const { cipherHash } = await writeOnce(entries, partial, total, hashes, options);
      return { retries, cipherHash };
    } catch (error) {
      const delay = delays[retries];
      if (!isRetryable(error) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
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
