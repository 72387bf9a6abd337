import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8 (32 MiB, ~0.1 s on an office laptop): a stolen database costs a guesser dearly per try. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

export const defaultScryptParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export interface HashedSecret {
  salt: string;
  hash: string;
  params: ScryptParams;
}

/** A fresh 16-byte salt per person and per change, so equal PINs never give equal hashes. */
export async function hashSecret(secret: string, params: ScryptParams = defaultScryptParams): Promise<HashedSecret> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, params);
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), params };
}

export async function secretMatches(secret: string, stored: HashedSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'), { ...stored.params, keylen: expected.length });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
