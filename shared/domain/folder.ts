import { z } from 'zod';

/** An absolute folder path as the computer spells it (C:\Data, /media/ppid/USB). */
export const folderPathSchema = z.string().min(1).max(1000);

export const folderItemSchema = z.object({ name: z.string(), path: z.string() });

/** One level of the folder browser: the folder, its parent, its subfolders (never its files). */
export const folderListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  folders: z.array(folderItemSchema),
  /** More subfolders than the browser shows at once; the officer types the rest of the path. */
  truncated: z.boolean(),
  /** Where to start: the home folder, the drives (Windows) or / and the removable-media folders. */
  places: z.array(folderItemSchema),
});
export type FolderListing = z.infer<typeof folderListingSchema>;

/** The answer of a folder pick: `native` false means there is no native dialog (browser mode), use the browser. */
export const folderPickSchema = z.object({ native: z.boolean(), path: z.string().nullable() });
export type FolderPick = z.infer<typeof folderPickSchema>;
