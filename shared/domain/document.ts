import { z } from 'zod';
import { classificationCodeSchema } from './ordner';
import { blobContentTypeSchema, sha256Schema } from './vault';

/** Asli (the original) or salinan (a copy) — the stage of the paper the officer holds. */
export const documentStages = ['asli', 'salinan'] as const;

/** Which set a scan belongs to: the original pages, or the redacted public copy beside them. */
export const fileRoles = ['original', 'public'] as const;
export const fileRoleSchema = z.enum(fileRoles);
export type FileRole = z.infer<typeof fileRoleSchema>;

export const isoDateSchema = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'v.date' });

export const documentFieldsSchema = z.object({
  title: z.string().trim().min(1, { message: 'v.required' }).max(300, { message: 'v.tooLong' }),
  number: z.string().trim().max(120, { message: 'v.tooLong' }),
  date: isoDateSchema,
  classificationCode: classificationCodeSchema,
  stage: z.enum(documentStages),
  description: z.string().trim().max(4000, { message: 'v.tooLong' }),
  sheetCount: z.number().int().min(1, { message: 'v.invalid' }).max(5000, { message: 'v.invalid' }),
});
export type DocumentFields = z.infer<typeof documentFieldsSchema>;

export const emptyDocument: DocumentFields = {
  title: '',
  number: '',
  date: '',
  classificationCode: '',
  stage: 'asli',
  description: '',
  sheetCount: 1,
};

/** Where a document's paper sits: ordner, sekat (divider) and nomor urut (sequence). */
export const filingSchema = z.object({
  ordnerId: z.number().int().positive(),
  ordnerCode: z.string(),
  ordnerTitle: z.string(),
  sekat: z.number().int().min(1),
  seq: z.number().int().min(1),
});
export type Filing = z.infer<typeof filingSchema>;

export const documentSchema = documentFieldsSchema.extend({
  id: z.number().int().positive(),
  /** Assigned by Lemari (NSK-2025-0001): what "find by code" and the barcode scanner type. */
  code: z.string(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  fileCount: z.number().int().nonnegative(),
  publicFileCount: z.number().int().nonnegative(),
  /** First original scan, for thumbnails. */
  coverSha256: sha256Schema.nullable(),
  coverContentType: blobContentTypeSchema.nullable(),
  filing: filingSchema.nullable(),
});
export type Document = z.infer<typeof documentSchema>;

export const documentFileSchema = z.object({
  sha256: sha256Schema,
  role: fileRoleSchema,
  position: z.number().int().min(1),
  name: z.string(),
  size: z.number().int().nonnegative(),
  contentType: blobContentTypeSchema,
  addedAt: z.string(),
});
export type DocumentFile = z.infer<typeof documentFileSchema>;

export const filingMoveSchema = z.object({
  at: z.string(),
  actor: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FilingMove = z.infer<typeof filingMoveSchema>;

export const documentEntryLinkSchema = z.object({ entryId: z.number().int().positive(), year: z.number().int(), label: z.string() });
export type DocumentEntryLink = z.infer<typeof documentEntryLinkSchema>;

export const documentDetailSchema = documentSchema.extend({
  files: z.array(documentFileSchema),
  moves: z.array(filingMoveSchema),
  entries: z.array(documentEntryLinkSchema),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/** "ORD-1 / sekat 2 / no. 3" as a place in words is built by the UI; this is the compact form used in history. */
export function filingLabel(f: { ordnerCode: string; sekat: number; seq: number }): string {
  return `${f.ordnerCode} · ${String(f.sekat)}/${String(f.seq)}`;
}

/** What "find by code" resolves to. */
export const codeHitSchema = z
  .object({ kind: z.enum(['ordner', 'document']), id: z.number().int().positive(), code: z.string() })
  .nullable();
export type CodeHit = z.infer<typeof codeHitSchema>;

/** A file waiting in the scanner inbox, already copied durably into the vault (or refused, with why). */
export const inboxItemSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  modifiedAt: z.string(),
  sha256: sha256Schema.nullable(),
  contentType: blobContentTypeSchema.nullable(),
  problem: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxStateSchema = z.object({
  folder: z.string(),
  folderProblem: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
  items: z.array(inboxItemSchema),
});
export type InboxState = z.infer<typeof inboxStateSchema>;
