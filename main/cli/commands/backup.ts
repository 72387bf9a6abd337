import { resolve } from 'node:path';
import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Buat cadangan .lemari-backup (basis data, pindaian, manifest SHA-256) / write a .lemari-backup',
  usage: 'lemari backup [--out FILE] [--archive DIR] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption, out: { type: 'string' } });
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      let lastPercent = -1;
      const stop = values.json
        ? () => undefined
        : core.events.subscribe((event, payload) => {
            if (event !== 'job.progressed') return;
            const { done, total } = payload as { done: number; total: number };
            const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
            if (percent >= lastPercent + 10 || percent === 100) {
              lastPercent = percent;
              io.err(`… ${String(percent)}% (${megabytes(done)} / ${megabytes(total)})`);
            }
          });
      const result = await core.backup.create('manual', 'cli', values.out === undefined ? null : resolve(values.out));
      stop();
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(`Cadangan / backup:      ${result.file}`);
      io.out(`Ukuran / size:          ${megabytes(result.bytes)}`);
      io.out(`SHA-256:                ${result.sha256}`);
      io.out(`Pindaian / scans:       ${String(result.vaultObjects)}`);
      io.out(`Hash audit / audit head: ${result.auditHead ?? '-'} (#${String(result.auditCount)})`);
      for (const removed of result.removed) io.out(`Dihapus (lebih dari batas simpan) / removed (over the keep limit): ${removed}`);
      return 0;
    } finally {
      core.close();
    }
  },
};
