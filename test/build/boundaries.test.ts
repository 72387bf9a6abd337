import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { packageLayers } from '../../eslint/layers.js';

/**
 * Each boundary of STYLE habit 1 is attacked with a scratch file placed in the real tree, in the
 * layer it must not cross, and linted with the project's own eslint.config.js (or compiled with its
 * own tsconfig). A boundary that opens turns a case here red. Scratch files are removed in finally.
 */
const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

interface Probe {
  /** What the probe tries, as the test names it. */
  name: string;
  /** Path from the repository root; the folder decides the layer. */
  file: string;
  code: string;
  /** The rule that must report it. */
  rule?: string;
}

let serial = 0;
function probe(name: string, dir: string, code: string, rule = 'lemari/layers', ext = 'ts'): Probe {
  serial += 1;
  return { name, file: `${dir}/__probe__${String(serial)}.${ext}`, code, rule };
}

const use = 'export const used: unknown[] = [x];\n';

const forbidden: Probe[] = [
  // shared/ is pure: zod and itself, nothing else.
  probe('better-sqlite3 in shared', 'shared', `import x from 'better-sqlite3';\n${use}`),
  probe('import type of better-sqlite3 in shared', 'shared', `import type x from 'better-sqlite3';\nexport type T = x;\n`),
  probe('require(better-sqlite3) in shared', 'shared', `const x: unknown = require('better-sqlite3');\n${use}`),
  probe('node:fs in shared', 'shared', `import { readFileSync as x } from 'node:fs';\n${use}`),
  probe('bare fs in shared', 'shared', `import x from 'fs';\n${use}`),
  probe('electron in shared', 'shared', `export async function f(): Promise<unknown> {\n  return import('electron');\n}\n`),
  probe('react in shared', 'shared', `import x from 'react';\n${use}`),
  probe('main/ from shared', 'shared', `import { DB_FILE as x } from '../main/core/createCore';\n${use}`),
  probe('an unclassified package in shared', 'shared', `import x from 'left-pad';\n${use}`),
  probe('process in shared', 'shared', `export const x = process.env.HOME;\n`, 'no-restricted-globals'),
  probe('Buffer in shared', 'shared', `export const x = Buffer.from('a');\n`, 'no-restricted-globals'),

  // main/core, main/transport, main/cli: Node and the archive's packages, never Electron or React.
  probe(
    'await import(electron) in main/core',
    'main/core',
    `export async function f(): Promise<unknown> {\n  const x = await import('electron');\n  return x;\n}\n`,
  ),
  probe('static electron in main/core', 'main/core', `import { app as x } from 'electron';\n${use}`),
  probe('require(electron) in main/core', 'main/core', `const x: unknown = require('electron');\n${use}`),
  probe('import type of electron in main/core', 'main/core', `export type T = typeof import('electron');\n`),
  probe('export from electron in main/core', 'main/core', `export { app } from 'electron';\n`),
  probe('react in main/core', 'main/core', `import x from 'react';\n${use}`),
  probe('@mantine/core in main/core', 'main/core', `import { Button as x } from '@mantine/core';\n${use}`),
  probe('renderer/ from main/core', 'main/core', `import { routes as x } from '../../renderer/app/routes';\n${use}`),
  probe(
    'import() by a computed name in main/core',
    'main/core',
    `export async function f(name: string): Promise<unknown> {\n  return import(name);\n}\n`,
  ),
  probe('an unclassified package in main/core', 'main/core', `import x from 'left-pad';\n${use}`),
  probe('a type package by name in main/core', 'main/core', `import type x from '@types/better-sqlite3';\nexport type T = x;\n`),
  probe('electron in main/transport', 'main/transport', `import { ipcMain as x } from 'electron';\n${use}`),
  probe('electron in main/cli', 'main/cli', `import { app as x } from 'electron';\n${use}`),
  probe('vitest in main/core (outside a test file)', 'main/core', `import { expect as x } from 'vitest';\n${use}`),

  // The preload: electron and shared only.
  probe('main/core from the preload', 'main/preload', `import { DB_FILE as x } from '../core/createCore';\n${use}`),
  probe('node:fs in the preload', 'main/preload', `import { readFileSync as x } from 'node:fs';\n${use}`),

  // The renderer: React, the UI kit and shared; main only through the api client.
  probe('better-sqlite3 in renderer', 'renderer', `import x from 'better-sqlite3';\n${use}`, 'lemari/layers', 'tsx'),
  probe('import type of better-sqlite3 in renderer', 'renderer', `import type x from 'better-sqlite3';\nexport type T = x;\n`),
  probe('require(better-sqlite3) in renderer', 'renderer', `const x: unknown = require('better-sqlite3');\n${use}`),
  probe('node:fs in renderer', 'renderer', `import { readFileSync as x } from 'node:fs';\n${use}`, 'lemari/layers', 'tsx'),
  probe('electron in renderer', 'renderer', `import { ipcRenderer as x } from 'electron';\n${use}`),
  probe('main/ from renderer', 'renderer', `import { DB_FILE as x } from '../main/core/createCore';\n${use}`, 'lemari/layers', 'tsx'),
  probe('main/transport from renderer', 'renderer/api', `import { createDispatch as x } from '../../main/transport/dispatch';\n${use}`),
  probe('exceljs in renderer', 'renderer', `import x from 'exceljs';\n${use}`),
  probe('process in renderer', 'renderer', `export const x = process.env.HOME;\n`, 'no-restricted-globals', 'tsx'),
];

/** What each layer may do: these must lint with no message at all (so a probe above fails for its import alone). */
const allowed: Probe[] = [
  probe(
    'zod and shared in shared',
    'shared',
    `import { z } from 'zod';\nimport { MAX_FILE_NAME_BYTES } from './domain/fileName';\nexport const x = [z, MAX_FILE_NAME_BYTES];\n`,
  ),
  probe(
    'the archive packages, Node and shared in main/core',
    'main/core',
    [
      "import Database from 'better-sqlite3';",
      "import { parse } from 'csv-parse/sync';",
      "import iconv from 'iconv-lite';",
      "import { ZipFile } from 'yazl';",
      "import tar from 'tar-stream';",
      "import ExcelJS from 'exceljs';",
      "import PDFDocument from 'pdfkit';",
      "import { readFileSync } from 'node:fs';",
      "import { z } from 'zod';",
      "import { MAX_FILE_NAME_BYTES } from '../../shared/domain/fileName';",
      'export async function f(): Promise<unknown[]> {',
      "  const age: unknown = await import('age-encryption');",
      '  return [Database, parse, iconv, ZipFile, tar, ExcelJS, PDFDocument, readFileSync, z, MAX_FILE_NAME_BYTES, age];',
      '}',
      '',
    ].join('\n'),
  ),
  probe('core from main/transport', 'main/transport', `import { DB_FILE } from '../core/createCore';\nexport const x = DB_FILE;\n`),
  probe(
    'electron, Node and core in main/electron',
    'main/electron',
    `import { app } from 'electron';\nimport { join } from 'node:path';\nimport { DB_FILE } from '../core/createCore';\nexport const x = [app, join, DB_FILE];\n`,
  ),
  probe('electron in the preload', 'main/preload', `import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n`),
  probe(
    'React, the UI kit and shared in renderer',
    'renderer',
    `import { Button } from '@mantine/core';\nimport { useState } from 'react';\nimport { MAX_FILE_NAME_BYTES } from '../shared/domain/fileName';\nexport const x = [Button, useState, MAX_FILE_NAME_BYTES];\n`,
    'lemari/layers',
    'tsx',
  ),
];

function writeProbes(probes: readonly Probe[]): void {
  for (const p of probes) writeFileSync(join(root, p.file), p.code);
}

function removeProbes(probes: readonly Probe[]): void {
  for (const p of probes) rmSync(join(root, p.file), { force: true });
}

describe('layer boundaries (STYLE habit 1)', () => {
  it('classify every package of package.json, and nothing that is not in it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].sort();
    expect(Object.keys(packageLayers).sort()).toEqual(declared);
    // The packages the open issues bring in belong to the main process alone.
    for (const name of ['csv-parse', 'iconv-lite', 'yazl', 'age-encryption', 'tar-stream'])
      expect(packageLayers[name]).toEqual(['core', 'test']);
  });

  it('every forbidden import fails lint, and every allowed one lints clean', { timeout: 120_000 }, async () => {
    const probes = [...forbidden, ...allowed];
    removeProbes(probes);
    try {
      writeProbes(probes);
      // The project's own config; only type information is switched off (the layer rules need none).
      const eslint = new ESLint({ cwd: root, overrideConfig: [{ ...tseslint.configs.disableTypeChecked, files: ['**/*'] }] });
      const results = await eslint.lintFiles(probes.map((p) => p.file));
      const byFile = new Map(results.map((r) => [relative(root, r.filePath), r.messages]));
      const open = forbidden.filter((p) => !(byFile.get(p.file) ?? []).some((m) => m.ruleId === p.rule)).map((p) => p.name);
      expect(open, 'boundaries that let an import through').toEqual([]);
      const noisy = allowed.flatMap((p) => (byFile.get(p.file) ?? []).map((m) => `${p.name}: ${String(m.ruleId)} ${m.message}`));
      expect(noisy).toEqual([]);
    } finally {
      removeProbes(probes);
    }
  });

  it(
    'tsconfig.shared.json refuses packages, and better-sqlite3 in one shared file lets no Node types into another',
    { timeout: 180_000 },
    async () => {
      const tscProbes = [
        {
          file: 'shared/__probe__tsc_sqlite.ts',
          code: "import type Database from 'better-sqlite3';\nexport type Db = Database.Database;\n",
        },
        { file: 'shared/__probe__tsc_node.ts', code: "export const env = process.env['HOME'];\nexport const bytes = Buffer.from('a');\n" },
        { file: 'shared/__probe__tsc_fs.ts', code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n" },
        { file: 'shared/__probe__tsc_zod.ts', code: "import { z } from 'zod';\nexport const name = z.string().min(1);\n" },
      ];
      for (const p of tscProbes) rmSync(join(root, p.file), { force: true });
      let output = '';
      try {
        for (const p of tscProbes) writeFileSync(join(root, p.file), p.code);
        const tsc = join(root, 'node_modules/typescript/bin/tsc');
        output = await run(process.execPath, [tsc, '-p', 'tsconfig.shared.json', '--noEmit', '--pretty', 'false'], { cwd: root }).then(
          () => '',
          (error: unknown) => String((error as { stdout?: string }).stdout ?? error),
        );
      } finally {
        for (const p of tscProbes) rmSync(join(root, p.file), { force: true });
      }
      const lines = output.split('\n').filter((line) => line.includes('error TS'));
      // Every error comes from a probe or from the stub a package resolves to: the tree itself is clean.
      expect(lines.filter((line) => !line.startsWith('shared/__probe__tsc_') && !line.startsWith('eslint/sharedPackageStub.ts'))).toEqual(
        [],
      );
      expect(lines.some((line) => line.startsWith('eslint/sharedPackageStub.ts'))).toBe(true);
      expect(lines.some((line) => line.startsWith('shared/__probe__tsc_sqlite.ts'))).toBe(true);
      expect(lines.some((line) => line.startsWith('shared/__probe__tsc_fs.ts'))).toBe(true);
      expect(lines.filter((line) => line.startsWith('shared/__probe__tsc_node.ts')).join('\n')).toMatch(
        /Cannot find name 'process'[\s\S]*Cannot find name 'Buffer'/,
      );
      expect(lines.filter((line) => line.startsWith('shared/__probe__tsc_zod.ts'))).toEqual([]);
    },
  );
});
