import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { repoRoot } from '../support/child';

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema offline', async () => {
    const config = await getConfig(repoRoot, join(repoRoot, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('targets Windows NSIS + portable and Linux AppImage + deb, with fuses and the native module unpacked', async () => {
    const config = await getConfig(repoRoot, join(repoRoot, 'electron-builder.yml'), null);
    expect(config.appId).toBeTruthy();
    expect(config.productName).toBe('Lemari');
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true });
    expect(readFileSync(join(repoRoot, 'resources', 'icons', 'icon.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps the app version in step with package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const { APP_VERSION } = await import('../../main/core/app/version');
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('never rebuilds the native module for Electron on install (TOOLCHAIN)', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string>; allowScripts: Record<string, boolean> };
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/install-app-deps|electron-rebuild/);
    expect(pkg.allowScripts.electron).toBe(false);
  });
});
