import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { createCore } from '../../main/core/createCore';
import { cleanupTemp, safetyTemp } from './support/archive';
import './support/backupKeys';

// issue 13 #5 from the command line: lemari backup --passphrase-stdin | --recovery-key-out | --unencrypted,
// lemari restore FILE --archive DIR --passphrase-stdin | --identity FILE.
function io(stdin = '') {
  const lines: string[] = [];
  return { lines, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), stdin: () => Promise.resolve(stdin) };
}

async function archive(): Promise<string> {
  const dir = join(safetyTemp(), 'arsip');
  const core = createCore({ archiveDir: dir, background: false });
  await core.handlers['unit.create']({ fields: { name: 'Bidang Umum', kind: 'bidang', head: '', active: true } }, { actor: 'uji' });
  core.close();
  return dir;
}

afterAll(() => cleanupTemp());

describe('lemari backup / restore with keys', () => {
  it('refuses a backup with no key on an archive without a recovery key; --unencrypted warns', async () => {
    const dir = await archive();
    const a = io();
    expect(await main(['backup', '--archive', dir, '--out', join(safetyTemp(), 'x.lemari-backup')], a)).toBe(1);
    expect(a.lines.join('\n')).toMatch(/must be encrypted/);
    const b = io();
    expect(await main(['backup', '--archive', dir, '--unencrypted', '--out', join(safetyTemp(), 'y.lemari-backup')], b)).toBe(0);
    expect(b.lines.join('\n')).toMatch(/WARNING: UNENCRYPTED/);
  });

  it('a passphrase from stdin backs up; restore with it works, with a wrong one is refused', async () => {
    const dir = await archive();
    const file = join(safetyTemp(), 'kata.lemari-backup');
    expect(await main(['backup', '--archive', dir, '--passphrase-stdin', '--out', file], io('sandi yang cukup panjang\n'))).toBe(0);
    const wrong = io('sandi yang salah sekali\n');
    expect(await main(['restore', file, '--archive', join(safetyTemp(), 'p1'), '--passphrase-stdin'], wrong)).toBe(1);
    expect(wrong.lines.join('\n')).toMatch(/does not open this backup/);
    const target = join(safetyTemp(), 'p2');
    expect(await main(['restore', file, '--archive', target, '--passphrase-stdin'], io('sandi yang cukup panjang\n'))).toBe(0);
    expect(existsSync(join(target, 'lemari.sqlite'))).toBe(true);
  });

  it('--recovery-key-out prints the Lembar Kunci Pemulihan; later backups need no key; --identity restores them', async () => {
    const dir = await archive();
    const sheet = join(safetyTemp(), 'kunci.pdf');
    const first = io();
    expect(
      await main(['backup', '--archive', dir, '--recovery-key-out', sheet, '--out', join(safetyTemp(), 'k1.lemari-backup')], first),
    ).toBe(0);
    expect(readFileSync(sheet).subarray(0, 5).toString()).toBe('%PDF-');
    const keyFile = `${sheet}.key.txt`;
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/m);
    // The archive kept only the public half: the identity is nowhere in the database.
    const identity = /AGE-SECRET-KEY-1[0-9A-Z]+/.exec(readFileSync(keyFile, 'utf8'))?.[0] ?? '';
    expect(readFileSync(join(dir, 'lemari.sqlite')).includes(Buffer.from(identity))).toBe(false);
    const second = join(safetyTemp(), 'k2.lemari-backup');
    expect(await main(['backup', '--archive', dir, '--out', second], io())).toBe(0);
    expect(await main(['restore', second, '--archive', join(safetyTemp(), 'p3'), '--identity', keyFile], io())).toBe(0);
  });
});
