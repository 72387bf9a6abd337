import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two Noto Sans files shipped in resources/fonts (packaged as <resources>/fonts): every printed PDF embeds them. */
export interface PrintFonts {
  regular: string;
  bold: string;
}

export interface CodeLocation {
  /** The folder of the calling module: the source folder, or dist/main in the bundle. */
  dir: string | null;
  /** The calling module's file URL when it runs as ESM (tsx, vitest); null in the CommonJS bundle. */
  url: string | null;
}

/**
 * Where a module runs from, given its `import.meta.url`: set under tsx and vitest (ESM sources);
 * in the CommonJS Electron bundle build-main defines it as undefined and `__dirname` is dist/main.
 */
export function codeLocation(metaUrl: string | undefined): CodeLocation {
  if (typeof metaUrl === 'string' && metaUrl.startsWith('file:')) return { dir: dirname(fileURLToPath(metaUrl)), url: metaUrl };
  if (typeof __dirname === 'string') return { dir: __dirname, url: null };
  return { dir: null, url: null };
}

/** Folders that may hold resources/fonts, most specific first. */
export function fontDirs(env: NodeJS.ProcessEnv = process.env, here: string | null = codeLocation(import.meta.url).dir): string[] {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const dirs = [
    env.LEMARI_FONTS_DIR,
    env.LEMARI_RESOURCES === undefined ? undefined : join(env.LEMARI_RESOURCES, 'fonts'),
    // Packaged Electron: extraResources copies resources/fonts beside app.asar.
    typeof resourcesPath === 'string' ? join(resourcesPath, 'fonts') : undefined,
    // Sources: main/core/support → resources/fonts; the bundle: dist/main → resources/fonts.
    here === null ? undefined : join(here, '..', '..', '..', 'resources', 'fonts'),
    here === null ? undefined : join(here, '..', '..', 'resources', 'fonts'),
    join(process.cwd(), 'resources', 'fonts'),
  ];
  return dirs.filter((dir): dir is string => dir !== undefined && dir !== '');
}

/** The Noto Sans files every PDF embeds (Windows has no /usr/share/fonts to fall back on). */
export function findPrintFonts(env: NodeJS.ProcessEnv = process.env): PrintFonts {
  const dirs = fontDirs(env);
  for (const dir of dirs) {
    const regular = join(dir, 'NotoSans-Regular.ttf');
    const bold = join(dir, 'NotoSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new Error(`Noto Sans not found in ${dirs.join(', ')}`);
}
