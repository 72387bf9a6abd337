import { z } from 'zod';

/** Preferences kept in the archive itself, so they follow it between Electron and browser mode. */
export const settingsSchema = z.object({
  language: z.enum(['id', 'en']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'id' };
