import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FontFiles {
  regular: string;
  bold: string;
}

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.LEMARI_RESOURCES) list.push(join(process.env.LEMARI_RESOURCES, 'fonts'));
  // Packaged Electron keeps resources/ beside app.asar (extraResources).
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (typeof resourcesPath === 'string') list.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  try {
    list.push(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../resources/fonts'));
  } catch {
    // In the CommonJS bundle import.meta.url is empty; the other places still apply.
  }
  list.push(resolve(process.cwd(), 'resources/fonts'));
  return list;
}

/**
 * The Noto Sans files every PDF embeds (Windows has no /usr/share/fonts to fall back on).
 * Looked up once: LEMARI_RESOURCES, Electron's resources folder, then the source tree.
 */
export function findFonts(): FontFiles {
  for (const dir of candidates()) {
    const regular = join(dir, 'NotoSans-Regular.ttf');
    const bold = join(dir, 'NotoSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new Error(`Noto Sans not found in ${candidates().join(', ')}`);
}
