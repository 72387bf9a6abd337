import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from './translate';

const root = join(import.meta.dirname, '..', '..', 'main', 'core');

/** Quoted "domain.verb" codes in main/core that are not audit actions (file names, settings keys, field paths, methods read only). */
const notActions = new Set([
  'backup.last',
  'backup.lastError',
  'backup.list',
  'bagit.txt',
  'e.id',
  'e.year',
  'approver.role',
  'fields.roles',
  'fields.unitId',
  'index.html',
  'lemari.sqlite',
  'patch.unitId',
  'pdf.worker',
  'recovery.status',
  'settings.get',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.handlers.ts') ? [path] : [];
  });
}

/** Every "domain.verb" literal main could record as an audit action (events, error keys and translations left out). */
function actionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(root)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/emit\(|lemariError\(|key:|translate\(|bilingual\(|on\(/.test(line)) continue;
      for (const match of line.matchAll(/'([a-z]+\.[a-zA-Z]+)'/g)) if (match[1] && !notActions.has(match[1])) codes.add(match[1]);
    }
  }
  return [...codes].sort();
}

describe('the audit trail reads in words', () => {
  it('finds the action codes main records', () => {
    const codes = actionCodes();
    expect(codes).toContain('edition.publish');
    expect(codes).toContain('consequence.conclude');
    expect(codes.length).toBeGreaterThan(40);
  });

  it('has words in both languages for every action code recorded in main/core', () => {
    const missing = actionCodes().flatMap((code) =>
      (['id', 'en'] as const)
        .filter((language) => translate(language, `auditActions.${code}`) === `auditActions.${code}`)
        .map((l) => `${l}:${code}`),
    );
    expect(missing).toEqual([]);
  });
});
