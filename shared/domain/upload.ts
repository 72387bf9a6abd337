import { z } from 'zod';

/**
 * A file the officer handed to Lemari (picker, drag and drop, inbox), staged in the
 * archive's tmp folder. Methods that take files (import, scans) take this reference,
 * so the same call works over IPC and HTTP.
 */
export const uploadRefSchema = z.object({ uploadId: z.uuid() });
export type UploadRef = z.infer<typeof uploadRefSchema>;

export const stagedUploadSchema = uploadRefSchema.extend({
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type StagedUpload = z.infer<typeof stagedUploadSchema>;

/** Largest file accepted by default (scans of thick ordners are big); settings may lower it. */
export const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
