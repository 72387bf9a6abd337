import { z } from 'zod';

/** A vault object's name: the lowercase hex SHA-256 of its bytes. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'v.invalid' });

export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/** The only kinds of file the vault keeps, decided by magic bytes, never by the file name. */
export const blobContentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export const blobContentTypeSchema = z.enum(blobContentTypes);
export type BlobContentType = z.infer<typeof blobContentTypeSchema>;

/**
 * The largest image (pixels per page) the vault accepts and the viewer decodes: 200 megapixels. An A0
 * drawing scanned at 300 dpi is about 140 MP and an A4 page at 600 dpi about 35 MP, so every real scan
 * fits; decoded as RGBA, 200 MP is 800 MB — about the most a renderer on an office laptop can hold. A
 * 210-byte TIFF claiming 100000×100000 (10 000 MP) froze the document screen.
 */
export const MAX_IMAGE_PIXELS = 200_000_000;

/** Bytes needed at the start of a file to recognise its type. */
export const SNIFF_BYTES = 8;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The content type a file's first bytes prove, or null: PDF, JPEG, PNG and TIFF (both byte orders). */
export function sniffContentType(bytes: Uint8Array): BlobContentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return null;
}

export const blobSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  contentType: blobContentTypeSchema,
  name: z.string(),
  createdAt: z.string(),
});
export type Blob = z.infer<typeof blobSchema>;

/** Vault preferences, kept in the archive: size limit, verify schedule, the scanner's folder. */
export const vaultConfigSchema = z.object({
  maxFileMb: z.number().int().min(1, { message: 'v.invalid' }).max(4096, { message: 'v.invalid' }),
  verifyEveryDays: z.number().int().min(0, { message: 'v.invalid' }).max(365, { message: 'v.invalid' }),
  inboxDir: z.string().trim().max(1000, { message: 'v.tooLong' }),
});
export type VaultConfig = z.infer<typeof vaultConfigSchema>;
export const defaultVaultConfig: VaultConfig = { maxFileMb: 1024, verifyEveryDays: 7, inboxDir: '' };

export const vaultCheckTriggers = ['manual', 'schedule', 'cli'] as const;

export const untrackedObjectSchema = z.object({
  /** Where it was, relative to vault/objects. */
  path: z.string(),
  /** Where it is now, relative to the vault; null when it could not be moved. */
  quarantinedTo: z.string().nullable(),
});

/** One run of Periksa Keutuhan: every tracked object re-hashed, every stray file reported. */
export const vaultCheckSchema = z.object({
  id: z.number().int().positive(),
  trigger: z.enum(vaultCheckTriggers),
  startedAt: z.string(),
  finishedAt: z.string(),
  ok: z.number().int().nonnegative(),
  changed: z.array(sha256Schema),
  missing: z.array(sha256Schema),
  untracked: z.array(untrackedObjectSchema),
  bytes: z.number().int().nonnegative(),
  clean: z.boolean(),
});
export type VaultCheck = z.infer<typeof vaultCheckSchema>;

export const vaultStatusSchema = z.object({
  objects: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  lastCheck: vaultCheckSchema.nullable(),
  runningJobId: z.string().nullable(),
  nextCheckAt: z.string().nullable(),
  config: vaultConfigSchema,
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** The job id progress events carry for a vault check. */
export const VERIFY_JOB_PREFIX = 'vault-verify-';
