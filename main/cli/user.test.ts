import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/support/child';
import { tempDir } from '../../test/support/tempArchive';
import { createCore } from '../core/createCore';

const lemari = (args: string[], input: string) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin', 'lemari.mjs'), ...args], { encoding: 'utf8', input });

describe('lemari user add and --user --pin-stdin', () => {
  it('creates the first PPID without sign-in, then needs a user manager signed in; the audit names the person', () => {
    const dir = tempDir();
    expect(lemari(['user', 'add', 'Rina Marlina', '--role', 'ppid', '--pin-stdin', '--archive', dir], '246810\n').status).toBe(0);
    // A second account without sign-in, or with a wrong PIN, is refused.
    expect(lemari(['user', 'add', 'Orang Lain', '--role', 'ppid', '--pin-stdin', '--archive', dir], '111111\n').status).toBe(1);
    const wrong = lemari(
      ['user', 'add', 'Budi', '--role', 'petugas', '--pin-stdin', '--user', 'Rina Marlina', '--archive', dir],
      '999999\n135790\n',
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Wrong name or PIN');
    const ok = lemari(
      ['user', 'add', 'Budi', '--role', 'petugas', '--pin-stdin', '--user', 'Rina Marlina', '--archive', dir],
      '246810\n135790\n',
    );
    expect(ok.status, ok.stderr).toBe(0);
    // A clerk may not add people.
    const clerk = lemari(
      ['user', 'add', 'Sri', '--role', 'atasan_ppid', '--pin-stdin', '--user', 'Budi', '--archive', dir],
      '135790\n135791\n',
    );
    expect(clerk.status).toBe(1);
    expect(clerk.stderr).toContain('holds no role');
    // Reading exempted information needs a sign-in too.
    expect(lemari(['expiring', '--archive', dir], '').status).toBe(1);

    const core = createCore({ archiveDir: dir, background: false });
    try {
      const actors = core.db
        .prepare<[], { actor: string; action: string }>("SELECT actor, action FROM audit_events WHERE action LIKE 'user.%'")
        .all();
      expect(actors).toEqual([{ actor: 'Rina Marlina', action: 'user.create' }]);
      expect(core.db.prepare('SELECT count(*) AS n FROM user_profiles').get()).toEqual({ n: 2 });
    } finally {
      core.close();
    }
  }, 180_000);
});
