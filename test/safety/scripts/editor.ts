// Child process for the kill -9 test (RELIABILITY #3): edits an archive as fast as it can and prints
// "ACK …" only after each commit returned, so the parent knows exactly which writes were acknowledged.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../main/core/createCore';
import { useTestRecoveryKey } from '../support/backupKeys';

const [dir, mode = 'edit'] = process.argv.slice(2);
if (!dir) throw new Error('usage: editor.ts DIR [edit|backup]');
const core = useTestRecoveryKey(createCore({ archiveDir: dir, background: false }));
const ctx = { actor: 'anak' };
// writeSync: the line is in the pipe before the next write starts, so a kill cannot lose an ACK that was printed.
const say = (line: string) => writeSync(1, `${line}\n`);
say('READY');
const ids: Array<{ id: number; version: number }> = [];
for (let n = 0; ; n += 1) {
  if (n % 3 === 2 && ids.length > 0) {
    const pick = ids[n % ids.length];
    if (pick) {
      const unit = await core.handlers['unit.update'](
        {
          id: pick.id,
          expectedVersion: pick.version,
          fields: {
            name: `Unit ${String(pick.id)} v${String(pick.version + 1)}`,
            kind: 'bagian',
            head: `Kepala ${String(n)}`,
            active: true,
          },
        },
        ctx,
      );
      pick.version = unit.version;
      say(`ACK unit ${String(unit.id)} ${String(unit.version)}`);
    }
  } else if (n % 7 === 0) {
    const current = await core.handlers['agency.get']({}, ctx);
    const { version: _version, updatedAt: _updatedAt, ...fields } = current;
    const agency = await core.handlers['agency.update'](
      { fields: { ...fields, address: `Jalan ${String(n)}` }, expectedVersion: current.version },
      ctx,
    );
    say(`ACK agency ${String(agency.version)}`);
  } else {
    const unit = await core.handlers['unit.create'](
      { fields: { name: `Unit ${String(n)} ${String(process.pid)}`, kind: 'bidang', head: '', active: true } },
      ctx,
    );
    ids.push({ id: unit.id, version: unit.version });
    say(`ACK unit ${String(unit.id)} ${String(unit.version)}`);
  }
  if (mode === 'backup' && n % 15 === 14) {
    const result = await core.backup.create(
      'manual',
      'anak',
      join(dir, '..', 'cadangan', `b-${String(process.pid)}-${String(n)}.lemari-backup`),
    );
    say(`ACK backup ${result.file}`);
  }
}
