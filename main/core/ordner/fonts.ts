import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two Noto Sans files shipped in resources/fonts (packaged as <resources>/fonts): printed PDFs embed them. */
export interface PrintFonts {
  regular: string;
  bold: string;
}

function moduleDir(): string | null {
  // ESM under tsx/vitest has import.meta.url; the CommonJS Electron bundle has __dirname.
  if (typeof __dirname === 'string') return __dirname;
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

export function findPrintFonts(env: NodeJS.ProcessEnv = process.env): PrintFonts {
  const here = moduleDir();
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    env.LEMARI_FONTS_DIR,
    resourcesPath ? join(resourcesPath, 'fonts') : undefined,
    here ? join(here, '..', '..', '..', 'resources', 'fonts') : undefined,
    here ? join(here, '..', '..', 'resources', 'fonts') : undefined,
    join(process.cwd(), 'resources', 'fonts'),
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'NotoSans-Regular.ttf')) && existsSync(join(dir, 'NotoSans-Bold.ttf'))) {
      return { regular: join(dir, 'NotoSans-Regular.ttf'), bold: join(dir, 'NotoSans-Bold.ttf') };
    }
  }
  throw new Error('Noto Sans fonts not found in resources/fonts');
}
