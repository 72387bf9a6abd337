import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeLocation, findPrintFonts, fontDirs } from './resources';

describe('shipped resources', () => {
  const empty = mkdtempSync(join(tmpdir(), 'lemari-fonts-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('finds the Noto Sans pair in resources/fonts from the sources', () => {
    const fonts = findPrintFonts({});
    expect(fonts.regular).toMatch(/resources[\\/]fonts[\\/]NotoSans-Regular\.ttf$/);
    expect(existsSync(fonts.bold)).toBe(true);
  });

  it('looks in LEMARI_FONTS_DIR and LEMARI_RESOURCES first, then beside the sources or the bundle', () => {
    const dirs = fontDirs({ LEMARI_FONTS_DIR: '/opt/fonts', LEMARI_RESOURCES: '/opt/res' }, '/app/dist/main');
    expect(dirs.slice(0, 2)).toEqual(['/opt/fonts', join('/opt/res', 'fonts')]);
    expect(dirs).toContain(join('/app', 'resources', 'fonts'));
    // A folder without the fonts is skipped, not trusted.
    expect(findPrintFonts({ LEMARI_FONTS_DIR: empty }).regular).not.toContain(empty);
  });

  it('knows where a module runs from: its file URL under ESM, __dirname in the bundle', () => {
    const here = codeLocation(import.meta.url);
    expect(here.url).toBe(import.meta.url);
    expect(here.dir).toBe(import.meta.dirname);
  });
});
