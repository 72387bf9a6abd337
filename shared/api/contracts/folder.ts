import { z } from 'zod';
import { folderListingSchema, folderPathSchema, folderPickSchema } from '../../domain/folder';
import type { MethodSpec } from '../methodSpec';

/**
 * Choosing a folder on this computer (the scanner's inbox, the backup target). `folder.pick` opens the
 * native dialog in Electron and answers `native: false` elsewhere; `folder.list` is browser mode's
 * folder browser: the subfolders of an existing folder, no files, nothing read from inside them.
 */
export const folderContract = {
  'folder.pick': { input: z.object({ current: folderPathSchema.nullable() }).strict(), output: folderPickSchema },
  'folder.list': { input: z.object({ path: folderPathSchema.nullable() }).strict(), output: folderListingSchema },
} as const satisfies Record<string, MethodSpec>;
