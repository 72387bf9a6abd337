import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(
      readFileSync(join(repoRoot, 'resources', 'icons', 'icon.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('keeps the app version in step with package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const { APP_VERSION } = await import('../../main/core/app/version');
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('never rebuilds the native module for Electron on install (TOOLCHAIN)', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      allowScripts: Record<string, boolean>;
    };
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/install-app-deps|electron-rebuild/);
    expect(pkg.allowScripts.electron).toBe(false);
  });
});

describe('the Electron bundles', () => {
  it('build, and the sandboxed preload requires nothing but electron', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-main.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const preload = readFileSync(join(repoRoot, 'dist', 'main', 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    // The main bundle leaves dependencies to node_modules: the native module and pdfkit's data files.
    const main = readFileSync(join(repoRoot, 'dist', 'main', 'electron.cjs'), 'utf8');
    expect(main).toContain('require("better-sqlite3")');
    expect(main).toContain('require("electron")');
    // The workers are bundles of their own beside electron.cjs, where resolveWorker looks for them.
    for (const worker of ['pdf.worker.cjs', 'sheet.worker.cjs'])
      expect(existsSync(join(repoRoot, 'dist', 'main', worker)), worker).toBe(true);
  });
});
