import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient, Stanza, type Identity } from 'age-encryption';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

/**
 * Backups in the age format (age-encryption.org/v1), so a stick's file opens with the `age` tool even
 * without Lemari. The header (scrypt passphrase or X25519 recipient stanzas, header MAC) comes from the
 * age-encryption package; the payload is age's STREAM — 64 KiB chunks, each ChaCha20-Poly1305 with a
 * counter nonce and a last-chunk flag — done here with node:crypto, because the package's pure-JS cipher
 * measured 18 MB/s here and would make a backup 20× slower than the plain copy (issue 13 #5 asks ≥ 0.7×).
 * Every chunk is authenticated: a changed byte, a cut-off end or a swapped chunk is refused.
 */

export const AGE_MAGIC = 'age-encryption.org/v1\n';
const CHUNK = 64 * 1024;
const TAG = 16;

/** How a backup is encrypted: a passphrase (scrypt) or an age X25519 recipient (the archive keeps only this public key). */
export type EncryptKey = { passphrase: string } | { recipient: string };
/** How it is opened: the passphrase, or the recovery key (an AGE-SECRET-KEY-1… identity). */
export type DecryptKey = { passphrase: string } | { identity: string };

export class AgeKeyError extends Error {}

/** Scrypt work factor: age's default (2^18) — about a second here, once per backup, which is what makes a guessed passphrase slow. */
let scryptLogN = 18;
/** Tests lower it to keep hundreds of backups quick; production never calls this. */
export function setScryptWorkFactorForTests(logN: number): void {
  scryptLogN = logN;
}

function splitHeader(bytes: Uint8Array): { header: Uint8Array; rest: Uint8Array } | null {
  const text = Buffer.from(bytes);
  const mac = text.indexOf('\n--- ');
  if (mac < 0) return null;
  const end = text.indexOf('\n', mac + 1);
  if (end < 0) return null;
  return { header: bytes.subarray(0, end + 1), rest: bytes.subarray(end + 1) };
}

/** A fresh header with its file key: the package writes the stanzas and MAC for an empty file, whose header we keep. */
async function newHeader(key: EncryptKey): Promise<{ header: Uint8Array; fileKey: Uint8Array }> {
  const encrypter = new Encrypter();
  let captured: Uint8Array | null = null;
  if ('passphrase' in key) {
    const { passphrase } = key;
    // age's scrypt stanza, with node's native scrypt: the package's pure-JS one took ~10 s and 480 MB here.
    encrypter.addRecipient({
      wrapFileKey: async (fileKey) => {
        captured = fileKey;
        const salt = randomBytes(16);
        const wrapKey = await scryptKey(passphrase, salt, scryptLogN);
        return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(scryptLogN)], sealFileKey(wrapKey, fileKey))];
      },
    });
  } else {
    encrypter.addRecipient(key.recipient);
    // Sees the random file key while adding no stanza of its own: the payload below is encrypted with it.
    encrypter.addRecipient({
      wrapFileKey: (fileKey) => {
        captured = fileKey;
        return [];
      },
    });
  }
  const empty = await encrypter.encrypt(new Uint8Array(0));
  const split = splitHeader(empty);
  if (!split) throw new Error('age header not found');
  // Set inside the callbacks above, which TypeScript cannot see: read it back through a typed local.
  const fileKey = captured as Uint8Array | null;
  if (fileKey === null) throw new Error('age file key not captured');
  return { header: split.header, fileKey };
}

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';

function scryptKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  return new Promise((resolveKey, reject) => {
    // scrypt needs 128·N·r bytes; age allows up to 2^20.
    scrypt(
      passphrase,
      Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]),
      32,
      { N: 2 ** logN, r: 8, p: 1, maxmem: 2 ** logN * 1024 * 2 + (1 << 24) },
      (error, derived) => (error ? reject(error) : resolveKey(derived)),
    );
  });
}

const ZERO_NONCE = Buffer.alloc(12);

function sealFileKey(wrapKey: Buffer, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', wrapKey, ZERO_NONCE, { authTagLength: TAG });
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
}

/** age's scrypt identity (same checks as the package's: the only stanza, work factor at most 2^20), native scrypt. */
function passphraseIdentity(passphrase: string): Identity {
  return {
    async unwrapFileKey(stanzas) {
      for (const stanza of stanzas) {
        if (stanza.args[0] !== 'scrypt') continue;
        if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
        const [, saltText, logText] = stanza.args;
        if (stanza.args.length !== 3 || saltText === undefined || logText === undefined || !/^[1-9][0-9]*$/.test(logText)) {
          throw new Error('invalid scrypt stanza');
        }
        const salt = Buffer.from(saltText, 'base64');
        const logN = Number(logText);
        if (salt.length !== 16 || logN > 20 || stanza.body.length !== 32) throw new Error('invalid scrypt stanza');
        const wrapKey = await scryptKey(passphrase, salt, logN);
        return open(wrapKey, 0, false, Buffer.from(stanza.body), ZERO_NONCE);
      }
      return null;
    },
  };
}

function chunkNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function seal(key: Buffer, counter: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG });
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function open(key: Buffer, counter: number, last: boolean, sealed: Buffer, nonce: Buffer = chunkNonce(counter, last)): Buffer | null {
  if (sealed.length < TAG) return null;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
  } catch {
    return null;
  }
}

const payloadKey = (fileKey: Uint8Array, nonce: Uint8Array) => Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));

/**
 * Encrypts a stream of plaintext chunks into age. Holds at most one 64 KiB chunk (the last one is only
 * known once the stream ends), so memory stays flat whatever the vault's size.
 */
export async function createAgeEncryptor(key: EncryptKey, emit: (cipher: Buffer) => Promise<void>) {
  const { header, fileKey } = await newHeader(key);
  const nonce = crypto.getRandomValues(new Uint8Array(16));
  const streamKey = payloadKey(fileKey, nonce);
  await emit(Buffer.concat([Buffer.from(header), Buffer.from(nonce)]));
  let pending = Buffer.alloc(0);
  let counter = 0;
  return {
    async write(plain: Buffer): Promise<void> {
      pending = pending.length === 0 ? Buffer.from(plain) : Buffer.concat([pending, plain]);
      // Keep the tail back: a chunk goes out only once more bytes prove it is not the last. The sealed
      // chunks of one write go to the disk in one call (a write per 64 KiB chunk cost more than the cipher).
      const sealed: Buffer[] = [];
      let offset = 0;
      while (pending.length - offset > CHUNK) {
        sealed.push(seal(streamKey, counter, false, pending.subarray(offset, offset + CHUNK)));
        counter += 1;
        offset += CHUNK;
      }
      pending = pending.subarray(offset);
      if (sealed.length > 0) await emit(sealed.length === 1 ? (sealed[0] ?? Buffer.alloc(0)) : Buffer.concat(sealed));
    },
    async end(): Promise<void> {
      await emit(seal(streamKey, counter, true, pending));
      pending = Buffer.alloc(0);
    },
  };
}

/** True when the file starts with the age header line. */
export async function isAgeFile(handle: FileHandle): Promise<boolean> {
  const probe = Buffer.alloc(AGE_MAGIC.length);
  const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
  return bytesRead === probe.length && probe.toString('latin1') === AGE_MAGIC;
}

/** The age stanza types in a file's header (`scrypt`, `X25519`), to ask for the right key. */
export async function ageStanzas(handle: FileHandle): Promise<string[]> {
  const probe = Buffer.alloc(8192);
  const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
  return [
    ...probe
      .subarray(0, bytesRead)
      .toString('latin1')
      .matchAll(/^-> (\S+)/gm),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
}

/**
 * Decrypts an age file read through `handle`, yielding plaintext in chunks. Throws AgeKeyError when the
 * key does not open the header; any changed, missing or reordered byte after that fails a chunk's tag.
 */
export async function* decryptAgeFile(handle: FileHandle, key: DecryptKey): AsyncGenerator<Buffer> {
  const size = (await handle.stat()).size;
  const headBuf = Buffer.alloc(Math.min(size, 1 << 16));
  await handle.read(headBuf, 0, headBuf.length, 0);
  const split = splitHeader(headBuf);
  if (!split) throw new Error('age header malformed');
  const decrypter = new Decrypter();
  if ('passphrase' in key) decrypter.addIdentity(passphraseIdentity(key.passphrase));
  else decrypter.addIdentity(key.identity);
  let fileKey: Uint8Array;
  try {
    fileKey = await decrypter.decryptHeader(split.header);
  } catch (error) {
    throw new AgeKeyError(error instanceof Error ? error.message : String(error));
  }
  let position = split.header.length;
  const nonce = Buffer.alloc(16);
  if ((await handle.read(nonce, 0, 16, position)).bytesRead !== 16) throw new Error('age payload truncated');
  position += 16;
  const streamKey = payloadKey(fileKey, nonce);
  const sealed = Buffer.alloc(CHUNK + TAG);
  for (let counter = 0; ; counter += 1) {
    const length = Math.min(CHUNK + TAG, size - position);
    if (length < TAG) throw new Error('age payload truncated');
    await handle.read(sealed, 0, length, position);
    position += length;
    const last = position === size;
    const plain = open(streamKey, counter, last, sealed.subarray(0, length));
    if (plain === null) throw new Error(`age chunk ${String(counter)} failed authentication`);
    if (last && plain.length === 0 && counter > 0) throw new Error('age final chunk empty');
    yield plain;
    if (last) return;
  }
}

/** A new recovery key: the identity (printed once, never stored) and its recipient (kept by the archive). */
export async function newRecoveryKey(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}
