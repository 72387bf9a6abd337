import { Decrypter, Encrypter } from 'age-encryption';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/tempArchive';
import {
  AgeKeyError,
  createAgeEncryptor,
  decryptAgeFile,
  newRecoveryKey,
  setScryptWorkFactorForTests,
  type DecryptKey,
  type EncryptKey,
} from './ageStream';

setScryptWorkFactorForTests(10);

async function encryptToFile(key: EncryptKey, plain: Buffer, pieces = 7): Promise<string> {
  const parts: Buffer[] = [];
  const enc = await createAgeEncryptor(key, (c) => {
    parts.push(c);
    return Promise.resolve();
  });
  const step = Math.ceil(plain.length / pieces) || 1;
  for (let i = 0; i < plain.length; i += step) await enc.write(plain.subarray(i, i + step));
  await enc.end();
  const file = join(tempDir(), 'x.age');
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

async function decryptFile(file: string, key: DecryptKey): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const out: Buffer[] = [];
    for await (const chunk of decryptAgeFile(handle, key)) out.push(Buffer.from(chunk));
    return Buffer.concat(out);
  } finally {
    await handle.close();
  }
}

describe('age STREAM backups', () => {
  for (const size of [0, 1, 65535, 65536, 65537, 3 * 65536, 300_001]) {
    it(`round-trips ${String(size)} bytes with a passphrase and opens with the age-encryption package itself`, async () => {
      const plain = randomBytes(size);
      const file = await encryptToFile({ passphrase: 'kata sandi' }, plain);
      expect((await decryptFile(file, { passphrase: 'kata sandi' })).equals(plain)).toBe(true);
      const d = new Decrypter();
      d.addPassphrase('kata sandi');
      const { readFileSync } = await import('node:fs');
      expect(Buffer.from(await d.decrypt(readFileSync(file))).equals(plain)).toBe(true);
    });
  }

  it('a recovery key (X25519 recipient) opens with its identity only', async () => {
    const key = await newRecoveryKey();
    const other = await newRecoveryKey();
    const plain = randomBytes(200_000);
    const file = await encryptToFile({ recipient: key.recipient }, plain);
    expect((await decryptFile(file, { identity: key.identity })).equals(plain)).toBe(true);
    await expect(decryptFile(file, { identity: other.identity })).rejects.toBeInstanceOf(AgeKeyError);
    await expect(decryptFile(file, { passphrase: 'x' })).rejects.toBeInstanceOf(AgeKeyError);
  });

  it('reads a file the package encrypted (format compatibility both ways)', async () => {
    const e = new Encrypter();
    e.setPassphrase('p');
    e.setScryptWorkFactor(10);
    const plain = randomBytes(150_000);
    const file = join(tempDir(), 'y.age');
    writeFileSync(file, await e.encrypt(plain));
    expect((await decryptFile(file, { passphrase: 'p' })).equals(plain)).toBe(true);
  });

  it('refuses a wrong passphrase, a flipped byte anywhere, and a cut-off end', async () => {
    const plain = randomBytes(140_000);
    const file = await encryptToFile({ passphrase: 'benar' }, plain);
    await expect(decryptFile(file, { passphrase: 'salah' })).rejects.toBeInstanceOf(AgeKeyError);
    const { readFileSync, truncateSync } = await import('node:fs');
    const bytes = readFileSync(file);
    for (const at of [bytes.length - 1, bytes.length - 70_000, bytes.length - 140_000]) {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] ?? 0) ^ 1;
      const bad = join(tempDir(), 'bad.age');
      writeFileSync(bad, copy);
      await expect(decryptFile(bad, { passphrase: 'benar' })).rejects.toThrow();
    }
    // Cut exactly at a chunk boundary: the now-last chunk was sealed as not-last, so it fails.
    const cut = join(tempDir(), 'cut.age');
    writeFileSync(cut, bytes);
    truncateSync(cut, bytes.length - (140_000 - 2 * 65536) - 16);
    await expect(decryptFile(cut, { passphrase: 'benar' })).rejects.toThrow(/authentication/);
  });
});
