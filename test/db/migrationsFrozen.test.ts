import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, 'main/core/db/migrations');

/** Every module a file names: static imports, re-exports, `import()` and `require()` (TypeScript's own scanner). */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((ref) => ref.fileName);
}

/**
 * A migration writes what it wrote on the day it shipped. Live code (shared/domain, services, repos)
 * changes with the app, so a migration may name only its siblings in migrations/ (frozen data beside
 * it) and the Migration type; nothing else, not even a package.
 */
function allowed(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(root, resolve(dirname(file), spec));
  return target === 'main/core/db/migration' || target.startsWith('main/core/db/migrations/');
}

describe('migrations carry their own data', () => {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));

  it('finds the migration files (so an empty scan cannot pass)', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(specifiers(join(folder, 'index.ts'))).toContain('./0004_exemption');
  });

  it('import nothing from shared/domain, services or any other live code', () => {
    const offending = files.flatMap((file) =>
      specifiers(file)
        .filter((spec) => !allowed(file, spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the scan sees a live import in each form it could take', () => {
    const probe = [
      "import { seedGrounds } from '../../../../shared/domain/pasal17';",
      "import type { Db } from '../connection';",
      "export { x } from '../../register/entry.service';",
      "const m = await import('../../../../shared/domain/workingDays');",
      "const z = require('zod');",
    ].join('\n');
    const found = ts.preProcessFile(probe, true, true).importedFiles.map((ref) => ref.fileName);
    const file = join(folder, '0099_probe.ts');
    expect(found.filter((spec) => !allowed(file, spec))).toHaveLength(5);
  });
});
