import { createCore } from '../../core/createCore';
import { defaultArchiveDir } from '../../core/support/paths';
import { archiveOption, jsonOption, parseCommandArgs } from '../archive';
import type { Command } from '../command';

/** `lemari verify`: Periksa Keutuhan from the command line; exit 1 when anything is changed, missing or untracked. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Periksa keutuhan semua berkas pindaian / check the integrity of every scan',
  usage: 'lemari verify [--archive DIR] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...archiveOption, ...jsonOption });
    const core = createCore({ archiveDir: values.archive ?? defaultArchiveDir(), background: false });
    try {
      const check = await core.vault.verify('cli', 'cli');
      if (values.json) {
        io.out(JSON.stringify(check, null, 2));
      } else {
        io.out(`Utuh / ok:                   ${String(check.ok)}`);
        io.out(`Berubah / changed:           ${String(check.changed.length)}`);
        io.out(`Hilang / missing:            ${String(check.missing.length)}`);
        io.out(`Tak tercatat / untracked:    ${String(check.untracked.length)}`);
        for (const sha of check.changed) io.out(`  berubah / changed:  ${sha}`);
        for (const sha of check.missing) io.out(`  hilang / missing:   ${sha}`);
        for (const u of check.untracked) io.out(`  karantina / quarantined: ${u.path} → ${u.quarantinedTo ?? '-'}`);
      }
      return check.clean ? 0 : 1;
    } finally {
      core.close();
    }
  },
};
