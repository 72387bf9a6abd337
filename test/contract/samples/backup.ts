import { join } from 'node:path';
import { expect } from 'vitest';
import { TEST_IDENTITY, useTestRecoveryKey } from '../../safety/support/backupKeys';
import type { SampleContext, SomeSamples } from './sample';

/** Backups are encrypted: the archive keeps a test Recovery Key's recipient; restores present its identity. */
async function oneBackup(ctx: SampleContext) {
  useTestRecoveryKey(ctx.harness.core);
  await ctx.call('unit.create', { fields: { name: 'Bidang Hukum', kind: 'bidang', head: '', active: true } });
  return ctx.call('backup.create', {});
}

/** Backup, restore and the recovery screen. */
export const backupSamples = {
  'backup.status': { input: () => ({}) },
  'backup.create': {
    input: (ctx) => {
      useTestRecoveryKey(ctx.harness.core);
      return {};
    },
    check: (made) => expect(made.file).toMatch(/\.lemari-backup$/),
  },
  'backup.list': {
    input: async (ctx) => {
      await oneBackup(ctx);
      return {};
    },
    check: (files) => expect(files).toHaveLength(1),
  },
  'backup.testRestore': {
    input: async (ctx) => {
      await oneBackup(ctx);
      return { identity: TEST_IDENTITY };
    },
    check: (report) => expect(report).toMatchObject({ integrity: 'ok', archiveDir: null }),
  },
  'backup.restore': {
    input: async (ctx) => ({ file: (await oneBackup(ctx)).file, targetDir: join(ctx.scratch(), 'pulih'), identity: TEST_IDENTITY }),
    check: (report) => expect(report.archiveDir).toMatch(/pulih$/),
  },
  'recovery.status': { input: () => ({}), check: (status) => expect(status.mode).toBe('normal') },
  'recovery.restore': {
    input: () => ({}),
    refusal: {
      code: 'conflict',
      why: 'an archive that opened normally is not in recovery; recovery mode answers it (test/safety/corruptDb)',
    },
  },
} satisfies SomeSamples;
