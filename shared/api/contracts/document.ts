import { z } from 'zod';
import { documentDetailSchema, documentFieldsSchema, documentSchema, fileRoleSchema, inboxStateSchema } from '../../domain/document';
import { uploadRefSchema } from '../../domain/upload';
import { sha256Schema } from '../../domain/vault';
import type { MethodSpec } from '../methodSpec';

const noInput = z.object({}).strict();
const id = z.number().int().positive();
const versionSchema = z.number().int().nonnegative();

/** Documents (naskah), their scans and paper place, and the scanner inbox that feeds them. */
export const documentContract = {
  'document.list': {
    input: z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(documentSchema),
  },
  'document.get': { input: z.object({ id }).strict(), output: documentDetailSchema },
  'document.create': { input: z.object({ fields: documentFieldsSchema }).strict(), output: documentSchema },
  'document.update': {
    input: z.object({ id, fields: documentFieldsSchema, expectedVersion: versionSchema }).strict(),
    output: documentSchema,
  },
  /** A staged upload (picker, drag and drop) stored in the vault and appended to the originals or the public copy. */
  'document.addFile': { input: z.object({ id, role: fileRoleSchema, upload: uploadRefSchema }).strict(), output: documentDetailSchema },
  'document.removeFile': { input: z.object({ id, role: fileRoleSchema, sha256: sha256Schema }).strict(), output: documentDetailSchema },
  'document.reorderFiles': {
    input: z.object({ id, role: fileRoleSchema, order: z.array(sha256Schema).max(5000) }).strict(),
    output: documentDetailSchema,
  },
  /** Files the paper original in an ordner at sekat / nomor urut (null seq: next free), or takes it out (null). */
  'document.move': {
    input: z
      .object({
        id,
        target: z
          .object({ ordnerId: id, sekat: z.number().int().min(1).max(99), seq: z.number().int().min(1).max(9999).nullable() })
          .strict()
          .nullable(),
      })
      .strict(),
    output: documentDetailSchema,
  },
  'document.linkEntry': {
    input: z.object({ id, entryId: id, year: z.number().int().min(1945).max(2200) }).strict(),
    output: documentDetailSchema,
  },
  'document.unlinkEntry': { input: z.object({ id, entryId: id }).strict(), output: documentDetailSchema },
  'document.byEntry': {
    input: z.object({ entryId: id }).strict(),
    output: z.array(z.object({ year: z.number().int(), documents: z.array(documentSchema) })),
  },

  'inbox.list': { input: noInput, output: inboxStateSchema },
  'inbox.scan': { input: noInput, output: z.object({ changes: z.number().int().nonnegative() }) },
  'inbox.assign': {
    input: z.union([
      z.object({ itemId: id, documentId: id }).strict(),
      z.object({ itemId: id, newDocument: documentFieldsSchema }).strict(),
    ]),
    output: documentDetailSchema,
  },
} as const satisfies Record<string, MethodSpec>;
