import { createHash, type Hash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BAG_ROOT, BAGIT_TXT, isSafeBagPath, parseBagInfo, parseManifest, type BagInfo } from './bag';
import { isLemariError } from '../../../shared/api/errors';
import { lemariError } from '../../../shared/api/raise';
import { AgeKeyError, decryptAgeFile, isAgeFile, type DecryptKey } from './ageStream';
import { backupInvalid, errnoCode } from './errors';
import { fileChunks, readTarEntries, type TarEntrySink } from './tarRead';

export interface VerifyBackupOptions {
  /** Write every payload file here ("lemari.sqlite", "vault/objects/…") while checking it. */
  extractTo?: string;
  /** Also hash the whole file (the figure kept for "is this copy the same backup"). */
  wholeHash?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The passphrase or recovery key of an encrypted (age) backup. */
  key?: DecryptKey | null;
}

export interface VerifiedBackup {
  info: BagInfo;
  files: number;
  bytes: number;
  /** Vault objects whose content does not match their hash name (rot that was already in the archive). */
  rottenObjects: string[];
  wholeHash: string | null;
  encrypted: boolean;
}

/**
 * The tar bytes of a backup: straight from the file when it is a plain (older or deliberately
 * unencrypted) one, else decrypted chunk by chunk with the key — refused without one.
 */
async function tarSource(
  handle: FileHandle,
  key: DecryptKey | null | undefined,
): Promise<{ source: AsyncIterable<Buffer>; encrypted: boolean }> {
  if (!(await isAgeFile(handle))) return { source: fileChunks(handle), encrypted: false };
  if (!key) throw lemariError('invalid_input', { key: 'backup.err.needsKey', field: 'passphrase' });
  return { source: decryptAgeFile(handle, key), encrypted: true };
}

function readError(error: unknown): unknown {
  // A disk error while extracting (full, read-only) is the caller's to word; only format faults mean a bad backup.
  if (isLemariError(error) || errnoCode(error) !== '') return error;
  if (error instanceof AgeKeyError) return lemariError('invalid_input', { key: 'backup.err.wrongKey', field: 'passphrase' });
  return backupInvalid(error instanceof Error ? error.message : String(error));
}

const TAG_LIMIT = 64 << 20;

/** Collects a small tag file in memory, refusing anything larger than a manifest can honestly be. */
function memorySink(store: Map<string, string>, name: string): TarEntrySink {
  const parts: Buffer[] = [];
  let size = 0;
  return {
    write(chunk) {
      size += chunk.length;
      if (size > TAG_LIMIT) throw backupInvalid(`${name} too large`);
      parts.push(Buffer.from(chunk));
    },
    end() {
      store.set(name, Buffer.concat(parts).toString('utf8'));
    },
  };
}

async function fileSink(target: string, hash: Hash, onEnd: () => void): Promise<TarEntrySink> {
  mkdirSync(dirname(target), { recursive: true });
  const handle: FileHandle = await open(target, 'wx');
  let position = 0;
  return {
    async write(chunk) {
      hash.update(chunk);
      let done = 0;
      while (done < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, done, chunk.length - done, position + done);
        done += bytesWritten;
      }
      position += chunk.length;
    },
    async end() {
      await handle.sync();
      await handle.close();
      onEnd();
    },
  };
}

/**
 * Reads a .lemari-backup end to end and checks it: tar headers, bagit.txt, bag-info.txt, every payload
 * file against manifest-sha256.txt (nothing missing, nothing extra), the tag manifest and Payload-Oxum.
 * With `extractTo`, payload is written there as it is checked — into a staging folder the caller
 * discards unless this resolves. Paths are allowlisted: nothing can be written outside `extractTo`.
 */
export async function verifyBackupFile(file: string, options: VerifyBackupOptions = {}): Promise<VerifiedBackup> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw backupInvalid(`cannot open ${file}`);
  }
  const tags = new Map<string, string>();
  const payloadHashes = new Map<string, string>();
  let bytes = 0;
  let done = 0;
  const whole = options.wholeHash ? createHash('sha256') : null;
  let encrypted = false;
  try {
    const total = (await handle.stat()).size;
    const tarred = await tarSource(handle, options.key);
    encrypted = tarred.encrypted;
    await readTarEntries(tarred.source, async (header) => {
      done += 512 + header.size;
      options.onProgress?.(done, total);
      if (header.type === 'directory') return null;
      const prefix = `${BAG_ROOT}/`;
      if (header.type !== 'file' || !header.path.startsWith(prefix)) throw backupInvalid(`unexpected entry ${header.path}`);
      const path = header.path.slice(prefix.length);
      if (tags.has(path) || payloadHashes.has(path)) throw backupInvalid(`duplicate entry ${path}`);
      if (['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'].includes(path)) return memorySink(tags, path);
      if (!isSafeBagPath(path)) throw backupInvalid(`entry not allowed: ${path}`);
      const hash = createHash('sha256');
      const finish = () => {
        payloadHashes.set(path, hash.digest('hex'));
        bytes += header.size;
      };
      if (options.extractTo) return fileSink(join(options.extractTo, path.slice('data/'.length)), hash, finish);
      return {
        write: (chunk: Buffer) => void hash.update(chunk),
        end: finish,
      };
    });
    if (whole) {
      const buffer = Buffer.alloc(1 << 20);
      for (let position = 0; ;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        whole.update(buffer.subarray(0, bytesRead));
        position += bytesRead;
      }
    }
  } catch (error) {
    throw readError(error);
  } finally {
    await handle.close();
  }
  return { ...checkBag(tags, payloadHashes, bytes), wholeHash: whole ? whole.digest('hex') : null, encrypted };
}

function checkBag(
  tags: Map<string, string>,
  payloadHashes: Map<string, string>,
  bytes: number,
): Omit<VerifiedBackup, 'wholeHash' | 'encrypted'> {
  if (tags.get('bagit.txt') !== BAGIT_TXT) throw backupInvalid('bagit.txt missing or unknown version');
  const bagInfoText = tags.get('bag-info.txt');
  const manifestText = tags.get('manifest-sha256.txt');
  const tagManifestText = tags.get('tagmanifest-sha256.txt');
  if (bagInfoText === undefined || manifestText === undefined || tagManifestText === undefined) throw backupInvalid('tag files missing');
  let info: BagInfo;
  let manifest: Map<string, string>;
  try {
    info = parseBagInfo(bagInfoText);
    manifest = parseManifest(manifestText);
  } catch (error) {
    throw backupInvalid(error instanceof Error ? error.message : String(error));
  }
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const tagLines = new Map<string, string>();
  for (const line of tagManifestText.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (match?.[1] && match[2]) tagLines.set(match[2], match[1]);
  }
  for (const [name, text] of [
    ['bagit.txt', BAGIT_TXT],
    ['bag-info.txt', bagInfoText],
    ['manifest-sha256.txt', manifestText],
  ] as const) {
    if (tagLines.get(name) !== sha(text)) throw backupInvalid(`${name} does not match tagmanifest-sha256.txt`);
  }
  for (const [path, hash] of manifest) {
    const seen = payloadHashes.get(path);
    if (seen === undefined) throw backupInvalid(`missing ${path}`);
    if (seen !== hash) throw backupInvalid(`hash mismatch ${path}`);
  }
  for (const path of payloadHashes.keys()) if (!manifest.has(path)) throw backupInvalid(`${path} not in manifest`);
  if (!manifest.has('data/lemari.sqlite')) throw backupInvalid('no database in backup');
  if (info.payloadFiles !== manifest.size || info.payloadBytes !== bytes) throw backupInvalid('Payload-Oxum does not match');
  const rottenObjects: string[] = [];
  for (const [path, hash] of manifest) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path !== 'data/lemari.sqlite' && name !== hash) rottenObjects.push(name);
  }
  return { info, files: manifest.size, bytes, rottenObjects };
}

class StopReading extends Error {}

/**
 * Reads only bagit.txt and bag-info.txt (the first two entries) to list a backup quickly; the full
 * check is verifyBackupFile. Null when the file is not a readable Lemari backup.
 */
export async function peekBackup(file: string): Promise<BagInfo | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  const tags = new Map<string, string>();
  try {
    // An encrypted backup tells nothing without its key: listed by name and size only.
    if (await isAgeFile(handle)) return null;
    await readTarEntries(fileChunks(handle, 64 * 1024), (header) => {
      const path = header.path.slice(`${BAG_ROOT}/`.length);
      if (path === 'bagit.txt' && header.size < 4096) return memorySink(tags, path);
      if (path === 'bag-info.txt' && header.size < 65536) {
        const sink = memorySink(tags, path);
        return {
          write: (chunk) => sink.write(chunk),
          end: async () => {
            await sink.end();
            throw new StopReading();
          },
        };
      }
      throw new StopReading();
    });
  } catch (error) {
    if (!(error instanceof StopReading)) return null;
  } finally {
    await handle.close();
  }
  const text = tags.get('bag-info.txt');
  if (tags.get('bagit.txt') !== BAGIT_TXT || text === undefined) return null;
  try {
    return parseBagInfo(text);
  } catch {
    return null;
  }
}

/** Whether a backup file is age-encrypted (false for a plain tar or an unreadable file). */
export async function isEncryptedFile(file: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    return await isAgeFile(handle);
  } finally {
    await handle.close();
  }
}
